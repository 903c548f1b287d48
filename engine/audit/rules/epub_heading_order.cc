#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubHeadingOrder{{"epub.heading-order", RuleFormat::epub, Severity::warning, "EPUB A11y 1.1 4", "", "1.3.1",
                       "Heading levels are not skipped on the way down (h2 then h4).",
                       "Use the next heading level down."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubHeadingOrder.rule;
  for (const XmlEntry& d : m.documents) {
    if (!d.doc || d.is_nav) continue;
    int previous = 0;
    for (const xmlNode* n : elements(xmlDocGetRootElement(d.doc.get()))) {
      const char* name = reinterpret_cast<const char*>(n->name);
      if (name[0] != 'h' || name[1] < '1' || name[1] > '6' || name[2] != '\0') continue;
      const int level = name[1] - '0';
      if (previous > 0 && level > previous + 1) {
        out.report(rule, "heading level skips from h" + std::to_string(previous) + " to h" + std::to_string(level), d.path,
                   static_cast<int>(xmlGetLineNo(n)));
      }
      previous = level;
    }
  }
}
}  // namespace

}  // namespace folio::audit::epub
