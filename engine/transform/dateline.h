// The dateline that opens a release's first paragraph: "PARIS, le 12 mars 2026 –",
// "Washington, D.C. –", "GENEVA (IOM) —", "SPRINGFIELD -".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio::transform {

struct Dateline {
  std::string place;
  std::optional<std::string> date;  ///< ISO date when the dateline gives one
  std::size_t length = 0;           ///< bytes of the dateline, up to the dash (excluded)
  bool whole_paragraph = false;     ///< nothing but the dateline (and its dash) in the text
};

/// The dateline at the start of `text`: a place (and maybe a date) before a dash, with no
/// sentence in it. A place alone must carry a comma or parenthesis ("GENEVA (IOM) —"), so that
/// "Today – the board met" or a kicker ("MIGRATION - ") is not taken for one; with
/// `bare_capitals`, for a caller with other evidence, a place in capitals alone will do.
std::optional<Dateline> find_dateline(std::string_view text, bool bare_capitals = false);

}  // namespace folio::transform
