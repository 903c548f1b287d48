#include "transform/language.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

#include "base/utf8.h"
#include "transform/chinese_script.h"
#include "transform/text_edit.h"

namespace folio::transform {

namespace {

struct Profile {
  std::string_view language;
  std::set<std::u32string> words;
};

// The most frequent function words of each language; words shared by several languages still
// help because scores are compared, not thresholded alone.
const std::vector<Profile>& profiles() {
  static const std::vector<Profile> kProfiles{
      {"en", {U"the", U"and", U"of", U"to", U"in", U"is", U"that", U"for", U"with", U"on", U"as", U"by", U"this",
              U"are", U"was", U"from", U"will", U"have", U"has", U"be", U"at", U"which", U"it", U"their"}},
      {"fr", {U"le", U"la", U"les", U"des", U"et", U"du", U"une", U"est", U"pour", U"que", U"qui", U"dans", U"sur",
              U"au", U"aux", U"pas", U"par", U"avec", U"ce", U"ces", U"son", U"sont", U"nous", U"il", U"à", U"été"}},
      {"es", {U"el", U"la", U"los", U"las", U"de", U"y", U"que", U"en", U"del", U"por", U"con", U"para", U"una",
              U"es", U"se", U"al", U"su", U"como", U"más", U"sus", U"fue", U"este", U"esta", U"también"}},
      {"pt", {U"o", U"a", U"os", U"as", U"de", U"e", U"do", U"da", U"dos", U"das", U"em", U"para", U"com", U"que",
              U"um", U"uma", U"não", U"no", U"na", U"nos", U"nas", U"pelo", U"pela", U"são", U"também"}},
      {"de", {U"der", U"die", U"das", U"und", U"ist", U"nicht", U"mit", U"den", U"von", U"zu", U"ein", U"eine",
              U"auf", U"für", U"sich", U"dem", U"des", U"im", U"auch", U"wird", U"werden", U"sind", U"wie"}},
      {"it", {U"il", U"lo", U"gli", U"della", U"di", U"che", U"per", U"con", U"del", U"sono", U"non", U"una",
              U"nel", U"alla", U"anche", U"è", U"dei", U"delle", U"questo"}},
      {"nl", {U"de", U"het", U"een", U"en", U"van", U"is", U"dat", U"op", U"te", U"zijn", U"voor", U"met", U"niet",
              U"aan", U"er", U"ook", U"wordt", U"naar"}},
      {"pl", {U"i", U"w", U"na", U"z", U"do", U"się", U"nie", U"że", U"to", U"jest", U"od", U"po", U"za", U"dla",
              U"przez", U"oraz", U"jak", U"ale", U"są", U"być", U"który", U"która", U"także", U"jego", U"tym"}},
      {"sv", {U"och", U"att", U"det", U"som", U"en", U"är", U"av", U"för", U"med", U"till", U"den", U"har", U"på",
              U"inte", U"om", U"ett", U"de", U"från", U"kan", U"ska"}},
      {"ru", {U"и", U"в", U"не", U"на", U"что", U"с", U"по", U"это", U"как", U"из", U"для", U"от", U"к", U"о",
              U"а", U"до", U"при", U"его", U"также", U"будет", U"года"}},
      {"uk", {U"і", U"та", U"в", U"на", U"що", U"з", U"не", U"до", U"для", U"це", U"як", U"від", U"також", U"року"}},
  };
  return kProfiles;
}

UScriptCode script_of(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status);
}

// For each function word, the profiles (bit i: profiles()[i]) that list it: one hash lookup per
// word of the text instead of one tree lookup per word and profile.
const std::unordered_map<std::u32string, std::uint32_t>& profile_words() {
  static const auto kWords = [] {
    std::unordered_map<std::u32string, std::uint32_t> words;
    const auto& all = profiles();
    assert(all.size() <= 32 && "one bit per profile");
    for (std::size_t i = 0; i < all.size(); ++i) {
      for (const auto& w : all[i].words) words[w] |= std::uint32_t{1} << i;
    }
    return words;
  }();
  return kWords;
}

// The length of the longest function word of any profile.
std::size_t longest_profile_word() {
  static const std::size_t kLongest = [] {
    std::size_t n = 0;
    for (const auto& [w, bits] : profile_words()) n = std::max(n, w.size());
    return n;
  }();
  return kLongest;
}

// A letter (or combining mark) of a word, lower-cased, and its script. ASCII, most of the text
// in Latin-script releases, is answered without ICU.
struct Letter {
  char32_t lower;
  UScriptCode script;
};
std::optional<Letter> letter_of(char32_t c) {
  if (c < 0x80) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return Letter{c | 0x20, USCRIPT_LATIN};
    return std::nullopt;
  }
  const auto u = static_cast<UChar32>(c);
  if (!u_isalpha(u) && !(u_getIntPropertyValue(u, UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK)) return std::nullopt;
  return Letter{static_cast<char32_t>(u_tolower(u)), script_of(c)};
}

}  // namespace

