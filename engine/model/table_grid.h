// Where the cells of a table sit on its grid (HTML's table model), shared by the writers and
// layout so that a cell spanning rows shifts the cells after it the same way everywhere.
#pragma once

#include <vector>

namespace folio::model {

/// How many columns and rows a cell covers (values below 1 count as 1).
struct CellSpan {
  int colspan = 1;
  int rowspan = 1;
};

struct TableGrid {
  /// column[r][i]: the first grid column of cell i of row r.
  std::vector<std::vector<int>> column;
  int columns = 0;  ///< columns of the grid (the widest row, spans included)
  /// continues[r][k]: grid column k of row r belongs to a cell that covers row r + 1 too (no
  /// line between those rows there).
  std::vector<std::vector<bool>> continues;
};

/// Places every cell left to right in its row, skipping the grid positions a cell of an earlier
/// row covers with its rowspan (which never reaches past the last row).
TableGrid place_cells(const std::vector<std::vector<CellSpan>>& rows);

}  // namespace folio::model
