#include "text/line_breaker.h"

#include <gtest/gtest.h>

#include "support/paths.h"

namespace folio::text {
namespace {

ParagraphInput input(std::string text, std::string lang) {
  ParagraphInput in;
  in.runs.push_back({0, text.size(), {}});
  in.text = std::move(text);
  in.lang = std::move(lang);
  return in;
}

std::string mark(const std::string& text, const std::vector<BreakPoint>& points) {
  std::string out;
  std::size_t last = 0;
  for (const auto& p : points) {
    out += text.substr(last, p.offset - last);
    out += p.kind == BreakPoint::Kind::hyphen ? "-" : p.kind == BreakPoint::Kind::mandatory ? "!" : "|";
    last = p.offset;
  }
  return out + text.substr(last);
}

TEST(LineBreaker, SpacesHyphensAndForcedBreaks) {
  LineBreaker breaker;
  Hyphenator hyphenator("/usr/share/hyphen");
  auto in = input("Une organisation internationale\nFin", "fr");
  EXPECT_EQ(mark(in.text, breaker.break_points(in, &hyphenator)), "Une |or-ga-ni-sa-tion |in-ter-na-tio-nale\n!Fin");
  EXPECT_EQ(mark(in.text, breaker.break_points(in, nullptr)), "Une |organisation |internationale\n!Fin");
}

TEST(LineBreaker, NoBreakAfterASlashBetweenLettersButInAddresses) {
  LineBreaker breaker;
  // Between letters a slash joins one word: a line end there is read as two words.
  auto words = input("GNU/Linux and/or Debian-Edu/Skolelinux غنو/لينكس", "en");
  EXPECT_EQ(mark(words.text, breaker.break_points(words, nullptr)), "GNU/Linux |and/or |Debian-|Edu/Skolelinux |غنو/لينكس");
  // Elsewhere ICU's breaks stay: an address may be longer than a line; dates and numbers are
  // not letters.
  auto other = input("https://www.debian.org/News/2005 www.example.org/press 1/2", "en");
  const std::string marked = mark(other.text, breaker.break_points(other, nullptr));
  EXPECT_NE(marked.find("debian.org/|News/|2005"), std::string::npos) << marked;
  EXPECT_NE(marked.find("example.org/|press"), std::string::npos) << marked;
}

TEST(LineBreaker, ChineseBreaksBetweenIdeographsButNotBeforeClosingPunctuation) {
  LineBreaker breaker;
  auto in = input("中文排版。好", "zh");
  EXPECT_EQ(mark(in.text, breaker.break_points(in, nullptr)), "中|文|排|版。|好");
}

}  // namespace
}  // namespace folio::text
