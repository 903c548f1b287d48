// The progress line of a batch on a terminal: done/total, rate, time left and failures, redrawn
// in place. Off (nothing written) when stderr is not a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace folio::job {

class Progress {
 public:
  Progress(std::size_t total, bool enabled);
  /// Redraws the line, at most ten times a second unless `force`.
  void update(std::size_t done, std::size_t failed, bool force = false);
  /// Erases the line, so that what is printed next starts at the left margin.
  void clear();

  /// The line's text: "folio: 523/1000 · 48.2/s · 0:10 left · 3 failed".
  static std::string line(std::size_t done, std::size_t total, std::size_t failed, double seconds);

 private:
  std::size_t total_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace folio::job
