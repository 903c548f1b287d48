#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubZipSlip{{"epub.zip-slip", RuleFormat::epub, Severity::error, "EPUB 3.3 OCF 4.1.5", "", "",
                       "No entry name is absolute or escapes the container with ..",
                       "Rename the entries to relative paths inside the container."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubZipSlip.rule;
  for (const std::string& name : m.slip) out.report(rule, "entry name escapes the container", name);
}
}  // namespace

}  // namespace folio::audit::epub
