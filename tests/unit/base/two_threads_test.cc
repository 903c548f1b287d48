// base::for_each_on_two_threads: every index once, the second half on another thread only from
// the threshold on, and an exception from either half reaching the caller after both stopped.
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
    if (n < 1000) {
      EXPECT_LE(threads.size(), 1u) << n;
      EXPECT_TRUE(n == 0 || threads.contains(std::this_thread::get_id())) << n;
    } else {
      EXPECT_EQ(threads.size(), 2u) << n;
    }
  }
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
