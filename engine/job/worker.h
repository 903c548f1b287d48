// A batch worker process (`folio worker`, started by the coordinator of job/batch.h): converts the
// inputs it is sent one after the other, keeping fonts, hyphenation patterns and the style
// loaded, and answers each with its record. A crash, hang or memory exhaustion here costs the
// batch one input, never the run.
#pragma once

#include <cstddef>

namespace folio::job {

struct WorkerSettings {
  int task_fd = 0;             ///< options line, then task lines; end of file: stop
  int result_fd = 3;           ///< result lines
  std::size_t memory_limit = 0;  ///< bytes of data (RLIMIT_DATA) this process may use; 0: no limit
  /// The coordinator's process id; 0: not checked. A worker whose parent is another process (the
  /// coordinator died before the worker could ask to die with it) stops at once.
  long coordinator = 0;
};

/// Runs until the tasks end. Returns the process exit code: 0, or 1 after running out of memory
/// (the input is reported first), when the coordinator's first line is not options, or when the
/// coordinator is gone.
int run_worker(const WorkerSettings& settings);

}  // namespace folio::job
