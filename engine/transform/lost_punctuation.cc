#include "transform/lost_punctuation.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "base/utf8.h"

namespace folio::transform {

namespace {

// Punctuation is taken for lost ("?", "â" between longer words) only where the document shows
// the loss twice where nothing else can stand.
constexpr int kMinEvidence = 2;

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c));
}
bool is_word_char(char32_t c) { return is_letter(c) || (c >= '0' && c <= '9'); }
bool is_space(char32_t c) { return c == 0 || c == ' ' || c == '\n' || c == '\t' || c == 0xA0 || c == 0x202F; }
bool opens(char32_t c) { return is_space(c) || c == '(' || c == '[' || c == '-' || c == 0x2013 || c == 0x2014; }

char32_t lower(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

// `w` lower-cased into `out`, whose buffer is reused from word to word.
void lower_into(std::u32string_view w, std::u32string& out) {
  out.clear();
  for (char32_t c : w) out += lower(c);
}

std::u32string lower(std::u32string_view w) {
  std::u32string out;
  lower_into(w, out);
  return out;
}

/// The marks a language writes: opening and closing double quotation marks, the spaced dash.
struct Marks {
  char32_t open = U'“';
  char32_t close = U'”';
  char32_t dash = U'–';
};

Marks marks_of(const std::string& language) {
  for (std::string_view l : {"de", "cs", "sk", "sl", "lt", "is"}) {
    if (language == l) return {U'„', U'“', U'–'};
  }
  for (std::string_view l : {"pl", "ro", "hu", "hr"}) {
    if (language == l) return {U'„', U'”', l == "pl" ? U'—' : U'–'};
  }
  for (std::string_view l : {"ru", "uk", "bg", "be"}) {
    if (language == l) return {U'„', U'“', U'—'};
  }
  return {};
}

// Languages that write "â" as a letter: a word may start with it ("âge", "âmbito").
bool writes_a_circumflex(const std::string& language) {
  for (std::string_view l : {"fr", "pt", "ro", "vi", "tr", "cy", "sk", "ku", "fur", "wa"}) {
    if (language == l) return true;
  }
  return false;
}

// Languages that open a question with "¿": a "?" before a word may be a lost "¿".
bool opens_questions(const std::string& language) { return language == "es" || language == "gl" || language == "ast"; }

// English contractions: the part after the apostrophe; "t" only after the words of n’t.
bool is_contraction(std::u32string_view left, std::u32string_view right) {
  static const std::unordered_set<std::u32string> kNot{
      U"don", U"doesn", U"didn", U"isn", U"aren", U"wasn", U"weren", U"hasn", U"haven", U"hadn", U"can",
      U"couldn", U"wouldn", U"shouldn", U"won", U"mustn", U"mightn", U"needn", U"ain", U"shan"};
  const std::u32string r = lower(right);
  if (r == U"t") return kNot.count(lower(left)) > 0;
  return r == U"s" || r == U"ll" || r == U"re" || r == U"ve" || r == U"d" || r == U"m";
}

// French and Italian elision: the elided word, then a word starting with a vowel or "h".
bool is_elision(std::u32string_view left, std::u32string_view right, const std::string& language) {
  static const std::unordered_set<std::u32string> kFrench{
      U"l", U"d", U"j", U"m", U"n", U"s", U"t", U"c", U"qu", U"jusqu", U"lorsqu", U"puisqu", U"quoiqu", U"presqu", U"quelqu"};
  static const std::unordered_set<std::u32string> kItalian{
      U"l", U"d", U"c", U"m", U"n", U"s", U"t", U"v", U"un", U"dell", U"all", U"dall", U"nell", U"sull", U"coll",
      U"quell", U"quest", U"anch", U"com", U"dov", U"tutt", U"sant", U"buon", U"nessun", U"qualcun"};
  const auto& elided = language == "fr" ? kFrench : language == "it" ? kItalian : std::unordered_set<std::u32string>{};
  if (right.empty() || !elided.count(lower(left))) return false;
  static const std::u32string_view kVowels = U"aeiouyhàâäéèêëîïôöùûüœæ";
  return kVowels.find(static_cast<char32_t>(u_tolower(static_cast<UChar32>(right[0])))) != std::u32string_view::npos;
}

/// The word characters either side of position `i` of `cps`.
struct Halves {
  std::u32string_view left;
  std::u32string_view right;
  char32_t before = 0;  // the character before `left`
  char32_t after = 0;   // the character after `right`
};

Halves halves_at(const std::u32string& cps, std::size_t i, std::size_t width) {
  std::size_t b = i;
  while (b > 0 && is_word_char(cps[b - 1])) --b;
  std::size_t e = i + width;
  while (e < cps.size() && is_letter(cps[e])) ++e;
  const std::u32string_view all(cps);
  return {all.substr(b, i - b), all.substr(i + width, e - i - width), b > 0 ? cps[b - 1] : 0,
          e < cps.size() ? cps[e] : 0};
}

bool has_letter(std::u32string_view w) {
  for (char32_t c : w) {
    if (is_letter(c)) return true;
  }
  return false;
}

// An apostrophe between the halves: a contraction or an elision.
bool joins_as_apostrophe(const Halves& h, const std::string& language) {
  if (h.left.empty() || h.right.empty() || is_letter(h.after)) return is_elision(h.left, h.right, language);
  return is_contraction(h.left, h.right) || is_elision(h.left, h.right, language);
}

bool known(const PunctuationContext& context, std::u32string_view word, std::size_t min_length) {
  return word.size() >= min_length && has_letter(word) && context.uses_word(lower(word));
}

// What the "â" at `i` stood for, and how many characters the damage spans; nullopt when it may
// be a letter.
std::optional<std::pair<std::u32string, std::size_t>> lost_quote_bytes_at(const std::u32string& cps, std::size_t i,
                                                                            const PunctuationContext& context,
                                                                            bool paired) {
  const Marks marks = marks_of(context.language);
  const char32_t prev = i > 0 ? cps[i - 1] : 0;
  const char32_t next = i + 1 < cps.size() ? cps[i + 1] : 0;
  const char32_t after_next = i + 2 < cps.size() ? cps[i + 2] : 0;
  // The Latin-1 reading of a continuation byte survived: "â¦" is "…", "â¬" "€", "â¢" "•" or "™".
  if (next == U'¦') return std::pair{std::u32string(U"…"), 2};
  if (next == U'¬') return std::pair{std::u32string(U"€"), 2};
  if (next == U'¢') return std::pair{std::u32string(opens(prev) && is_space(after_next) ? U"•" : U"™"), 2};
  // "”" (E2 80 9D): 0x9D is undefined in Windows-1252 and became "?" or nothing.
  if (next == U'€' && after_next == '?') return std::pair{std::u32string(1, U'”'), 3};
  if (next == U'€') return std::pair{std::u32string(1, after_next == U'ð' ? U'\u200D' : U'”'), 2};
  if (next == '?' && !is_letter(after_next)) return std::pair{std::u32string(1, U'”'), 2};
  const Halves h = halves_at(cps, i, 1);
  if (h.left.find(U'â') != std::u32string_view::npos || h.right.find(U'â') != std::u32string_view::npos) {
    return std::nullopt;
  }
  if (h.left.empty() && h.right.empty()) {
    if (is_space(prev) && is_space(next)) return std::pair{std::u32string(1, marks.dash), 1};
    if (is_space(prev) && next >= '0' && next <= '9') return std::pair{std::u32string(U"’"), 1};  // "’86"
    return std::pair{std::u32string(1, opens(prev) ? marks.open : marks.close), 1};
  }
  if (h.left.empty()) {
    // A word starting with "â" exists in French or Portuguese ("âge"): only a capital after it
    // shows the quotation mark there.
    const bool capital = u_isupper(static_cast<UChar32>(next)) != 0;
    if (capital || paired || (!writes_a_circumflex(context.language) && known(context, h.right, 3))) {
      return std::pair{std::u32string(1, marks.open), 1};
    }
    return std::nullopt;
  }
  if (h.right.empty()) {
    if (!paired && !known(context, h.left, 3)) return std::nullopt;
    return std::pair{std::u32string(1, marks.close), 1};
  }
  if (joins_as_apostrophe(h, context.language)) return std::pair{std::u32string(U"’"), 1};
  // Two words the document uses, glued by a dash ("workâpaid"); where "â" is no letter of the
  // language, a word and a short one ("sameâa").
  const bool foreign_letter = !writes_a_circumflex(context.language);
  const bool short_word_after = foreign_letter && h.left.size() >= 4 && h.right.size() <= 3 && known(context, h.right, 1);
  const bool damaged_document = foreign_letter && context.quote_bytes_lost && h.left.size() >= 4 && h.right.size() >= 2;
  if ((known(context, h.left, 2) && known(context, h.right, 1)) || short_word_after || damaged_document) {
    return std::pair{std::u32string(U"—"), 1};
  }
  return std::nullopt;
}

// A "?" inside a web address, a query or code ("x?a:b") is no lost quotation mark: its word,
// without the punctuation around it, holds characters prose words do not.
bool in_address_or_code(const std::u32string& cps, std::size_t i) {
  std::size_t b = i;
  while (b > 0 && !is_space(cps[b - 1])) --b;
  std::size_t e = i;
  while (e < cps.size() && !is_space(cps[e])) ++e;
  static const std::u32string_view kOpening = U"(\"'“‘„‚«";
  static const std::u32string_view kClosing = U".,;:!?)\"'”’»…";
  while (b < i && kOpening.find(cps[b]) != std::u32string_view::npos) ++b;
  while (e > i + 1 && kClosing.find(cps[e - 1]) != std::u32string_view::npos) --e;
  static const std::u32string_view kCode = U"/=&@#_()[]{}<>|\\+*;:\"";
  for (std::size_t k = b; k < e; ++k) {
    const char32_t c = cps[k];
    if (kCode.find(c) != std::u32string_view::npos) return true;
    if (c == '.' && k + 1 < e && is_letter(cps[k + 1]) && k > b && is_letter(cps[k - 1])) return true;
  }
  return false;
}

enum class QuestionMark { kept, apostrophe, opening, closing };

// What each "?" of `cps` stood for, and how many of those readings no question mark could have.
std::vector<QuestionMark> read_question_marks(const std::u32string& cps, const std::string& language, int& evidence) {
  std::vector<QuestionMark> out(cps.size(), QuestionMark::kept);
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t pending = kNone;  // an opening "?" waiting for its closing one
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] != '?' || in_address_or_code(cps, i)) continue;
    const char32_t prev = i > 0 ? cps[i - 1] : 0;
    const char32_t next = i + 1 < cps.size() ? cps[i + 1] : 0;
    const Halves h = halves_at(cps, i, 1);
    if (!h.left.empty() && !h.right.empty()) {
      if (joins_as_apostrophe(h, language)) {
        out[i] = QuestionMark::apostrophe;
        ++evidence;
      }
      continue;
    }
    if (opens(prev) && is_letter(next)) {
      pending = i;
      continue;
    }
    const bool ends = is_space(next) || next == ',' || next == '.' || next == ';' || next == ':' || next == ')';
    if (!ends) continue;
    // ",?" ends a quotation: a question mark never follows a comma. After a full stop or
    // another mark ("r.?", "etc.?") or a letter, it closes only a quotation opened by "?".
    if (prev == ',') {
      out[i] = QuestionMark::closing;
      ++evidence;
    } else if (pending != kNone && (is_letter(prev) || prev == '.' || prev == '!' || prev == ';') &&
               (!opens_questions(language) || next != ' ' ||
                (i + 2 < cps.size() && u_islower(static_cast<UChar32>(cps[i + 2]))))) {
      // A quotation "?…?" opened before a word: no question mark stands there. (Where "¿" opens
      // questions, "?Qué pasa? Nada" may be one that lost its "¿": not after a space and a capital.)
      out[i] = QuestionMark::closing;
      ++evidence;
    } else if ((prev == 's' || prev == 'S') && next == ' ' && i + 2 < cps.size() && u_islower(static_cast<UChar32>(cps[i + 2]))) {
      out[i] = QuestionMark::apostrophe;  // "the workers? union": a plural possessive
      continue;
    } else {
      continue;
    }
    if (pending != kNone) out[pending] = QuestionMark::opening;
    pending = kNone;
  }
  return out;
}

