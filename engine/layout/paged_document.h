// The output of layout and the input of the PDF writer: pages of positioned glyph runs, images,
// rules and link areas, with tags that carry the logical structure and artifact markers.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/ids.h"

namespace folio::layout {

/// A font file used by the pages (PDF writer embeds it).
struct FontRef {
  std::string file;
  int face_index = 0;
  std::string postscript_name;
};

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
  friend bool operator==(const Rgb&, const Rgb&) = default;
};

/// One shaped glyph; lengths in pt.
struct PositionedGlyph {
  std::uint32_t gid = 0;
  std::uint32_t cluster = 0;  ///< byte offset into GlyphRun::text where its cluster starts
  double advance = 0;
  double x_offset = 0;
  double y_offset = 0;
};
// 32 bytes, the two integers side by side: a long document holds hundreds of thousands, read
// again by the PDF writer (memory-bound there), so the padding of the old order (40) showed.
static_assert(sizeof(PositionedGlyph) == 32);

/// A run of glyphs on one baseline, in visual order. The text of a cluster is
/// text[cluster, next larger cluster) and belongs to the first glyph of the cluster in logical
/// order (RTL runs have descending clusters, pdf-facts §4).
struct GlyphRun {
  int font = 0;             ///< index into PagedDocument::fonts
  double size = 0;          ///< pt
  double x = 0, y = 0;      ///< origin of the first glyph, PDF coordinates (bottom-left origin)
  std::vector<PositionedGlyph> glyphs;
  std::string text;         ///< source text of the run, UTF-8, logical order
  int level = 0;            ///< bidi embedding level (odd: right-to-left)
  std::string lang;         ///< BCP 47
  base::NodeId node;        ///< innermost model node (a Text, Code or Link inline, …)
  base::NodeId block;       ///< the block (paragraph, heading, …) whose plain text holds `text`
  std::uint32_t block_offset = 0;  ///< byte offset of `text` in model::plain_text of that block
  bool inserted_hyphen = false;    ///< a hyphen added by line breaking: text is U+00AD
  /// A run of a right-to-left paragraph's line. Where such a line is read by a reader with a
  /// simplified bidi (poppler), the PDF writer adds U+200F RIGHT-TO-LEFT MARKs (cluster_text.h).
  bool rtl_line = false;
  /// In such a line, the runs at the left and right ends of a left-to-right stretch (a number,
  /// Latin words).
  bool ltr_start = false;
  bool ltr_end = false;
  Rgb color;
};

/// The bytes of the image a document names (its Image::src), or nullopt when there are none to
/// show. The job layer resolves sources next to the input file or inside its package.
using ImageSource = std::function<std::optional<std::string>(const std::string& src)>;

struct Image {
  std::string path;               ///< where the image came from (the model's src, the style's logo)
  double x = 0, y = 0, width = 0, height = 0;  ///< PDF coordinates of the lower-left corner
  base::NodeId node;
  std::string alt;
  std::shared_ptr<const std::string> data{};  ///< the PNG or JPEG bytes, shared by every use of the image
  base::NodeId block{};           ///< an image in a line: the block whose plain text holds its stand-in
  std::uint32_t block_offset = 0; ///< byte offset of that stand-in in model::plain_text of the block
};

/// A straight line (decoration: always inside an artifact).
struct Rule {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Rgb color;
};

struct LinkArea {
  double x = 0, y = 0, width = 0, height = 0;  ///< lower-left corner and size
  std::string href;
  base::NodeId node;  ///< the Link inline
};

/// Opens a structure element. An element is identified by (node, type): the same element may be
/// opened on several lines and pages (a paragraph split across pages, a link across lines); the
/// PDF writer gathers every piece into one structure element.
struct TagStart {
  base::NodeId node;
  std::string type;  ///< "H1".."H6", "P", "L", "LI", "Lbl", "LBody", "BlockQuote", "Figure", "Table",
                     ///< "TR", "TH", "TD", "Caption", "Link", "Span", "Sect"
  std::string lang;  ///< when the element's language differs from the document's
  std::string alt;   ///< Figure alternative text
  /// Replacement text of the element's content (ISO 32000-1 14.9.4): the whole of a word
  /// hyphenated across two lines, on the Span holding its two parts.
  std::string actual_text{};
  /// With node and type, tells apart elements of one node: where a hyphenated word's Span
  /// starts in the block's plain text (0 for every other element).
  std::uint32_t at = 0;
};
struct TagEnd {};

enum class ArtifactType { pagination, layout };
enum class ArtifactSubtype { none, header, footer };

struct ArtifactStart {
  ArtifactType type = ArtifactType::layout;
  ArtifactSubtype subtype = ArtifactSubtype::none;
};
struct ArtifactEnd {};

using PageItem = std::variant<GlyphRun, Image, Rule, LinkArea, TagStart, TagEnd, ArtifactStart, ArtifactEnd>;

struct Page {
  double width = 0, height = 0;  ///< pt
  std::vector<PageItem> items;   ///< in content order; tags and artifacts are balanced per page
};

struct PagedDocument {
  std::vector<Page> pages;
  std::vector<FontRef> fonts;
  std::string lang;  ///< document language
  std::string title;
  std::size_t paragraphs_laid_ahead = 0;  ///< by a second thread (layout/paragraphs_ahead.h); not on the pages
};

struct DumpOptions {
  bool glyphs = false;  ///< also print each run's glyph ids, advances and clusters
};

/// Stable text form, one line per item (`page 1 run font=NotoSerif-Regular size=11 x=56.69 …`);
/// used by golden tests and `folio inspect --pages`.
std::string dump_pages(const PagedDocument& document, const DumpOptions& options = {});

/// Where each page's content begins: the block of its first content glyph and the byte offset of
/// that glyph's text in model::plain_text of the block, or a figure (offset 0) that comes first
/// (for the EPUB page-list).
struct PageStart {
  base::NodeId block;
  std::uint32_t offset = 0;
};
/// One entry per page; a page without content glyphs repeats the previous entry.
std::vector<PageStart> page_starts(const PagedDocument& document);

}  // namespace folio::layout
