// Knuth–Plass total-fit line breaking ("Breaking Paragraphs into Lines", 1981) over boxes, glue
// and penalties, with TeX's demerits, fitness classes and two passes, and a greedy first-fit
// breaker used only when no feasible solution exists (and by the benchmark for comparison).
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <vector>

namespace folio::layout {

inline constexpr double kInfPenalty = 10000;   ///< TeX's "never break here"
inline constexpr double kFil = 1e7;             ///< stretch treated as infinite (\hfil)

struct Item {
  enum class Kind { box, glue, penalty };
  Kind kind = Kind::box;
  double width = 0;
  double stretch = 0;  ///< glue
  double shrink = 0;   ///< glue
  double penalty = 0;  ///< penalty; >= kInfPenalty forbids, <= -kInfPenalty forces a break
  bool flagged = false;
  std::size_t begin = 0, end = 0;  ///< byte range of the paragraph text the item stands for
};

struct BreakParams {
  double line_width = 0;
  double line_stretch = 0;        ///< stretch added to every line (ragged right: 3em)
  double tolerance = 200;         ///< the largest badness (100|r|^3) a line may have
  double line_penalty = 10;
  double double_hyphen_demerits = 3000;
  double fitness_demerits = 100;
};

/// The adjustment ratio of the line made of items [from, to) ending at break `to`: negative
/// shrinks, positive stretches; +inf when the line cannot stretch, -inf when it cannot shrink.
double adjustment_ratio(const std::vector<Item>& items, std::size_t from, std::size_t to, const BreakParams& params);

/// Total-fit breaks (indices of the glue or penalty items broken at, the last being the final
/// forced penalty), or nullopt when no break sequence keeps every line's ratio at least -1 and
/// its badness within the tolerance. `items` must end with a forced penalty.
std::optional<std::vector<std::size_t>> break_knuth_plass(const std::vector<Item>& items, const BreakParams& params);

/// First-fit breaks: each line takes as much as fits with its glue shrunk at most fully; a
/// single box wider than the line overflows.
std::vector<std::size_t> break_greedy(const std::vector<Item>& items, const BreakParams& params);

/// Index of the first item of the line that starts after break `at` (glue and non-forced
/// penalties after a break are discarded, as in TeX).
std::size_t line_start_after(const std::vector<Item>& items, std::size_t at);

}  // namespace folio::layout
