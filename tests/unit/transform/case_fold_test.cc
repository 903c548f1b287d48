#include "transform/case_fold.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <string>

#include "base/utf8.h"

namespace folio::transform {
namespace {

std::string icu_fold(const std::string& text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

TEST(CaseFold, EveryCodePointFoldsAsIcuFoldsIt) {
  // Each scalar value alone and after a letter that takes the code-point path, so both the
  // fast path and its hand-over to ICU are checked against ICU's whole-string folding.
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string text;
    base::append_utf8(text, c);
    ASSERT_EQ(fold_case(text), icu_fold(text)) << "U+" << std::hex << static_cast<unsigned>(c);
    const std::string mixed = "\u00C9" + text + "A";
    ASSERT_EQ(fold_case(mixed), icu_fold(mixed)) << "after É: U+" << std::hex << static_cast<unsigned>(c);
  }
}

TEST(CaseFold, FoldsWordsOfSeveralScripts) {
  EXPECT_EQ(fold_case("JUNI"), "juni");
  EXPECT_EQ(fold_case("Straße"), "strasse");
  EXPECT_EQ(fold_case("DÉCEMBRE"), "décembre");
  EXPECT_EQ(fold_case("ΣΕΠΤΕΜΒΡΊΟΥ"), "σεπτεμβρίου");
  EXPECT_EQ(fold_case("ДЕКАБРЯ"), "декабря");
  EXPECT_EQ(fold_case("ﬁn"), "fin");
  EXPECT_EQ(fold_case(""), "");
}

TEST(CaseFold, BadUtf8BecomesReplacementCharacters) {
  EXPECT_EQ(fold_case("A\xFF" "B"), "a\uFFFD" "b");
  EXPECT_EQ(fold_case("\xC3"), "\uFFFD");  // a sequence cut short
  EXPECT_EQ(fold_case("\xED\xA0\x80x"), icu_fold("\xED\xA0\x80x"));  // an encoded surrogate
}

}  // namespace
}  // namespace folio::transform
