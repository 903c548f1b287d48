#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubNavToc{{"epub.nav-toc", RuleFormat::epub, Severity::error, "EPUB A11y 1.1 4", "", "2.4.5",
                       "The navigation document has a toc nav with role doc-toc.",
                       "Mark the table of contents as <nav epub:type='toc' role='doc-toc'>."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubNavToc.rule;
  bool nav_doc = false;
  for (const XmlEntry& d : m.documents) {
    if (!d.is_nav || !d.doc) continue;
    nav_doc = true;
    bool toc = false;
    for (const xmlNode* n : elements(xmlDocGetRootElement(d.doc.get()))) {
      if (!is_element(n, "nav") || attr(n, "type", kOpsNs).find("toc") == std::string::npos) continue;
      toc = true;
      if (attr(n, "role") != "doc-toc") out.report(rule, "the toc nav has no role=\"doc-toc\"", d.path, static_cast<int>(xmlGetLineNo(n)));
    }
    if (!toc) out.report(rule, "the navigation document has no toc nav", d.path);
  }
  if (!nav_doc && m.opf) out.report(rule, "the package has no navigation document", m.opf_path);
}
}  // namespace

}  // namespace folio::audit::epub