// Calls `on_word(begin, end)` for each word of `cps` that counts as the document's: words
// touching "â" or "?" may be the damage itself.
template <class F>
void for_each_document_word(std::u32string_view cps, F&& on_word) {
  for (std::size_t i = 0; i < cps.size();) {
    if (!is_letter(cps[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    bool circumflex = false;
    for (; j < cps.size() && is_letter(cps[j]); ++j) circumflex = circumflex || cps[j] == U'â';
    const bool touches = (i > 0 && cps[i - 1] == '?') || (j < cps.size() && cps[j] == '?');
    if (!circumflex && !touches && on_word(i, j)) return;
    i = j;
  }
}

// How many "â" of `cps` stand where no letter can be: alone, before a capital, in an English
// contraction. (No language needed: a contraction is English wherever it is.)
int lost_quote_byte_evidence(const std::u32string& cps) {
  int lost = 0;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] != U'â') continue;
    const Halves h = halves_at(cps, i, 1);
    const char32_t next = i + 1 < cps.size() ? cps[i + 1] : 0;
    if ((h.left.empty() && h.right.empty()) || (h.left.empty() && u_isupper(static_cast<UChar32>(next))) ||
        (!h.left.empty() && !h.right.empty() && !is_letter(h.after) && is_contraction(h.left, h.right))) {
      ++lost;
    }
  }
  return lost;
}

