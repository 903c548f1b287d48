#include "audit/rules/pdf_rules.h"

#include <algorithm>

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfTableRegularity{{"pdf.table-regularity", RuleFormat::pdf, Severity::error, "7.2", "09-004", "1.3.1",
                      "Every table is a regular grid: rows of the same number of columns counting ColSpan and RowSpan, no cell overlapping another or reaching past the last row.",
                      "Fix the row and column spans so the table is a regular grid."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfTableRegularity.rule;
  auto span_of = [&](const Element& cell, const char* key) {
    auto v = int_of(attribute(m, cell, "Table", key));
    return v && *v > 0 && *v < 10000 ? static_cast<int>(*v) : 1;
  };
  for (const Element& table : m.elems) {
    if (table.std_type != "Table") continue;
    std::vector<int> rows;
    for (int c : table.children) {
      const std::string& t = m.elems[c].std_type;
      if (t == "TR") rows.push_back(c);
      if (t == "THead" || t == "TBody" || t == "TFoot") {
        for (int r : m.elems[c].children) {
          if (m.elems[r].std_type == "TR") rows.push_back(r);
        }
      }
    }
    if (rows.empty() || rows.size() > 10000) continue;
    // Cells take the first free column of their row, left to right (as HTML tables place them).
    std::vector<std::vector<bool>> taken(rows.size());
    std::string problem;
    for (std::size_t r = 0; r < rows.size() && problem.empty(); ++r) {
      std::size_t column = 0;
      for (int c : m.elems[rows[r]].children) {
        const Element& cell = m.elems[c];
        if (cell.std_type != "TH" && cell.std_type != "TD") continue;
        while (column < taken[r].size() && taken[r][column]) ++column;
        const auto cols = static_cast<std::size_t>(span_of(cell, "ColSpan"));
        const auto down = static_cast<std::size_t>(span_of(cell, "RowSpan"));
        if (r + down > rows.size()) {
          problem = "a cell in row " + std::to_string(r + 1) + " spans past the last row";
          break;
        }
        for (std::size_t k = r; k < r + down; ++k) {
          if (taken[k].size() < column + cols) taken[k].resize(column + cols, false);
          for (std::size_t j = column; j < column + cols; ++j) {
            if (taken[k][j]) problem = "two cells overlap in row " + std::to_string(k + 1) + ", column " + std::to_string(j + 1);
            taken[k][j] = true;
          }
        }
        column += cols;
      }
    }
    for (std::size_t r = 0; r < rows.size() && problem.empty(); ++r) {
      const auto filled = static_cast<std::size_t>(std::count(taken[r].begin(), taken[r].end(), true));
      if (filled != taken[0].size() || taken[r].size() != taken[0].size()) {
        problem = "table row " + std::to_string(r + 1) + " has " + std::to_string(filled) + " columns, row 1 has " +
                  std::to_string(taken[0].size());
      }
    }
    if (!problem.empty()) out.report(rule, problem, table.page + 1, table.object);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
