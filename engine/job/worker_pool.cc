#include "job/worker_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <optional>

#include "base/atomic_file.h"

extern char** environ;

namespace folio::job {

namespace {

using Clock = std::chrono::steady_clock;

struct Worker {
  pid_t pid = -1;
  int to = -1;    // its standard input: tasks
  int from = -1;  // its fd 3: results
  std::string buffer;
  std::deque<std::size_t> tasks;  // sent, in order: the first is the one being worked on
  Clock::time_point started;      // when the first began
};

std::optional<Worker> spawn(const PoolSettings& settings, std::string& error) {
  int tasks[2], results[2];
  if (::pipe2(tasks, O_CLOEXEC) != 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  if (::pipe2(results, O_CLOEXEC) != 0) {
    error = std::strerror(errno);
    ::close(tasks[0]);
    ::close(tasks[1]);
    return std::nullopt;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  // dup2 clears close-on-exec on the copies: the worker keeps exactly these two ends.
  posix_spawn_file_actions_adddup2(&actions, tasks[0], 0);
  posix_spawn_file_actions_adddup2(&actions, results[1], 3);
  std::vector<char*> argv;
  for (const auto& a : settings.args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  Worker w;
  const int rc = posix_spawn(&w.pid, settings.executable.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(tasks[0]);
  ::close(results[1]);
  if (rc != 0) {
    error = "cannot start a worker (" + settings.executable + "): " + std::strerror(rc);
    ::close(tasks[1]);
    ::close(results[0]);
    return std::nullopt;
  }
  w.to = tasks[1];
  w.from = results[0];
  if (!base::write_all(w.to, settings.first_line)) {
    error = "a worker did not take its options";
  }
  return w;
}

// Reaps a worker and says how it ended ("killed by signal 11 (Segmentation fault)"), or nothing
// when it retired (kRetiredExitStatus).
std::optional<std::string> reap(Worker& w, PoolStats& stats) {
  if (w.to >= 0) ::close(w.to);
  if (w.from >= 0) ::close(w.from);
  w.to = w.from = -1;
  int status = 0;
  rusage usage{};
  while (::wait4(w.pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  stats.peak_rss_kib = std::max(stats.peak_rss_kib, usage.ru_maxrss);
  w.pid = -1;
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    return "the worker was killed by signal " + std::to_string(sig) + " (" + strsignal(sig) + ")";
  }
  if (WEXITSTATUS(status) == kRetiredExitStatus) return std::nullopt;
  return "the worker exited with status " + std::to_string(WEXITSTATUS(status)) + " without an answer";
}

}  // namespace

bool run_pool(const PoolSettings& settings, const std::vector<std::string>& tasks,
              const std::function<void(std::size_t, const TaskEnd&)>& done, const std::function<void()>& tick,
              PoolStats& stats, std::string& error) {
  // A worker that dies while being written to must not kill the coordinator.
  ::signal(SIGPIPE, SIG_IGN);
  std::vector<Worker> workers;
  std::size_t next = 0, finished = 0;
  std::deque<std::size_t> again;  // sent to a worker that ended before starting them
  const auto unassigned = [&] { return again.size() + (tasks.size() - next); };
  const auto take = [&] {
    if (again.empty()) return next++;
    const std::size_t t = again.front();
    again.pop_front();
    return t;
  };
  // The tasks queued behind the one a worker was on go back, in their order, to the others.
  const auto give_back = [&](Worker& w) {
    again.insert(again.begin(), w.tasks.begin(), w.tasks.end());
    w.tasks.clear();
  };
  const auto end_task = [&](Worker& w, TaskEnd end) {
    const auto now = Clock::now();
    end.seconds = std::chrono::duration<double>(now - w.started).count();
    const std::size_t task = w.tasks.front();
    w.tasks.pop_front();
    w.started = now;  // the next queued task starts now
    ++finished;
    done(task, end);
  };
  int spawn_failures = 0;
  while (finished < tasks.size()) {
    // As many workers as there are tasks left, up to the number asked for.
    const std::size_t wanted = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, settings.workers)),
                                                     tasks.size() - finished);
    while (unassigned() > 0 && workers.size() < wanted) {
      auto w = spawn(settings, error);
      if (!w) break;
      ++stats.started;
      workers.push_back(std::move(*w));
    }
    if (workers.empty()) {
      if (++spawn_failures > 3) return false;
      continue;
    }
    // A worker gets a second task while there are more left than workers: it waits in the
    // worker's pipe, so the worker goes on without waiting for this process to read its answer
    // (each of two workers waited 0.5-0.8 s of an 8 s batch of 1,000 releases when it did). The
    // last tasks are not queued behind a slow one.
    for (auto& w : workers) {
      while (w.to >= 0 && unassigned() > 0 && w.tasks.size() < (unassigned() > workers.size() ? 2u : 1u)) {
        const std::size_t t = take();
        if (w.tasks.empty()) w.started = Clock::now();
        if (!base::write_all(w.to, tasks[t])) {
          // Dead before this task: it goes to another worker; this one is reaped below.
          again.push_front(t);
          ::close(w.to);
          w.to = -1;
          break;
        }
        w.tasks.push_back(t);
      }
    }
    // Wait for an answer, a death or a deadline.
    std::vector<pollfd> fds;
    int wait_ms = 100;
    for (const auto& w : workers) {
      fds.push_back(pollfd{w.from, POLLIN, 0});
      if (!w.tasks.empty() && settings.timeout_seconds > 0) {
        const auto left = std::chrono::duration<double>(settings.timeout_seconds) - (Clock::now() - w.started);
        wait_ms = std::clamp(static_cast<int>(std::chrono::duration<double, std::milli>(left).count()) + 1, 0, wait_ms);
      }
    }
    if (::poll(fds.data(), fds.size(), wait_ms) < 0 && errno != EINTR) {
      error = std::strerror(errno);
      return false;
    }
    tick();
    for (std::size_t i = 0; i < workers.size(); ++i) {
      Worker& w = workers[i];
      bool dead = w.to < 0 && w.tasks.empty();
      if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
        char chunk[65536];
        const ssize_t n = ::read(w.from, chunk, sizeof chunk);
        if (n > 0) {
          w.buffer.append(chunk, static_cast<std::size_t>(n));
        } else if (n == 0 || errno != EINTR) {
          dead = true;
        }
        for (std::size_t eol; (eol = w.buffer.find('\n')) != std::string::npos;) {
          std::string line = w.buffer.substr(0, eol);
          w.buffer.erase(0, eol + 1);
          if (!w.tasks.empty()) end_task(w, TaskEnd{true, std::move(line), "", "", 0});
        }
      }
      if (!dead && !w.tasks.empty() && settings.timeout_seconds > 0 &&
          Clock::now() - w.started >= std::chrono::duration<double>(settings.timeout_seconds)) {
        ::kill(w.pid, SIGKILL);
        reap(w, stats);
        char message[96];
        std::snprintf(message, sizeof message, "no answer within %g s (--timeout); the worker was stopped",
                      settings.timeout_seconds);
        end_task(w, TaskEnd{false, "", "timeout", message, 0});
        give_back(w);
        continue;
      }
      if (dead) {
        const auto how = reap(w, stats);
        // A retired worker started none of the tasks left in its pipe.
        if (how && !w.tasks.empty()) end_task(w, TaskEnd{false, "", "crash", *how, 0});
        give_back(w);
      }
    }
    std::erase_if(workers, [](const Worker& w) { return w.pid < 0; });
  }
  // No more work: end of input tells each worker to stop.
  for (auto& w : workers) {
    ::close(w.to);
    w.to = -1;
    reap(w, stats);
  }
  return true;
}

}  // namespace folio::job
