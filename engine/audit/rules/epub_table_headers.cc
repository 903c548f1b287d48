#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubTableHeaders{{"epub.table-headers", RuleFormat::epub, Severity::warning, "EPUB A11y 1.1 4", "", "1.3.1",
                       "Every data table has header cells (th).",
                       "Mark the header row or column with th and scope."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubTableHeaders.rule;
  for (const XmlEntry& d : m.documents) {
    if (!d.doc) continue;
    for (const xmlNode* n : elements(xmlDocGetRootElement(d.doc.get()))) {
      if (!is_element(n, "table") || attr(n, "role") == "presentation") continue;
      bool has_th = false;
      for (const xmlNode* c : elements(n)) has_th = has_th || is_element(c, "th");
      if (!has_th) out.report(rule, "a table has no th header cells", d.path, static_cast<int>(xmlGetLineNo(n)));
    }
  }
}
}  // namespace

}  // namespace folio::audit::epub
