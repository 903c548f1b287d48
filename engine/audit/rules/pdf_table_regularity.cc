#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfTableRegularity{{"pdf.table-regularity", RuleFormat::pdf, Severity::error, "7.2", "15-004", "1.3.1",
                      "Every row of a table has the same number of columns, counting ColSpan and RowSpan.",
                      "Fix the row and column spans so the table is a regular grid."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfTableRegularity.rule;
  auto span_of = [&](const Element& cell, const char* key) {
    std::int64_t value = 1;
    auto look = [&](const PdfObject* a) {
      if (auto v = int_of(get(m, a, key)); v && *v > 0 && *v < 10000) value = *v;
    };
    const PdfObject* attrs = get(m, cell.dict, "A");
    if (const auto* arr = array_of(attrs)) {
      for (const PdfObject& a : *arr) look(resolve(m, &a));
    } else {
      look(attrs);
    }
    return static_cast<int>(value);
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
    if (rows.size() < 2 || rows.size() > 10000) continue;
    std::vector<int> width(rows.size(), 0);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (int c : m.elems[rows[r]].children) {
        const Element& cell = m.elems[c];
        if (cell.std_type != "TH" && cell.std_type != "TD") continue;
        const int cols = span_of(cell, "ColSpan");
        const int down = span_of(cell, "RowSpan");
        for (std::size_t k = r; k < rows.size() && k < r + static_cast<std::size_t>(down); ++k) width[k] += cols;
      }
    }
    for (std::size_t r = 1; r < rows.size(); ++r) {
      if (width[r] != width[0]) {
        out.report(rule, "table row " + std::to_string(r + 1) + " has " + std::to_string(width[r]) + " columns, row 1 has " +
                             std::to_string(width[0]), table.page + 1, table.object);
        break;
      }
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
