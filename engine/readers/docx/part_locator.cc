#include "readers/docx/part_locator.h"

#include <algorithm>

namespace folio::readers::docx {

base::Span PartLocator::span(std::uint32_t begin, std::uint32_t end) {
  begin = std::min<std::uint32_t>(begin, static_cast<std::uint32_t>(text_.size()));
  if (begin < at_) {
    at_ = 0;
    line_ = 1;
    column_ = 1;
  }
  for (; at_ < begin; ++at_) {
    const auto c = static_cast<unsigned char>(text_[at_]);
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column_;  // a code point starts at every byte that is not a UTF-8 continuation byte
    }
  }
  // The column counts code points before `begin`; a continuation byte at `begin` itself belongs
  // to the code point already counted.
  return base::Span{file_, begin, std::max(begin, end), line_, column_};
}

}  // namespace folio::readers::docx
