// Finding a calendar date in running text ("le 9 juillet 2007", "October 13, 2005", "2022-09-21",
// "21.09.2022") in the languages of the corpus.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio::transform {

/// The first date in `text` as ISO 8601 (YYYY-MM-DD), or nullopt.
std::optional<std::string> find_date(std::string_view text);

}  // namespace folio::transform
