#include "writers/pdf/cluster_text.h"

#include <algorithm>
#include <numeric>

#include "base/utf8.h"

namespace folio::pdf {

std::vector<std::string> glyph_texts(const layout::GlyphRun& run) {
  const auto& glyphs = run.glyphs;
  std::vector<std::string> out(glyphs.size());
  // Glyph indices grouped by cluster, ascending, each cluster's glyphs in visual order. A shaped
  // run comes in cluster order already (forwards, or backwards when right-to-left), so this is
  // one pass and a reversal in the usual cases; this runs for every glyph of the document.
  std::vector<std::uint32_t> order(glyphs.size());
  std::iota(order.begin(), order.end(), 0u);
  const auto by_cluster = [&](std::uint32_t a, std::uint32_t b) { return glyphs[a].cluster < glyphs[b].cluster; };
  // Within a cluster the order is visual, except after the reversal, where it is the reverse.
  bool reversed = false;
  if (std::is_sorted(order.rbegin(), order.rend(), by_cluster) && !std::is_sorted(order.begin(), order.end(), by_cluster)) {
    std::reverse(order.begin(), order.end());
    reversed = true;
  } else if (!std::is_sorted(order.begin(), order.end(), by_cluster)) {
    std::stable_sort(order.begin(), order.end(), by_cluster);
  }
  const bool rtl = run.level % 2 == 1;
  const std::string_view all(run.text);
  for (std::size_t g = 0; g < order.size();) {
    const std::uint32_t cluster = glyphs[order[g]].cluster;
    std::size_t e = g + 1;
    while (e < order.size() && glyphs[order[e]].cluster == cluster) ++e;
    const std::size_t begin = std::min<std::size_t>(cluster, all.size());
    const std::size_t end = e == order.size() ? all.size() : std::min<std::size_t>(glyphs[order[e]].cluster, all.size());
    const std::string_view text = all.substr(begin, end - begin);
    // A cluster's glyphs take its code points in logical order: visual order, reversed when
    // right-to-left.
    if (rtl != reversed) std::reverse(order.begin() + static_cast<std::ptrdiff_t>(g), order.begin() + static_cast<std::ptrdiff_t>(e));
    std::size_t pos = 0;
    for (std::size_t k = g; k < e; ++k) {
      if (k + 1 == e) {
        out[order[k]] = std::string(text.substr(pos));
      } else if (pos < text.size()) {
        const std::size_t start = pos;
        base::next_code_point(text, pos);
        out[order[k]] = std::string(text.substr(start, pos - start));
      }
    }
    g = e;
  }
  return out;
}

}  // namespace folio::pdf
