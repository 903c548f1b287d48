// Whether a line break inside running text is a word space: the one rule every reader uses for
// hard-wrapped East Asian text (CSS Text 3 §4.1.3, segment break transformation).
#pragma once

#include <string_view>

namespace folio::readers {

/// East Asian wide characters other than Hangul (Korean separates words with spaces): Han,
/// kana, bopomofo, CJK punctuation, full-width forms.
bool is_east_asian_wide(char32_t c);

/// True when a line break between the characters `before` and `after` disappears instead of
/// becoming a space: both are wide, or either is ideographic or full-width punctuation, which
/// carries its own spacing ("架構為：Sun SPARC (sparc)、\nHP Alpha").
bool segment_break_removed(char32_t before, char32_t after);

/// The text standing for a line break between the text `before` and the text `after`: "" when
/// segment_break_removed() holds for the last character of one and the first of the other,
/// else " ".
std::string_view segment_break_text(std::string_view before, std::string_view after);

}  // namespace folio::readers
