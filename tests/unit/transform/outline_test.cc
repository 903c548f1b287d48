#include <gtest/gtest.h>

#include "transform/outline.h"
#include "transform/release_transforms.h"

namespace folio::transform {
namespace {

model::Block heading(int level, const std::string& text) {
  model::Block b;
  b.node = model::Heading{level, {model::make_text(text)}};
  return b;
}

model::Block paragraph(model::Inlines content) {
  model::Block b;
  b.node = model::Paragraph{std::move(content)};
  return b;
}

int level_of(const model::Block& b) { return std::get<model::Heading>(b.node).level; }

TEST(Outline, HeadingLevelsStartAtOneAndSkipNone) {
  model::Document doc;
  doc.blocks = {heading(2, "a"), heading(4, "b"), heading(4, "c"), heading(3, "d"), heading(2, "e"), heading(5, "f")};
  const auto diags = normalize_heading_levels(doc);
  std::vector<int> levels;
  for (const auto& b : doc.blocks) levels.push_back(level_of(b));
  EXPECT_EQ(levels, (std::vector<int>{1, 2, 2, 2, 1, 2}));
  EXPECT_EQ(diags.size(), 6u);
}

TEST(Outline, TitleFromTheOpeningHeadingOrTheFirstSentence) {
  model::Document titled;
  titled.blocks = {heading(1, "Le titre"), paragraph({model::make_text("Texte.")})};
  EXPECT_TRUE(ensure_title(titled).empty());
  EXPECT_EQ(titled.metadata.title, "Le titre");

  model::Document untitled;
  untitled.blocks = {paragraph({model::make_text("The board met today. It agreed on a plan.")}), heading(1, "Section")};
  const auto diags = ensure_title(untitled);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].severity, base::Severity::warning);
  EXPECT_EQ(untitled.metadata.title, "The board met today.");

  // A stop after a number, an initial or an abbreviation ends no sentence.
  for (const auto& [text, title] : std::vector<std::pair<std::string, std::string>>{
           {"Die Meisterschaften vom 5. Januar sind eröffnet. Es gibt viel zu sehen.",
            "Die Meisterschaften vom 5. Januar sind eröffnet."},
           {"Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision. Mehr dazu unten.",
            "Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision."},
           {"Robert J. Stephens won the U.S. title again. He was happy.", "Robert J. Stephens won the U.S. title again."},
       }) {
    model::Document doc;
    doc.blocks = {paragraph({model::make_text(text)})};
    ensure_title(doc);
    EXPECT_EQ(doc.metadata.title, title);
  }
}

TEST(ReleaseTransforms, QuotationsWithWrittenMarksAreNotQuotedTwice) {
  model::Document doc;
  doc.metadata.language = "de";
  model::Inline q;
  q.node = model::InlineQuote{{model::make_text("Gut")}};
  model::Inline kept;
  kept.node = model::InlineQuote{{model::make_text("Auch gut")}};
  doc.blocks = {paragraph({model::make_text("Sie sagt: „"), q, model::make_text("“ und "), kept,
                           model::make_text(" zum Schluss.")})};
  apply_release_transforms(doc);
  const auto& content = std::get<model::Paragraph>(doc.blocks[0].node).content;
  EXPECT_TRUE(std::holds_alternative<model::Span>(content[1].node));
  EXPECT_TRUE(std::holds_alternative<model::InlineQuote>(content[3].node));  // no marks around it
}

}  // namespace
}  // namespace folio::transform
