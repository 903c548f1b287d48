#include "readers/markdown/soft_break.h"

#include "base/utf8.h"

namespace folio::readers {

namespace {

char32_t first_code_point(std::string_view text) {
  std::size_t i = 0;
  return text.empty() ? 0 : base::next_code_point(text, i);
}

char32_t last_code_point(std::string_view text) {
  if (text.empty()) return 0;
  std::size_t start = text.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return first_code_point(text.substr(start));
}

}  // namespace

bool is_cjk(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x2FDF) ||   // CJK radicals, Kangxi radicals
         (cp >= 0x3000 && cp <= 0x30FF) ||   // CJK punctuation, hiragana, katakana
         (cp >= 0x3100 && cp <= 0x312F) ||   // bopomofo
         (cp >= 0x31C0 && cp <= 0x31FF) ||   // CJK strokes, katakana extensions
         (cp >= 0x3400 && cp <= 0x4DBF) ||   // CJK extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||   // CJK unified ideographs
         (cp >= 0xF900 && cp <= 0xFAFF) ||   // CJK compatibility ideographs
         (cp >= 0xFF00 && cp <= 0xFF60) ||   // full-width forms
         (cp >= 0xFFE0 && cp <= 0xFFE6) ||   // full-width signs
         (cp >= 0x20000 && cp <= 0x3FFFF);   // CJK extensions B and later
}

std::string_view soft_break_text(std::string_view before, std::string_view after) {
  return is_cjk(last_code_point(before)) && is_cjk(first_code_point(after)) ? "" : " ";
}

}  // namespace folio::readers
