// Shaping one paragraph: ICU bidi and script itemisation, font fallback per character, then
// HarfBuzz per run with the whole paragraph as context (pdf-facts §4), word by word through the
// FontBook's ShapeCache where the face allows it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/ids.h"
#include "text/font_book.h"

namespace folio::text {

/// Enclosing inline structure of a stretch of text (a Link or a Span with its own language).
struct InlineTag {
  base::NodeId node;
  std::string type;  ///< "Link", "Span"
  std::string href;  ///< for links
  friend bool operator==(const InlineTag&, const InlineTag&) = default;
};

/// Something set in the line that is not text: an inline image, one unbreakable box. Its
/// stretch of the paragraph text (the image's stand-in) is not shaped.
struct InlineObject {
  std::string path;   ///< local image file
  double width = 0;   ///< pt
  double height = 0;  ///< pt
  double drop = 0;    ///< pt its bottom edge lies below the baseline
  /// Its text is a placeholder (U+FFFC for a decorative image) that the block's plain text does
  /// not have: offsets into that plain text skip it.
  bool placeholder = false;
  std::shared_ptr<const std::string> data{};  ///< the PNG or JPEG bytes
  friend bool operator==(const InlineObject&, const InlineObject&) = default;
};

/// How a stretch of the paragraph is set.
struct TextStyle {
  bool bold = false;
  bool italic = false;
  bool mono = false;
  bool struck = false;           ///< a line is drawn through it (deleted text)
  double scale = 1;              ///< size relative to the paragraph's (superscript note markers)
  double rise = 0;               ///< baseline shift up, in em of the paragraph size
  std::optional<InlineObject> object;  ///< the stretch is this object, not text
  std::string lang;              ///< BCP 47, already inherited from enclosing nodes
  base::NodeId node;             ///< innermost model node of the text
  base::Span span;               ///< of that node, for diagnostics
  std::vector<InlineTag> tags;   ///< outermost first
  friend bool operator==(const TextStyle&, const TextStyle&) = default;
};

/// A stretch of paragraph text [begin, end) with one style; StyleRuns cover the text in order.
struct StyleRun {
  std::size_t begin = 0, end = 0;
  TextStyle style;
  friend bool operator==(const StyleRun&, const StyleRun&) = default;
};

/// The inline content of one block flattened for layout.
struct ParagraphInput {
  std::string text;              ///< UTF-8; '\n' is a forced line break
  std::vector<StyleRun> runs;
  std::string lang;              ///< paragraph language
  int base_level = 0;            ///< 0 left-to-right, 1 right-to-left
  std::string chain = "serif";   ///< font chain of the text
  std::string mono_chain = "mono";
  double size = 11;              ///< pt
  friend bool operator==(const ParagraphInput&, const ParagraphInput&) = default;
};

/// One positioned glyph; lengths in pt.
struct Glyph {
  std::uint32_t gid = 0;
  double advance = 0;
  double x_offset = 0;
  double y_offset = 0;
  std::uint32_t cluster = 0;     ///< byte offset of its cluster in the paragraph text
  bool unsafe_to_break = false;  ///< HB_GLYPH_FLAG_UNSAFE_TO_BREAK: splitting here needs reshaping
};

/// A maximal stretch with one bidi level, script, face and style; glyphs in visual order. An
/// InlineObject's stretch is a run of its own without glyphs.
struct ShapedRun {
  std::size_t begin = 0, end = 0;
  FaceId face = 0;
  int level = 0;
  int script = 0;                ///< UScriptCode
  std::size_t style = 0;         ///< index of the StyleRun where the run starts
  std::vector<Glyph> glyphs;
};

struct ShapedParagraph {
  std::vector<ShapedRun> runs;   ///< logical order
  base::Diagnostics warnings;    ///< characters no font can show
};

/// Shapes `input`. Characters no font of the chain can show are reported (U+XXXX, the ICU name
/// and the node's span) and get no glyph: their text joins the previous cluster, never a .notdef.
ShapedParagraph shape_paragraph(const ParagraphInput& input, FontBook& fonts);

/// The StyleRun index covering byte `offset`.
std::size_t style_at(const ParagraphInput& input, std::size_t offset);

}  // namespace folio::text
