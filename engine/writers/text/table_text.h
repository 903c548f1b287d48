// Plain-text writer, tables: a grid of cell texts laid out as aligned columns.
#pragma once

#include <string>
#include <vector>

namespace folio::writers {

/// One cell's text (a single line) and how many columns and rows it covers.
struct TextCell {
  std::string text;
  int colspan = 1;
  int rowspan = 1;
};

/// The lines of a table: cells left-aligned in columns as wide as their widest cell (display
/// width), two spaces between columns, a cell spanning columns taking their widths and the gaps
/// between them, and after the first `header_rows` rows a line of dashes under each column.
/// Rows covered by a rowspan leave that column blank. Lines carry no trailing spaces.
std::vector<std::string> layout_table(const std::vector<std::vector<TextCell>>& rows, int header_rows);

}  // namespace folio::writers
