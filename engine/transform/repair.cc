#include "transform/repair.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/string_hash.h"
#include "base/utf8.h"

namespace folio::transform {

namespace {

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c));
}

char32_t lower(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

// The lexicon, keyed by the damaged form: each word of french_ligature_words.inc without its œ/æ,
// in UTF-8, so that a word of the text is looked up as it is read.
struct LigatureLexicon {
  std::unordered_map<std::string, std::u32string, base::StringHash, std::equal_to<>> words;
  std::size_t shortest = 0;  ///< code points of the shortest damaged form
  std::size_t longest = 0;
};

const LigatureLexicon& french_ligature_words() {
  static const auto kLexicon = [] {
    static constexpr std::u32string_view kList[] = {
#include "transform/french_ligature_words.inc"
    };
    LigatureLexicon lexicon;
    for (std::u32string_view w : kList) {
      std::u32string damaged;
      for (char32_t c : w) {
        if (c != U'œ' && c != U'æ') damaged += c;
      }
      lexicon.shortest = lexicon.shortest == 0 ? damaged.size() : std::min(lexicon.shortest, damaged.size());
      lexicon.longest = std::max(lexicon.longest, damaged.size());
      lexicon.words.emplace(base::encode_utf8(damaged), std::u32string(w));
    }
    return lexicon;
  }();
  return kLexicon;
}

}  // namespace

std::string restore_lost_ligatures(std::string_view text, const std::string& language, ChangeLog& log) {
  if (primary_language(language) != "fr") return std::string(text);
  // Words are read off the UTF-8 as it is; the text is rebuilt only around a restored word.
  // (Text that would not read back the same is first written as it reads.)
  if (!base::round_trips(text)) {
    return restore_lost_ligatures(base::encode_utf8(base::decode_utf8(text)), language, log);
  }
  const LigatureLexicon& lexicon = french_ligature_words();
  std::string out;
  std::size_t copied = 0;  // the bytes before it are in `out`
  std::string lowered;     // the word in lower case, reused from word to word
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t begin = i;
    std::size_t letters = 0;
    lowered.clear();
    for (std::size_t next = i; next < text.size();) {
      const char32_t c = base::next_code_point(text, next);
      if (!is_letter(c)) break;
      ++letters;
      base::append_utf8(lowered, lower(c));
      i = next;
    }
    if (letters == 0) {
      base::next_code_point(text, i);
      continue;
    }
    // Only a word as long as a damaged form of the lexicon can be one.
    if (letters < lexicon.shortest || letters > lexicon.longest) continue;
    const auto it = lexicon.words.find(std::string_view(lowered));
    if (it == lexicon.words.end()) continue;
    // The case of the damaged word: "Uvre" → "Œuvre", "MANUVRE" → "MANŒUVRE".
    const std::string_view damaged = text.substr(begin, i - begin);
    const std::u32string word = base::decode_utf8(damaged);
    const bool capitals = word.size() > 1 && std::all_of(word.begin(), word.end(), [](char32_t c) {
      return u_isupper(static_cast<UChar32>(c)) != 0;
    });
    std::u32string fixed = it->second;
    for (std::size_t k = 0; k < fixed.size(); ++k) {
      if (capitals || (k == 0 && u_isupper(static_cast<UChar32>(word[0])))) {
        fixed[k] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(fixed[k])));
      }
    }
    const std::string to = base::encode_utf8(fixed);
    log.add(std::string(damaged), to);
    out.append(text.substr(copied, begin - copied));
    out += to;
    copied = i;
  }
  if (copied == 0) return std::string(text);
  out.append(text.substr(copied));
  return out;
}

std::string remove_invisible(std::string_view text, ChangeLog& log, bool controls_only) {
  // The text is rebuilt only around what goes (text that would not read back the same is first
  // written as it reads).
  if (!base::round_trips(text)) {
    return remove_invisible(base::encode_utf8(base::decode_utf8(text)), log, controls_only);
  }
  std::string out;
  std::size_t copied = 0;  // the bytes before it are in `out`
  bool changed = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const char32_t c = base::next_code_point(text, i);
    const char* name = nullptr;
    if (!controls_only) {
      if (c == 0xAD) name = "soft hyphen";
      if (c == 0x200B) name = "zero-width space";
      if (c == 0xFEFF) name = "byte-order mark";
      if (c >= 0x7F && c <= 0x9F) name = "control character";
    }
    if (c < 0x20 && c != '\n' && c != '\t') name = "control character";
    const bool tab = c == '\t' && !controls_only;
    if (!name && !tab) continue;
    if (!changed) out.reserve(text.size());
    changed = true;
    out.append(text.substr(copied, at - copied));
    copied = i;
    if (tab) {
      out += ' ';
      continue;
    }
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X ", static_cast<unsigned>(c));
    log.add(code + std::string(name), "");
  }
  if (!changed) return std::string(text);
  out.append(text.substr(copied));
  return out;
}

