// The hand-written checks that replaced std::regex patterns: dates of every precision, the
// forms HTML's <time datetime> and dcterms:modified accept, and absolute CSS units.
#include <gtest/gtest.h>

#include "writers/epub/accessibility_metadata.h"
#include "writers/epub/w3c_date.h"

namespace folio::writers::epub {
namespace {

TEST(W3cDate, PrecisionOfEachForm) {
  EXPECT_EQ(w3c_date_precision("2024"), DatePrecision::year);
  EXPECT_EQ(w3c_date_precision("2024-05"), DatePrecision::month);
  EXPECT_EQ(w3c_date_precision("2024-05-02"), DatePrecision::day);
  EXPECT_EQ(w3c_date_precision("2024-05-02T09:30Z"), DatePrecision::minute);
  EXPECT_EQ(w3c_date_precision("2024-05-02T09:30:15+02:00"), DatePrecision::second);
  EXPECT_EQ(w3c_date_precision("2024-05-02T09:30:15.25-05:00"), DatePrecision::second);
}

TEST(W3cDate, RejectsWhatTheGrammarDoesNot) {
  for (const char* bad : {"", "24", "2024-5", "2024-05-2", "2024/05/02", "2024-05-02T09:30", "2024-05-02T09:30:15",
                          "2024-05-02T9:30Z", "2024-05-02T09:30:15.Z", "2024-05-02T09:30+0200", "2024-05-02 ",
                          "2024-05-02T09:30ZZ", "２０２４", "2024-05-02T09:30:15+02:00x"}) {
    EXPECT_FALSE(is_w3c_date(bad)) << bad;
  }
}

TEST(W3cDate, HtmlDatetimeNeedsADayAndModifiedASecondInUtc) {
  EXPECT_FALSE(is_html_datetime("2024"));
  EXPECT_FALSE(is_html_datetime("2024-05"));
  EXPECT_TRUE(is_html_datetime("2024-05-02"));
  EXPECT_TRUE(is_html_datetime("2024-05-02T09:30+01:00"));
  EXPECT_TRUE(is_utc_second("2024-01-31T12:00:00Z"));
  EXPECT_FALSE(is_utc_second("2024-01-31T12:00Z"));
  EXPECT_FALSE(is_utc_second("2024-01-31T12:00:00.5Z"));
  EXPECT_FALSE(is_utc_second("2024-01-31T12:00:00+00:00"));
  EXPECT_FALSE(is_utc_second("2024-01-31"));
}

TEST(CssUnits, AbsoluteUnitsAfterANumberOnly) {
  EXPECT_TRUE(css_uses_relative_units("body { font-size: 1em; margin: 0 5%; line-height: 1.4 }"));
  EXPECT_TRUE(css_uses_relative_units("p { max-width: 35rem } /* 12 pinch */ .pt { x: 2ch }"));
  EXPECT_TRUE(css_uses_relative_units("a { width: 3points }"));  // not a unit: the word goes on
  for (const char* absolute : {"p { margin: 12px }", "p { font-size: 11PT }", "h1{margin:.5in}", "x { a: 2pc; }",
                               "x { a: 1cm }", "x { a: 3mm }", "x { a: 4Q }", "x { a: 10pt}"}) {
    EXPECT_FALSE(css_uses_relative_units(absolute)) << absolute;
  }
}

}  // namespace
}  // namespace folio::writers::epub
