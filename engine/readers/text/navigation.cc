#include "readers/text/navigation.h"

#include <set>
#include <string>

#include "readers/text/line_scan.h"
#include "transform/release_patterns.h"

namespace folio::readers {

namespace {

constexpr std::size_t kMenuWidth = 40;    // menu entries are short
constexpr std::size_t kProseWidth = 40;   // a line of running text is at least this long
constexpr std::size_t kMinNavLines = 3;   // fewer menu-like lines than this is not a menu

bool ends_like_menu(std::string_view t) { return !transform::ends_sentence(t) && !t.ends_with(','); }

}  // namespace

Navigation find_navigation(const std::vector<Line>& lines) {
  Navigation nav;
  std::set<std::string_view> short_lines;
  for (const auto& l : lines) {
    if (!l.blank() && l.width <= kMenuWidth && ends_like_menu(l.text)) short_lines.insert(l.text);
  }

  // A glued line starts with a menu entry that runs straight into a capitalised sentence.
  const auto glued_split = [&](const Line& l) -> std::size_t {
    for (auto s : short_lines) {
      if (s.size() < 3 || l.text.size() <= s.size() || !l.text.starts_with(s)) continue;
      const std::string_view rest = l.text.substr(s.size());
      if (rest.front() != ' ' && starts_like_sentence(rest)) return s.size();
    }
    return 0;
  };

  std::vector<bool> menu(lines.size(), false);
  std::set<std::string_view> seen;
  std::size_t first_prose = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.blank()) continue;
    std::size_t next = i + 1;
    while (next < lines.size() && lines[next].blank()) ++next;
    const bool repeated = seen.count(l.text) || (next < lines.size() && lines[next].text == l.text);
    const bool glued = glued_split(l) > 0;
    menu[i] = is_bullet_line(l.text) || repeated || glued;
    seen.insert(l.text);
    if (!menu[i] && l.width >= kProseWidth && next < lines.size() && !is_bullet_line(lines[next].text)) {
      first_prose = i;
      break;
    }
  }
  if (first_prose == lines.size()) return nav;

  std::size_t last_menu = 0;
  std::size_t count = 0;
  for (std::size_t i = 0; i < first_prose; ++i) {
    if (menu[i]) {
      last_menu = i + 1;
      ++count;
    }
  }
  if (count < kMinNavLines) return nav;
  nav.end = last_menu;
  for (std::size_t i = 0; i < nav.end; ++i) {
    if (lines[i].blank()) continue;
    if (const std::size_t at = glued_split(lines[i])) {
      nav.glued.push_back({i, lines[i].text.substr(0, at), lines[i].text.substr(at)});
    }
  }
  return nav;
}

}  // namespace folio::readers
