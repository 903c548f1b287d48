#include "readers/text/footer_island.h"

#include <algorithm>
#include <cstdint>

#include "readers/common/prose_evidence.h"

namespace folio::readers {

namespace {

constexpr std::size_t kMinFooterBlocks = 3;  // furniture between the text and an island after it
constexpr std::size_t kMaxIslandBlocks = 2;  // a teaser, a portrait; a second text is longer
constexpr std::size_t kMaxIslandShare = 3;   // ... and a third of the text's length at most

}  // namespace

void drop_islands_after_text(const std::vector<TextBlock>& blocks, std::vector<bool>& kept) {
  struct Run {
    std::size_t a, e, chars;
  };
  std::vector<Run> runs;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!kept[i]) continue;
    if (runs.empty() || runs.back().e != i) runs.push_back({i, i, 0});
    runs.back().e = i + 1;
    runs.back().chars += blocks[i].text.size();
  }
  const auto main = std::max_element(runs.begin(), runs.end(), [](const Run& x, const Run& y) { return x.chars < y.chars; });
  // The text ended where the page's footer begins: comments, related links, a newsletter, the
  // legal notice (share buttons stand under a text's byline as often as after its end).
  constexpr std::uint16_t kFooterKinds = kComments | kRelated | kSubscription | kLegal;
  const auto footer_between = [&](std::size_t a, std::size_t e) {
    return std::any_of(blocks.begin() + a, blocks.begin() + e,
                       [&](const TextBlock& b) { return (boilerplate_kinds(b.text) & kFooterKinds) != 0; });
  };
  for (auto r = main; r != runs.end() && r + 1 != runs.end(); ++r) {
    const Run& island = *(r + 1);
    if (island.a - r->e >= kMinFooterBlocks && island.e - island.a <= kMaxIslandBlocks &&
        island.chars * kMaxIslandShare < main->chars && footer_between(main->e, island.a)) {
      std::fill(kept.begin() + island.a, kept.begin() + island.e, false);
    }
  }
}

}  // namespace folio::readers
