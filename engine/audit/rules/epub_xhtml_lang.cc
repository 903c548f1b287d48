#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubXhtmlLang{{"epub.xhtml-lang", RuleFormat::epub, Severity::error, "EPUB A11y 1.1 4", "", "3.1.1",
                       "Every content document declares its language (lang and xml:lang on html).",
                       "Add lang and xml:lang to the html element."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubXhtmlLang.rule;
  for (const XmlEntry& d : m.documents) {
    if (!d.doc) continue;
    const xmlNode* html = xmlDocGetRootElement(d.doc.get());
    if (attr(html, "lang").empty() && attr(html, "lang", kXmlNs).empty()) {
      out.report(rule, "the html element has no lang", d.path, static_cast<int>(xmlGetLineNo(html)));
    }
  }
}
}  // namespace

}  // namespace folio::audit::epub
