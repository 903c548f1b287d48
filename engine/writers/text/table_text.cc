#include "writers/text/table_text.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <utility>

#include "model/table_grid.h"
#include "writers/text/text_layout.h"

namespace folio::writers {

namespace {

constexpr int kGap = 2;

struct Placed {
  const TextCell* cell;
  int colspan;
};

}  // namespace

std::vector<std::string> layout_table(const std::vector<std::vector<TextCell>>& rows, int header_rows) {
  // Place every cell on the grid first: a rowspan from an earlier row pushes later cells right.
  std::vector<std::vector<model::CellSpan>> spans(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (const TextCell& cell : rows[r]) spans[r].push_back({cell.colspan, cell.rowspan});
  }
  const model::TableGrid placed = model::place_cells(spans);
  const int columns = placed.columns;
  std::vector<std::map<int, Placed>> grid(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t i = 0; i < rows[r].size(); ++i) {
      grid[r].emplace(placed.column[r][i], Placed{&rows[r][i], std::max(1, rows[r][i].colspan)});
    }
  }

  std::vector<int> widths(static_cast<std::size_t>(columns), 1);
  for (const auto& row : grid) {
    for (const auto& [col, placed] : row) {
      if (placed.colspan == 1) widths[col] = std::max(widths[col], display_width(placed.cell->text));
    }
  }
  // Spanning cells are fitted after the single ones, narrowest span first; extra room goes to
  // the last column they cover.
  std::vector<std::pair<int, Placed>> spanning;
  for (const auto& row : grid) {
    for (const auto& [col, placed] : row) {
      if (placed.colspan > 1) spanning.emplace_back(col, placed);
    }
  }
  std::stable_sort(spanning.begin(), spanning.end(),
                   [](const auto& a, const auto& b) { return a.second.colspan < b.second.colspan; });
  const auto span_width = [&](int col, int colspan) {
    int width = kGap * (colspan - 1);
    for (int c = col; c < col + colspan; ++c) width += widths[c];
    return width;
  };
  for (const auto& [col, placed] : spanning) {
    const int need = display_width(placed.cell->text) - span_width(col, placed.colspan);
    if (need > 0) widths[col + placed.colspan - 1] += need;
  }

  std::vector<std::string> lines;
  for (std::size_t r = 0; r < grid.size(); ++r) {
    std::string line;
    for (int col = 0; col < columns;) {
      if (col > 0) line += std::string(kGap, ' ');
      const auto it = grid[r].find(col);
      const int colspan = it == grid[r].end() ? 1 : it->second.colspan;
      const std::string_view text = it == grid[r].end() ? std::string_view() : std::string_view(it->second.cell->text);
      line += text;
      line += std::string(static_cast<std::size_t>(std::max(0, span_width(col, colspan) - display_width(text))), ' ');
      col += colspan;
    }
    lines.emplace_back(trim_right(line));
    if (static_cast<int>(r) + 1 == header_rows) {
      std::string rule;
      for (int col = 0; col < columns; ++col) {
        if (col > 0) rule += std::string(kGap, ' ');
        rule += std::string(static_cast<std::size_t>(widths[col]), '-');
      }
      lines.push_back(std::move(rule));
    }
  }
  return lines;
}

}  // namespace folio::writers
