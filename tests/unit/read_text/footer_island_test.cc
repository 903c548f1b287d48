// A block or two the main-text model kept in a web page's footer (readers/text/footer_island).
#include "readers/text/footer_island.h"

#include <gtest/gtest.h>

#include <string>

namespace folio::readers {
namespace {

std::vector<TextBlock> blocks_of(std::initializer_list<const char*> texts) {
  std::vector<TextBlock> blocks;
  for (const char* text : texts) {
    TextBlock b;
    b.first = b.last = blocks.size();
    b.text = text;
    blocks.push_back(b);
  }
  return blocks;
}

// An article of three paragraphs, then its footer, then the author's portrait the model kept.
const std::string kParagraph(300, 'x');

std::vector<TextBlock> page_with(const char* footer, const std::string& island) {
  return blocks_of({kParagraph.c_str(), kParagraph.c_str(), kParagraph.c_str(), "Teilen", footer, "Blick auf den Hafen",
                    island.c_str()});
}

std::vector<bool> kept_of(const std::vector<TextBlock>& blocks) {
  std::vector<bool> kept(blocks.size(), false);
  kept[0] = kept[1] = kept[2] = kept.back() = true;
  drop_islands_after_text(blocks, kept);
  return kept;
}

TEST(FooterIsland, AnIslandPastTheCommentsIsDropped) {
  const std::string portrait = "Jana Beispiel ist Redakteurin im Lokalressort.";
  for (const char* footer : {"3 Kommentare", "Newsletter abonnieren", "© 2024 Stadtanzeiger", "Mehr zum Thema"}) {
    const auto kept = kept_of(page_with(footer, portrait));
    EXPECT_FALSE(kept.back()) << footer;
    EXPECT_TRUE(kept[0] && kept[1] && kept[2]) << footer;
  }
}

TEST(FooterIsland, TheTextGoingOnIsKept) {
  const std::string portrait = "Jana Beispiel ist Redakteurin im Lokalressort.";
  // Share buttons alone stand under a byline as often as after a text: no footer.
  EXPECT_TRUE(kept_of(page_with("Facebook", portrait)).back());
  // A third of the text's length or more is more text, not a portrait.
  EXPECT_TRUE(kept_of(page_with("3 Kommentare", std::string(300, 'y'))).back());
  // Two blocks between are a picture and its caption, not a footer.
  auto blocks = blocks_of({kParagraph.c_str(), kParagraph.c_str(), "3 Kommentare", "Blick auf den Hafen", "Mehr Text."});
  std::vector<bool> kept = {true, true, false, false, true};
  drop_islands_after_text(blocks, kept);
  EXPECT_TRUE(kept.back());
}

}  // namespace
}  // namespace folio::readers
