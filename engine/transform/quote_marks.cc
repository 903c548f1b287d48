#include "transform/quote_marks.h"

#include <string_view>

#include "base/utf8.h"
#include "transform/text_edit.h"

namespace folio::transform {

namespace {

constexpr char32_t kNarrowNbsp = 0x202F;

bool starts_with_mark(const model::Inlines& inlines) {
  if (inlines.empty()) return false;
  const auto* text = std::get_if<model::Text>(&inlines.front().node);
  if (text == nullptr || text->text.empty()) return false;
  std::size_t i = 0;
  const char32_t c = base::next_code_point(text->text, i);
  return std::u32string_view(U"\"'«»„‚“”‘’「」『』‹›").find(c) != std::u32string_view::npos;
}

std::string mark_text(char32_t mark, bool spaced, bool opening) {
  std::string s;
  if (spaced && !opening) base::append_utf8(s, kNarrowNbsp);
  base::append_utf8(s, mark);
  if (spaced && opening) base::append_utf8(s, kNarrowNbsp);
  return s;
}

void mark(model::Inlines& inlines, const std::string& lang, int depth, int& count) {
  for (auto& inl : inlines) {
    const std::string& here = inl.info.lang.empty() ? lang : inl.info.lang;
    auto* quote = std::get_if<model::InlineQuote>(&inl.node);
    if (auto* kids = model::children_of(inl)) mark(*kids, here, quote != nullptr ? depth + 1 : depth, count);
    if (quote == nullptr || starts_with_mark(quote->children)) continue;
    const QuoteMarks marks = quote_marks(here, depth);
    quote->children.insert(quote->children.begin(), model::make_text(mark_text(marks.open, marks.spaced, true), inl.info.span));
    quote->children.push_back(model::make_text(mark_text(marks.close, marks.spaced, false), inl.info.span));
    ++count;
  }
}

}  // namespace

QuoteMarks quote_marks(const std::string& lang, int depth) {
  const std::string l = primary_language(lang);
  const bool inner = depth > 0;
  if (l == "fr") return inner ? QuoteMarks{U'“', U'”', false} : QuoteMarks{U'«', U'»', true};
  if (l == "de") return inner ? QuoteMarks{U'‚', U'‘', false} : QuoteMarks{U'„', U'“', false};
  if (l == "es" || l == "pt" || l == "it") return inner ? QuoteMarks{U'“', U'”', false} : QuoteMarks{U'«', U'»', false};
  if (l == "ru" || l == "uk") return inner ? QuoteMarks{U'„', U'“', false} : QuoteMarks{U'«', U'»', false};
  if (l == "sv") return inner ? QuoteMarks{U'’', U'’', false} : QuoteMarks{U'”', U'”', false};
  if (l == "zh" || l == "ja") return inner ? QuoteMarks{U'『', U'』', false} : QuoteMarks{U'「', U'」', false};
  return inner ? QuoteMarks{U'‘', U'’', false} : QuoteMarks{U'“', U'”', false};
}

int mark_inline_quotes(model::Document& document) {
  int count = 0;
  for_each_inline_list(document, [&](model::Inlines& inlines, const std::string& lang, const model::Block&) {
    mark(inlines, lang, 0, count);
  });
  return count;
}

}  // namespace folio::transform
