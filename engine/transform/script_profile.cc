#include "transform/script_profile.h"

#include <unicode/uchar.h>

namespace folio::transform {

namespace {
constexpr int kMinLetters = 10;

bool is_common_symbol(char32_t c) {
  return (c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
         (c >= 0x2070 && c <= 0x20BF) || (c >= 0x2100 && c <= 0x218F) || (c >= 0x2190 && c <= 0x22FF) ||
         (c >= 0x2A00 && c <= 0x2AFF) ||
         (c >= 0x2500 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0xFE00 && c <= 0xFE0F) ||
         c == 0xFEFF || c == 0xFFFD || (c >= 0x1F000 && c <= 0x1FAFF);
}

bool is_common_letter(char32_t c, UScriptCode script) {
  switch (script) {
    case USCRIPT_LATIN:
      return (c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7) || (c >= 0x218 && c <= 0x21B);
    case USCRIPT_CYRILLIC:
      return (c >= 0x400 && c <= 0x45F) || c == 0x490 || c == 0x491;
    case USCRIPT_GREEK:
      return c >= 0x386 && c <= 0x3CE;
    default:
      return true;
  }
}

bool uses_east_asian_script(const ScriptProfile& p) {
  return p.uses(USCRIPT_HAN) || p.uses(USCRIPT_HIRAGANA) || p.uses(USCRIPT_KATAKANA) || p.uses(USCRIPT_HANGUL);
}

}  // namespace

UScriptCode script_of(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? USCRIPT_LATIN : USCRIPT_COMMON;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return U_SUCCESS(status) ? script : USCRIPT_UNKNOWN;
}

void ScriptProfile::add_non_ascii(char32_t c) {
  if (!u_isalpha(static_cast<UChar32>(c))) return;
  ++letters_;
  ++non_ascii_;
  ++by_script_[script_of(c)];
  ++by_letter_[c];
}

bool ScriptProfile::uses(UScriptCode script) const {
  const auto it = by_script_.find(script);
  const int n = (it == by_script_.end() ? 0 : it->second) + (script == USCRIPT_LATIN ? ascii_letters_ : 0);
  return n >= kMinLetters && n * 100 >= letters_ * min_percent_;
}

int ScriptProfile::count(char32_t c) const {
  if (c < 0x80) return by_ascii_letter_[c];
  const auto it = by_letter_.find(c);
  return it == by_letter_.end() ? 0 : it->second;
}

bool fits_document(char32_t c, const ScriptProfile& p) {
  if (c < 0x80 || is_common_symbol(c)) return true;
  if (c >= 0x300 && c <= 0x36F) return p.uses(USCRIPT_LATIN) || p.uses(USCRIPT_CYRILLIC) || p.uses(USCRIPT_GREEK);
  if ((c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFFEF)) return uses_east_asian_script(p);
  const auto u = static_cast<UChar32>(c);
  if (!u_hasBinaryProperty(u, UCHAR_ALPHABETIC) && !u_isdigit(u)) return false;
  const UScriptCode script = script_of(c);
  return p.uses(script) && (is_common_letter(c, script) || p.count(c) >= 2);
}

}  // namespace folio::transform
