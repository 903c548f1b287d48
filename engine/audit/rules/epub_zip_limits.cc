#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubZipLimits{{"epub.zip-limits", RuleFormat::epub, Severity::error, "EPUB 3.3 OCF 4.2", "", "",
                       "The container stays within folio's zip-bomb limits (entry count, total size, compression ratio).",
                       "Do not open this file with other tools either: it expands beyond reason."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubZipLimits.rule;
  for (const std::string& what : m.bomb) out.report(rule, what);
}
}  // namespace

}  // namespace folio::audit::epub
