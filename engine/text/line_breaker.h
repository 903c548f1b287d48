// Where a paragraph may break: UAX #14 opportunities from ICU (CJK included, locale from the
// language) plus hyphenation points from libhyphen in the language of each word.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "text/hyphenator.h"
#include "text/shaper.h"

namespace folio::text {

struct BreakPoint {
  enum class Kind { line, hyphen, mandatory };
  std::size_t offset = 0;  ///< byte offset: the break falls before this byte
  Kind kind = Kind::line;
};

/// Caches one ICU line iterator per locale. Not thread-safe; one per layout run.
class LineBreaker {
 public:
  LineBreaker();
  ~LineBreaker();
  LineBreaker(const LineBreaker&) = delete;
  LineBreaker& operator=(const LineBreaker&) = delete;

  /// Break points of `input` in ascending offset order (the end of the text is not included).
  /// With `hyphenator`, words of 5 letters or more in a language with a dictionary also get
  /// hyphen points (code is never hyphenated).
  std::vector<BreakPoint> break_points(const ParagraphInput& input, Hyphenator* hyphenator);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace folio::text
