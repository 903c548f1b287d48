#include "audit/rules/source_rules.h"

namespace folio::audit::source {

namespace {
void check(const model::Document& doc, const Emit& emit);
}  // namespace

constexpr SourceRule kSourceLinkText{{"source.link-text", RuleFormat::source, Severity::error, "WCAG 2.2 2.4.4", "", "2.4.4",
                         "Link text says where the link goes: not empty, not \"click here\" or \"read more\" in any language.",
                         "Use the destination or purpose as the link text."},
                        check};

namespace {
std::string folded(const std::string& text) {
  // Lower-case ASCII and the few Cyrillic capitals of the phrase list; trim spaces and punctuation.
  std::string out;
  for (char c : text) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  const std::string trim = " \t\r\n.:!?\u00a0\u2026>\u00bb";
  const auto first = out.find_first_not_of(trim);
  if (first == std::string::npos) return {};
  const auto last = out.find_last_not_of(trim);
  out = out.substr(first, last - first + 1);
  if (out.rfind("\u0417", 0) == 0) out.replace(0, 2, "\u0437");
  return out;
}

bool ambiguous(const std::string& text) {
  static constexpr const char* kPhrases[] = {"click here", "here", "read more", "more", "link", "this link",
      "click", "learn more", "ici", "cliquez ici", "en savoir plus", "lire la suite", "plus", "hier",
      "klicken sie hier", "mehr", "weiterlesen", "aqu\u00ed", "haga clic aqu\u00ed", "haz clic aqu\u00ed",
      "leer m\u00e1s", "m\u00e1s", "qui", "clicca qui", "\u0437\u0434\u0435\u0441\u044c",
      "\u043f\u043e\u0434\u0440\u043e\u0431\u043d\u0435\u0435"};
  const std::string f = folded(text);
  for (const char* p : kPhrases) {
    if (f == p) return true;
  }
  return false;
}

void walk_links(const model::Inlines& inlines, const Rule& rule, const Emit& emit) {
  for (const model::Inline& inl : inlines) {
    if (const auto* link = std::get_if<model::Link>(&inl.node)) {
      const std::string text = model::plain_text(link->children);
      if (folded(text).empty()) {
        emit(rule, inl.info.span, "link to " + link->href + " has no text");
      } else if (ambiguous(text)) {
        emit(rule, inl.info.span, "link text \"" + text + "\" does not say where it goes (" + link->href + ")");
      }
    }
    if (const model::Inlines* kids = model::children_of(inl)) walk_links(*kids, rule, emit);
  }
}

void check(const model::Document& doc, const Emit& emit) {
  const Rule& rule = kSourceLinkText.rule;
  model::for_each_block(doc.blocks, [&](const model::Block& block) {
    if (const model::Inlines* inlines = model::inline_content(block)) walk_links(*inlines, rule, emit);
  });
}
}  // namespace

}  // namespace folio::audit::source
