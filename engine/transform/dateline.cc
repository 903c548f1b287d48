#include "transform/dateline.h"

#include <unicode/uchar.h>

#include <array>
#include <regex>

#include "base/utf8.h"
#include "transform/dates.h"

namespace folio::transform {

namespace {

constexpr std::size_t kMaxDatelinePrefix = 90;  // bytes before the dash of a dateline

// "SPRINGFIELD", "NEW YORK", "ST. PAUL": a place in capitals, at most three words.
bool is_place_in_capitals(std::string_view prefix) {
  int letters = 0, words = 1;
  for (std::size_t i = 0; i < prefix.size();) {
    const auto c = static_cast<UChar32>(base::next_code_point(prefix, i));
    if (c == ' ') {
      ++words;
    } else if (u_isupper(c)) {
      ++letters;
    } else if (c != '.' && c != '-' && c != '\'' && c != 0x2019) {
      return false;
    }
  }
  return letters >= 3 && words <= 3;
}

}  // namespace

std::optional<Dateline> find_dateline(std::string_view text, bool bare_capitals) {
  static constexpr std::array<std::string_view, 4> kDashes{" – ", " — ", " -- ", " - "};
  std::size_t dash = std::string_view::npos;
  for (auto d : kDashes) dash = std::min(dash, text.find(d));
  const std::string prefix(dash == std::string_view::npos ? text : text.substr(0, dash));
  if (prefix.size() > kMaxDatelinePrefix || prefix.empty()) return std::nullopt;
  std::size_t i = 0;
  if (!u_isupper(static_cast<UChar32>(base::next_code_point(prefix, i)))) return std::nullopt;
  // A dateline has no sentence in it: no verb-like lower-case run longer than a date's words.
  int lower_words = 0;
  std::size_t pos = 0;
  while (pos < prefix.size()) {
    const std::size_t end = std::min(prefix.find(' ', pos), prefix.size());
    std::size_t k = pos;
    if (k < end && u_islower(static_cast<UChar32>(base::next_code_point(prefix, k)))) ++lower_words;
    pos = end + 1;
  }
  const auto date = find_date(prefix);
  if (lower_words > (date ? 3 : 1)) return std::nullopt;
  const bool has_comma_or_paren = prefix.find(',') != std::string::npos || prefix.find('(') != std::string::npos;
  if (!date && !has_comma_or_paren && (!bare_capitals || dash == std::string_view::npos || !is_place_in_capitals(prefix))) {
    return std::nullopt;
  }
  Dateline d;
  d.place = prefix.substr(0, std::min(prefix.find_first_of(",("), prefix.size()));
  while (!d.place.empty() && d.place.back() == ' ') d.place.pop_back();
  // "Washington, D.C." keeps its state abbreviation.
  static const std::regex kState(R"(^([^,]+), ([A-Z]\.[A-Z]\.|[A-Z]{2})(?=[\s,(]|$))");
  std::smatch m;
  if (std::regex_search(prefix, m, kState)) d.place = m[0];
  d.date = date;
  d.length = prefix.size();
  d.whole_paragraph = dash == std::string_view::npos || base::trim_ascii(text.substr(dash)).size() <= 3;
  return d;
}

}  // namespace folio::transform
