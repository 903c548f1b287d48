#include "base/source_text.h"

#include <algorithm>

#include "base/utf8.h"

namespace folio::base {

SourceText::SourceText(std::string file, std::string text) : file_(std::move(file)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::uint32_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

Span SourceText::span(std::uint32_t begin, std::uint32_t end) const {
  begin = std::min<std::uint32_t>(begin, static_cast<std::uint32_t>(text_.size()));
  end = std::clamp<std::uint32_t>(end, begin, static_cast<std::uint32_t>(text_.size()));
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), begin);
  const auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
  const std::uint32_t start = line_starts_[line - 1];
  const auto column = static_cast<std::uint32_t>(
      count_code_points(std::string_view(text_).substr(start, begin - start)) + 1);
  return Span{file_, begin, end, line, column};
}

Span SourceText::line_span(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return Span{file_, 0, 0, 0, 0};
  const std::uint32_t begin = line_starts_[line - 1];
  std::uint32_t end = line < line_starts_.size() ? line_starts_[line] - 1 : static_cast<std::uint32_t>(text_.size());
  return Span{file_, begin, end, line, 1};
}

}  // namespace folio::base
