#include "writers/text/text_layout.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>

namespace folio::writers {

namespace {

int char_width(UChar32 c) {
  switch (u_charType(c)) {
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
    case U_CONTROL_CHAR:
      return 0;
    default:
      break;
  }
  const auto eaw = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
  return eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH ? 2 : 1;
}

bool is_space(char16_t c) { return c == u' ' || c == u'\t'; }

bool starts_with_at(const icu::UnicodeString& text, int32_t at, const char16_t* prefix) {
  const icu::UnicodeString p(prefix);
  return text.compare(at, p.length(), p) == 0;
}

// [begin, end) UTF-16 ranges of URLs and e-mail-like schemes: a URL runs up to the next space.
std::vector<std::pair<int32_t, int32_t>> url_ranges(const icu::UnicodeString& text) {
  static const char16_t* const kSchemes[] = {u"http://", u"https://", u"ftp://", u"mailto:", u"www."};
  std::vector<std::pair<int32_t, int32_t>> ranges;
  int32_t i = 0;
  while (i < text.length()) {
    const bool word_start = i == 0 || u_isUWhiteSpace(text.char32At(i - 1)) || text[i - 1] == u'(' ||
                            text[i - 1] == u'<' || text[i - 1] == u'[';
    bool found = false;
    if (word_start) {
      for (const char16_t* scheme : kSchemes) {
        if (starts_with_at(text, i, scheme)) {
          found = true;
          break;
        }
      }
    }
    if (!found) {
      ++i;
      continue;
    }
    int32_t end = i;
    while (end < text.length() && !u_isUWhiteSpace(text.char32At(end))) ++end;
    ranges.emplace_back(i, end);
    i = end;
  }
  return ranges;
}

// A break opportunity is refused when it would separate a guillemet from its word with an
// ordinary space ("« mot" / "mot »"); typography normally puts U+202F there, which UAX #14 glues.
bool detaches_guillemet(const icu::UnicodeString& text, int32_t at) {
  int32_t before = at;
  while (before > 0 && is_space(text[before - 1])) --before;
  if (before > 0 && before < at && (text[before - 1] == u'«' || text[before - 1] == u'‹')) return true;
  return at < text.length() && (text[at] == u'»' || text[at] == u'›');
}

}  // namespace

int display_width(std::string_view text) {
  int width = 0;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    width += c < 0 ? 1 : char_width(c);
  }
  return width;
}

namespace {

// Well-formed UTF-8 (no invalid byte, overlong form, surrogate or value beyond U+10FFFF): what
// a copy to UTF-16 and back leaves as it is.
bool well_formed(std::string_view text) {
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    if (static_cast<unsigned char>(text[static_cast<std::size_t>(i)]) < 0x80) {
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0) return false;
  }
  return true;
}

}  // namespace

std::string to_nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  // Most text is well-formed and normalised: checked on its UTF-8, without a copy to UTF-16 and back.
  if (U_SUCCESS(status) && well_formed(text) &&
      nfc->isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status) &&
      U_SUCCESS(status)) {
    return std::string(text);
  }
  status = U_ZERO_ERROR;
  const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(status) && nfc->isNormalized(source, status) && U_SUCCESS(status)) {
    std::string out;
    return source.toUTF8String(out);
  }
  status = U_ZERO_ERROR;
  const icu::UnicodeString normal = nfc->normalize(source, status);
  std::string out;
  return U_SUCCESS(status) ? normal.toUTF8String(out) : source.toUTF8String(out);
}

std::string_view trim_right(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

struct LineWrapper::Iterators {
  std::map<std::string, std::unique_ptr<icu::BreakIterator>> by_lang;

  icu::BreakIterator* get(const std::string& lang);
};

LineWrapper::LineWrapper() : iterators_(std::make_unique<Iterators>()) {}
LineWrapper::~LineWrapper() = default;

icu::BreakIterator* LineWrapper::Iterators::get(const std::string& lang) {
  auto it = by_lang.find(lang);
  if (it == by_lang.end()) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createLineInstance(icu::Locale::forLanguageTag(lang, status), status));
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      iterator.reset(icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
    }
    if (U_FAILURE(status)) iterator.reset();
    it = by_lang.emplace(lang, std::move(iterator)).first;
  }
  return it->second.get();
}

std::vector<std::string> LineWrapper::wrap(std::string_view text, int width, const std::string& lang) {
  icu::BreakIterator* breaks = width > 0 ? iterators_->get(lang) : nullptr;
  if (breaks == nullptr) return {std::string(trim_right(text))};

  const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const auto urls = url_ranges(source);
  const auto inside_url = [&](int32_t at) {
    return std::any_of(urls.begin(), urls.end(), [at](const auto& r) { return r.first < at && at < r.second; });
  };

  std::vector<int32_t> cuts{0};
  breaks->setText(source);
  for (int32_t at = breaks->following(0); at != icu::BreakIterator::DONE; at = breaks->next()) {
    if (at < source.length() && (inside_url(at) || detaches_guillemet(source, at))) continue;
    cuts.push_back(at);
  }
  if (cuts.back() != source.length()) cuts.push_back(source.length());

  std::vector<std::string> lines;
  std::string line;
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
    std::string segment;
    source.tempSubStringBetween(cuts[k], cuts[k + 1]).toUTF8String(segment);
    std::string candidate = line + segment;
    if (!line.empty() && !trim_right(line).empty() && display_width(trim_right(candidate)) > width) {
      lines.emplace_back(trim_right(line));
      line = std::move(segment);
    } else {
      line = std::move(candidate);
    }
  }
  lines.emplace_back(trim_right(line));
  return lines;
}

}  // namespace folio::writers
