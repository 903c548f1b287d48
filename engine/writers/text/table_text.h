// Plain-text writer, tables: a grid of cell texts laid out as aligned columns.
#pragma once

#include <string>
#include <vector>

#include "writers/text/text_layout.h"

namespace folio::writers {

/// One cell's text (a single line), its language (for line breaking) and how many columns and
/// rows it covers.
struct TextCell {
  std::string text;
  int colspan = 1;
  int rowspan = 1;
  std::string lang;
};

/// The lines of a table: cells left-aligned in columns as wide as their widest cell (display
/// width), two spaces between columns, a cell spanning columns taking their widths and the gaps
/// between them, and after the first `header_rows` rows a line of dashes under each column.
/// Rows covered by a rowspan leave that column blank. Lines carry no trailing spaces.
/// When the table is wider than `width` (> 0), columns narrow towards their longest word, each
/// keeping a share of the room in proportion to what it would use (as a browser's automatic
/// table layout), and cells wrap inside them (`wrapper`); a row then takes several lines.
std::vector<std::string> layout_table(const std::vector<std::vector<TextCell>>& rows, int header_rows, int width,
                                      LineWrapper& wrapper);

}  // namespace folio::writers