std::string repair_homoglyphs(std::string_view text, UScriptCode target, ChangeLog& log) {
  // Letters of one script drawn the same as a letter of the other: the map of each direction.
  static const std::map<char32_t, char32_t> kToCyrillic{
      {U'a', U'а'}, {U'c', U'с'}, {U'e', U'е'}, {U'o', U'о'}, {U'p', U'р'}, {U'x', U'х'}, {U'y', U'у'},
      {U'A', U'А'}, {U'B', U'В'}, {U'C', U'С'}, {U'E', U'Е'}, {U'H', U'Н'}, {U'K', U'К'}, {U'M', U'М'},
      {U'O', U'О'}, {U'P', U'Р'}, {U'T', U'Т'}, {U'X', U'Х'}};
  static const std::map<char32_t, char32_t> kToLatin{
      // Cyrillic
      {U'а', U'a'}, {U'с', U'c'}, {U'е', U'e'}, {U'о', U'o'}, {U'р', U'p'}, {U'х', U'x'}, {U'у', U'y'},
      {U'і', U'i'}, {U'ѕ', U's'}, {U'ј', U'j'}, {U'ԁ', U'd'}, {U'һ', U'h'}, {U'ԛ', U'q'}, {U'ԝ', U'w'},
      {U'А', U'A'}, {U'В', U'B'}, {U'С', U'C'}, {U'Е', U'E'}, {U'Н', U'H'}, {U'І', U'I'}, {U'Ј', U'J'},
      {U'К', U'K'}, {U'М', U'M'}, {U'О', U'O'}, {U'Р', U'P'}, {U'Ѕ', U'S'}, {U'Т', U'T'}, {U'Х', U'X'},
      {U'Ү', U'Y'},
      // Greek
      {U'ο', U'o'}, {U'ν', U'v'}, {U'Α', U'A'}, {U'Β', U'B'}, {U'Ε', U'E'}, {U'Ζ', U'Z'}, {U'Η', U'H'},
      {U'Ι', U'I'}, {U'Κ', U'K'}, {U'Μ', U'M'}, {U'Ν', U'N'}, {U'Ο', U'O'}, {U'Ρ', U'P'}, {U'Τ', U'T'},
      {U'Υ', U'Y'}, {U'Χ', U'X'},
      // Armenian
      {U'ս', U'u'}, {U'օ', U'o'}, {U'հ', U'h'}, {U'ց', U'g'}};
  const bool to_latin = target == USCRIPT_LATIN;
  // Greek, Cyrillic and Armenian letters lie at U+0370–U+058F, whose UTF-8 opens with 0xCD–0xD6:
  // Latin text without such a byte has nothing to repair (the scan is most documents' whole cost).
  if (to_latin && std::none_of(text.begin(), text.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0xCD && b <= 0xD6;
      })) {
    return std::string(text);
  }
  const auto& map = to_latin ? kToLatin : kToCyrillic;
  const std::u32string cps = base::decode_utf8(text);
  const auto script = [](char32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(c), &status);
  };
  // The letters of the text's own script, and the others (look-alikes or not).
  const auto is_own = [&](char32_t c) { return script(c) == target; };
  // Words as [begin, end) letter runs.
  std::vector<std::pair<std::size_t, std::size_t>> words;
  for (std::size_t i = 0; i < cps.size();) {
    if (!is_letter(cps[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < cps.size() && is_letter(cps[j])) ++j;
    words.emplace_back(i, j);
    i = j;
  }
  std::u32string fixed = cps;
  const auto word_script = [&](std::size_t w) {
    int own = 0, other = 0;
    for (std::size_t k = words[w].first; k < words[w].second; ++k) {
      if (is_own(cps[k])) {
        ++own;
      } else if (map.count(cps[k])) {
        ++other;
      } else {
        return std::make_pair(own, -1);  // a letter of a third script, or one with no look-alike
      }
    }
    return std::make_pair(own, other);
  };
  for (std::size_t w = 0; w < words.size(); ++w) {
    const auto [own, other] = word_script(w);
    if (other <= 0) continue;
    bool convert = own > 0;  // a word of mixed scripts
    if (!convert && (to_latin || words[w].second - words[w].first == 1)) {
      // Look-alikes alone between two words of the text's script: a lone Latin letter in Cyrillic
      // text ("ставку c 28"), a whole word in Latin text ("content іѕ delivered").
      convert = w > 0 && w + 1 < words.size() && word_script(w - 1).first > 0 && word_script(w + 1).first > 0;
    }
    if (!convert) continue;
    std::string from, to;
    for (std::size_t k = words[w].first; k < words[w].second; ++k) {
      base::append_utf8(from, cps[k]);
      if (!is_own(cps[k])) fixed[k] = map.at(cps[k]);
      base::append_utf8(to, fixed[k]);
    }
    log.add(from + (to_latin ? " (look-alike letters)" : " (Latin letters)"),
            to + (to_latin ? " (Latin)" : " (Cyrillic)"));
  }
  return base::encode_utf8(fixed);
}

std::string normalize_nfc(std::string_view text, bool& changed) {
  changed = false;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  // Most text is normalised: checked on its UTF-8, without a copy to UTF-16 and back.
  const icu::StringPiece utf8(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(utf8, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  if (nfc->isNormalized(u, status)) return std::string(text);
  status = U_ZERO_ERROR;
  const icu::UnicodeString n = nfc->normalize(u, status);
  std::string out;
  n.toUTF8String(out);
  changed = U_SUCCESS(status) && out != text;
  return U_SUCCESS(status) ? out : std::string(text);
}

}  // namespace folio::transform
