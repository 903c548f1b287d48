// The string helpers behind raw HTML grouping, inline tags and soft breaks.
#include <gtest/gtest.h>

#include "readers/common/segment_break.h"
#include "readers/markdown/raw_html.h"

namespace folio::readers {
namespace {

bool balanced_after(std::initializer_list<std::string_view> pieces) {
  HtmlElementBalance balance;
  for (auto piece : pieces) balance.scan(piece);
  return balance.balanced();
}

TEST(HtmlElementBalance, TracksElementsSplitOverBlocks) {
  EXPECT_FALSE(balanced_after({"<figure>\n<img src=\"a.jpg\">\n"}));
  EXPECT_TRUE(balanced_after({"<figure>\n<img src=\"a.jpg\">\n", "<figcaption>A</figcaption>\n</figure>\n"}));
  EXPECT_FALSE(balanced_after({"<TABLE class=\"x\">", "<tr><td>1</td></tr>"}));
  EXPECT_TRUE(balanced_after({"<table>", "<tr><td>1</td></tr>", "</Table>"}));
}

TEST(HtmlElementBalance, IgnoresUntrackedCommentsStrayClosesAndQuotedBrackets) {
  EXPECT_TRUE(balanced_after({"<div><p>text"}));
  EXPECT_TRUE(balanced_after({"<!-- <table> -->"}));
  EXPECT_TRUE(balanced_after({"</figure></table>"}));
  EXPECT_TRUE(balanced_after({"<img alt=\"a > b\" src=x>"}));
  EXPECT_TRUE(balanced_after({"<svg/>"}));
  EXPECT_FALSE(balanced_after({"<figure data-x='<'>"}));
}

TEST(RawHtml, BlankOrComment) {
  EXPECT_TRUE(is_blank_or_comment("<!-- -->\n"));
  EXPECT_TRUE(is_blank_or_comment("  \n<!-- a --> <!-- b -->"));
  EXPECT_FALSE(is_blank_or_comment("<!-- a --><p>x</p>"));
}

TEST(RawHtml, StartTag) {
  EXPECT_TRUE(is_start_tag("<br>", "br"));
  EXPECT_TRUE(is_start_tag("<BR/>", "br"));
  EXPECT_TRUE(is_start_tag("<br />", "br"));
  EXPECT_TRUE(is_start_tag("<img\nsrc=\"a.png\">", "img"));
  EXPECT_FALSE(is_start_tag("<b>", "br"));
  EXPECT_FALSE(is_start_tag("<bring>", "br"));
  EXPECT_FALSE(is_start_tag("</br>", "br"));
}

// The one rule for line breaks in running text, shared by the text, HTML and Markdown readers.
TEST(SegmentBreak, SpaceExceptBetweenCjkAndNextToIdeographicPunctuation) {
  EXPECT_EQ(segment_break_text("宣布", "延长"), "");
  EXPECT_EQ(segment_break_text("閲覧室は", "来月"), "");
  EXPECT_EQ(segment_break_text("。", "读者"), "");
  EXPECT_EQ(segment_break_text("English", "continues"), " ");
  EXPECT_EQ(segment_break_text("图书馆", "Green"), " ");
  EXPECT_EQ(segment_break_text("주말에도", "문을"), " ");
  EXPECT_EQ(segment_break_text("", "x"), " ");
  // Ideographic punctuation carries its own spacing, even next to Latin.
  EXPECT_EQ(segment_break_text("(sparc)、", "HP Alpha"), "");
  EXPECT_EQ(segment_break_text("Debian", "「Lenny」"), "");
  EXPECT_EQ(segment_break_text("版本", "5.0"), " ");
}

}  // namespace
}  // namespace folio::readers
