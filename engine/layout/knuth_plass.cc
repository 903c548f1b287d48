#include "layout/knuth_plass.h"

#include <cmath>

namespace folio::layout {

namespace {

bool is_legal_break(const std::vector<Item>& items, std::size_t i) {
  const Item& it = items[i];
  if (it.kind == Item::Kind::penalty) return it.penalty < kInfPenalty;
  if (it.kind == Item::Kind::glue) return i > 0 && items[i - 1].kind == Item::Kind::box;
  return false;
}

struct Sums {
  double width = 0, stretch = 0, shrink = 0;
};

double ratio_of(double width, double stretch, double shrink, double line_width) {
  // Widths are sums of doubles in varying order (TeX's are integers): a line measured to fit
  // exactly, such as a table column set to its widest word, must not be overfull by rounding.
  constexpr double kFitTolerance = 1e-6;  // pt
  if (std::abs(width - line_width) <= kFitTolerance) return 0;
  if (width < line_width) return stretch > 0 ? (line_width - width) / stretch : std::numeric_limits<double>::infinity();
  if (width > line_width) return shrink > 0 ? (line_width - width) / shrink : -std::numeric_limits<double>::infinity();
  return 0;
}

// TeX's fitness classes: 0 tight, 1 decent, 2 loose, 3 very loose.
int fitness_of(double r) {
  if (r < -0.5) return 0;
  if (r <= 0.5) return 1;
  if (r <= 1) return 2;
  return 3;
}

struct Node {
  std::size_t position;
  std::size_t line;
  int fitness;
  Sums totals;  // sums up to the first item of the next line
  double demerits;
  int previous;  // index into the node arena, -1 for the start
};

}  // namespace

std::size_t line_start_after(const std::vector<Item>& items, std::size_t at) {
  std::size_t i = at + 1;
  while (i < items.size() && items[i].kind != Item::Kind::box &&
         !(items[i].kind == Item::Kind::penalty && items[i].penalty <= -kInfPenalty)) {
    ++i;
  }
  return i;
}

double adjustment_ratio(const std::vector<Item>& items, std::size_t from, std::size_t to, const BreakParams& params) {
  Sums s;
  for (std::size_t i = from; i < to; ++i) {
    if (items[i].kind == Item::Kind::penalty) continue;
    s.width += items[i].width;
    if (items[i].kind == Item::Kind::glue) {
      s.stretch += items[i].stretch;
      s.shrink += items[i].shrink;
    }
  }
  if (to < items.size() && items[to].kind == Item::Kind::penalty) s.width += items[to].width;
  return ratio_of(s.width, s.stretch + params.line_stretch, s.shrink, params.line_width);
}

std::optional<std::vector<std::size_t>> break_knuth_plass(const std::vector<Item>& items, const BreakParams& params) {
  std::vector<Node> nodes;
  nodes.push_back({0, 0, 1, {}, 0, -1});
  std::vector<int> active = {0};
  std::vector<int> still_active;  // reused: one allocation per paragraph, not per breakpoint
  Sums sum;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    if (item.kind == Item::Kind::box) {
      sum.width += item.width;
      continue;
    }
    if (is_legal_break(items, i)) {
      const double penalty = item.kind == Item::Kind::penalty ? item.penalty : 0;
      const bool forced = item.kind == Item::Kind::penalty && penalty <= -kInfPenalty;
      const bool flagged = item.kind == Item::Kind::penalty && item.flagged;
      const double extra_width = item.kind == Item::Kind::penalty ? item.width : 0;
      struct Candidate {
        double demerits = std::numeric_limits<double>::infinity();
        int previous = -1;
      };
      Candidate best[4];
      still_active.clear();
      for (int a : active) {
        const Node& node = nodes[static_cast<std::size_t>(a)];
        const double width = sum.width - node.totals.width + extra_width;
        const double stretch = sum.stretch - node.totals.stretch + params.line_stretch;
        const double shrink = sum.shrink - node.totals.shrink;
        const double r = ratio_of(width, stretch, shrink, params.line_width);
        // A node whose line is already overfull can never end a feasible line again.
        if (!(r < -1) && !forced) still_active.push_back(a);
        if (r < -1) continue;
        // TeX's badness, 100|r|^3, against the tolerance (The TeXbook, ch. 14).
        const double magnitude = std::abs(r);
        const double badness = 100 * magnitude * magnitude * magnitude;
        if (badness > params.tolerance) continue;
        const double base = params.line_penalty + badness;
        double d = base * base;
        if (penalty >= 0) d += penalty * penalty;
        else if (!forced) d -= penalty * penalty;
        const bool previous_flagged =
            node.position < items.size() && node.previous >= 0 && items[node.position].kind == Item::Kind::penalty &&
            items[node.position].flagged;
        if (flagged && previous_flagged) d += params.double_hyphen_demerits;
        const int fitness = fitness_of(r);
        if (std::abs(fitness - node.fitness) > 1) d += params.fitness_demerits;
        d += node.demerits;
        if (d < best[fitness].demerits) best[fitness] = {d, a};
      }
      active.swap(still_active);
      Sums after = sum;
      for (std::size_t j = i; j < items.size(); ++j) {
        const Item& next = items[j];
        if (next.kind == Item::Kind::box) break;
        if (j > i && next.kind == Item::Kind::penalty && next.penalty <= -kInfPenalty) break;
        if (next.kind == Item::Kind::glue) {
          after.width += next.width;
          after.stretch += next.stretch;
          after.shrink += next.shrink;
        }
      }
      for (int f = 0; f < 4; ++f) {
        if (best[f].previous < 0) continue;
        const Node& prev = nodes[static_cast<std::size_t>(best[f].previous)];
        nodes.push_back({i, prev.line + 1, f, after, best[f].demerits, best[f].previous});
        active.push_back(static_cast<int>(nodes.size() - 1));
      }
      if (active.empty()) return std::nullopt;
    }
    if (item.kind == Item::Kind::glue) {
      sum.width += item.width;
      sum.stretch += item.stretch;
      sum.shrink += item.shrink;
    }
  }
  int best = -1;
  for (int a : active) {
    const Node& n = nodes[static_cast<std::size_t>(a)];
    if (n.position + 1 != items.size()) continue;
    if (best < 0 || n.demerits < nodes[static_cast<std::size_t>(best)].demerits) best = a;
  }
  if (best < 0) return std::nullopt;
  std::vector<std::size_t> breaks;
  for (int n = best; n > 0; n = nodes[static_cast<std::size_t>(n)].previous) {
    breaks.push_back(nodes[static_cast<std::size_t>(n)].position);
  }
  return std::vector<std::size_t>(breaks.rbegin(), breaks.rend());
}

std::vector<std::size_t> break_greedy(const std::vector<Item>& items, const BreakParams& params) {
  std::vector<std::size_t> breaks;
  std::optional<std::size_t> last_fit;
  Sums line;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    if (is_legal_break(items, i)) {
      const double width = line.width + (item.kind == Item::Kind::penalty ? item.width : 0);
      const bool fits = width - line.shrink <= params.line_width;
      const bool forced = item.kind == Item::Kind::penalty && item.penalty <= -kInfPenalty;
      std::optional<std::size_t> at;
      if (!fits && last_fit) at = last_fit;  // break at the last break that fitted
      else if (forced || !fits) at = i;      // forced, or an overfull line with no earlier break
      if (at) {
        breaks.push_back(*at);
        last_fit.reset();
        line = {};
        i = line_start_after(items, *at) - 1;
        continue;
      }
      last_fit = i;
    }
    if (item.kind != Item::Kind::penalty) {
      line.width += item.width;
      line.shrink += item.kind == Item::Kind::glue ? item.shrink : 0;
    }
  }
  return breaks;
}

}  // namespace folio::layout
