#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubXhtmlTitle{{"epub.xhtml-title", RuleFormat::epub, Severity::error, "EPUB A11y 1.1 4", "", "2.4.2",
                       "Every content document has a non-empty title.",
                       "Give each content document a <title>."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubXhtmlTitle.rule;
  for (const XmlEntry& d : m.documents) {
    if (!d.doc) continue;
    bool titled = false;
    for (const xmlNode* n : elements(xmlDocGetRootElement(d.doc.get()))) {
      if (is_element(n, "title") && text_content(n).find_first_not_of(" \t\r\n") != std::string::npos) titled = true;
    }
    if (!titled) out.report(rule, "the document has no title", d.path);
  }
}
}  // namespace

}  // namespace folio::audit::epub
