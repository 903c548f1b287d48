#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubUnreadable{{"epub.unreadable", RuleFormat::epub, Severity::error, "EPUB 3.3 OCF 4.2", "", "",
                       "The file opens as a ZIP container with META-INF/container.xml and a package document.",
                       "Re-create the EPUB with a conforming tool and check it with epubcheck."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubUnreadable.rule;
  if (!m.readable) {
    out.report(rule, "the file is not a readable ZIP container: " + m.unreadable);
    return;
  }
  if (!m.bomb.empty()) return;  // epub.zip-limits explains why nothing else was read
  if (m.opf_path.empty()) out.report(rule, "META-INF/container.xml is missing or names no package document");
  else if (!m.opf && m.malformed.empty()) out.report(rule, "the package document " + m.opf_path + " is missing");
}
}  // namespace

}  // namespace folio::audit::epub
