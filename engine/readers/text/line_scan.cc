#include "readers/text/line_scan.h"

#include <unicode/uchar.h>

#include "base/utf8.h"
#include "transform/release_patterns.h"

namespace folio::readers {

namespace {
bool is_space_byte(char c) { return c == ' ' || c == '\t'; }

// U+00A0 and other Unicode spaces scraped from web pages also count as blank.
std::string_view trim_unicode_space(std::string_view s, std::uint32_t& offset) {
  const auto is_space_at_front = [&](std::size_t& len) {
    std::size_t i = 0;
    const char32_t c = base::next_code_point(s, i);
    len = i;
    return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B || c == 0xFEFF;
  };
  std::size_t len = 0;
  while (!s.empty() && is_space_at_front(len)) {
    s.remove_prefix(len);
    offset += static_cast<std::uint32_t>(len);
  }
  while (!s.empty()) {
    std::size_t k = s.size() - 1;
    while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    std::size_t j = k;
    const char32_t c = base::next_code_point(s, j);
    if (!(u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B || c == 0xFEFF)) break;
    s.remove_suffix(s.size() - k);
  }
  return s;
}
}  // namespace

std::vector<Line> scan_lines(const base::SourceText& source) {
  std::vector<Line> lines;
  const std::string_view text = source.text();
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(start, nl - start);
    Line line;
    for (char c : raw) {
      if (!is_space_byte(c)) break;
      line.indent += c == '\t' ? 4 : 1;
    }
    std::uint32_t offset = static_cast<std::uint32_t>(start);
    line.text = trim_unicode_space(raw, offset);
    line.begin = offset;
    line.end = offset + static_cast<std::uint32_t>(line.text.size());
    const std::string_view before = raw.substr(0, offset - start);
    std::size_t ideographic_spaces = 0;
    for (auto at = before.find("\u3000"); at != std::string_view::npos; at = before.find("\u3000", at + 1)) {
      ++ideographic_spaces;
    }
    line.ideographic_indent = ideographic_spaces > 0;
    line.width = display_width(line.text) + 2 * ideographic_spaces;
    lines.push_back(line);
    if (nl == text.size()) break;
    start = nl + 1;
  }
  while (!lines.empty() && lines.back().blank()) lines.pop_back();
  return lines;
}

std::size_t opening_marker(std::string_view text, std::span<const std::string_view> markers) {
  for (std::string_view marker : markers) {
    if (text.starts_with(marker) && (text.size() == marker.size() || text[marker.size()] == ' ')) return marker.size();
  }
  return 0;
}

bool is_bullet_line(std::string_view text) { return opening_marker(text, kListMarkers) > 0; }

bool is_list_item_line(std::string_view text) {
  return is_bullet_line(text) || opening_marker(text, kNestedListMarkers) > 0;
}

std::string_view bullet_body(std::string_view text) {
  const auto space = text.find(' ');
  return space == std::string_view::npos ? std::string_view{} : base::trim_ascii(text.substr(space + 1));
}

bool is_numbered_line(std::string_view text, int& number, std::string_view& body) {
  std::size_t i = 0;
  int n = 0;
  while (i < text.size() && i < 3 && text[i] >= '0' && text[i] <= '9') n = n * 10 + (text[i++] - '0');
  if (i == 0 || i + 1 >= text.size() || (text[i] != '.' && text[i] != ')') || text[i + 1] != ' ') return false;
  number = n;
  body = base::trim_ascii(text.substr(i + 2));
  return !body.empty();
}

bool starts_with_label(std::string_view text) {
  const auto colon = text.find(':');
  if (colon == std::string_view::npos || colon < 2 || colon > 24) return false;
  const std::string_view label = text.substr(0, colon);
  if (transform::starts_contacts(label)) return true;
  for (char c : label) {
    if (!((c >= 'A' && c <= 'Z') || c == ' ' || c == '-' || c == '/')) return false;
  }
  return true;
}

std::size_t display_width(std::string_view text) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = base::next_code_point(text, i);
    const auto ea = c < 0x1100 ? U_EA_NARROW : u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
    w += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return w;
}

std::size_t width_to_first_break(std::string_view text) {
  if (text.empty()) return 1;  // the space alone
  std::size_t first = 0;
  base::next_code_point(text, first);
  if (display_width(text.substr(0, first)) == 2) return 2;
  const auto space = text.find(' ');
  return 1 + display_width(space == std::string_view::npos ? text : text.substr(0, space));
}

bool starts_like_sentence(std::string_view text) {
  if (text.empty()) return false;
  if (transform::starts_with_quote_opener(text)) return true;
  std::size_t i = 0;
  const auto c = static_cast<UChar32>(base::next_code_point(text, i));
  return u_isupper(c) || u_istitle(c) || u_isdigit(c) || (u_isalpha(c) && !u_islower(c));
}

bool is_all_caps(std::string_view text) {
  int letters = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<UChar32>(base::next_code_point(text, i));
    if (u_islower(c)) return false;
    if (u_isupper(c)) ++letters;
  }
  return letters >= 4;
}

}  // namespace folio::readers
