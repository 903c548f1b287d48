#include "audit/language_tag.h"

namespace folio::audit {

bool is_valid_lang(std::string_view lang) {
  if (lang.empty()) return false;
  std::size_t i = 0;
  std::size_t part = 0;
  bool first = true;
  while (i <= lang.size()) {
    if (i == lang.size() || lang[i] == '-') {
      if (part == 0 || part > 8) return false;
      part = 0;
      first = false;
      ++i;
      continue;
    }
    const char c = lang[i];
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool digit = c >= '0' && c <= '9';
    if (first ? !alpha : !(alpha || digit)) return false;
    ++part;
    ++i;
  }
  return true;
}

}  // namespace folio::audit
