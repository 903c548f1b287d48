// The worker pool with workers written in sh: each answers a task line with its pid and the
// line, or crashes, hangs or retires as the line says, so the tests can put a failure exactly
// where a task is queued behind another.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "job/worker_pool.h"

namespace folio::job {
namespace {

namespace fs = std::filesystem;

// The first line is the options; then per task: "ok", "slow" (answers after 0.3 s), "crash"
// (killed by SIGSEGV after 0.3 s: long enough for the next task to be queued behind it), "hang",
// "retire" (answers after 0.3 s, then exits with kRetiredExitStatus).
constexpr const char* kWorker = R"(#!/bin/sh
read options || exit 1
while read task; do
  case "$task" in
    *slow*) sleep 0.3 ;;
    *crash*) sleep 0.3; kill -SEGV $$ ;;
    *hang*) exec sleep 60 ;;  # the worker itself waits: killed, it leaves no child holding the test's output
    *retire*) sleep 0.3; echo "$$ $task" >&3; exit 75 ;;
  esac
  echo "$$ $task" >&3
done
)";

struct Ended {
  std::size_t task;
  TaskEnd end;
};

class WorkerPool : public ::testing::Test {
 protected:
  void SetUp() override {
    ::alarm(20);  // a lost task would keep run_pool waiting for ever: fail instead
    dir_ = fs::temp_directory_path() / ("folio-pool-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    std::ofstream(dir_ / "worker.sh") << kWorker;
    ::chmod((dir_ / "worker.sh").c_str(), 0755);
  }
  void TearDown() override {
    ::alarm(0);
    fs::remove_all(dir_);
  }

  // Runs `tasks` (one word each) on `workers` workers; every task must end exactly once.
  std::vector<Ended> run(const std::vector<std::string>& tasks, int workers, double timeout = 0) {
    const std::string script = (dir_ / "worker.sh").string();
    PoolSettings settings{script, {script}, "options\n", workers, timeout};
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < tasks.size(); ++i) lines.push_back(tasks[i] + "-" + std::to_string(i) + "\n");
    std::vector<Ended> ended;
    std::string error;
    const bool ran =
        run_pool(settings, lines, [&](std::size_t t, const TaskEnd& e) { ended.push_back({t, e}); }, [] {}, stats_,
                 error);
    EXPECT_TRUE(ran) << error;
    std::set<std::size_t> seen;
    for (const auto& e : ended) EXPECT_TRUE(seen.insert(e.task).second) << "task " << e.task << " ended twice";
    EXPECT_EQ(seen.size(), tasks.size());
    return ended;
  }

  // The answer's task line and the pid of the worker that gave it.
  static std::pair<std::string, std::string> answer(const TaskEnd& end) {
    const auto space = end.result.find(' ');
    return {end.result.substr(space + 1), end.result.substr(0, space)};
  }

  fs::path dir_;
  PoolStats stats_;
};

TEST_F(WorkerPool, EveryTaskIsAnsweredOnceWithItsOwnLine) {
  const auto ended = run(std::vector<std::string>(40, "ok"), 2);
  std::set<std::string> pids;
  for (const auto& [task, end] : ended) {
    ASSERT_TRUE(end.answered) << task;
    EXPECT_EQ(answer(end).first, "ok-" + std::to_string(task));
    pids.insert(answer(end).second);
  }
  EXPECT_EQ(stats_.started, 2);
  EXPECT_EQ(pids.size(), 2u);
}

// The task queued behind a crashing one is not lost with the worker, nor blamed for the crash.
TEST_F(WorkerPool, ACrashCostsItsTaskOnlyAndTheQueuedOneRunsElsewhere) {
  std::vector<std::string> tasks(12, "ok");
  tasks[1] = "crash";
  tasks[2] = "slow";  // the other worker is busy: the first has a task queued when it crashes
  const auto ended = run(tasks, 2);
  for (const auto& [task, end] : ended) {
    if (task == 1) {
      EXPECT_FALSE(end.answered);
      EXPECT_EQ(end.failure, "crash");
      EXPECT_NE(end.message.find("signal 11"), std::string::npos) << end.message;
    } else {
      EXPECT_TRUE(end.answered) << task << ": " << end.message;
    }
  }
  EXPECT_GE(stats_.started, 2);
}

// A worker that answers, then retires, has started none of the tasks queued behind: they run
// on another worker and nothing is blamed.
TEST_F(WorkerPool, ARetiredWorkersQueuedTasksRunElsewhere) {
  std::vector<std::string> tasks(12, "ok");
  tasks[0] = "retire";
  tasks[2] = "slow";
  const auto ended = run(tasks, 2);
  for (const auto& [task, end] : ended) EXPECT_TRUE(end.answered) << task << ": " << end.message;
}

// A task over the timeout is stopped with its worker; the one queued behind it runs elsewhere,
// its time counted from its own start.
TEST_F(WorkerPool, ATimeoutCostsItsTaskOnly) {
  std::vector<std::string> tasks(8, "ok");
  tasks[0] = "hang";
  const auto ended = run(tasks, 2, 1.0);
  for (const auto& [task, end] : ended) {
    if (task == 0) {
      EXPECT_EQ(end.failure, "timeout");
      EXPECT_GE(end.seconds, 1.0);
    } else {
      EXPECT_TRUE(end.answered) << task << ": " << end.message;
      EXPECT_LT(end.seconds, 1.0) << task;
    }
  }
}

// With no more tasks than workers, none waits behind another: each worker gets one.
TEST_F(WorkerPool, TheLastTasksAreNotQueuedBehindASlowOne) {
  const auto ended = run({"slow", "slow"}, 2);
  ASSERT_EQ(ended.size(), 2u);
  EXPECT_NE(answer(ended[0].end).second, answer(ended[1].end).second);
}

}  // namespace
}  // namespace folio::job
