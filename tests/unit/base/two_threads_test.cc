// base::for_each_on_two_threads and base::beside: every index once, the second half on another
// thread only from the threshold on (the process's helper, while the caller is busy), work
// handed over from inside other work done, work that only helps dropped when no thread was
// free for it, and an exception from either half reaching the caller after both stopped.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <utility>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "base/two_threads.h"

namespace folio::base {
namespace {

TEST(TwoThreads, EveryIndexOnceAndOnTwoThreadsFromTheThreshold) {
  for (std::size_t n : {0u, 1u, 7u, 999u, 1000u, 1001u, 5000u}) {
    std::vector<int> calls(n, 0);
    std::mutex m;
    std::set<std::thread::id> threads;
    for_each_on_two_threads(n, 1000, [&](std::size_t i) {
      ++calls[i];
      const std::lock_guard lock(m);
      threads.insert(std::this_thread::get_id());
    });
    for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(calls[i], 1) << "n " << n << " index " << i;
    // The caller's half is the caller's; the other half may be done by the caller too, when it
    // is done with its own before the helper took it (short items).
    EXPECT_TRUE(n == 0 || threads.contains(std::this_thread::get_id())) << n;
    EXPECT_LE(threads.size(), n < 1000 ? 1u : 2u) << n;
  }
}

// While the caller is busy with its half, the helper takes the other: the caller's first item
// waits for the second half to start, which it could not do on the caller's thread.
TEST(TwoThreads, TheHelperTakesTheSecondHalfWhileTheCallerWorks) {
  for (int round = 0; round < 3; ++round) {  // the helper is kept, and woken again
    std::atomic<bool> second_started = false;
    std::thread::id second_thread;
    for_each_on_two_threads(2, 2, [&](std::size_t i) {
      if (i == 1) {
        second_thread = std::this_thread::get_id();
        second_started = true;
        return;
      }
      const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
      while (!second_started && std::chrono::steady_clock::now() < give_up) std::this_thread::yield();
    });
    ASSERT_TRUE(second_started.load()) << round;
    EXPECT_NE(second_thread, std::this_thread::get_id()) << round;
  }
}

// Work handed over from inside work handed over: every pair once, with no thread started for
// the inner halves while the helper is busy.
TEST(TwoThreads, WorkHandedOverFromInsideOtherWorkIsDone) {
  std::vector<std::atomic<int>> calls(60 * 60);
  for_each_on_two_threads(60, 2, [&](std::size_t i) {
    for_each_on_two_threads(60, 2, [&](std::size_t j) { ++calls[i * 60 + j]; });
  });
  for (std::size_t k = 0; k < calls.size(); ++k) EXPECT_EQ(calls[k].load(), 1) << k;
}

// Work that only helps is dropped when no thread was free for it before its caller was done:
// here the helper and the only other caller are both held up.
TEST(TwoThreads, HelpingWorkNoThreadTookIsDropped) {
  std::atomic<bool> release = false;
  std::atomic<int> held = 0;
  const auto hold = [&] {
    ++held;
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!release && std::chrono::steady_clock::now() < give_up) std::this_thread::yield();
  };
  std::thread other([&] { beside(hold, hold); });
  const auto wait_until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (held < 2 && std::chrono::steady_clock::now() < wait_until) std::this_thread::yield();
  ASSERT_EQ(held.load(), 2) << "the helper did not take the other thread's work";
  bool helped = false;
  bool own = false;
  beside([&] { helped = true; }, [&] { own = true; }, Untaken::drop);
  EXPECT_TRUE(own);
  EXPECT_FALSE(helped);
  bool ran_here = false;
  beside([&] { ran_here = true; }, [] {}, Untaken::run_here);
  EXPECT_TRUE(ran_here);
  release = true;
  other.join();
}

TEST(TwoThreads, BesideRethrowsHeresExceptionElseTheres) {
  EXPECT_THROW(beside([] { throw std::runtime_error("there"); }, [] {}), std::runtime_error);
  try {
    beside([] { throw std::logic_error("there"); }, [] { throw std::runtime_error("here"); });
    ADD_FAILURE() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "here");
  }
  // The helper is still there for the next piece of work.
  std::atomic<int> done = 0;
  for_each_on_two_threads(2000, 2, [&](std::size_t) { ++done; });
  EXPECT_EQ(done.load(), 2000);
}

TEST(TwoThreads, BelowTheThresholdInOrder) {
  std::vector<std::size_t> order;
  for_each_on_two_threads(50, 100, [&](std::size_t i) { order.push_back(i); });
  ASSERT_EQ(order.size(), 50u);
  for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i);
}

TEST(TwoThreads, AnExceptionFromEitherHalfReachesTheCaller) {
  // Halves [0, 1000) and [1000, 2000): the half without the bad item runs to its end.
  for (const auto& [bad, expected] : {std::pair{10u, 1010}, std::pair{1990u, 1990}}) {
    std::atomic<int> done = 0;
    EXPECT_THROW(for_each_on_two_threads(2000, 100,
                                         [&](std::size_t i) {
                                           if (i == bad) throw std::runtime_error("bad item");
                                           ++done;
                                         }),
                 std::runtime_error)
        << bad;
    // Both halves had stopped when the exception left: nothing runs on afterwards.
    EXPECT_EQ(done.load(), expected) << bad;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    EXPECT_EQ(done.load(), expected) << bad;
  }
}

}  // namespace
}  // namespace folio::base
