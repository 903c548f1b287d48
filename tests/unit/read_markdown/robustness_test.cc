// Hostile Markdown: deep nesting, huge input. The reader must return, stay linear, never crash.
#include <gtest/gtest.h>

#include <chrono>

#include "markdown_test_util.h"
#include "readers/markdown/cmark_to_model.h"

namespace folio::test {
namespace {

int quote_depth(const model::Blocks& blocks) {
  int depth = 0;
  const model::Blocks* current = &blocks;
  while (current->size() == 1) {
    const auto* quote = std::get_if<model::Quote>(&current->front().node);
    if (quote == nullptr) break;
    ++depth;
    current = &quote->blocks;
  }
  return depth;
}

TEST(MarkdownRobustness, TenThousandNestedQuotes) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "> ";
  text += "deep words\n";
  const auto read = read_md(text);
  EXPECT_EQ(count_code(read.warnings, "markdown.nesting-too-deep"), 1);
  EXPECT_LE(quote_depth(read.value.blocks), readers::kMaxMarkdownDepth + 1);
  EXPECT_NE(model::plain_text(read.value.blocks.at(0)).find("deep words"), std::string::npos);
}

TEST(MarkdownRobustness, TenThousandNestedListsOnOneLine) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "- ";
  text += "bottom\n";
  const auto read = read_md(text);
  EXPECT_EQ(count_code(read.warnings, "markdown.nesting-too-deep"), 1);
  EXPECT_NE(model::plain_text(read.value.blocks.at(0)).find("bottom"), std::string::npos);
}

TEST(MarkdownRobustness, NestedIndentedListLevels) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- level\n";
  const auto read = read_md(text);
  EXPECT_FALSE(read.value.blocks.empty());
}

TEST(MarkdownRobustness, DeepInlineNesting) {
  std::string text = std::string(5000, '[') + "x" + std::string(5000, ']') + "\n\n";
  for (int i = 0; i < 3000; ++i) text += "*a **b ";
  text += "c";
  for (int i = 0; i < 3000; ++i) text += "** d*";
  text += "\n";
  const auto read = read_md(text);
  EXPECT_EQ(read.value.blocks.size(), 2u);
}

std::string repeated(const std::string& chunk, std::size_t bytes) {
  std::string text;
  text.reserve(bytes + chunk.size());
  while (text.size() < bytes) text += chunk;
  return text;
}

double seconds_to_read(const std::string& text, std::size_t& blocks) {
  const auto start = std::chrono::steady_clock::now();
  blocks = read_md(text).value.blocks.size();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Linear means four times the input takes about four times as long (quadratic would be 16), in
// any build type; an absolute bound would depend on Debug, ASan and the machine's load.
void expect_linear(const std::string& chunk, std::size_t bytes, std::size_t min_blocks) {
  std::size_t small_blocks = 0;
  std::size_t big_blocks = 0;
  const double small = seconds_to_read(repeated(chunk, bytes / 4), small_blocks);
  const double big = seconds_to_read(repeated(chunk, bytes), big_blocks);
  EXPECT_GE(big_blocks, min_blocks);
  EXPECT_LT(big, 8.0 * small + 0.5) << "quarter: " << small << " s, whole: " << big << " s";
}

TEST(MarkdownRobustness, HugeDocumentStaysLinear) {
  expect_linear(
      "## Section\n\nA paragraph with *emphasis*, **strong**, `code` and a [link](https://x.example/).\n"
      "It goes on over a second line.\n\n- item one\n- item two\n\n> quoted\n\n<div>raw</div>\n\n",
      10u << 20, 100000);
}

TEST(MarkdownRobustness, HugeSingleLineWithManyInlines) { expect_linear("*\u00e9* ", 2u << 20, 1); }

TEST(MarkdownRobustness, ManyUnclosedRawElementsStayLinear) {
  expect_linear("<figure>\n\nA caption that never ends.\n\n", 1u << 20, 10000);
}

TEST(MarkdownRobustness, UnclosedRawTableDoesNotSwallowMarkdown) {
  const auto read = read_md("<table>\n<tr><td>1</td></tr>\n\nA paragraph after.\n\n# A heading\n");
  ASSERT_GE(read.value.blocks.size(), 2u);
  EXPECT_TRUE(std::holds_alternative<model::Heading>(read.value.blocks.back().node));
}

TEST(MarkdownRobustness, InvalidUtf8AndNulBytes) {
  constexpr char raw[] = "Bad \xff\xfe bytes \0 here\n";
  const auto read = read_md(std::string(raw, sizeof raw - 1));
  EXPECT_EQ(read.value.blocks.size(), 1u);
}

}  // namespace
}  // namespace folio::test
