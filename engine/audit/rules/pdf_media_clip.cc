#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfMediaClip{{"pdf.media-clip", RuleFormat::pdf, Severity::error, "7.18.6.2", "28-014", "1.2.1",
                      "Every media clip data dictionary has /CT (content type) and /Alt.",
                      "Add /CT and /Alt to each media clip (/S /MCD)."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfMediaClip.rule;
  // Media clips are usually direct objects deep inside a rendition action: walk direct values.
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
    if (get(m, obj, "CT") == nullptr) out.report(rule, "a media clip has no /CT", 0, owner);
    if (get(m, obj, "Alt") == nullptr) out.report(rule, "a media clip has no /Alt", 0, owner);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
