#include "layout/knuth_plass.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

namespace folio::layout {
namespace {

/// Words of the given widths separated by spaces of width 3 (stretch 1.5, shrink 1), ending with
/// TeX's \parfillskip and a forced break.
std::vector<Item> words(const std::vector<double>& widths) {
  std::vector<Item> items;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (i > 0) items.push_back({Item::Kind::glue, 3, 1.5, 1, 0, false, 0, 0});
    items.push_back({Item::Kind::box, widths[i], 0, 0, 0, false, 0, 0});
  }
  items.push_back({Item::Kind::glue, 0, kFil, 0, 0, false, 0, 0});
  items.push_back({Item::Kind::penalty, 0, 0, 0, -kInfPenalty, false, 0, 0});
  return items;
}

std::vector<double> ratios(const std::vector<Item>& items, const std::vector<std::size_t>& breaks, double width) {
  std::vector<double> out;
  BreakParams p;
  p.line_width = width;
  std::size_t from = 0;
  for (std::size_t b : breaks) {
    out.push_back(adjustment_ratio(items, from, b, p));
    from = line_start_after(items, b);
  }
  return out;
}

TEST(KnuthPlass, OneLineWhenItFits) {
  const auto items = words({10, 10, 10});
  BreakParams p;
  p.line_width = 100;
  const auto breaks = break_knuth_plass(items, p);
  ASSERT_TRUE(breaks);
  EXPECT_EQ(*breaks, std::vector<std::size_t>{items.size() - 1});
}

TEST(KnuthPlass, TotalFitHasLessBadnessThanFirstFit) {
  // 400 words of pseudo-random widths (a fixed linear congruential sequence).
  std::vector<double> widths;
  std::uint32_t seed = 12345;
  for (int i = 0; i < 400; ++i) {
    seed = seed * 1103515245u + 12345u;
    widths.push_back(10 + (seed >> 16) % 50);
  }
  const auto items = words(widths);
  BreakParams p;
  p.line_width = 300;
  p.tolerance = 10000;  // TeX's "infinitely bad": every line that does not overflow is feasible
  const auto kp = break_knuth_plass(items, p);
  ASSERT_TRUE(kp);
  const auto greedy = break_greedy(items, p);
  auto badness = [&](const std::vector<std::size_t>& breaks) {
    double sum = 0;
    const auto r = ratios(items, breaks, 300);
    for (std::size_t i = 0; i + 1 < r.size(); ++i) sum += 100 * std::pow(std::abs(r[i]), 3);
    return sum;
  };
  EXPECT_LT(badness(*kp), badness(greedy));
}

TEST(KnuthPlass, NoFeasibleBreaksGivesNullopt) {
  const auto items = words({50, 50});  // each word alone is far too short to stretch to 200
  BreakParams p;
  p.line_width = 60;
  p.tolerance = 1;
  EXPECT_FALSE(break_knuth_plass(items, p));
  EXPECT_EQ(break_greedy(items, p).size(), 2u);
}

TEST(KnuthPlass, ForcedBreakEndsALine) {
  auto items = words({10, 10});
  items.insert(items.begin() + 1, {Item::Kind::penalty, 0, 0, 0, -kInfPenalty, false, 0, 0});
  items.insert(items.begin() + 1, {Item::Kind::glue, 0, kFil, 0, 0, false, 0, 0});
  BreakParams p;
  p.line_width = 100;
  const auto breaks = break_knuth_plass(items, p);
  ASSERT_TRUE(breaks);
  EXPECT_EQ(breaks->size(), 2u);
  EXPECT_EQ(breaks->front(), 2u);
}

TEST(KnuthPlass, HyphenBreakCountsTheHyphenWidth) {
  // "aa bbbb-cccc dd" on 36: only the hyphen gives a feasible first line, 10+3+20+3 exactly.
  std::vector<Item> items = {
      {Item::Kind::box, 10, 0, 0, 0, false, 0, 0},
      {Item::Kind::glue, 3, 1.5, 1, 0, false, 0, 0},
      {Item::Kind::box, 20, 0, 0, 0, false, 0, 0},
      {Item::Kind::penalty, 3, 0, 0, 50, true, 0, 0},
      {Item::Kind::box, 20, 0, 0, 0, false, 0, 0},
      {Item::Kind::glue, 3, 1.5, 1, 0, false, 0, 0},
      {Item::Kind::box, 10, 0, 0, 0, false, 0, 0},
      {Item::Kind::glue, 0, kFil, 0, 0, false, 0, 0},
      {Item::Kind::penalty, 0, 0, 0, -kInfPenalty, false, 0, 0},
  };
  BreakParams p;
  p.line_width = 36;
  const auto breaks = break_knuth_plass(items, p);
  ASSERT_TRUE(breaks);
  EXPECT_EQ(breaks->front(), 3u);
  EXPECT_DOUBLE_EQ(adjustment_ratio(items, 0, 3, p), 0);
}

TEST(KnuthPlass, RaggedLinesStretchAtTheirEnd) {
  const auto items = words({30, 30, 30});
  BreakParams p;
  p.line_width = 70;
  p.line_stretch = 30;  // 3em at 10 pt
  const auto breaks = break_knuth_plass(items, p);
  ASSERT_TRUE(breaks);
  EXPECT_EQ(breaks->size(), 2u);
}

}  // namespace
}  // namespace folio::layout
