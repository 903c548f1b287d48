// What the PDF audit learns about each font a page shows text with: the codes shown (from the
// content scan) and what the font dictionary and the embedded font program say about them (from
// pdf_font_program.cc, which reads the programs with FreeType). Read by the 7.21 rules.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <podofo/podofo.h>

namespace folio::audit::pdf {

/// The codes a font was used with.
struct FontUse {
  const PoDoFo::PdfObject* dict = nullptr;
  int page = -1;                          ///< first page (index) that uses it
  std::set<std::uint32_t> codes;          ///< every code shown, in any text rendering mode
  std::set<std::uint32_t> rendered_codes; ///< codes shown in a rendering mode other than 3 (invisible)
  bool rendered = false;                  ///< shown at least once in a mode other than 3
  bool codes_unknown = false;             ///< a predefined CMap other than Identity: codes not split
};

/// A code whose dictionary width and program width differ (ISO 14289-1, 7.21.5).
struct WidthMismatch {
  std::uint32_t code = 0;
  double dictionary = 0;  ///< /Widths, /W, /DW or /MissingWidth, in 1/1000 text space units
  double program = 0;     ///< the glyph's advance in the embedded program, same units
};

/// One font, checked against the embedded program. Lists hold codes, at most a few hundred each.
struct FontFacts {
  std::string base_font;  ///< /BaseFont, for messages
  std::string subtype;    ///< Type0, TrueType, Type1, MMType1, Type3
  bool embedded = false;  ///< FontFile, FontFile2 or FontFile3 present (Type 3: never)
  std::string program_error;  ///< why an embedded program could not be read ("" when it could)

  std::vector<std::uint32_t> missing;  ///< rendered codes whose glyph the program lacks (7.21.4.1)
  std::vector<std::uint32_t> notdef;   ///< codes that select the .notdef glyph (7.21.8)
  std::vector<WidthMismatch> widths;   ///< 7.21.5, beyond the tolerance of 1/1000 em
  std::vector<std::uint32_t> no_unicode;   ///< codes with no Unicode value (7.21.7)
  bool no_unicode_map = false;             ///< no ToUnicode and none of the mechanisms that stand in for one
  std::optional<std::uint32_t> bad_unicode;  ///< a code the ToUnicode maps to U+0000, U+FEFF or U+FFFE

  /// Simple TrueType fonts (7.21.6): the embedded program's cmap subtables and the lookups.
  bool truetype_program = false;
  int cmap_subtables = 0;
  bool cmap_3_1 = false, cmap_1_0 = false, cmap_3_0 = false;
  std::vector<std::uint32_t> not_looked_up;  ///< non-symbolic: codes no (3,1) or (1,0) lookup finds

  /// CharSet / CIDSet that leaves out glyphs of the program (7.21.4.2); "" when complete or absent.
  std::string subset_list_problem;
};

}  // namespace folio::audit::pdf
