#include "writers/pdf/cluster_text.h"

#include <algorithm>
#include <map>

#include "base/utf8.h"

namespace folio::pdf {

std::vector<std::string> glyph_texts(const layout::GlyphRun& run) {
  const auto& glyphs = run.glyphs;
  std::vector<std::string> out(glyphs.size());
  std::map<std::uint32_t, std::vector<std::size_t>> clusters;  // cluster -> glyph indices
  for (std::size_t i = 0; i < glyphs.size(); ++i) clusters[glyphs[i].cluster].push_back(i);
  const bool rtl = run.level % 2 == 1;
  for (auto it = clusters.begin(); it != clusters.end(); ++it) {
    const std::size_t begin = std::min<std::size_t>(it->first, run.text.size());
    const auto next = std::next(it);
    const std::size_t end = next == clusters.end() ? run.text.size() : std::min<std::size_t>(next->first, run.text.size());
    const std::string_view text = std::string_view(run.text).substr(begin, end - begin);
    std::vector<std::size_t> members = it->second;  // visual order
    if (rtl) std::reverse(members.begin(), members.end());
    std::size_t pos = 0;
    for (std::size_t k = 0; k < members.size(); ++k) {
      if (k + 1 == members.size()) {
        out[members[k]] = std::string(text.substr(pos));
      } else if (pos < text.size()) {
        const std::size_t start = pos;
        base::next_code_point(text, pos);
        out[members[k]] = std::string(text.substr(start, pos - start));
      }
    }
  }
  return out;
}

}  // namespace folio::pdf
