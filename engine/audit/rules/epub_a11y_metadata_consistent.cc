#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubA11yMetadataConsistent{{"epub.a11y-metadata-consistent", RuleFormat::epub, Severity::error, "EPUB A11y 1.1 5.1", "", "1.1.1",
                       "Accessibility claims match the content: alternativeText only when every image has alt, page navigation only with a page-list, tableOfContents only with a toc.",
                       "Correct the claim or the content so they agree."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubA11yMetadataConsistent.rule;
  if (!m.opf) return;
  const auto features = meta_values(m, "schema:accessibilityFeature");
  auto claims = [&](const char* f) { return std::find(features.begin(), features.end(), f) != features.end(); };
  bool image_without_alt = false;
  bool page_list = false;
  bool toc = false;
  for (const XmlEntry& d : m.documents) {
    if (!d.doc) continue;
    for (const xmlNode* n : elements(xmlDocGetRootElement(d.doc.get()))) {
      if (is_element(n, "img") && xmlHasProp(n, reinterpret_cast<const xmlChar*>("alt")) == nullptr) image_without_alt = true;
      if (d.is_nav && is_element(n, "nav")) {
        const std::string type = attr(n, "type", kOpsNs);
        page_list = page_list || type.find("page-list") != std::string::npos;
        toc = toc || type.find("toc") != std::string::npos;
      }
    }
  }
  if (claims("alternativeText") && image_without_alt) {
    out.report(rule, "alternativeText is claimed but an image has no alt attribute", m.opf_path);
  }
  if ((claims("pageBreakMarkers") || claims("pageNavigation")) && !page_list) {
    out.report(rule, "page navigation is claimed but the navigation document has no page-list", m.opf_path);
  }
  if (claims("tableOfContents") && !toc) out.report(rule, "tableOfContents is claimed but there is no toc nav", m.opf_path);
}
}  // namespace

}  // namespace folio::audit::epub
