// Many terms found in one pass over a text (Aho–Corasick over bytes): the furniture vocabulary
// of prose_evidence is some 250 terms, and a find per term was a tenth of reading an HTML page.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace folio::readers {

struct MatchTerm {
  std::string_view text;   ///< lower case; a trailing '$' means "must end a word"
  std::uint32_t tag = 0;   ///< bits returned when the term is found
};

class TermMatcher {
 public:
  explicit TermMatcher(const std::vector<MatchTerm>& terms);

  /// The OR of the tags of every term found in `lower` where it starts a word (when the term
  /// starts with a letter or digit) and, for a '$' term, ends one. A word byte is an ASCII letter
  /// or digit, or any byte of a multi-byte code point.
  std::uint32_t tags(std::string_view lower) const;

 private:
  struct Term {
    std::uint32_t tag = 0;
    std::uint32_t length = 0;
    bool from_start = false;
    bool to_end = false;
  };
  std::vector<Term> terms_;
  std::vector<std::uint8_t> byte_class_;            ///< 256 entries; 0 = a byte no term has
  std::size_t classes_ = 1;
  std::vector<std::int32_t> next_;                  ///< state × class → state (a complete automaton)
  std::vector<std::vector<std::uint32_t>> output_;  ///< state → terms ending there
};

/// A byte that continues a word, as TermMatcher counts it.
bool word_byte(char c);

}  // namespace folio::readers
