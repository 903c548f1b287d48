// Where a node or a diagnostic comes from in its source file. Used by every stage.
#pragma once

#include <cstdint>
#include <string>

namespace folio::base {

/// A byte range of a source file plus the 1-based line and column (in code points) of its start.
/// An empty `file` means "no source" (e.g. a node synthesised by a transform).
struct Span {
  std::string file;
  std::uint32_t begin = 0;  ///< byte offset of the first byte
  std::uint32_t end = 0;    ///< byte offset one past the last byte
  std::uint32_t line = 0;   ///< 1-based; 0 when unknown
  std::uint32_t column = 0; ///< 1-based, in code points; 0 when unknown

  bool known() const { return line != 0; }
  friend bool operator==(const Span&, const Span&) = default;
};

/// "file:line:col", "file" or "" — the prefix of every one-line message.
std::string format_location(const Span& span);

}  // namespace folio::base