// Words searched in the text before all its words are gathered into a set.
constexpr std::size_t kMaxSearches = 8;

}  // namespace

bool PunctuationContext::uses_word(const std::u32string& lower_word) const {
  if (!text) return false;
  const std::u32string_view cps(*text);
  if (!answers_) answers_ = std::make_shared<std::unordered_map<std::u32string, bool>>();
  if (const auto it = answers_->find(lower_word); it != answers_->end()) return it->second;
  if (!words_ && answers_->size() < kMaxSearches) {
    bool found = false;
    for_each_document_word(cps, [&](std::size_t i, std::size_t j) {
      if (j - i != lower_word.size()) return false;
      for (std::size_t k = i; k < j; ++k) {
        if (lower(cps[k]) != lower_word[k - i]) return false;
      }
      found = true;
      return true;
    });
    answers_->emplace(lower_word, found);
    return found;
  }
  if (!words_) {
    auto words = std::make_shared<std::unordered_set<std::u32string>>();
    std::u32string word;
    for_each_document_word(cps, [&](std::size_t i, std::size_t j) {
      lower_into(cps.substr(i, j - i), word);
      if (!words->contains(word)) words->insert(word);
      return false;
    });
    words_ = std::move(words);
  }
  return words_->count(lower_word) > 0;
}

