// The glyphs of every text run as its page shows them, worked out once per document while the
// fonts record their glyphs (before subsetting), so painting a page looks nothing up by text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "layout/paged_document.h"

namespace folio::pdf {

class CidFontBuilder;

/// One glyph of a run in content order (content_glyphs): the font entry that gives its code once
/// the font is subset (CidFontBuilder::use, entry_code) and what painting asks of its text.
struct ShownGlyph {
  double x = 0, y = 0;         ///< origin, relative to the run's origin (pt)
  std::uint32_t entry = 0;
  std::uint32_t cluster = 0;   ///< the run glyph's cluster (byte offset in the run's text)
  bool notdef : 1 = false;       ///< gid 0: never shown (ISO 14289-1 7.21.8), no entry
  bool space : 1 = false;        ///< text " " on the baseline
  bool blank : 1 = false;        ///< draws nothing: " ", or in a right-to-left run a space read with a mark
  bool spaced_mark : 1 = false;  ///< right-to-left: a space read as a letter before a word-final mark
  bool mark : 1 = false;         ///< its text holds a nonspacing mark (pdf.js takes it for zero-width)
};

/// The shown glyphs of each run, by run.
using ShownRuns = std::unordered_map<const layout::GlyphRun*, std::vector<ShownGlyph>>;

/// Records the glyphs of runs in one font: each distinct (glyph, text, direction) goes to
/// CidFontBuilder::use once, however often the document shows it.
class GlyphRecorder {
 public:
  explicit GlyphRecorder(CidFontBuilder& font) : font_(font) {}

  /// The glyphs of `run` (set in this recorder's font) in content order, recorded in the font.
  std::vector<ShownGlyph> record(const layout::GlyphRun& run);

  /// Is `run` one whose content glyphs are its glyphs as they are, each with its cluster's text
  /// (content_glyphs changes nothing): left-to-right, in a left-to-right line, one glyph a
  /// cluster in logical order, and no glyph content_glyphs would split for its marks. Most runs
  /// are; record() then skips building their content glyphs.
  bool plain(const layout::GlyphRun& run) const;

 private:
  struct Known {
    std::uint32_t entry = 0;
    bool mark = false;
  };
  const Known& known(std::uint32_t gid, std::string_view text, bool rtl);
  /// The shown glyph of glyph `gid` standing for `text` at (x, y), recorded in the font.
  ShownGlyph shown(std::uint32_t gid, std::string_view text, double x, double y, std::uint32_t cluster, bool rtl);
  /// The text of glyph `i` of a run whose clusters ascend: text[cluster, next cluster).
  static std::string_view cluster_text(const layout::GlyphRun& run, std::size_t i);

  CidFontBuilder& font_;
  /// By gid, direction and text: texts of at most three bytes (a letter, most of the time)
  /// packed into an integer with the rest, longer ones in a string.
  std::unordered_map<std::uint64_t, Known> short_;
  std::unordered_map<std::string, Known> long_;
  std::string key_;  ///< reused to look a long text up without allocating
};

}  // namespace folio::pdf
