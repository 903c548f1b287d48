#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubImgAlt{{"epub.img-alt", RuleFormat::epub, Severity::error, "EPUB A11y 1.1 4", "", "1.1.1",
                       "Every img has an alt attribute (empty only when decorative).",
                       "Add alt text describing each image."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubImgAlt.rule;
  for (const XmlEntry& d : m.documents) {
    if (!d.doc) continue;
    for (const xmlNode* n : elements(xmlDocGetRootElement(d.doc.get()))) {
      if (is_element(n, "img") && xmlHasProp(n, reinterpret_cast<const xmlChar*>("alt")) == nullptr) {
        out.report(rule, "an img has no alt (" + attr(n, "src") + ")", d.path, static_cast<int>(xmlGetLineNo(n)));
      }
    }
  }
}
}  // namespace

}  // namespace folio::audit::epub
