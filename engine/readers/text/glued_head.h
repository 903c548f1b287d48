// "Committee on Public HealthSubcommittee on Rural CareSPRINGFIELD - The Senator…": a release
// saved without its line breaks has its letterhead and headline glued to the dateline.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace folio::readers {

struct GluedHead {
  std::vector<std::string_view> headings;  ///< in reading order, views into the line
  std::size_t body = 0;                    ///< byte offset of the dateline in the line
};

/// The title lines glued before a dateline in capitals, when `line` starts with them: they hold
/// no sentence end, start with a capital, and the dateline's capitals follow a lower-case letter
/// with no space. The lines are cut where a lower-case letter touches a capital that starts a
/// word of two or more lines' words ("HealthSubcommittee"), never inside a name ("McDonald").
std::optional<GluedHead> split_glued_head(std::string_view line);

}  // namespace folio::readers
