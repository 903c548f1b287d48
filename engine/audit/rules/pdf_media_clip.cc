#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfMediaClip{{"pdf.media-clip", RuleFormat::pdf, Severity::error, "7.18.6.2", "28-014", "1.2.1",
                      "Every media clip data dictionary has a /CT (its content type) and an /Alt with some text.",
                      "Add /CT (for example video/mp4) and /Alt (a multi-language text array) to each media clip (/S /MCD)."},
                     check};

namespace {
/// A multi-language text array (ISO 32000-1, 13.2.4.2, Table 274: [lang text lang text …]) or a
/// plain text string with at least one non-empty text.
bool alternate_text(const Model& m, const PdfObject* alt) {
  if (has_text(alt)) return true;
  const auto* a = array_of(alt);
  if (a == nullptr) return false;
  for (std::size_t i = 1; i < a->size(); i += 2) {
    if (has_text(resolve(m, &(*a)[i]))) return true;
  }
  return false;
}

void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfMediaClip.rule;
  // Media clips are usually direct objects deep inside a rendition action or a Screen
  // annotation: walk every indirect object and the direct values below it.
  std::vector<std::pair<const PdfObject*, int>> stack;
  for (const PdfObject* obj : all_objects(m)) stack.emplace_back(obj, object_number(obj));
  std::size_t visited = 0;
  while (!stack.empty() && ++visited < 1000000) {
    const auto [obj, owner] = stack.back();
    stack.pop_back();
    if (obj == nullptr || obj->IsReference()) continue;
    if (const auto* arr = array_of(obj)) {
      for (const PdfObject& item : *arr) stack.emplace_back(&item, owner);
      continue;
    }
    if (!is_dict(obj)) continue;
    for (const auto& [key, value] : obj->GetDictionary().GetKeys()) stack.emplace_back(value, owner);
    if (name_of(get(m, obj, "S")) != "MCD") continue;
    // ISO 14289-1, 7.18.6.2 requires /CT; that its value follow RFC 2045 is only recommended.
    if (!text_of(get(m, obj, "CT"))) out.report(rule, "a media clip data dictionary has no /CT", 0, owner);
    if (!alternate_text(m, get(m, obj, "Alt"))) out.report(rule, "a media clip data dictionary has no non-empty /Alt", 0, owner);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
