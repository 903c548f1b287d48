#include "transform/release_patterns.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>

#include "base/utf8.h"
#include "transform/case_fold.h"

namespace folio::transform {

namespace {

// Case-folded, with the ASCII apostrophe standing for the typographic one and a space for the
// no-break spaces (what the patterns below are written with).
std::string fold(std::string_view text) {
  std::string folded = fold_case(text);
  if (folded.find_first_of("\xC2\xE2") == std::string::npos) return folded;
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size();) {
    const std::string_view rest = std::string_view(folded).substr(i);
    if (rest.starts_with("\u2019")) {
      out += '\'';
      i += 3;
    } else if (rest.starts_with("\u00A0")) {
      out += ' ';
      i += 2;
    } else if (rest.starts_with("\u202F")) {
      out += ' ';
      i += 3;
    } else {
      out += folded[i++];
    }
  }
  return out;
}

// Folding never shortens text (a code point folds to one or more), so the first 32 code points
// decide every prefix below (none is longer); folding whole paragraphs for it was 4% of a seed
// conversion.
bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '\'';
  return u_isalnum(static_cast<UChar32>(c));
}

// `whole_word`: a prefix must end a word there, or its plural ("Contacts", "Kontakte", "Контакты"):
// "Kontaktsport", "Contacting" are other words.
bool starts_with_any(std::string_view text, std::initializer_list<std::string_view> prefixes, bool whole_word = false) {
  const std::string_view trimmed = base::trim_ascii(text);
  // An ASCII first character folds to its lower case: most lines start with one no prefix starts with.
  if (trimmed.empty()) return false;
  if (const auto b = static_cast<unsigned char>(trimmed.front()); b < 0x80) {
    const char first = static_cast<char>(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
    if (std::none_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return p.front() == first; })) {
      return false;
    }
  }
  std::size_t end = 0;
  for (int n = 0; n < 32 && end < trimmed.size(); ++n) base::next_code_point(trimmed, end);
  const std::string f = fold(trimmed.substr(0, end));
  for (auto p : prefixes) {
    if (!f.starts_with(p)) continue;
    if (!whole_word) return true;
    std::string_view rest = std::string_view(f).substr(p.size());
    for (std::string_view plural : {"s", "e", "ы"}) {
      if (rest.starts_with(plural)) {
        rest.remove_prefix(plural.size());
        break;
      }
    }
    // Folding kept at most 32 code points: a cut there is no word's end, but no term is that long.
    if (rest.empty() || !is_word_char(base::first_code_point(rest))) return true;
  }
  return false;
}

// A title or a label opens with a capital (or in a script without case): a line opening in lower
// case ("über die …", "sin embargo", "kontaktierte …") is a sentence the wrap went on with.
bool opens_title(std::string_view text) {
  return !u_islower(static_cast<UChar32>(base::first_code_point(base::trim_ascii(text))));
}

}  // namespace

bool is_end_mark(std::string_view text) {
  std::string compact;
  const std::string_view trimmed = base::trim_ascii(text);
  int kept = 0;
  for (std::size_t i = 0; i < trimmed.size();) {
    const char32_t c = base::next_code_point(trimmed, i);
    if (c == ' ' || c == '*' || c == '_' || c == '\\' || c == 0xA0) continue;
    // No mark is longer than 6 code points, and folding never shortens text.
    if (++kept > 6) return false;
    base::append_utf8(compact, c == U'–' || c == U'—' ? U'-' : c);
  }
  const std::string f = fold(compact);
  static constexpr std::array<std::string_view, 12> kMarks{"###", "-ends-", "ends", "--30--", "-30-", "- 30 -",
                                                           "-###-", "fin", "-fin-", "ende", "-end-", "конец"};
  for (auto m : kMarks) {
    if (f == m) return true;
  }
  return false;
}

bool starts_contacts(std::string_view text) {
  return opens_title(text) &&
         starts_with_any(text,
                         {"contact", "media contact", "press contact", "for more information",
                          "for further information", "pour plus d'information", "pour tout renseignement",
                          "renseignements", "kontakt", "pressekontakt", "contacto", "contactos",
                          "para más información", "contato", "контакт", "контактная информация", "معلومات الاتصال",
                          "للاتصال", "اطلاعات تماس", "聯絡方式", "联系方式"},
                         true);
}

