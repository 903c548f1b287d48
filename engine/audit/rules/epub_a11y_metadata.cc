#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubA11yMetadata{{"epub.a11y-metadata", RuleFormat::epub, Severity::error, "EPUB A11y 1.1 5.1", "", "",
                       "The package declares schema.org accessibility metadata (accessMode, accessModeSufficient, accessibilityFeature, accessibilityHazard, accessibilitySummary) and dcterms:conformsTo.",
                       "Add the discovery metadata that describes what the publication really contains."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubA11yMetadata.rule;
  if (!m.opf) return;
  for (const char* property : {"schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
                               "schema:accessibilityHazard", "schema:accessibilitySummary"}) {
    if (meta_values(m, property).empty()) out.report(rule, std::string("no ") + property + " metadata", m.opf_path);
  }
  bool conforms = false;
  for (const xmlNode* n : elements(xmlDocGetRootElement(m.opf.get()))) {
    if ((is_element(n, "meta") && attr(n, "property") == "dcterms:conformsTo") ||
        (is_element(n, "link") && attr(n, "rel") == "dcterms:conformsTo")) {
      conforms = true;
    }
  }
  if (!conforms) out.report(rule, "no dcterms:conformsTo (EPUB Accessibility conformance claim)", m.opf_path);
}
}  // namespace

}  // namespace folio::audit::epub
