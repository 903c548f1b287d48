#include "transform/language.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cstdint>
#include <optional>
#include <map>
#include <set>
#include <string_view>
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

// The function words of every profile, looked up by a hash of their code points that the text's
// words get while they are read (FNV-1a, one step a code point): no string is built or hashed
// for a word of the text, and most of them miss after one probe. Building and hashing each word
// as a std::u32string was most of the guess.
class FunctionWords {
 public:
  static constexpr std::size_t kCapacity = 16;  ///< code points kept of a word being read
  static constexpr std::uint64_t kStart = 14695981039346656037ull;
  static std::uint64_t step(std::uint64_t hash, char32_t c) { return (hash ^ c) * 1099511628211ull; }

  FunctionWords() {
    std::map<std::u32string, std::uint32_t> profiles_of;  // bit i: profiles()[i]
    const auto& all = profiles();
    assert(all.size() <= 32 && "one bit per profile");
    for (std::size_t i = 0; i < all.size(); ++i) {
      for (const auto& w : all[i].words) profiles_of[w] |= std::uint32_t{1} << i;
    }
    std::size_t size = 1;
    while (size < 2 * profiles_of.size()) size *= 2;  // at most half full
    slots_.resize(size);
    mask_ = size - 1;
    for (const auto& [word, bits] : profiles_of) {
      assert(word.size() < kCapacity);
      longest_ = std::max(longest_, word.size());
      std::uint64_t hash = kStart;
      for (char32_t c : word) hash = step(hash, c);
      std::size_t i = hash & mask_;
      while (slots_[i].profiles != 0) i = (i + 1) & mask_;
      slots_[i] = Slot{word, hash, bits};
    }
  }

  /// The profiles listing `word` (whose hash is `hash`), 0 for a word none lists.
  std::uint32_t profiles_of(std::u32string_view word, std::uint64_t hash) const {
    if (word.size() > longest_) return 0;
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.profiles == 0) return 0;
      if (slot.hash == hash && slot.word == word) return slot.profiles;
    }
  }

 private:
  struct Slot {
    std::u32string word;
    std::uint64_t hash = 0;
    std::uint32_t profiles = 0;  ///< 0: an empty slot
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t longest_ = 0;
};

const FunctionWords& function_words() {
  static const FunctionWords kWords;
  return kWords;
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
  // The word being read: its first code points (a longer word is no function word), its length
  // and hash.
  std::array<char32_t, FunctionWords::kCapacity> word{};
  std::size_t length = 0;
  std::uint64_t hash = FunctionWords::kStart;
  const FunctionWords& words = function_words();
  const auto add = [&](char32_t c) {
    if (length < word.size()) word[length] = c;
    ++length;
    hash = FunctionWords::step(hash, c);
  };
  const auto end_word = [&] {
    if (length == 0) return;
    ++word_count;
    if (length <= word.size()) {
      if (const std::uint32_t bits = words.profiles_of(std::u32string_view(word.data(), length), hash)) {
        for (std::uint32_t b = bits; b != 0; b &= b - 1) ++hits[static_cast<std::size_t>(std::countr_zero(b))];
      }
    }
    length = 0;
    hash = FunctionWords::kStart;
  };
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = base::next_code_point(text, i);
    // ASCII letters, most of the text in Latin-script releases, go straight to the word.
    if (c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      ++scripts[USCRIPT_LATIN];
      add(c | 0x20);
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
    add(letter->lower);
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
