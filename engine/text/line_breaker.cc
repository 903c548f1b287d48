#include "text/line_breaker.h"

#include <map>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "base/utf8.h"

namespace folio::text {

struct LineBreaker::Impl {
  std::map<std::string, std::unique_ptr<icu::BreakIterator>> iterators;

  icu::BreakIterator* iterator(const std::string& lang) {
    auto it = iterators.find(lang);
    if (it != iterators.end()) return it->second.get();
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createLineInstance(icu::Locale(lang.c_str()), err));
    if (U_FAILURE(err)) bi.reset();
    return iterators.emplace(lang, std::move(bi)).first->second.get();
  }
};

LineBreaker::LineBreaker() : impl_(std::make_unique<Impl>()) {}
LineBreaker::~LineBreaker() = default;

namespace {
bool is_letter(char32_t cp) {
  // ASCII, most of the text in Latin-script releases: Alphabetic there is A-Z and a-z, and no mark.
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ALPHABETIC) ||
         (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

// A slash between two letters joins them ("and/or", "غنو/لينكس"): plain TeX does not break
// there either, and a line end after it makes every text extractor (pdftotext, a screen reader's)
// read two words. An address keeps its breaks after slashes: it may be longer than a line.
bool slash_joins_letters(const std::string& text, std::size_t offset) {
  if (offset < 2 || offset >= text.size() || text[offset - 1] != '/') return false;
  std::size_t before = offset - 2;
  while (before > 0 && (static_cast<unsigned char>(text[before]) & 0xC0) == 0x80) --before;
  std::size_t i = before;
  if (!is_letter(base::next_code_point(text, i))) return false;
  i = offset;
  if (!is_letter(base::next_code_point(text, i))) return false;
  const std::size_t start = text.find_last_of(" \t\n", offset);
  const std::size_t end = text.find_first_of(" \t\n", offset);
  const std::string_view token = std::string_view(text).substr(start == std::string::npos ? 0 : start + 1,
                                                                end == std::string::npos ? std::string::npos
                                                                                         : end - (start + 1));
  return token.find("://") == std::string_view::npos && token.find("www.") == std::string_view::npos;
}

void add_hyphen_points(const ParagraphInput& input, std::size_t begin, std::size_t end, Hyphenator& hyphenator,
                       std::vector<BreakPoint>& out) {
  const std::string& text = input.text;
  std::size_t i = begin;
  while (i < end) {
    std::size_t word_begin = i;
    char32_t cp = base::next_code_point(text, i);
    if (!is_letter(cp)) continue;
    std::size_t letters = 1;
    bool has_lower = u_islower(static_cast<UChar32>(cp));
    std::size_t word_end = i;
    while (i < end) {
      std::size_t j = i;
      cp = base::next_code_point(text, j);
      if (!is_letter(cp)) break;
      has_lower = has_lower || u_islower(static_cast<UChar32>(cp));
      ++letters;
      i = word_end = j;
    }
    if (letters < 5 || !has_lower) continue;  // short words and acronyms stay whole
    const std::size_t style = style_at(input, word_begin);
    const TextStyle* st = input.runs.empty() ? nullptr : &input.runs[style].style;
    if (st && (st->mono || style_at(input, word_end - 1) != style)) continue;
    const std::string& lang = st && !st->lang.empty() ? st->lang : input.lang;
    for (std::size_t p : hyphenator.points(std::string_view(text).substr(word_begin, word_end - word_begin), lang)) {
      out.push_back({word_begin + p, BreakPoint::Kind::hyphen});
    }
  }
}
}  // namespace

std::vector<BreakPoint> LineBreaker::break_points(const ParagraphInput& input, Hyphenator* hyphenator) {
  std::vector<BreakPoint> out;
  const std::string& text = input.text;
  icu::BreakIterator* bi = impl_->iterator(input.lang);
  if (!bi || text.empty()) return out;
  UErrorCode err = U_ZERO_ERROR;
  // A UTF-8 UText makes the iterator's indexes byte offsets into the paragraph.
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &err);
  bi->setText(ut, err);
  std::size_t previous = 0;
  for (int32_t b = bi->first(); b != icu::BreakIterator::DONE; b = bi->next()) {
    const auto offset = static_cast<std::size_t>(b);
    if (offset == 0) continue;
    if (hyphenator) add_hyphen_points(input, previous, offset, *hyphenator, out);
    previous = offset;
    if (offset >= text.size()) break;
    const int32_t status = bi->getRuleStatus();
    const bool hard = status >= UBRK_LINE_HARD && status < UBRK_LINE_HARD_LIMIT;
    if (!hard && slash_joins_letters(text, offset)) continue;
    out.push_back({offset, hard ? BreakPoint::Kind::mandatory : BreakPoint::Kind::line});
  }
  // Detach the iterator from the UText before closing it.
  bi->setText(icu::UnicodeString());
  utext_close(ut);
  return out;
}

}  // namespace folio::text
