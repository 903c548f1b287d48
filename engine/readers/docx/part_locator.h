// Source spans inside one part of a DOCX. Word writes a whole document.xml on one or two lines,
// so line and column come from a cursor that moves forward through the part (the reader asks in
// document order) instead of counting from the line start for every node.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/span.h"

namespace folio::readers::docx {

class PartLocator {
 public:
  /// `file` names the part in spans ("release.docx/word/document.xml"); `text` must outlive this.
  PartLocator(std::string file, std::string_view text) : file_(std::move(file)), text_(text) {}

  /// The span of bytes [begin, end) with the 1-based line and column (in code points) of `begin`.
  /// Linear over a walk in document order; going backwards starts again from the part's start.
  base::Span span(std::uint32_t begin, std::uint32_t end);

  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::string_view text_;
  std::uint32_t at_ = 0;
  std::uint32_t line_ = 1;
  std::uint32_t column_ = 1;
};

}  // namespace folio::readers::docx
