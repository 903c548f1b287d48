#include "readers/text/page_stamp.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "transform/case_fold.h"
#include "transform/dates.h"

namespace folio::readers {

namespace {

constexpr std::size_t kMaxDateLineWords = 3;
constexpr std::size_t kMaxReadingTimeWords = 4;
// Longer than a stamp can be ("Opublikowano: 2021-04-29 17:13:04.031886+02:00" is 47 bytes): a
// paragraph is rejected before any date is looked for.
constexpr std::size_t kMaxStampBytes = 100;

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// A letter of a script written without spaces between words (Chinese, Japanese, Thai): each
// counts as a word.
bool unspaced_letter(UChar32 c) {
  if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return true;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_THAI;
}

// The words in `text`: runs of at least `min_letters` letters, and letters of unspaced scripts.
std::size_t count_words(std::string_view text, std::size_t min_letters) {
  std::size_t words = 0, letters = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<UChar32>(base::next_code_point(text, i));
    const bool letter = u_isalpha(c) != 0;
    if (letter && !unspaced_letter(c)) {
      ++letters;
      continue;
    }
    words += (letters >= min_letters) + letter;
    letters = 0;
  }
  return words + (letters >= min_letters);
}

// The minute in the languages of the corpus and its neighbours, case-folded: "min", "minuten",
// "minut", "minutos", "minuti", "minuter", "минут".
bool is_minute_unit(std::string_view word) {
  static constexpr std::string_view kUnits[] = {"min",    "mins",    "minute", "minutes", "minuten", "minut",
                                                "minuty", "minutos", "minuto", "minuti",  "minuter", "minutter",
                                                "minuut", "минут",   "минуты", "минуту"};
  if (word.ends_with('.')) word.remove_suffix(1);  // "5 Min."
  return std::find(std::begin(kUnits), std::end(kUnits), word) != std::end(kUnits);
}

// The reading of a text, case-folded stems: read, Lesezeit/Lesedauer, lecture, lectura, leitura,
// lettura, czytania, lästid, leestijd, чтения. A recipe's "Backzeit: 15 Minuten" is no reading time.
bool is_reading_word(std::string_view word) {
  static constexpr std::string_view kStems[] = {"read", "lese", "lectur", "leitur", "lettur", "czyt", "läs", "lees", "чтен"};
  return std::any_of(std::begin(kStems), std::end(kStems), [&](std::string_view stem) { return word.starts_with(stem); });
}

// The word as a unit of a text's length, case-folded: "4312 words", "1200 Wörter", "800 mots".
bool is_word_unit(std::string_view word) {
  static constexpr std::string_view kUnits[] = {"words", "wörter", "mots",  "palabras", "parole",
                                                "palavras", "słów", "woorden", "слов"};
  return std::find(std::begin(kUnits), std::end(kUnits), word) != std::end(kUnits);
}

// A number of minutes to read ("5 min read", "Lesezeit: 3 Minuten"), or the minutes beside the
// text's length in words ("21 minutes - 4312 words"), in at most kMaxReadingTimeWords words.
bool is_reading_time(std::string_view text) {
  if (count_words(text, 1) > kMaxReadingTimeWords) return false;
  const std::string folded = transform::fold_case(text);
  bool number = false, minutes = false, reading = false, length = false;
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t end = std::min(folded.find(' ', i), folded.size());
    const std::string_view word = std::string_view(folded).substr(i, end - i);
    minutes = minutes || (number && is_minute_unit(word));
    reading = reading || is_reading_word(word);
    length = length || (number && is_word_unit(word));
    number = !word.empty() && std::all_of(word.begin(), word.end(), is_digit);
    i = end + 1;
  }
  return minutes && (reading || length);
}

}  // namespace

bool has_date_or_time(std::string_view text) {
  for (auto colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', colon + 1)) {
    const auto digit = [&](std::size_t i) { return i < text.size() && is_digit(text[i]); };
    if (colon > 0 && digit(colon - 1) && digit(colon + 1) && digit(colon + 2)) return true;
  }
  return transform::find_date(text).has_value();
}

bool is_date_line(std::string_view text) { return has_date_or_time(text) && count_words(text, 2) <= kMaxDateLineWords; }

bool is_page_stamp(std::string_view text) {
  if (text.size() > kMaxStampBytes) return false;
  const std::size_t first_digit = text.find_first_of("0123456789");
  if (first_digit == std::string_view::npos || text.find_first_of("!?") != std::string_view::npos) return false;
  if (is_reading_time(text)) return true;
  // Every word counts here, a letter alone too: "100 m Schi A W14 19.05.2007" is a row of results.
  // And a stamp names no event after its date: "9. November 2019: Forum Neustart" is an entry.
  const std::string_view from_digit = text.substr(first_digit);
  return count_words(text, 1) <= kMaxDateLineWords && text.substr(0, first_digit).find(',') == std::string_view::npos &&
         from_digit.find(": ") == std::string_view::npos && has_date_or_time(text);
}

}  // namespace folio::readers
