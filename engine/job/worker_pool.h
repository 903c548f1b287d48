// Worker processes for a batch: started with posix_spawn, fed task lines through a pipe (one
// ahead while there is enough work), answered through another, one line per task in order; a
// worker that crashes, or takes longer than the timeout on one task (killed), costs that task
// only: the tasks queued behind it go to the others, and a fresh worker takes its place.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace folio::job {

/// The exit status of a worker that ends on purpose right after an answer (e.g. out of memory:
/// it reports its task, then leaves for a fresh process): the tasks sent after it are run again.
inline constexpr int kRetiredExitStatus = 75;

struct PoolSettings {
  std::string executable;          ///< the program run as a worker (folio itself)
  std::vector<std::string> args;   ///< its arguments, argv[0] included
  std::string first_line;          ///< sent to every worker before its first task (the options)
  int workers = 1;
  double timeout_seconds = 0;      ///< per task; 0: none
};

/// How a task ended.
struct TaskEnd {
  bool answered = false;    ///< the worker sent `result`
  std::string result;       ///< its line, without the line end
  std::string failure;      ///< not answered: "crash" or "timeout"
  std::string message;      ///< not answered: what happened, for people
  double seconds = 0;       ///< from its start (sent to an idle worker, or its previous answer) to its end
};

/// What the workers used.
struct PoolStats {
  int started = 0;         ///< workers started (more than asked when some crashed or were stopped)
  long peak_rss_kib = 0;   ///< the largest peak resident memory of a worker (KiB)
};

/// Runs every task line of `tasks` (each ending with a line end) on the workers. `done` is
/// called once per task, in the order tasks end; `tick` at least every 100 ms while waiting.
/// Returns false, with `error` set, when no worker can be started at all.
bool run_pool(const PoolSettings& settings, const std::vector<std::string>& tasks,
              const std::function<void(std::size_t task, const TaskEnd& end)>& done, const std::function<void()>& tick,
              PoolStats& stats, std::string& error);

}  // namespace folio::job
