// Word's style sheet (styles.xml): each paragraph and character style with its basedOn chain
// resolved, and what a paragraph style means for the model (a heading of some level, the title,
// a quotation, a caption, code). Built-in styles are recognised by their name, which Word keeps
// in English whatever the interface language ("heading 1" has the styleId "berschrift1" in a
// German Word), then by styleId, then by outline level.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "readers/docx/docx_properties.h"
#include "readers/docx/xml_tree.h"

namespace folio::readers::docx {

/// What a paragraph style makes a paragraph. `author`, `date` and `abstract` are the paragraphs
/// of a title block (pandoc writes its document metadata so, under the Title).
enum class ParagraphKind { body, heading, title, subtitle, quote, caption, code, toc_heading, author, date, abstract };

/// A paragraph style, resolved through its basedOn chain.
struct ParagraphStyle {
  ParagraphKind kind = ParagraphKind::body;
  int heading_level = 0;  ///< 1–9 for headings (by name or outline level)
  ParagraphProps paragraph;
  RunProps run;           ///< the style's run properties, defaults included
  std::string name;       ///< w:name, for messages
};

class StyleSheet {
 public:
  /// An empty style sheet: every paragraph is body text, the defaults unset.
  StyleSheet() = default;
  /// Reads styles.xml. basedOn cycles and chains longer than 32 stop where they loop.
  explicit StyleSheet(const XmlTree& tree);

  /// The paragraph style `id` (w:pStyle), the default paragraph style when `id` is empty or
  /// unknown.
  const ParagraphStyle& paragraph(std::string_view id) const;
  /// The run properties of character style `id` (w:rStyle) through its chain, without defaults;
  /// all unset for an unknown id.
  RunProps character(std::string_view id) const;
  /// Whether table style `id` (through its chain) sets its first row apart (w:tblStylePr
  /// w:type="firstRow"): a table in it that has "Header Row" ticked shows a header row.
  bool table_first_row_styled(std::string_view id) const;
  /// The document defaults (w:docDefaults/w:rPrDefault): their languages are the document's.
  const RunProps& defaults() const { return defaults_; }

 private:
  struct Raw {
    std::string type;  ///< "paragraph", "character", "table", "numbering"
    std::string name;
    std::string based_on;
    ParagraphProps paragraph;
    RunProps run;
    bool first_row_styled = false;  ///< table styles: a tblStylePr for the first row
  };
  std::map<std::string, ParagraphStyle, std::less<>> paragraph_styles_;
  std::map<std::string, Raw, std::less<>> raw_;
  ParagraphStyle default_paragraph_;
  RunProps defaults_;
};

}  // namespace folio::readers::docx
