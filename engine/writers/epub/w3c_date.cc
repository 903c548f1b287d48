#include "writers/epub/w3c_date.h"

namespace folio::writers::epub {

namespace {

// Consumes `pattern` from the front of `text`: 'd' is an ASCII digit, anything else itself.
bool eat(std::string_view& text, std::string_view pattern) {
  if (text.size() < pattern.size()) return false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = text[i];
    if (pattern[i] == 'd' ? !(c >= '0' && c <= '9') : c != pattern[i]) return false;
  }
  text.remove_prefix(pattern.size());
  return true;
}

bool is_time_zone(std::string_view text) {
  if (text == "Z") return true;
  return !text.empty() && (text[0] == '+' || text[0] == '-') && (text.remove_prefix(1), eat(text, "dd:dd")) &&
         text.empty();
}

}  // namespace

std::optional<DatePrecision> w3c_date_precision(std::string_view text) {
  if (!eat(text, "dddd")) return std::nullopt;
  if (text.empty()) return DatePrecision::year;
  if (!eat(text, "-dd")) return std::nullopt;
  if (text.empty()) return DatePrecision::month;
  if (!eat(text, "-dd")) return std::nullopt;
  if (text.empty()) return DatePrecision::day;
  if (!eat(text, "Tdd:dd")) return std::nullopt;
  DatePrecision precision = DatePrecision::minute;
  if (eat(text, ":dd")) {
    precision = DatePrecision::second;
    if (eat(text, ".d")) {
      while (eat(text, "d")) {
      }
    }
  }
  return is_time_zone(text) ? std::optional{precision} : std::nullopt;
}

bool is_w3c_date(std::string_view text) { return w3c_date_precision(text).has_value(); }

bool is_html_datetime(std::string_view text) {
  const auto precision = w3c_date_precision(text);
  return precision && *precision != DatePrecision::year && *precision != DatePrecision::month;
}

bool is_utc_second(std::string_view text) {
  return w3c_date_precision(text) == DatePrecision::second && text.size() == 20 && text.back() == 'Z';
}

}  // namespace folio::writers::epub
