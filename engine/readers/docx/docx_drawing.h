// Pictures and text boxes inside a run: DrawingML (w:drawing with wp:inline or wp:anchor),
// VML (w:pict, v:shape) and the markup-compatibility choice between them (mc:AlternateContent).
#pragma once

#include <vector>

#include "model/inline.h"
#include "readers/docx/docx_context.h"

namespace folio::readers::docx {

/// What one drawing holds, in reading order.
struct DrawingContent {
  std::vector<model::Image> images;
  std::vector<base::Span> image_spans;
  /// Per image: anchored (wp:anchor), placed by position rather than in the line of text.
  std::vector<bool> floating;
  std::vector<XmlIndex> text_boxes;  ///< w:txbxContent elements, read as blocks by the caller
};

/// The branch of an mc:AlternateContent to read: the first mc:Choice whose required namespaces
/// folio understands, else the mc:Fallback (kNoElement when there is neither). Only one branch
/// is read: they are two renderings of the same content.
XmlIndex chosen_branch(const XmlTree& tree, XmlIndex alternate_content);

/// The pictures and text boxes of a w:drawing, w:pict or w:object. A picture's `src` is its part
/// in the package ("word/media/image1.png") or, for a linked picture, its URL; its alt text
/// is wp:docPr's descr (else its title), "" when Word's "mark as decorative" flag is set, nullopt
/// (reported as docx.image-alt-missing) when the author gave neither.
DrawingContent read_drawing(const StoryPart& part, XmlIndex drawing, base::Diagnostics& diagnostics);

}  // namespace folio::readers::docx
