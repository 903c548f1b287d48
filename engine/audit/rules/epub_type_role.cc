#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubTypeRole{{"epub.type-role", RuleFormat::epub, Severity::warning, "EPUB A11y 1.1 4", "", "4.1.2",
                       "Elements with an epub:type that has a DPUB-ARIA equivalent carry the matching role.",
                       "Add the role (for example epub:type='footnote' role='doc-footnote')."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubTypeRole.rule;
  // Not "endnote" nor "biblioentry": DPUB-ARIA 1.1 deprecates doc-endnote and doc-biblioentry (an
  // item of a doc-endnotes or doc-bibliography list is one by its place), and Ace reports them.
  static constexpr const char* kMapped[] = {"abstract", "acknowledgments", "afterword", "appendix", "backlink",
      "bibliography", "biblioref", "chapter", "colophon", "conclusion", "cover", "credit", "credits", "dedication",
      "endnotes", "epigraph", "epilogue", "errata", "example", "footnote", "foreword", "glossary",
      "glossref", "index", "introduction", "noteref", "notice", "pagebreak", "part", "preface", "prologue",
      "pullquote", "qna", "subtitle", "tip", "toc"};
  for (const XmlEntry& d : m.documents) {
    if (!d.doc) continue;
    for (const xmlNode* n : elements(xmlDocGetRootElement(d.doc.get()))) {
      const std::string types = attr(n, "type", kOpsNs);
      if (types.empty() || is_element(n, "nav") || is_element(n, "body") || is_element(n, "html")) continue;
      // Links of the landmarks nav name the landmark they point to (EPUB 3.3 §7.4.3); giving
      // them the landmark's role would misdescribe the link itself.
      if (is_element(n, "a") && n->parent && n->parent->parent && n->parent->parent->parent &&
          is_element(n->parent->parent->parent, "nav") &&
          attr(n->parent->parent->parent, "type", kOpsNs).find("landmarks") != std::string::npos) {
        continue;
      }
      const std::string role = attr(n, "role");
      std::size_t start = 0;
      while (start < types.size()) {
        std::size_t end = types.find(' ', start);
        if (end == std::string::npos) end = types.size();
        const std::string type = types.substr(start, end - start);
        start = end + 1;
        if (std::find(std::begin(kMapped), std::end(kMapped), type) == std::end(kMapped)) continue;
        // DPUB-ARIA 1.1 maps epub:type X to role doc-X.
        if (role.find("doc-" + type) == std::string::npos) {
          out.report(rule, "epub:type=\"" + type + "\" has no role=\"doc-" + type + "\"", d.path, static_cast<int>(xmlGetLineNo(n)));
        }
      }
    }
  }
}
}  // namespace

}  // namespace folio::audit::epub
