// Run and paragraph properties of WordprocessingML (w:rPr, w:pPr) as far as the model cares:
// what makes text strong, emphasised, code, hidden, coloured, or in another language or
// direction, and what makes a paragraph a heading or a list item. Unset values inherit.
#pragma once

#include <optional>
#include <string>

#include "readers/docx/xml_tree.h"

namespace folio::readers::docx {

/// w:rPr. Every field unset means "as the style or the paragraph says".
struct RunProps {
  std::optional<bool> bold;
  std::optional<bool> italic;
  std::optional<bool> bold_cs;    ///< w:bCs: bold for complex-script (right-to-left) runs
  std::optional<bool> italic_cs;  ///< w:iCs
  std::optional<bool> mono;       ///< set in a monospaced font (Courier New, Consolas, …)
  std::optional<bool> hidden;     ///< w:vanish: not shown, not printed
  std::optional<bool> rtl;        ///< w:rtl: a right-to-left (complex script) run
  std::optional<bool> underline;
  std::optional<bool> strike;
  std::optional<bool> marked;     ///< highlighted or shaded
  std::optional<bool> superscript;
  std::optional<std::string> color;  ///< "auto" or six hex digits, upper case
  std::string lang;               ///< w:lang w:val (Latin text)
  std::string lang_east_asia;     ///< w:lang w:eastAsia
  std::string lang_bidi;          ///< w:lang w:bidi (complex script text)

  /// Bold or italic as shown: complex-script runs take w:bCs / w:iCs when they are set.
  bool is_bold() const;
  bool is_italic() const;

  /// Fills what is unset here from `base` (a style lower in the chain, the defaults).
  void inherit(const RunProps& base);
};

/// w:pPr, the parts that change what a paragraph is.
struct ParagraphProps {
  std::optional<int> outline_level;  ///< w:outlineLvl: 0–8 a heading level, 9 body text
  std::optional<int> num_id;         ///< w:numPr/w:numId (0: no numbering)
  std::optional<int> list_level;     ///< w:numPr/w:ilvl
  std::optional<bool> bidi;          ///< right-to-left paragraph

  void inherit(const ParagraphProps& base);
};

/// The value of a toggle or on/off property element (w:b, w:bidi): true unless w:val says
/// "0", "false", "off" or "none".
bool on_off(const XmlTree& tree, XmlIndex element);

/// The same for an attribute's value ("1", "true", "on"…).
bool on_off_value(std::string_view value);

/// An integer attribute, or nullopt when absent or not a number.
std::optional<int> int_attribute(const XmlTree& tree, XmlIndex element, std::string_view name);

/// Reads w:rPr (`rpr` may be kNoElement: everything unset).
RunProps read_run_props(const XmlTree& tree, XmlIndex rpr);

/// Reads w:pPr (`ppr` may be kNoElement).
ParagraphProps read_paragraph_props(const XmlTree& tree, XmlIndex ppr);

/// Whether a font family is monospaced by its name (the fonts code is set in).
bool is_monospaced_font(std::string_view family);

}  // namespace folio::readers::docx
