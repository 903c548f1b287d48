#include "audit/language_tag.h"
#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubLangValid{{"epub.lang-valid", RuleFormat::epub, Severity::error, "EPUB A11y 1.1 4", "", "3.1.2",
                                   "Every language (dc:language, xml:lang and lang) is a valid language tag.",
                                   "Write BCP 47 tags such as en, fr-CA or zh-Hant (not en_US, english or a list)."},
                                  check};

namespace {

// The element's lang and xml:lang that are not language tags ("" is allowed: unknown language).
void check_element(const xmlNode* n, const std::string& path, const Rule& rule, Reporter& out) {
  for (const char* ns : {static_cast<const char*>(nullptr), kXmlNs}) {
    const std::string lang = attr(n, "lang", ns);
    if (!lang.empty() && !is_valid_lang(lang)) {
      out.report(rule, std::string(ns ? "xml:lang" : "lang") + " '" + lang + "' on " + reinterpret_cast<const char*>(n->name) +
                           " is not a language tag",
                 path, static_cast<int>(xmlGetLineNo(n)));
    }
  }
}

void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubLangValid.rule;
  if (m.opf) {
    for (const xmlNode* n : elements(xmlDocGetRootElement(m.opf.get()))) check_element(n, m.opf_path, rule, out);
    for (const std::string& lang : dc_values(m, "language")) {
      if (!is_valid_lang(lang)) out.report(rule, "dc:language '" + lang + "' is not a language tag", m.opf_path);
    }
  }
  for (const XmlEntry& d : m.documents) {
    if (!d.doc) continue;
    for (const xmlNode* n : elements(xmlDocGetRootElement(d.doc.get()))) check_element(n, d.path, rule, out);
  }
}

}  // namespace

}  // namespace folio::audit::epub
