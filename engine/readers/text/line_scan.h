// The text reader's view of a file: lines with offsets, widths and the classes that navigation
// detection and paragraph reconstruction need.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_text.h"

namespace folio::readers {

struct Line {
  std::string_view text;      ///< without leading/trailing white space
  std::uint32_t begin = 0;    ///< byte offset of `text` in the source
  std::uint32_t end = 0;
  std::size_t width = 0;      ///< display columns of `text` and of the ideographic spaces before it
  std::size_t indent = 0;     ///< leading spaces (tabs count 4)
  /// Opens with ideographic spaces (U+3000): the first-line indent of a Chinese or Japanese
  /// paragraph, which a scraper keeps as text.
  bool ideographic_indent = false;
  bool opens_block = false;   ///< the page's wrapping shows a new block starts here (scraped pages)
  bool blank() const { return text.empty(); }
};

std::vector<Line> scan_lines(const base::SourceText& source);

/// The glyphs a writer opens a list item with.
inline constexpr std::string_view kListMarkers[] = {"-", "•", "*", "·", "▪"};
/// The glyphs a text browser draws before the items of nested lists, and other list glyphs.
inline constexpr std::string_view kNestedListMarkers[] = {"□", "☆", "○", "■", "◦", "►", "▶",
                                                           "◇", "◆", "★", "✓", "✔", "→"};
/// The length of the marker of `markers` that opens `text`, followed by a space or alone; 0 for
/// none.
std::size_t opening_marker(std::string_view text, std::span<const std::string_view> markers);
/// A marker of kListMarkers and a space opening the line (`- item`), or a lone marker: the
/// writer's list items, and the top level of a menu.
bool is_bullet_line(std::string_view text);
/// is_bullet_line, or a marker of kNestedListMarkers opening the line (`☆ item`): a list item.
bool is_list_item_line(std::string_view text);
/// The text after the bullet marker.
std::string_view bullet_body(std::string_view text);
/// `1. item`, `2) item`; sets `number`.
bool is_numbered_line(std::string_view text, int& number, std::string_view& body);
/// An all-capitals label and colon opening the line: `WHO:`, `WHEN:`, `Contact:`.
bool starts_with_label(std::string_view text);
/// The columns a text browser or terminal gives `text`, as a hard-wrapped page was wrapped: two for
/// each East Asian wide or fullwidth character (a line of 31 ideographs fills 62 columns), one
/// for any other.
std::size_t display_width(std::string_view text);
/// The columns the start of `text` would need at the end of the line above, had the wrap left
/// room there: a space and the first word, or, for text that opens with an East Asian wide
/// character (a line may break after any ideograph), that character alone.
std::size_t width_to_first_break(std::string_view text);
/// The first code point is an upper-case letter, a digit or a quotation opener.
bool starts_like_sentence(std::string_view text);
/// Letters only in upper case (at least 4 letters).
bool is_all_caps(std::string_view text);

}  // namespace folio::readers
