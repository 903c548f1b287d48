#include "transform/case_fold.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "base/utf8.h"

namespace folio::transform {

namespace {

std::string fold_with_icu(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Case folding is context-free, and a code point's full folding is its simple one except for
// these (CaseFolding.txt status F: "ß" → "ss", ligatures, Greek with iota): checked for every
// code point against ICU 72 (case_fold_test).
bool folds_to_several(char32_t c) {
  return c == 0xDF || c == 0x130 || c == 0x149 || c == 0x1F0 || c == 0x390 || c == 0x3B0 || c == 0x587 ||
         (c >= 0x1E96 && c <= 0x1FFC) || (c >= 0xFB00 && c <= 0xFB17);
}

}  // namespace

// Code point by code point, without ICU's strings (a copy to UTF-16, a fold and a copy back):
// ICU only for what folds to several code points and for text that is no valid UTF-8.
std::string fold_case(std::string_view text) {
  if (base::is_ascii(text)) return base::lower_ascii(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (const auto b = static_cast<unsigned char>(text[i]); b < 0x80) {
      out += static_cast<char>(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
      ++i;
      continue;
    }
    const std::size_t at = i;
    const char32_t c = base::next_code_point(text, i);
    if (folds_to_several(c) || c == 0xFFFD || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF ||
        base::utf8_length(c) != i - at) {
      return fold_with_icu(text);
    }
    base::append_utf8(out, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)));
  }
  return out;
}

}  // namespace folio::transform
