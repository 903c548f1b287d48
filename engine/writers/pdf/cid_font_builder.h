// One embedded font of the PDF writer: CIDs for shaped glyphs, the hb-subset font program and the
// Type0 / CIDFont objects with exact /W, a ToUnicode CMap and a FreeType-measured descriptor
// (pdf-facts §3 and §6). One builder per font file and face per document.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"

namespace PoDoFo {
class PdfObject;
class PdfVecObjects;
}  // namespace PoDoFo

namespace folio::pdf {

class StreamPacker;

/// Collects the glyphs a document shows with one font face, then subsets the face and writes it as
/// a composite font with Identity-H encoding.
///
/// Codes: for TrueType outlines every distinct (glyph, text) pair gets its own CID, from 1, so
/// one glyph can carry different text (the layout hyphen is U+00AD, a real '-' is U+002D).
/// For CFF outlines (CIDFontType0) the CFF charset decides the CID of a glyph, so the code of a
/// glyph is the CID of its subset glyph and the first text recorded for it becomes its mapping.
class CidFontBuilder {
 public:
  /// Opens face `index` of `file`. Fails with `pdf.font-unreadable` when HarfBuzz or FreeType
  /// cannot read it, or `pdf.font-unsupported` for CFF2 (variable CFF) outlines.
  static base::Result<std::unique_ptr<CidFontBuilder>> open(const std::string& file, int index,
                                                            const std::string& postscript_name);
  ~CidFontBuilder();
  CidFontBuilder(const CidFontBuilder&) = delete;
  CidFontBuilder& operator=(const CidFontBuilder&) = delete;

  /// Records that glyph `gid` is shown for `text` (UTF-8, logical order). In a right-to-left run
  /// (`rtl`) a multi-character text is stored reversed, because extractors (pdftotext, pdf.js)
  /// reverse ligature mappings of RTL text character by character (pdf-facts §5). Empty text maps
  /// to U+200B, because every code needs a mapping (ISO 14289-1 7.21.7). Call before subset().
  /// Returns the entry of (gid, text) for entry_code(): the same for the same glyph and mapping.
  std::size_t use(std::uint32_t gid, std::string_view text, bool rtl);

  /// The entry in this builder of entry `entry` of `other`, a builder of the same face that
  /// recorded the document's later runs (on another thread): made after this builder's own
  /// entries when new, as use() would have made it had the runs been recorded here in order.
  std::size_t adopt(const CidFontBuilder& other, std::size_t entry);

  /// How many entries use() and adopt() have made.
  std::size_t entry_count() const;

  /// True when the face has CFF outlines (written as CIDFontType0 + FontFile3 /CIDFontType0C).
  bool cff() const;

  /// A glyph of the face that draws nothing and does not move the pen (the glyph of U+200B,
  /// U+2060, U+200C, U+200D or U+FEFF with no advance and no outline), to carry text that no
  /// visible glyph should carry (cluster_text.h); nullopt when the face has none, or has CFF
  /// outlines (one text per glyph there).
  std::optional<std::uint32_t> invisible_glyph() const;

  /// Subsets the face to the recorded glyphs and assigns every code. Fails with
  /// `pdf.font-subset-failed`.
  base::Result<bool> subset();

  /// The code of (gid, text, rtl) as recorded by use(); valid after subset().
  std::uint16_t code(std::uint32_t gid, std::string_view text, bool rtl) const;

  /// The code of an entry use() returned; valid after subset().
  std::uint16_t entry_code(std::size_t entry) const;

  /// Width of `code` in 1/1000 em: round(advance * 1000 / unitsPerEm) (ISO 14289-1 7.21.5).
  int width(std::uint16_t code) const;

  /// The subset font program: a TrueType file, or the bare CFF table. Valid after subset().
  const std::string& program() const;

  /// The complete subset OpenType file (for CFF faces `program()` is one table of it).
  const std::string& subset_file() const;

  /// The subset glyph id of `code` (TrueType: the CIDToGIDMap entry). Valid after subset().
  std::uint32_t subset_gid(std::uint16_t code) const;

  /// "ABCDEF+PostScriptName": the tag is derived from the glyph set, so it is deterministic
  /// (ISO 32000-1 9.6.4).
  std::string base_font() const;

  /// The ToUnicode CMap: bfchar blocks of at most 100 entries, UTF-16BE values (ISO 32000-1 9.10.3).
  std::string to_unicode_cmap() const;

  /// Writes the font program, descriptor, CIDFont, ToUnicode and Type0 dictionaries into
  /// `objects` (owned by the document) and returns the Type0 font; its streams go to `packer`.
  /// Call after subset(). PoDoFo errors propagate as PoDoFo::PdfError.
  PoDoFo::PdfObject* write(PoDoFo::PdfVecObjects& objects, StreamPacker& packer) const;

 private:
  struct Impl;
  explicit CidFontBuilder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace folio::pdf
