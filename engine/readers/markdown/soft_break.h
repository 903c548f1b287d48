// What a Markdown soft line break becomes in running text: a space, except between two CJK
// characters, where lines are joined without one (CJK text has no spaces between words).
#pragma once

#include <string_view>

namespace folio::readers {

/// True when `cp` is a Han, kana or CJK punctuation / full-width character (not Hangul: Korean
/// separates words with spaces).
bool is_cjk(char32_t cp);

/// The text standing for a soft break between the text `before` and the text `after`:
/// "" when the last character of `before` and the first of `after` are both CJK, else " ".
std::string_view soft_break_text(std::string_view before, std::string_view after);

}  // namespace folio::readers