PunctuationContext punctuation_context(std::string_view text, const std::string& language) {
  PunctuationContext context;
  context.language = language;
  context.text = std::make_shared<const std::u32string>(base::decode_utf8(text));
  const std::u32string& cps = *context.text;
  // Each piece of evidence is a "?": text with fewer has none to read (most text has none at all).
  int evidence = 0;
  if (std::count(text.begin(), text.end(), '?') >= kMinEvidence) read_question_marks(cps, language, evidence);
  context.quotes_lost_to_question_marks = evidence >= kMinEvidence;
  context.quote_bytes_lost = lost_quote_byte_evidence(cps) >= kMinEvidence;
  return context;
}

bool shows_lost_quote_bytes(std::string_view text) {
  return text.find("â") != std::string_view::npos && lost_quote_byte_evidence(base::decode_utf8(text)) >= kMinEvidence;
}

std::string repair_lost_quote_bytes(std::string_view text, const PunctuationContext& context, ChangeLog& log) {
  if (text.find("â") == std::string_view::npos) return std::string(text);
  const std::u32string cps = base::decode_utf8(text);
  // "âsehr gutmütigâ": an "â" that starts a word and a later one that ends a word, with no other
  // "â" starting a word between them, are a quotation's marks.
  std::vector<bool> paired(cps.size(), false);
  std::size_t opening = cps.size();
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] != U'â') continue;
    const Halves h = halves_at(cps, i, 1);
    if (h.left.empty() && !h.right.empty()) {
      opening = i;
    } else if (!h.left.empty() && h.right.empty() && opening < i) {
      paired[opening] = paired[i] = true;
      opening = cps.size();
    }
  }
  // Most "â" are letters: the text is rebuilt only around a repair.
  std::u32string out;
  std::size_t copied = 0;  // the code points before it are in `out`
  bool repaired = false;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const auto repair = cps[i] == U'â' ? lost_quote_bytes_at(cps, i, context, paired[i]) : std::nullopt;
    if (!repair) continue;
    out.append(cps, copied, i - copied);
    log.add(base::encode_utf8(std::u32string_view(cps).substr(i, repair->second)), base::encode_utf8(repair->first));
    out += repair->first;
    i += repair->second - 1;
    copied = i + 1;
    repaired = true;
  }
  if (!repaired) return base::round_trips(text) ? std::string(text) : base::encode_utf8(cps);
  out.append(cps, copied);
  return base::encode_utf8(out);
}

std::string repair_question_mark_quotes(std::string_view text, const PunctuationContext& context, ChangeLog& log) {
  if (!context.quotes_lost_to_question_marks || text.find('?') == std::string_view::npos) return std::string(text);
  std::u32string cps = base::decode_utf8(text);
  int evidence = 0;
  const auto reading = read_question_marks(cps, context.language, evidence);
  const Marks marks = marks_of(context.language);
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t mark = 0;
    switch (reading[i]) {
      case QuestionMark::kept: continue;
      case QuestionMark::apostrophe: mark = U'’'; break;
      case QuestionMark::opening: mark = marks.open; break;
      case QuestionMark::closing: mark = marks.close; break;
    }
    log.add("?", base::encode_utf8({&mark, 1}));
    cps[i] = mark;
  }
  return base::encode_utf8(cps);
}

}  // namespace folio::transform
