// The furniture vocabulary's matcher against the plain definition: a find per term.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "readers/common/term_matcher.h"

namespace folio::readers {
namespace {

// The definition TermMatcher implements, one term at a time.
std::uint32_t tags_by_find(const std::vector<MatchTerm>& terms, const std::string& lower) {
  std::uint32_t found = 0;
  for (const MatchTerm& m : terms) {
    std::string_view term = m.text;
    const bool to_end = term.ends_with('$');
    if (to_end) term.remove_suffix(1);
    for (std::size_t at = lower.find(term); at != std::string::npos; at = lower.find(term, at + 1)) {
      if (word_byte(term.front()) && at > 0 && word_byte(lower[at - 1])) continue;
      const std::size_t end = at + term.size();
      if (to_end && end < lower.size() && word_byte(lower[end])) continue;
      found |= m.tag;
      break;
    }
  }
  return found;
}

const std::vector<MatchTerm> kTerms{{"share$", 1}, {"shares", 2}, {"are", 4}, {"(c) ", 8}, {"©", 16},
                                    {"read more", 32}, {"more$", 64}, {"e-mail$", 128}, {"mail", 256}};

TEST(TermMatcher, WordStartsAndEnds) {
  const TermMatcher m(kTerms);
  EXPECT_EQ(m.tags("share"), 1u);
  EXPECT_EQ(m.tags("shareholders"), 0u);     // "share$" must end a word, "are" must start one
  EXPECT_EQ(m.tags("shares"), 2u);           // "share$" does not end here; "shares" does not need to
  EXPECT_EQ(m.tags("we care"), 0u);          // "are" inside a word
  EXPECT_EQ(m.tags("x(c) 2026"), 8u);        // a term that starts with a sign needs no word start
  EXPECT_EQ(m.tags("© 2026 read more"), 16u | 32u | 64u);
  EXPECT_EQ(m.tags("e-mail"), 128u | 256u);  // "-" ends a word: "mail" starts one
  EXPECT_EQ(m.tags(""), 0u);
}

TEST(TermMatcher, AgreesWithAFindPerTermOnRandomText) {
  const TermMatcher m(kTerms);
  std::mt19937 rng(7);
  const std::string alphabet = "sharemdcil()-  ©o";
  for (int n = 0; n < 5000; ++n) {
    std::string text;
    const int length = static_cast<int>(rng() % 40);
    for (int i = 0; i < length; ++i) text += alphabet[rng() % alphabet.size()];
    ASSERT_EQ(m.tags(text), tags_by_find(kTerms, text)) << "'" << text << "'";
  }
}

}  // namespace
}  // namespace folio::readers
