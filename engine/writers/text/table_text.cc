#include "writers/text/table_text.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <utility>

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
  std::vector<std::map<int, Placed>> grid(rows.size());
  std::vector<std::vector<bool>> taken(rows.size());
  int columns = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    int col = 0;
    for (const TextCell& cell : rows[r]) {
      while (col < static_cast<int>(taken[r].size()) && taken[r][col]) ++col;
      const int colspan = std::max(1, cell.colspan);
      const std::size_t last_row = std::min(rows.size(), r + static_cast<std::size_t>(std::max(1, cell.rowspan)));
      for (std::size_t rr = r; rr < last_row; ++rr) {
        if (taken[rr].size() < static_cast<std::size_t>(col + colspan)) taken[rr].resize(col + colspan, false);
        std::fill(taken[rr].begin() + col, taken[rr].begin() + col + colspan, true);
      }
      grid[r].emplace(col, Placed{&cell, colspan});
      col += colspan;
      columns = std::max(columns, col);
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
