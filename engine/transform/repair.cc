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

// The lexicon, keyed by the damaged form: each word of french_ligature_words.inc without its œ/æ.
struct LigatureLexicon {
  std::unordered_map<std::u32string, std::u32string> words;
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
      lexicon.words.emplace(std::move(damaged), std::u32string(w));
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
  std::size_t copied = 0;     // the bytes before it are in `out`
  std::u32string word;        // reused from word to word
  std::u32string lowered;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t begin = i;
    word.clear();
    for (std::size_t next = i; next < text.size();) {
      const char32_t c = base::next_code_point(text, next);
      if (!is_letter(c)) break;
      word += c;
      i = next;
    }
    if (word.empty()) {
      base::next_code_point(text, i);
      continue;
    }
    // Only a word as long as a damaged form of the lexicon can be one.
    if (word.size() < lexicon.shortest || word.size() > lexicon.longest) continue;
    lowered.clear();
    for (char32_t c : word) lowered += lower(c);
    const auto it = lexicon.words.find(lowered);
    if (it == lexicon.words.end()) continue;
    // The case of the damaged word: "Uvre" → "Œuvre", "MANUVRE" → "MANŒUVRE".
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
    log.add(base::encode_utf8(word), to);
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

std::string repair_homoglyphs(std::string_view text, ChangeLog& log) {
  static const std::map<char32_t, char32_t> kLatinToCyrillic{
      {U'a', U'а'}, {U'c', U'с'}, {U'e', U'е'}, {U'o', U'о'}, {U'p', U'р'}, {U'x', U'х'}, {U'y', U'у'},
      {U'A', U'А'}, {U'B', U'В'}, {U'C', U'С'}, {U'E', U'Е'}, {U'H', U'Н'}, {U'K', U'К'}, {U'M', U'М'},
      {U'O', U'О'}, {U'P', U'Р'}, {U'T', U'Т'}, {U'X', U'Х'}};
  const std::u32string cps = base::decode_utf8(text);
  const auto script = [](char32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(c), &status);
  };
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
    int cyr = 0, lat = 0;
    for (std::size_t k = words[w].first; k < words[w].second; ++k) {
      const auto s = script(cps[k]);
      cyr += s == USCRIPT_CYRILLIC;
      lat += s == USCRIPT_LATIN;
    }
    return std::make_pair(cyr, lat);
  };
  for (std::size_t w = 0; w < words.size(); ++w) {
    const auto [cyr, lat] = word_script(w);
    bool convert = false;
    if (cyr > 0 && lat > 0) {
      convert = true;  // mixed-script word
    } else if (lat == 1 && cyr == 0 && words[w].second - words[w].first == 1) {
      // A lone Latin letter between two Cyrillic words.
      convert = w > 0 && w + 1 < words.size() && word_script(w - 1).first > 0 && word_script(w + 1).first > 0;
    }
    if (!convert) continue;
    std::string from, to;
    bool all_mappable = true;
    for (std::size_t k = words[w].first; k < words[w].second; ++k) {
      if (script(cps[k]) == USCRIPT_LATIN && !kLatinToCyrillic.count(cps[k])) all_mappable = false;
    }
    if (!all_mappable) continue;
    for (std::size_t k = words[w].first; k < words[w].second; ++k) {
      base::append_utf8(from, cps[k]);
      if (script(cps[k]) == USCRIPT_LATIN) fixed[k] = kLatinToCyrillic.at(cps[k]);
      base::append_utf8(to, fixed[k]);
    }
    log.add(from + " (Latin letters)", to + " (Cyrillic)");
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
