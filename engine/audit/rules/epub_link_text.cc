#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubLinkText{{"epub.link-text", RuleFormat::epub, Severity::error, "EPUB A11y 1.1 4", "", "2.4.4",
                       "Every link has text (or an accessible name).",
                       "Put the link purpose in the link text or aria-label."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubLinkText.rule;
  for (const XmlEntry& d : m.documents) {
    if (!d.doc) continue;
    for (const xmlNode* n : elements(xmlDocGetRootElement(d.doc.get()))) {
      if (!is_element(n, "a") || xmlHasProp(n, reinterpret_cast<const xmlChar*>("href")) == nullptr) continue;
      bool named = text_content(n).find_first_not_of(" \t\r\n\u00a0") != std::string::npos || !attr(n, "aria-label").empty();
      for (const xmlNode* c : elements(n)) named = named || (is_element(c, "img") && !attr(c, "alt").empty());
      if (!named) out.report(rule, "a link has no text", d.path, static_cast<int>(xmlGetLineNo(n)));
    }
  }
}
}  // namespace

}  // namespace folio::audit::epub
