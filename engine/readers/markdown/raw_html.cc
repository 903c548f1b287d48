#include "readers/markdown/raw_html.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "base/utf8.h"

namespace folio::readers {

namespace {

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-'; }

/// Offset one past the `>` closing the tag that starts at `begin`, honouring quoted attributes;
/// the end of `html` when the tag is not closed.
std::size_t tag_end(std::string_view html, std::size_t begin) {
  char quote = 0;
  for (std::size_t i = begin; i < html.size(); ++i) {
    const char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return html.size();
}

}  // namespace

void HtmlElementBalance::scan(std::string_view html) {
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) return;
      i = end + 3;
      continue;
    }
    std::size_t j = i + 1;
    const bool closing = j < html.size() && html[j] == '/';
    if (closing) ++j;
    const std::size_t name_begin = j;
    while (j < html.size() && is_name_char(html[j])) ++j;
    if (j == name_begin) {
      ++i;
      continue;
    }
    std::string name(html.substr(name_begin, j - name_begin));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    const std::size_t end = tag_end(html, j);
    const bool self_closing = end >= 2 && html[end - 1] == '>' && html[end - 2] == '/';
    const auto it = std::find(kTracked.begin(), kTracked.end(), name);
    if (it != kTracked.end()) {
      int& count = open_[static_cast<std::size_t>(it - kTracked.begin())];
      if (closing) {
        if (count > 0) --count;
      } else if (!self_closing) {
        ++count;
      }
    }
    i = end;
  }
}

bool HtmlElementBalance::balanced() const {
  return std::all_of(open_.begin(), open_.end(), [](int n) { return n == 0; });
}

bool is_blank_or_comment(std::string_view html) {
  while (true) {
    html = base::trim_ascii(html);
    if (html.empty()) return true;
    if (html.substr(0, 4) != "<!--") return false;
    const std::size_t end = html.find("-->", 4);
    if (end == std::string_view::npos) return true;
    html.remove_prefix(end + 3);
  }
}

bool is_start_tag(std::string_view html, std::string_view name) {
  html = base::trim_ascii(html);
  if (html.size() < name.size() + 2 || html[0] != '<') return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(html[i + 1])) != name[i]) return false;
  }
  const char next = html[name.size() + 1];
  return next == '>' || next == '/' || next == ' ' || next == '\t' || next == '\n';
}

}  // namespace folio::readers
