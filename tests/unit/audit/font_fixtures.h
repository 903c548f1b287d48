// Font programs for the PDF font rule tests: subsets of the system's TrueType and CFF fonts
// (HarfBuzz hb-subset) and tiny Type 1 and CFF programs written here, each with known glyphs
// and advances, so a test can embed a real program and state what the audit must find.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace folio::audit::test {

/// Fonts the project's Debian packages install (fonts-dejavu-core, fonts-noto-cjk).
inline constexpr const char* kDejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
inline constexpr const char* kNotoSansCjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

/// A subset font program with what a test needs to know about it.
struct SubsetFont {
  std::string program;               ///< TrueType (FontFile2) or bare CFF (FontFile3) bytes; "" when the font is absent
  std::map<char32_t, unsigned> gid;  ///< glyph index of each character in `program`
  std::map<char32_t, unsigned> cid;  ///< CID-keyed CFF: the CID of each character
  std::map<char32_t, int> width;     ///< advance of each character, 1/1000 em rounded, as HarfBuzz reads it
  std::map<char32_t, double> exact_width;  ///< the same, unrounded
};

/// The TrueType subset of the font file at `path` with the characters of `text`.
SubsetFont truetype_subset(const char* path, std::u32string_view text);
/// The CID-keyed 'CFF ' table of a subset of the OpenType/CFF font file at `path`.
SubsetFont cff_subset(const char* path, std::u32string_view text);
/// `ttf` with every cmap subtable relabelled (3,0) Microsoft Symbol: a symbolic program.
std::string with_symbol_cmap(std::string ttf);

/// Glyph advances of the tiny programs below (.notdef, space, A, B), 1/1000 em.
struct TinyWidths {
  int notdef = 500, space = 250, a = 600, b = 650;
};
/// A name-keyed CFF program (FontFile3 /Type1C) with glyphs .notdef, space, A, B and the
/// built-in StandardEncoding.
std::string tiny_cff(const TinyWidths& widths = {});
/// A Type 1 program (FontFile; cleartext part, binary eexec part, zeros) with the same glyphs;
/// `lengths` receives Length1, Length2 and Length3.
std::string tiny_type1(const TinyWidths& widths, int lengths[3]);

}  // namespace folio::audit::test
