#include "model/table_grid.h"

#include <algorithm>

namespace folio::model {

TableGrid place_cells(const std::vector<std::vector<CellSpan>>& rows) {
  TableGrid grid;
  grid.column.resize(rows.size());
  std::vector<std::vector<bool>> taken(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    int col = 0;
    for (const CellSpan& cell : rows[r]) {
      while (col < static_cast<int>(taken[r].size()) && taken[r][static_cast<std::size_t>(col)]) ++col;
      const int colspan = std::max(1, cell.colspan);
      const std::size_t last_row = std::min(rows.size(), r + static_cast<std::size_t>(std::max(1, cell.rowspan)));
      for (std::size_t rr = r; rr < last_row; ++rr) {
        if (taken[rr].size() < static_cast<std::size_t>(col + colspan)) taken[rr].resize(static_cast<std::size_t>(col + colspan), false);
        std::fill(taken[rr].begin() + col, taken[rr].begin() + col + colspan, true);
      }
      grid.column[r].push_back(col);
      col += colspan;
      grid.columns = std::max(grid.columns, col);
    }
  }
  grid.continues.assign(rows.size(), std::vector<bool>(static_cast<std::size_t>(grid.columns), false));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t i = 0; i < rows[r].size(); ++i) {
      const auto col = static_cast<std::size_t>(grid.column[r][i]);
      const std::size_t end_row = std::min(rows.size(), r + static_cast<std::size_t>(std::max(1, rows[r][i].rowspan)));
      const std::size_t end_col = col + static_cast<std::size_t>(std::max(1, rows[r][i].colspan));
      for (std::size_t rr = r; rr + 1 < end_row; ++rr) {
        for (std::size_t k = col; k < end_col; ++k) grid.continues[rr][k] = true;
      }
    }
  }
  return grid;
}

}  // namespace folio::model
