#include "transform/typography.h"

#include <unicode/uchar.h>

#include <vector>

#include "base/utf8.h"
#include "transform/quote_marks.h"
#include "transform/text_edit.h"

namespace folio::transform {

namespace {

constexpr char32_t kNarrowNbsp = 0x202F;

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c));
}
bool is_space(char32_t c) { return c == ' ' || c == 0xA0 || c == kNarrowNbsp || c == 0x2009; }

// Marks the code points that belong to URLs, e-mail addresses or similar tokens.
std::vector<bool> protected_tokens(std::u32string_view cps) {
  std::vector<bool> prot(cps.size(), false);
  std::size_t i = 0;
  while (i < cps.size()) {
    while (i < cps.size() && is_space(cps[i])) ++i;
    std::size_t j = i;
    while (j < cps.size() && !is_space(cps[j])) ++j;
    const std::u32string_view token = cps.substr(i, j - i);
    if (token.find(U"://") != std::u32string_view::npos || token.find(U'@') != std::u32string_view::npos ||
        token.starts_with(U"www.")) {
      for (std::size_t k = i; k < j; ++k) prot[k] = true;
    }
    i = j;
  }
  return prot;
}

}  // namespace

std::string apply_typography(std::string_view text, const std::string& language, TypographyCounts& counts) {
  const std::string lang = primary_language(language);
  const bool french = lang == "fr";
  // Only quotes and apostrophes change, and in French the spaces at its high punctuation and
  // guillemets: text without any of them stays as it is.
  const std::string_view changing = french ? std::string_view("'\";:!?\xC2") : std::string_view("'\"");
  if (text.find_first_of(changing) == std::string_view::npos && base::round_trips(text)) return std::string(text);
  const std::u32string cps = base::decode_utf8(text);
  const std::vector<bool> prot = protected_tokens(cps);
  const QuoteMarks marks = quote_marks(lang);

  // Straight double quotes are only converted when they pair up within the run.
  int straight_doubles = 0;
  for (std::size_t i = 0; i < cps.size(); ++i) straight_doubles += (cps[i] == '"' && !prot[i]) ? 1 : 0;
  const bool convert_doubles = straight_doubles > 0 && straight_doubles % 2 == 0;
  bool inside = false;

  std::vector<char32_t> out;
  out.reserve(cps.size() + 8);
  const auto prev_out = [&]() -> char32_t { return out.empty() ? 0 : out.back(); };
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    const char32_t next = i + 1 < cps.size() ? cps[i + 1] : 0;
    if (prot[i]) {
      out.push_back(c);
      continue;
    }
    if (c == '\'' && is_letter(prev_out()) && (is_letter(next) || next == 0 || is_space(next))) {
      out.push_back(U'’');
      ++counts.apostrophes;
      continue;
    }
    if (c == '"' && convert_doubles) {
      ++counts.quotes;
      if (!inside) {
        out.push_back(marks.open);
        if (marks.spaced) {
          out.push_back(kNarrowNbsp);
          if (is_space(next)) ++i;
        }
      } else {
        if (marks.spaced) {
          while (!out.empty() && is_space(out.back())) out.pop_back();
          out.push_back(kNarrowNbsp);
        }
        out.push_back(marks.close);
      }
      inside = !inside;
      continue;
    }
    if (french) {
      const bool high_punct = c == ';' || c == '!' || c == '?' || (c == ':' && !u_isdigit(static_cast<UChar32>(next)));
      if (high_punct || c == U'»') {
        // Replace the space before, or add one after a word; never twice (“?!”).
        const char32_t before = prev_out();
        if (is_space(before) && before != kNarrowNbsp) {
          out.back() = kNarrowNbsp;
          ++counts.spaces;
        } else if (before != 0 && !is_space(before) && before != '!' && before != '?' && before != ';' &&
                   before != ':' && (is_letter(before) || u_isdigit(static_cast<UChar32>(before)) || before == U'»' ||
                                     before == ')' || before == U'’' || before == '.')) {
          out.push_back(kNarrowNbsp);
          ++counts.spaces;
        }
        out.push_back(c);
        continue;
      }
      if (c == U'«') {
        out.push_back(c);
        if (is_space(next)) {
          if (next != kNarrowNbsp) ++counts.spaces;
          ++i;
          out.push_back(kNarrowNbsp);
        } else if (next != 0) {
          out.push_back(kNarrowNbsp);
          ++counts.spaces;
        }
        continue;
      }
    }
    out.push_back(c);
  }
  return base::encode_utf8({out.data(), out.size()});
}

}  // namespace folio::transform
