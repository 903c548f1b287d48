// Typography by language: typographic apostrophes and quotation marks everywhere, and French
// spacing (narrow no-break spaces before ; : ! ? and inside « »).
#pragma once

#include <string>
#include <string_view>

namespace folio::transform {

struct TypographyCounts {
  int apostrophes = 0;
  int quotes = 0;
  int spaces = 0;

  TypographyCounts& operator+=(const TypographyCounts& other) {
    apostrophes += other.apostrophes;
    quotes += other.quotes;
    spaces += other.spaces;
    return *this;
  }
};

/// Applies the typography of `language` to one text run. URLs, e-mail addresses and times
/// (16:00) are left alone.
std::string apply_typography(std::string_view text, const std::string& language, TypographyCounts& counts);

}  // namespace folio::transform
