#include <gtest/gtest.h>

#include "base/diagnostic.h"
#include "base/result.h"
#include "base/source_text.h"
#include "base/utf8.h"

namespace folio::base {
namespace {

TEST(SourceText, SpansHaveLinesAndCodePointColumns) {
  const SourceText s("f.txt", "ab\nçé x\n\nlast");
  const Span sp = s.span(8, 9);  // "x": after "çé " (5 bytes) on line 2
  EXPECT_EQ(sp.line, 2u);
  EXPECT_EQ(sp.column, 4u);
  EXPECT_EQ(format_location(sp), "f.txt:2:4");
  EXPECT_EQ(s.span(0, 1).line, 1u);
  EXPECT_EQ(s.span(11, 12).line, 4u);
  EXPECT_EQ(s.line_count(), 4u);
  EXPECT_EQ(s.line_span(2).begin, 3u);
  EXPECT_FALSE(s.line_span(99).known());
  EXPECT_EQ(s.span(1000, 2000).begin, s.text().size());  // clamped, never out of range
}

TEST(Utf8, DecodesAndReplacesInvalidBytes) {
  const std::string text = "a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80\xFF\xE2\x80";
  std::size_t i = 0;
  EXPECT_EQ(next_code_point(text, i), U'a');
  EXPECT_EQ(next_code_point(text, i), U'é');
  EXPECT_EQ(next_code_point(text, i), U'’');
  EXPECT_EQ(next_code_point(text, i), U'😀');
  EXPECT_EQ(next_code_point(text, i), U'\uFFFD');
  EXPECT_EQ(next_code_point(text, i), U'\uFFFD');  // truncated sequence
  EXPECT_LE(i, text.size());
  std::string out;
  append_utf8(out, U'😀');
  EXPECT_EQ(out, "\xF0\x9F\x98\x80");
  EXPECT_EQ(count_code_points("çé😀"), 3u);
  EXPECT_EQ(trim_ascii("  x y \n"), "x y");
  EXPECT_TRUE(is_ascii(""));
  EXPECT_TRUE(is_ascii("Contact: press@example.org\n"));
  EXPECT_FALSE(is_ascii("Contacto de prensa: é"));
  EXPECT_FALSE(is_ascii("\x80"));
  EXPECT_EQ(decode_utf8(text), U"aé’😀\uFFFD\uFFFD\uFFFD");  // 0xFF, then 0xE2 0x80 cut short
  EXPECT_EQ(encode_utf8(U"aé’😀"), "a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80");
  // A text reads back the same unless it holds an invalid byte or an overlong form.
  EXPECT_TRUE(round_trips("aé’😀 \xEF\xBF\xBD"));
  EXPECT_FALSE(round_trips(text));
  EXPECT_FALSE(round_trips("\xC1\x81"));  // "A" in two bytes
  // An excerpt is cut before a code point, never inside one.
  EXPECT_EQ(utf8_prefix("370 €", 6), "370 ");
  EXPECT_EQ(utf8_prefix("370 €", 7), "370 €");
  EXPECT_EQ(utf8_prefix("370 €", 100), "370 €");
  EXPECT_EQ(utf8_prefix("😀", 3), "");
}

TEST(Result, HoldsAValueOrErrors) {
  Result<int> ok = 3;
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(*ok, 3);
  Result<int> bad = make_error("x.y", Span{}, "broken");
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().front().code, "x.y");
  EXPECT_TRUE(has_at_least(bad.error(), Severity::error));
  EXPECT_FALSE(has_at_least({make_note("n", Span{}, "m")}, Severity::warning));
  EXPECT_STREQ(severity_name(Severity::warning), "warning");
}

}  // namespace
}  // namespace folio::base
