#pragma once
// Work on many independent items of one long document, spread over the machine's two cores.
#include <cstddef>
#include <exception>
#include <thread>

namespace folio::base {

/// Calls `fn(i)` for every i in [0, n): when n is at least `at_least`, the second half on a
/// thread of its own while the caller does the first. `fn` must be safe to call at once for
/// different i (each writes only what belongs to its i). An exception from either half is
/// rethrown once both halves have stopped; below `at_least` everything runs on the caller's
/// thread, in order (a thread costs ~50 µs to start, more than a short document's items).
template <typename Fn>
void for_each_on_two_threads(std::size_t n, std::size_t at_least, Fn&& fn) {
  if (n < at_least || n < 2) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  const std::size_t half = n / 2;
  std::exception_ptr failed;
  {
    std::jthread helper([&] {
      try {
        for (std::size_t i = half; i < n; ++i) fn(i);
      } catch (...) {
        failed = std::current_exception();
      }
    });
    for (std::size_t i = 0; i < half; ++i) fn(i);  // a throw here joins the helper first
  }
  if (failed) std::rethrow_exception(failed);
}

/// Calls `first()` and `second()`, two independent pieces of work: `second` on a thread of its
/// own while the caller does `first` when `two_threads`, else one after the other. Exceptions as
/// for_each_on_two_threads.
template <typename First, typename Second>
void both(bool two_threads, First&& first, Second&& second) {
  for_each_on_two_threads(2, two_threads ? 2 : 3, [&](std::size_t i) {
    if (i == 0) first();
    else second();
  });
}

}  // namespace folio::base
