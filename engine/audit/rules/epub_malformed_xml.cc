#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubMalformedXml{{"epub.malformed-xml", RuleFormat::epub, Severity::error, "EPUB 3.3 6.1", "", "4.1.1",
                       "Every XML entry (container, package, XHTML) is well-formed.",
                       "Fix the XML syntax error at the given line."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubMalformedXml.rule;
  for (const auto& [entry, message] : m.malformed) {
    int line = 0;
    std::string text = message;
    if (text.rfind("line ", 0) == 0) {
      line = std::atoi(text.c_str() + 5);
      text = text.substr(std::min(text.size(), text.find(": ") + 2));
    }
    out.report(rule, text, entry, line);
  }
}
}  // namespace

}  // namespace folio::audit::epub
