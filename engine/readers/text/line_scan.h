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
  std::size_t width = 0;      ///< code points of `text`
  std::size_t indent = 0;     ///< leading spaces (tabs count 4)
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
/// Width of the first word (code points up to the first space).
std::size_t first_word_width(std::string_view text);
/// The first code point is an upper-case letter, a digit or a quotation opener.
bool starts_like_sentence(std::string_view text);
/// Letters only in upper case (at least 4 letters).
bool is_all_caps(std::string_view text);

}  // namespace folio::readers
