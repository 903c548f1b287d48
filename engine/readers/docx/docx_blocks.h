// The block content of a story (the body, a table cell, a text box, a note): paragraphs become
// headings, paragraphs, list items, quotations, code, figures and captions by their style and
// outline level; tables keep their spans and header rows.
#pragma once

#include <optional>
#include <vector>

#include "model/block.h"
#include "readers/docx/docx_context.h"
#include "readers/docx/docx_inlines.h"
#include "readers/docx/docx_lists.h"

namespace folio::readers::docx {

class BlockReader {
 public:
  BlockReader(DocxContext& context, const StoryPart& part) : context_(context), part_(part), inlines_(context, part) {}

  /// Reads the blocks of `container` (w:body, w:tc, w:txbxContent, w:footnote, w:sdtContent…)
  /// into `out`.
  void read(XmlIndex container, model::Blocks& out);

 private:
  /// The state of one container being read.
  struct Flow {
    model::Blocks& out;
    ListBuilder lists;
    std::optional<std::size_t> open_quote;  ///< the quotation that quote paragraphs join
    std::optional<std::size_t> open_code;   ///< the code block that code paragraphs join
    std::vector<std::size_t> captions;      ///< caption paragraphs, attached at the end
    std::vector<std::size_t> titled_tables; ///< tables captioned by their Alt Text title only

    explicit Flow(model::Blocks& blocks) : out(blocks), lists(blocks) {}
    /// Everything but a list item ends the open lists, quotation and code block.
    void push(model::Block block);
    void push_all(model::Blocks& blocks);
  };

  void element(XmlIndex e, Flow& flow);
  void paragraph(XmlIndex p, Flow& flow);
  void table(XmlIndex tbl, Flow& flow);
  /// Text boxes as their blocks, floating pictures as figures, after `paragraph`.
  void anchored(std::vector<Anchored>& items, const model::Block& paragraph, model::Blocks& out);
  static void attach_captions(Flow& flow);
  static void attach_attributions(model::Blocks& blocks);

  DocxContext& context_;
  const StoryPart& part_;
  InlineReader inlines_;
  int depth_ = 0;
};

}  // namespace folio::readers::docx
