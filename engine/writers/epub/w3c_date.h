// W3C date-time strings (the ISO 8601 profile of dc:date and, from the day on, of HTML's
// <time datetime>), checked by hand: compiling std::regex patterns cost more than writing a
// release's whole EPUB.
#pragma once

#include <optional>
#include <string_view>

namespace folio::writers::epub {

enum class DatePrecision { year, month, day, minute, second };

/// How precise `text` is as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.s…]](Z|±hh:mm);
/// nullopt when it is none of them. Digits are checked, not ranges.
std::optional<DatePrecision> w3c_date_precision(std::string_view text);

/// A W3C date-time of any precision.
bool is_w3c_date(std::string_view text);

/// HTML's valid date or global date-and-time string: at least a whole day.
bool is_html_datetime(std::string_view text);

/// Exactly YYYY-MM-DDThh:mm:ssZ, the form of dcterms:modified.
bool is_utc_second(std::string_view text);

}  // namespace folio::writers::epub
