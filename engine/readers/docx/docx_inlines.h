// The inline content of a WordprocessingML paragraph: runs with their formatting, language and
// direction, hyperlinks (elements and HYPERLINK fields), field results, tracked insertions
// (kept) and deletions (dropped), pictures, note references, and the text boxes anchored there.
#pragma once

#include <string>
#include <vector>

#include "model/inline.h"
#include "readers/docx/docx_context.h"
#include "readers/docx/docx_styles.h"

namespace folio::readers::docx {

/// Content anchored in a paragraph but placed apart from its lines: a text box (read as blocks)
/// or a floating picture (a figure).
struct Anchored {
  XmlIndex text_box = kNoElement;  ///< w:txbxContent, or kNoElement for a picture
  model::Image image;
  base::Span span;
};

/// What a paragraph holds.
struct ParagraphContent {
  model::Inlines inlines;
  std::vector<Anchored> anchored;  ///< in reading order, shown after the paragraph
  /// Text whose only difference from the words around it is its colour (WCAG 1.4.1), when
  /// some was found: the first such text.
  std::string colour_only_text;
  base::Span colour_only_span;
};

/// Reads the paragraphs of one story part, in document order. Holds the state of fields, which
/// may begin in one paragraph and end in another.
class InlineReader {
 public:
  InlineReader(DocxContext& context, const StoryPart& part) : context_(context), part_(part) {}

  /// The content of paragraph `p` in paragraph style `style`, the block being in language `lang`
  /// and direction `dir` (spans mark runs that differ).
  ParagraphContent read(XmlIndex p, const ParagraphStyle& style, const std::string& lang, model::Direction dir);

  /// The language shared by every run of text in `p`, or "" when runs differ or say nothing.
  std::string paragraph_language(XmlIndex p, const ParagraphStyle& style) const;

 private:
  struct Field {
    std::string instruction;
    bool in_result = false;
    std::string href;  ///< a HYPERLINK field's target
  };
  struct Paragraph;  // the state of the paragraph being read (docx_inlines.cc)

  void children(XmlIndex parent, Paragraph& state);
  void run(XmlIndex r, Paragraph& state);
  void run_content(XmlIndex e, const RunProps& props, Paragraph& state);
  void field_char(XmlIndex e);
  RunProps effective(XmlIndex r, const Paragraph& state) const;
  std::string run_language(const RunProps& props, std::string_view text) const;
  bool shown() const;

  DocxContext& context_;
  const StoryPart& part_;
  std::vector<Field> fields_;
};

}  // namespace folio::readers::docx
