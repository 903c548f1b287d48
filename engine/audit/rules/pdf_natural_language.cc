#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfNaturalLanguage{{"pdf.natural-language", RuleFormat::pdf, Severity::error, "7.2", "11-001", "3.1.1",
                      "The natural language of all text is known: a catalog /Lang, or a /Lang on the elements that hold text.",
                      "Set /Lang in the document catalog (for example /Lang (en-GB))."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfNaturalLanguage.rule;
  if (auto lang = text_of(get(m, m.catalog, "Lang")); lang && is_valid_lang(*lang)) return;
  std::set<std::pair<int, int>> content_with_lang;
  for (const Mark& mark : m.marks) {
    if (mark.lang) content_with_lang.emplace(mark.page, mark.mcid);
  }
  bool any_text = false;
  for (std::size_t i = 0; i < m.elems.size(); ++i) {
    const Element& e = m.elems[i];
    const bool has_text = !e.mcids.empty() || get(m, e.dict, "Alt") != nullptr || get(m, e.dict, "ActualText") != nullptr ||
                          get(m, e.dict, "E") != nullptr;
    if (!has_text) continue;
    any_text = true;
    bool content_lang = !e.mcids.empty();
    for (const auto& key : e.mcids) content_lang = content_lang && content_with_lang.count(key) != 0;
    if (!content_lang && !language_known(m, static_cast<int>(i))) {
      out.report(rule, "the language of a " + e.type + " element is not known (no /Lang on it, its ancestors or the catalog)",
                 e.page + 1, e.object);
    }
  }
  for (const Annotation& a : annotations(m)) {
    if (text_of(get(m, a.dict, "Contents")) && !language_known(m, a.element)) {
      out.report(rule, "the language of an annotation /Contents is not known", a.page + 1, object_number(a.dict));
    }
  }
  if (get(m, get(m, m.catalog, "Outlines"), "First") != nullptr) {
    out.report(rule, "the language of the outline (bookmark) titles is not known: the catalog has no valid /Lang");
  }
  if (!any_text && m.elems.empty() && !m.marks.empty()) out.report(rule, "the catalog has no valid /Lang");
}
}  // namespace

}  // namespace folio::audit::pdf
