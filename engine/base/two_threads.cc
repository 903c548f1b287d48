#include "base/two_threads.h"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>

namespace folio::base {

namespace {

// Work handed to the second thread; done once it has run (or thrown).
struct Task {
  const std::function<void()>* work;
  bool done = false;
  std::exception_ptr failed;
};

// The process's two workers: the thread that hands work over, and a helper kept asleep between
// pieces of work and woken for each. At most one piece waits to be taken; whoever is free takes
// it: the helper, or a thread waiting for its own piece (so work handed over from inside a
// piece is done by the thread the outer piece left waiting). A piece no one has taken when its
// owner is ready for it is done by its owner (or dropped): no thread is started for it.
class Workers {
 public:
  void beside(const std::function<void()>& there, const std::function<void()>& here, Untaken untaken) {
    Task task{&there, false, nullptr};
    bool posted = false;
    {
      std::lock_guard lock(mutex_);
      if (waiting_ == nullptr) {
        // A helper the system cannot start leaves the caller to do both pieces.
        if (!helper_.joinable()) {
          try {
            helper_ = std::thread([this] { serve(); });
          } catch (const std::system_error&) {
          }
        }
        if (helper_.joinable()) {
          waiting_ = &task;
          posted = true;
        }
      }
    }
    if (posted) changed_.notify_all();
    std::exception_ptr failed;
    try {
      here();
    } catch (...) {
      failed = std::current_exception();
    }
    // Work not taken is done here, unless it only helps or `here` failed.
    const bool run_untaken = untaken == Untaken::run_here && !failed;
    if (!posted) {
      if (run_untaken) there();
    } else if (wait_for(task)) {
      if (task.failed && !failed) failed = task.failed;
    } else if (run_untaken) {
      there();
    }
    if (failed) std::rethrow_exception(failed);
  }

 private:
  void serve() {
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [&] { return waiting_ != nullptr; });
      run(lock);
    }
  }

  // Waits until `task` is done (true), doing meanwhile any piece handed over from inside it, or
  // takes it back when no thread has taken it (false).
  bool wait_for(Task& task) {
    std::unique_lock lock(mutex_);
    for (;;) {
      if (task.done) return true;
      if (waiting_ == &task) {
        waiting_ = nullptr;
        return false;
      }
      if (waiting_ != nullptr) {
        run(lock);
        continue;
      }
      changed_.wait(lock);
    }
  }

  // Takes the waiting piece and runs it, the lock released meanwhile.
  void run(std::unique_lock<std::mutex>& lock) {
    Task* task = waiting_;
    waiting_ = nullptr;
    lock.unlock();
    try {
      (*task->work)();
    } catch (...) {
      task->failed = std::current_exception();
    }
    lock.lock();
    task->done = true;
    changed_.notify_all();
  }

  std::mutex mutex_;
  std::condition_variable changed_;
  Task* waiting_ = nullptr;
  std::thread helper_;
};

// Never destroyed: the helper sleeps until the process ends. (Stopped and joined at exit, the
// thread first gave its allocator's caches back, page by page: ~2 ms of every conversion.)
Workers& workers() {
  static Workers* const instance = new Workers;
  return *instance;
}

}  // namespace

void beside(const std::function<void()>& there, const std::function<void()>& here, Untaken untaken) {
  workers().beside(there, here, untaken);
}

}  // namespace folio::base
