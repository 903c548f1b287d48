#pragma once
// Work on many independent items of one long document, spread over the machine's two cores.
#include <cstddef>
#include <exception>
#include <functional>

namespace folio::base {

/// What becomes of work handed to the second thread that no thread has taken by the time its
/// caller is done with its own: the caller does it, or (work that only helps) it is dropped.
enum class Untaken { run_here, drop };

/// Runs `there` on a second thread while the caller runs `here`; returns when both have finished
/// (or `there` was dropped), rethrowing an exception of `here`, else of `there` (work not yet
/// taken when `here` threw is not done). The second thread is the process's helper, kept
/// from call to call and woken for each: a woken thread ran on the idle core at once (the worst
/// of 100 wakes: 0.19 ms), where a new thread sometimes started 1–3 ms late, a few times a
/// conversion (measured here; why, the kernel's placement of new threads or the VM, not
/// settled). The helper is the only thread this adds: while it is busy (work handed over from
/// inside other work, or from two threads at once), `there` waits for whichever thread is free
/// first, its caller included.
void beside(const std::function<void()>& there, const std::function<void()>& here,
            Untaken untaken = Untaken::run_here);

/// Calls `fn(i)` for every i in [0, n): when n is at least `at_least`, the second half on a
/// second thread while the caller does the first. `fn` must be safe to call at once for
/// different i (each writes only what belongs to its i). An exception from either half is
/// rethrown once both halves have stopped; below `at_least` everything runs on the caller's
/// thread, in order (handing work over costs ~50 µs, more than a short document's items).
template <typename Fn>
void for_each_on_two_threads(std::size_t n, std::size_t at_least, Fn&& fn) {
  if (n < at_least || n < 2) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  const std::size_t half = n / 2;
  std::exception_ptr failed_there;
  std::exception_ptr failed_here;
  beside(
      [&] {
        try {
          for (std::size_t i = half; i < n; ++i) fn(i);
        } catch (...) {
          failed_there = std::current_exception();
        }
      },
      [&] {
        try {
          for (std::size_t i = 0; i < half; ++i) fn(i);
        } catch (...) {
          failed_here = std::current_exception();
        }
      });
  if (failed_here) std::rethrow_exception(failed_here);
  if (failed_there) std::rethrow_exception(failed_there);
}

/// Calls `first()` and `second()`, two independent pieces of work: `second` on a second thread
/// while the caller does `first` when `two_threads`, else one after the other. Exceptions as
/// for_each_on_two_threads.
template <typename First, typename Second>
void both(bool two_threads, First&& first, Second&& second) {
  for_each_on_two_threads(2, two_threads ? 2 : 3, [&](std::size_t i) {
    if (i == 0) first();
    else second();
  });
}

}  // namespace folio::base
