// Language identification: by script first (Arabic vs Persian letters, Han, kana, Sinhala…),
// then by stop-word profiles for Latin and Cyrillic text.
#pragma once

#include <string>
#include <string_view>

namespace folio::transform {

struct LanguageGuess {
  std::string language;  ///< BCP 47 primary tag, "" when unknown
  double confidence = 0; ///< 0..1
  int words = 0;         ///< words considered
};

LanguageGuess detect_language(std::string_view text);

/// Right-to-left languages (ar, fa, he, ur, ps, yi, …).
bool is_rtl_language(const std::string& language);

}  // namespace folio::transform
