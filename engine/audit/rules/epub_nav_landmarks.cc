#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubNavLandmarks{{"epub.nav-landmarks", RuleFormat::epub, Severity::warning, "EPUB A11y 1.1 4", "", "2.4.1",
                       "The navigation document has a landmarks nav.",
                       "Add <nav epub:type='landmarks'> with at least the start of the body matter."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubNavLandmarks.rule;
  for (const XmlEntry& d : m.documents) {
    if (!d.is_nav || !d.doc) continue;
    bool landmarks = false;
    for (const xmlNode* n : elements(xmlDocGetRootElement(d.doc.get()))) {
      if (is_element(n, "nav") && attr(n, "type", kOpsNs).find("landmarks") != std::string::npos) landmarks = true;
    }
    if (!landmarks) out.report(rule, "the navigation document has no landmarks nav", d.path);
  }
}
}  // namespace

}  // namespace folio::audit::epub
