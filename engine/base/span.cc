#include "base/span.h"

namespace folio::base {

std::string format_location(const Span& span) {
  std::string out = span.file;
  if (span.known()) {
    out += ':' + std::to_string(span.line) + ':' + std::to_string(span.column);
  }
  return out;
}

}  // namespace folio::base
