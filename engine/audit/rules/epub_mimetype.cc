#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubMimetype{{"epub.mimetype", RuleFormat::epub, Severity::error, "EPUB 3.3 OCF 4.2.2", "", "",
                       "The first entry is mimetype, stored uncompressed, containing application/epub+zip.",
                       "Write mimetype first, without compression."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubMimetype.rule;
  if (!m.readable || !m.bomb.empty()) return;
  if (!m.mimetype_first) out.report(rule, "the first entry is not mimetype");
  else if (!m.mimetype_stored) out.report(rule, "mimetype is compressed", "mimetype");
  else if (m.mimetype != "application/epub+zip") out.report(rule, "mimetype does not contain application/epub+zip", "mimetype");
}
}  // namespace

}  // namespace folio::audit::epub
