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
  for (const PdfObject* obj : all_objects(m)) {
    if (!is_dict(obj) || name_of(get(m, obj, "S")) != "MCD") continue;
    if (get(m, obj, "CT") == nullptr) out.report(rule, "a media clip has no /CT", 0, object_number(obj));
    if (get(m, obj, "Alt") == nullptr) out.report(rule, "a media clip has no /Alt", 0, object_number(obj));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
