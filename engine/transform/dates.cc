#include "transform/dates.h"

#include <array>
#include <cstdio>
#include <regex>

#include "transform/case_fold.h"

namespace folio::transform {

namespace {

struct Month {
  std::string_view name;
  int number;
};

// Lower-case month names (and common abbreviations) of en, fr, es, pt, de, it, sv, nl, ru.
constexpr std::array<Month, 87> kMonths{{
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7},
    {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9}, {"sept", 9},
    {"oct", 10}, {"nov", 11}, {"dec", 12},
    {"janvier", 1}, {"février", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6}, {"juillet", 7},
    {"août", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12},
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"agosto", 8}, {"septiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7}, {"setembro", 9},
    {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
    {"januar", 1}, {"februar", 2}, {"märz", 3}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12},
    {"januari", 1}, {"februari", 2}, {"augusti", 8}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6}, {"июля", 7},
    {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11}, {"декабря", 12},
    {"gennaio", 1}, {"giugno", 6}, {"luglio", 7},
}};

std::optional<int> month_number(const std::string& word) {
  std::string folded = fold_case(word);
  if (!folded.empty() && folded.back() == '.') folded.pop_back();
  for (const auto& m : kMonths) {
    if (m.name == folded) return m.number;
  }
  return std::nullopt;
}

std::optional<std::string> iso(int year, int month, int day) {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return std::string(buf);
}

// Whether `s` holds four ASCII digits in a row: every date form below has a four-digit year,
// and most paragraphs have none, so the regular expressions need not run on them.
bool has_four_digits(std::string_view s) {
  int run = 0;
  for (char c : s) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> find_date(std::string_view text) {
  if (!has_four_digits(text.substr(0, 400))) return std::nullopt;
  const std::string s(text.substr(0, 400));
  std::smatch m;
  static const std::regex kIso(R"((\d{4})-(\d{2})-(\d{2}))");
  static const std::regex kDayMonthYear(R"((\d{1,2})(?:er|º|ª)?\.?\s+(?:de\s+)?([^\s\d,.]+\.?)\s+(?:de\s+)?(\d{4}))");
  static const std::regex kMonthDayYear(R"(([^\s\d,.]+\.?)\s+(\d{1,2}),?\s+(\d{4}))");
  static const std::regex kNumeric(R"((\d{1,2})[./](\d{1,2})[./](\d{4}))");
  std::optional<std::string> best;
  std::ptrdiff_t best_pos = -1;
  const auto consider = [&](std::optional<std::string> date, std::ptrdiff_t pos) {
    if (date && (best_pos < 0 || pos < best_pos)) {
      best = date;
      best_pos = pos;
    }
  };
  if (std::regex_search(s, m, kIso)) {
    consider(iso(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3])), m.position(0));
  }
  for (auto it = std::sregex_iterator(s.begin(), s.end(), kDayMonthYear); it != std::sregex_iterator(); ++it) {
    if (auto month = month_number((*it)[2])) {
      consider(iso(std::stoi((*it)[3]), *month, std::stoi((*it)[1])), it->position(0));
      break;
    }
  }
  for (auto it = std::sregex_iterator(s.begin(), s.end(), kMonthDayYear); it != std::sregex_iterator(); ++it) {
    if (auto month = month_number((*it)[1])) {
      consider(iso(std::stoi((*it)[3]), *month, std::stoi((*it)[2])), it->position(0));
      break;
    }
  }
  if (!best && std::regex_search(s, m, kNumeric)) {
    // 04/21/2022 is month-first; 21.09.2022 and 21/09/2022 are day-first.
    int a = std::stoi(m[1]), b = std::stoi(m[2]);
    const bool slash = s[static_cast<std::size_t>(m.position(0)) + m[1].length()] == '/';
    if (slash && b > 12) std::swap(a, b);
    consider(slash && b <= 12 && a <= 12 ? iso(std::stoi(m[3]), a, b) : iso(std::stoi(m[3]), b, a), m.position(0));
  }
  return best;
}

}  // namespace folio::transform
