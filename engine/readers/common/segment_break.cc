#include "readers/common/segment_break.h"

#include "base/utf8.h"

namespace folio::readers {
namespace {

bool is_wide_punctuation(char32_t c) {
  return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

}  // namespace

bool is_east_asian_wide(char32_t c) {
  return (c >= 0x2E80 && c <= 0x303F) || (c >= 0x3040 && c <= 0x312F) || (c >= 0x3190 && c <= 0x31FF) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
         (c >= 0x20000 && c <= 0x3FFFD);
}

bool segment_break_removed(char32_t before, char32_t after) {
  return (is_east_asian_wide(before) && is_east_asian_wide(after)) || is_wide_punctuation(before) ||
         is_wide_punctuation(after);
}

std::string_view segment_break_text(std::string_view before, std::string_view after) {
  if (before.empty() || after.empty()) return " ";
  return segment_break_removed(base::last_code_point(before), base::first_code_point(after)) ? "" : " ";
}

}  // namespace folio::readers