bool is_rtl_language(const std::string& language) {
  static const std::set<std::string> kRtl{"ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"};
  return kRtl.count(primary_language(language)) > 0;
}

LanguageGuess detect_language(std::string_view text) {
  std::array<int, USCRIPT_CODE_LIMIT> scripts{};
  int persian_letters = 0;
  int kana = 0;
  int word_count = 0;
  std::array<int, 32> hits{};  // per profile: occurrences of its function words
  std::u32string word;
  const auto& words = profile_words();
  const std::size_t longest = longest_profile_word();
  const auto end_word = [&] {
    if (word.empty()) return;
    ++word_count;
    // A word longer than every function word is none of them: no need to hash it.
    if (word.size() <= longest) {
      if (const auto it = words.find(word); it != words.end()) {
        for (std::size_t i = 0; i < hits.size(); ++i) hits[i] += (it->second >> i) & 1;
      }
    }
    word.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = base::next_code_point(text, i);
    // ASCII letters, most of the text in Latin-script releases, go straight to the word.
    if (c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      ++scripts[USCRIPT_LATIN];
      word += c | 0x20;
      continue;
    }
    const auto letter = letter_of(c);
    if (!letter) {
      end_word();
      continue;
    }
    const UScriptCode s = letter->script;
    if (s != USCRIPT_COMMON && s != USCRIPT_INHERITED && s >= 0 && s < USCRIPT_CODE_LIMIT) ++scripts[static_cast<std::size_t>(s)];
    // Letters of Persian not used in Arabic: پ چ ژ گ ک ی.
    if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06A9 || c == 0x06CC) ++persian_letters;
    if (s == USCRIPT_HIRAGANA || s == USCRIPT_KATAKANA) ++kana;
    word += letter->lower;
  }
  end_word();

  LanguageGuess guess;
  guess.words = word_count;
  int total = 0;
  UScriptCode dominant = USCRIPT_INVALID_CODE;
  int best = 0;
  for (int s = 0; s < USCRIPT_CODE_LIMIT; ++s) {
    const int n = scripts[static_cast<std::size_t>(s)];
    total += n;
    if (n > best) {
      best = n;
      dominant = static_cast<UScriptCode>(s);
    }
  }
  if (total == 0) return guess;
  const double share = static_cast<double>(best) / total;
  const auto by_script = [&](std::string lang) {
    guess.language = std::move(lang);
    guess.confidence = share;
    return guess;
  };
  switch (dominant) {
    case USCRIPT_ARABIC: return by_script(persian_letters * 200 > best ? "fa" : "ar");
    case USCRIPT_HAN: return by_script(kana > 0 ? "ja" : chinese_language_tag(text));
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA: return by_script("ja");
    case USCRIPT_HANGUL: return by_script("ko");
    case USCRIPT_SINHALA: return by_script("si");
    case USCRIPT_HEBREW: return by_script("he");
    case USCRIPT_GREEK: return by_script("el");
    case USCRIPT_DEVANAGARI: return by_script("hi");
    case USCRIPT_THAI: return by_script("th");
    case USCRIPT_TAMIL: return by_script("ta");
    default: break;
  }
  if (dominant != USCRIPT_LATIN && dominant != USCRIPT_CYRILLIC) return guess;

  std::string best_lang;
  int best_hits = 0, second_hits = 0;
  for (std::size_t i = 0; i < profiles().size(); ++i) {
    if (hits[i] > best_hits) {
      second_hits = best_hits;
      best_hits = hits[i];
      best_lang = std::string(profiles()[i].language);
    } else if (hits[i] > second_hits) {
      second_hits = hits[i];
    }
  }
  if (best_hits < 2) return guess;
  guess.language = best_lang;
  // Confidence: how clearly the winner beats the runner-up, damped for very short texts.
  const double margin = static_cast<double>(best_hits - second_hits) / best_hits;
  const double coverage = std::min(1.0, static_cast<double>(best_hits) / 8.0);
  guess.confidence = margin * coverage;
  return guess;
}

}  // namespace folio::transform
