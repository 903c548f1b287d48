// What a document is written in, as the repairs see it: the scripts of its letters and how often
// each letter occurs. Every repair checks its result against it, so that none produces a
// character foreign to the document.
#pragma once

#include <unicode/uscript.h>

#include <array>
#include <string_view>
#include <unordered_map>

namespace folio::transform {

/// The ICU script of `c` (USCRIPT_COMMON for punctuation, USCRIPT_INHERITED for combining marks).
UScriptCode script_of(char32_t c);

/// Letter counts of a text, by script and by letter.
class ScriptProfile {
 public:
  /// Counts `c` when it is a letter. Inline with its ASCII case, most letters of most pages.
  void add(char32_t c) {
    if (c >= 0x80) {
      add_non_ascii(c);
    } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      ++letters_;
      ++ascii_letters_;
      ++by_ascii_letter_[c];
    }
  }
  void add(std::u32string_view text) {
    for (char32_t c : text) add(c);
  }

  /// True when the letters of `script` are a real part of the text, not a stray word: at least
  /// 10 of them and, unless `any_share()`, 1% of all letters.
  bool uses(UScriptCode script) const;

  /// Counts any script with 10 letters as used, whatever its share: for a text whose letters were
  /// all damaged, where even a few words in another script are evidence.
  void any_share() { min_percent_ = 0; }

  /// How many times the letter `c` occurs.
  int count(char32_t c) const;

  /// All letters counted.
  int letters() const { return letters_; }

  /// Letters outside ASCII.
  int non_ascii_letters() const { return non_ascii_; }

 private:
  void add_non_ascii(char32_t c);

  // ASCII letters, most of most pages, are counted apart from the maps: Latin, by array.
  std::array<int, 128> by_ascii_letter_{};
  int ascii_letters_ = 0;
  std::unordered_map<int, int> by_script_;        ///< letters outside ASCII
  std::unordered_map<char32_t, int> by_letter_;   ///< letters outside ASCII
  int letters_ = 0;
  int non_ascii_ = 0;
  int min_percent_ = 1;
};

/// May a repair put `c` into a document of profile `p`? Common punctuation and symbols (Latin-1's,
/// general punctuation, super- and subscripts, currency, letter-like, number forms, arrows, shapes,
/// dingbats, emoji) always; a letter, digit or
/// mark only of a script the document uses, and for Latin, Cyrillic and Greek only the letters
/// their languages use every day (not IPA, archaic or Extended-B letters) unless the document
/// itself has the letter twice. East Asian punctuation only in East Asian text.
bool fits_document(char32_t c, const ScriptProfile& p);

}  // namespace folio::transform
