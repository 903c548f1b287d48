// Front matter: YAML features of the corpus, and every way it can be broken.
#include <gtest/gtest.h>

#include "markdown_test_util.h"
#include "readers/markdown/front_matter.h"

namespace folio::test {
namespace {

TEST(FrontMatter, DoubleQuotedEscapesAndFolding) {
  const auto read = read_md(
      "---\n"
      "title: \"Caf\\xE9 \\\"Aurora\\\" \\u2060opens\\_today\\\n"
      "  \\ in Northwick\"\n"
      "---\n"
      "Text.\n");
  EXPECT_EQ(read.value.metadata.title, "Caf\u00e9 \"Aurora\" \u2060opens\u00a0today in Northwick");
  EXPECT_TRUE(read.warnings.empty());
}

TEST(FrontMatter, NoFrontMatterLeavesBodyAlone) {
  const auto front = readers::read_front_matter(base::SourceText("a.md", "Just text.\n---\n"));
  EXPECT_EQ(front.value.body_offset, 0u);
  EXPECT_EQ(front.value.body_line, 1u);
  EXPECT_TRUE(front.warnings.empty());
}

TEST(FrontMatter, DotsCloseTheBlockAndEmptyIsFine) {
  const auto front = readers::read_front_matter(base::SourceText("a.md", "---\n...\nBody\n"));
  EXPECT_EQ(front.value.body_offset, 8u);
  EXPECT_EQ(front.value.body_line, 3u);
  EXPECT_TRUE(front.warnings.empty());
}

TEST(FrontMatter, UnterminatedIsReadAsMarkdown) {
  const auto read = read_md("---\ntitle: Lost\n\nThe body.\n");
  ASSERT_EQ(count_code(read.warnings, "markdown.front-matter-unterminated"), 1);
  EXPECT_EQ(read.warnings.front().span.line, 1u);
  EXPECT_EQ(read.value.metadata.title, "");
  EXPECT_EQ(model::plain_text(read.value.blocks.back()), "The body.");
}

TEST(FrontMatter, InvalidYamlIsReportedWithItsLine) {
  const auto read = read_md("---\ndate: '2024-01-01'\nplace: [a, b\ntitle: y\n---\nThe body.\n");
  ASSERT_EQ(count_code(read.warnings, "markdown.front-matter-invalid"), 1);
  EXPECT_EQ(read.warnings.front().span.line, 4u);
  EXPECT_EQ(read.value.metadata.date, "");
  ASSERT_EQ(read.value.blocks.size(), 1u);
  EXPECT_EQ(read.value.blocks[0].info.span.line, 6u);
}

TEST(FrontMatter, NotAMapIsReadAsMarkdown) {
  const auto read = read_md("---\nA setext heading\n---\nBody.\n");
  EXPECT_EQ(count_code(read.warnings, "markdown.front-matter-invalid"), 1);
  ASSERT_EQ(read.value.blocks.size(), 3u);
  EXPECT_TRUE(std::holds_alternative<model::Rule>(read.value.blocks[0].node));
  EXPECT_EQ(model::plain_text(read.value.blocks[1]), "A setext heading");
  EXPECT_EQ(read.value.blocks[1].info.span.line, 2u);
}

TEST(FrontMatter, TooLargeIsRefused) {
  std::string text = "---\ntitle: Big\nnotes: |\n";
  while (text.size() < readers::kMaxFrontMatterBytes + 100) text += "  filler line of notes\n";
  text += "---\nBody.\n";
  const auto read = read_md(text);
  EXPECT_EQ(count_code(read.warnings, "markdown.front-matter-too-large"), 1);
  EXPECT_EQ(read.value.metadata.title, "");
  ASSERT_EQ(read.value.blocks.size(), 1u);
  EXPECT_EQ(model::plain_text(read.value.blocks[0]), "Body.");
}

TEST(FrontMatter, UnknownKeysAndNestedValuesAreIgnored) {
  const auto read = read_md("---\nmodified_time: 2020-01-01\nextra: {a: {b: [1, 2]}}\ntitle: Fine\n---\n");
  EXPECT_EQ(read.value.metadata.title, "Fine");
  EXPECT_TRUE(read.warnings.empty());
}

TEST(FrontMatter, KeywordsFromCommaSeparatedString) {
  const auto read = read_md("---\nkeywords: transit, night buses ,\n---\n");
  EXPECT_EQ(read.value.metadata.keywords, (std::vector<std::string>{"transit", "night buses"}));
}

TEST(FrontMatter, DeeplyNestedYamlDoesNotCrash) {
  const auto read = read_md("---\ntitle: x\nk: " + std::string(20000, '[') + "\n---\nBody.\n");
  EXPECT_EQ(count_code(read.warnings, "markdown.front-matter-invalid"), 1);
}

}  // namespace
}  // namespace folio::test
