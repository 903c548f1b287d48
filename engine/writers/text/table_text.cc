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

/// Columns `col` to `col + colspan - 1` and the gaps between them.
int width_of(const std::vector<int>& widths, int col, int colspan) {
  int width = kGap * (colspan - 1);
  for (int c = col; c < col + colspan; ++c) width += widths[static_cast<std::size_t>(c)];
  return width;
}

/// The lines of one row: each cell wrapped at its width (one line when it fits), side by side.
std::vector<std::string> row_lines(const std::map<int, Placed>& row, const std::vector<int>& widths,
                                   LineWrapper& wrapper) {
  const int columns = static_cast<int>(widths.size());
  std::map<int, std::vector<std::string>> cell_lines;
  std::size_t height = 1;
  for (const auto& [col, placed] : row) {
    const int w = width_of(widths, col, placed.colspan);
    auto& wrapped = cell_lines[col];
    if (display_width(placed.cell->text) <= w) wrapped = {placed.cell->text};
    else wrapped = wrapper.wrap(placed.cell->text, w, placed.cell->lang);
    height = std::max(height, wrapped.size());
  }
  std::vector<std::string> out;
  for (std::size_t k = 0; k < height; ++k) {
    std::string line;
    for (int col = 0; col < columns;) {
      if (col > 0) line += std::string(kGap, ' ');
      const auto it = row.find(col);
      const int colspan = it == row.end() ? 1 : it->second.colspan;
      std::string_view text;
      if (it != row.end() && k < cell_lines[col].size()) text = cell_lines[col][k];
      line += text;
      line += std::string(static_cast<std::size_t>(std::max(0, width_of(widths, col, colspan) - display_width(text))), ' ');
      col += colspan;
    }
    out.emplace_back(trim_right(line));
  }
  return out;
}

/// Narrows `widths` (each column's widest cell) so that the columns and their gaps fit `width`:
/// every column keeps its longest word (spanning cells aside) and gets a share of the rest in
/// proportion to how much wider it would be; when even the longest words do not fit, they win.
void narrow_columns(const std::vector<std::map<int, Placed>>& grid, std::vector<int>& widths, int width,
                    LineWrapper& wrapper) {
  std::vector<int> least(widths.size(), 1);
  for (const auto& row : grid) {
    for (const auto& [col, placed] : row) {
      if (placed.colspan != 1) continue;
      for (const auto& word : wrapper.wrap(placed.cell->text, 1, placed.cell->lang)) {
        least[static_cast<std::size_t>(col)] = std::max(least[static_cast<std::size_t>(col)], display_width(word));
      }
    }
  }
  const int room = width - kGap * (static_cast<int>(widths.size()) - 1);
  int sum_least = 0, sum_most = 0;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    sum_least += least[i];
    sum_most += widths[i];
  }
  if (sum_least >= room || sum_most <= sum_least) {
    widths = least;
    return;
  }
  int given = 0;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    const int extra = static_cast<int>(static_cast<long long>(room - sum_least) * (widths[i] - least[i]) /
                                       (sum_most - sum_least));
    widths[i] = least[i] + extra;
    given += widths[i];
  }
  // What the integer division left over goes one column to each from the first.
  for (std::size_t i = 0; given < room && i < widths.size(); ++i, ++given) ++widths[i];
}

}  // namespace

std::vector<std::string> layout_table(const std::vector<std::vector<TextCell>>& rows, int header_rows, int width,
                                      LineWrapper& wrapper) {
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
  for (const auto& [col, placed] : spanning) {
    const int need = display_width(placed.cell->text) - width_of(widths, col, placed.colspan);
    if (need > 0) widths[col + placed.colspan - 1] += need;
  }

  if (width > 0 && width_of(widths, 0, columns) > width) narrow_columns(grid, widths, width, wrapper);

  std::vector<std::vector<std::string>> rendered;
  bool multiline = false;
  for (const auto& row : grid) {
    rendered.push_back(row_lines(row, widths, wrapper));
    multiline = multiline || rendered.back().size() > 1;
  }

  // Rows that take several lines are told apart by a blank line (as pandoc's multiline tables).
  std::vector<std::string> lines;
  for (std::size_t r = 0; r < grid.size(); ++r) {
    if (multiline && r > 0 && static_cast<int>(r) != header_rows) lines.emplace_back();
    lines.insert(lines.end(), rendered[r].begin(), rendered[r].end());
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
