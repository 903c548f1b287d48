// A decoded source file and its line index: how readers turn byte offsets into Spans.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/span.h"

namespace folio::base {

/// Owns the UTF-8 text of one input and answers "which line and column is byte N".
class SourceText {
 public:
  SourceText(std::string file, std::string text);

  const std::string& file() const { return file_; }
  const std::string& text() const { return text_; }

  /// Span of bytes [begin, end) with the line and column of `begin`.
  Span span(std::uint32_t begin, std::uint32_t end) const;

  /// Span of the whole 1-based line `line` (for parsers that only report line numbers).
  Span line_span(std::uint32_t line) const;

  /// Number of lines.
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }

 private:
  std::string file_;
  std::string text_;
  std::vector<std::uint32_t> line_starts_;
};

}  // namespace folio::base
