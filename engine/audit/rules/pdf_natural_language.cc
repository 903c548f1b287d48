#include "audit/rules/pdf_rules.h"

#include <map>
#include <set>

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfNaturalLanguage{{"pdf.natural-language", RuleFormat::pdf, Severity::error, "7.2", "11-001", "3.1.1",
                      "The natural language of all text is known: page content, Alt/ActualText/E, annotation /Contents, field /TU, outline titles and XMP text take it from a /Lang of their own, of an enclosing element, or of the catalog.",
                      "Set /Lang in the document catalog (for example /Lang (en-GB))."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfNaturalLanguage.rule;
  if (auto lang = text_of(get(m, m.catalog, "Lang")); lang && is_valid_lang(*lang)) return;
  std::set<std::pair<int, int>> content_with_lang;
  std::map<std::pair<int, int>, int> owner;
  for (const Mark& mark : m.marks) {
    if (mark.lang) content_with_lang.emplace(mark.page, mark.mcid);
  }
  for (std::size_t i = 0; i < m.elems.size(); ++i) {
    const Element& e = m.elems[i];
    for (const auto& key : e.mcids) owner.emplace(key, static_cast<int>(i));
    const bool alternate = get(m, e.dict, "Alt") != nullptr || get(m, e.dict, "ActualText") != nullptr || get(m, e.dict, "E") != nullptr;
    if (e.mcids.empty() && !alternate) continue;
    bool content_lang = !e.mcids.empty() && !alternate;
    for (const auto& key : e.mcids) content_lang = content_lang && content_with_lang.count(key) != 0;
    if (!content_lang && !language_known(m, static_cast<int>(i))) {
      out.report(rule, "the language of a " + e.type + " element's " + (alternate ? "Alt, ActualText or E" : "content") +
                           " is not known (no /Lang on it, its ancestors or the catalog)",
                 e.page + 1, e.object);
    }
  }
  for (const ContentProblem& p : m.content_problems) {
    if (p.issue != ContentIssue::span_text_no_lang) continue;
    const int element = p.mark >= 0 ? [&] {
      auto it = owner.find({m.marks[p.mark].page, m.marks[p.mark].mcid});
      return it == owner.end() ? -1 : it->second;
    }() : -1;
    if (!language_known(m, element)) out.report(rule, p.detail + " and no enclosing element or the catalog gives one", p.page + 1, p.object);
  }
  for (const Annotation& a : m.annots) {
    if (text_of(get(m, a.dict, "Contents")) && !language_known(m, a.element)) {
      out.report(rule, "the language of an annotation's /Contents is not known", a.page + 1, object_number(a.dict));
    }
    if (a.subtype != "Widget") continue;
    const PdfObject* field = a.dict;
    for (int depth = 0; field != nullptr && depth < 32; ++depth, field = get(m, field, "Parent")) {
      if (text_of(get(m, field, "TU")) && !language_known(m, a.element)) {
        out.report(rule, "the language of a form field's /TU is not known", a.page + 1, object_number(a.dict));
        break;
      }
    }
  }
  if (get(m, get(m, m.catalog, "Outlines"), "First") != nullptr) {
    out.report(rule, "the language of the outline (bookmark) titles is not known: the catalog has no valid /Lang");
  }
  if (m.xmp && m.xmp->default_language_only) {
    out.report(rule, "the language of XMP metadata given only as x-default is not known: the catalog has no valid /Lang");
  }
  if (m.elems.empty() && !m.fonts.empty()) out.report(rule, "the document shows text but has neither structure nor a catalog /Lang");
}
}  // namespace

}  // namespace folio::audit::pdf
