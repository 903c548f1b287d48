#include "audit/rules/pdf_rules.h"

#include <set>

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfThScope{{"pdf.th-scope", RuleFormat::pdf, Severity::error, "7.5", "15-003", "1.3.1",
                      "In a table whose structure the Headers and IDs of its cells do not determine, every TH has a Scope attribute.",
                      "Add /A << /O /Table /Scope /Column >> (or /Row, /Both) to each TH, or Headers to every TD."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfThScope.rule;
  // ISO 14289-1, 7.5. The structure is determined by Headers and IDs when every TD names, in its
  // Headers attribute (Table owner, or a class of the ClassMap), IDs of TH elements of the table.
  for (const Element& table : m.elems) {
    if (table.std_type != "Table") continue;
    std::vector<int> ths, tds;
    std::vector<int> stack(table.children.rbegin(), table.children.rend());
    while (!stack.empty()) {
      const int i = stack.back();
      stack.pop_back();
      const Element& e = m.elems[i];
      if (e.std_type == "TH") ths.push_back(i);
      else if (e.std_type == "TD") tds.push_back(i);
      else if (e.std_type != "Table") stack.insert(stack.end(), e.children.rbegin(), e.children.rend());
    }
    std::set<std::string> th_ids;
    for (int i : ths) {
      const PdfObject* id = get(m, m.elems[i].dict, "ID");
      if (id != nullptr && id->IsString()) th_ids.insert(std::string(id->GetString().GetString(), static_cast<std::size_t>(id->GetString().GetLength())));
    }
    bool determined = !tds.empty();
    for (int i : tds) {
      const auto* headers = array_of(attribute(m, m.elems[i], "Table", "Headers"));
      bool named = headers != nullptr && !headers->empty();
      for (std::size_t k = 0; named && k < headers->size(); ++k) {
        const PdfObject* id = resolve(m, &(*headers)[k]);
        named = id != nullptr && id->IsString() &&
                th_ids.count(std::string(id->GetString().GetString(), static_cast<std::size_t>(id->GetString().GetLength()))) != 0;
      }
      determined = determined && named;
    }
    if (determined) continue;
    for (int i : ths) {
      if (attribute(m, m.elems[i], "Table", "Scope") == nullptr) {
        out.report(rule, "a TH has no Scope attribute and the table's cells are not tied to their headers by Headers and IDs",
                   m.elems[i].page + 1, m.elems[i].object);
      }
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
