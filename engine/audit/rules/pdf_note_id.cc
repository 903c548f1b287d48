#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfNoteId{{"pdf.note-id", RuleFormat::pdf, Severity::error, "7.9", "19-003", "",
                      "Every Note has an /ID, unique in the document.",
                      "Give each Note element a unique /ID."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfNoteId.rule;
  std::set<std::string> ids;
  for (const Element& e : m.elems) {
    if (e.std_type != "Note") continue;
    const PdfObject* id = get(m, e.dict, "ID");
    if (id == nullptr || !id->IsString() || id->GetString().GetLength() == 0) {
      out.report(rule, "a Note has no /ID", e.page + 1, e.object);
    } else if (!ids.insert(std::string(id->GetString().GetString(), static_cast<std::size_t>(id->GetString().GetLength()))).second) {
      out.report(rule, "two Notes share one /ID", e.page + 1, e.object);
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