bool starts_about(std::string_view text) {
  text = base::trim_ascii(text);
  if (!starts_with_any(text, {"about ", "à propos d", "a propos d", "über ", "ueber ", "acerca de", "sobre ",
                              "о компании", "об ", "om ", "حول ", "نبذة عن", "درباره ", "关于", "關於"})) {
    return false;
  }
  // "About 300 people …", "Über 50 Akteure …" are quantities.
  if (!opens_title(text)) return false;
  const auto space = text.find(' ');
  if (space == std::string_view::npos) return true;
  const std::string_view next = base::trim_ascii(text.substr(space + 1));
  return next.empty() || !u_isdigit(static_cast<UChar32>(base::first_code_point(next)));
}

bool about_title_runs_in(std::string_view text) {
  constexpr std::size_t kTitleBytes = 48;  // "About Example Works Ltd:" ends its title by then
  if (!starts_about(text)) return false;
  text = base::trim_ascii(text);
  for (std::string_view mark : {":", " – ", " — ", " - ", "\n"}) {
    const auto at = text.find(mark);
    if (at != std::string_view::npos && at <= kTitleBytes && !base::trim_ascii(text.substr(at + mark.size())).empty()) {
      return true;
    }
  }
  return false;
}

bool is_embargo_line(std::string_view text) {
  return opens_title(text) && starts_with_any(text, {"embargo", "sous embargo", "for immediate release",
                                                     "pour diffusion immédiate", "sperrfrist",
                                                     "para publicación inmediata"});
}

bool contains_attribution_verb(std::string_view text) {
  static constexpr std::array<std::string_view, 40> kVerbs{
      "déclare", "a déclaré", "affirme", "a affirmé", "estime", "souligne", "ajoute", "explique", "indique",
      "précise", "said", "says", "stated", "added", "explained", "noted", "dijo", "afirmó", "declaró",
      "señaló", "explicó", "disse", "afirmou", "declarou", "sagt", "sagte", "erklärt", "erklärte", "betont",
      "säger", "sade", "заявил", "заявила", "сказал", "сказала", "отметил", "отметила", "dice", "ha detto",
      "dichiara"};
  static const std::array<bool, 256> kFirstBytes = [] {
    std::array<bool, 256> first{};
    for (auto verb : kVerbs) first[static_cast<unsigned char>(verb.front())] = true;
    return first;
  }();
  // One pass over the folded text: a verb counts where it starts a word and ends one.
  const std::string f = fold(text);
  const std::string_view folded(f);
  bool after_word_char = false;
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t at = i;
    const char32_t c = base::next_code_point(folded, i);
    if (!after_word_char && kFirstBytes[static_cast<unsigned char>(folded[at])]) {
      for (auto verb : kVerbs) {
        if (verb.front() != folded[at] || !folded.substr(at).starts_with(verb)) continue;
        std::size_t after = at + verb.size();
        if (after >= folded.size() || !is_word_char(base::next_code_point(folded, after))) return true;
      }
    }
    after_word_char = is_word_char(c);
  }
  return false;
}

bool ends_sentence(std::string_view text) {
  text = base::trim_ascii(text);
  // Strip closing quotes and brackets, then look at the last code point.
  static constexpr std::array<std::string_view, 9> kClosers{"»", "”", "’", "\"", "'", ")", "]", "\xE2\x80\xAF", "\xC2\xA0"};
  for (bool stripped = true; stripped && !text.empty();) {
    stripped = false;
    for (auto c : kClosers) {
      if (text.ends_with(c)) {
        text.remove_suffix(c.size());
        stripped = true;
      }
    }
    while (!text.empty() && text.back() == ' ') {
      text.remove_suffix(1);
      stripped = true;
    }
  }
  if (text.empty()) return false;
  static constexpr std::array<std::string_view, 9> kEnds{".", "!", "?", "…", ":", "。", "！", "？", "؟"};
  for (auto e : kEnds) {
    if (text.ends_with(e)) return true;
  }
  // A closing guillemet after a full sentence (« … ») ends it too.
  return false;
}

bool starts_with_quote_opener(std::string_view text) {
  text = base::trim_ascii(text);
  if (text.empty()) return false;
  std::size_t i = 0;
  const char32_t c = base::next_code_point(text, i);
  return c == U'«' || c == U'“' || c == U'„' || c == U'"' || c == U'‘' || c == U'–' || c == U'—' || c == U'「';
}

}  // namespace folio::transform
