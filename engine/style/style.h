// House styles: styles/*.toml read into a computed Style that layout (and the EPUB CSS) consume.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "base/result.h"

namespace folio::style {

/// An sRGB colour.
struct Color {
  std::uint8_t r = 0, g = 0, b = 0;
  /// "#rrggbb".
  std::string hex() const;
  friend bool operator==(const Color&, const Color&) = default;
};

/// WCAG 2.2 contrast ratio (1..21) between two colours, from their relative luminance.
double contrast_ratio(Color a, Color b);

enum class Align { justify, ragged };

/// A header or footer line: each part is a template with {title}, {organization}, {page},
/// {pages} and {date}; empty parts print nothing.
struct Band {
  std::string left;
  std::string center;
  std::string right;
  /// On page 1, where the headline and the dateline stand, a running header only repeats them.
  bool first_page = false;
  /// "1 / 1" on a one-page release says nothing.
  bool single_page = false;
  bool empty() const { return left.empty() && center.empty() && right.empty(); }
};

/// A computed house style. Lengths are in PostScript points.
struct Style {
  std::string name;         ///< file stem ("default")
  std::string description;  ///< one line for `folio styles`
  std::string file;         ///< where it was read from
  double page_width = 595.2756;
  double page_height = 841.8898;
  double margin_top = 72, margin_right = 64, margin_bottom = 72, margin_left = 64;
  std::string font_chain = "serif";     ///< body fallback chain (fonts/fonts.toml)
  std::string heading_chain = "sans";   ///< headings
  std::string mono_chain = "mono";      ///< code
  double base_size = 11;                ///< body text size
  double leading = 1.35;                ///< line height as a factor of the size
  Color text{0x1a, 0x1a, 0x1a};
  Color background{0xff, 0xff, 0xff};
  Color accent{0x00, 0x4d, 0x80};       ///< headings and rules
  std::array<double, 6> heading_sizes{20, 16, 13.5, 12, 11, 11};
  double paragraph_spacing = 6;         ///< space after each paragraph
  Align align = Align::justify;
  bool hyphenate = true;
  Band header;
  Band footer{"", "", "", /*first_page=*/true, /*single_page=*/false};
  double header_size = 8.5;             ///< size of header and footer text
  bool letterhead = false;              ///< organisation name band at the top of the first page
  std::string logo;                     ///< optional image path (relative paths resolve against the style file)

  double text_width() const { return page_width - margin_left - margin_right; }
  double text_height() const { return page_height - margin_top - margin_bottom; }
};

/// Reads a style by name (`styles_dir`/name.toml) or by path (anything with a '/' or ending in
/// .toml). Errors: unreadable file, TOML syntax (file:line from the parser), unknown keys or
/// wrong types, bad colours or sizes, and text or accent contrast below 4.5:1 (WCAG 2.2 SC 1.4.3).
base::Result<Style> load_style(const std::string& name_or_path, const std::filesystem::path& styles_dir);

/// Parses a style from TOML text; `file` names it in diagnostics.
base::Result<Style> parse_style(const std::string& toml_text, const std::string& file);

/// One shipped style, for `folio styles`.
struct StyleEntry {
  std::string name;
  std::string description;
  std::string file;
};

/// The styles in `styles_dir`, sorted by name; a file that does not load is left out with an error.
base::Warned<std::vector<StyleEntry>> list_styles(const std::filesystem::path& styles_dir);

/// $FOLIO_STYLES_DIR, else the styles/ folder of the source tree this binary was built from.
std::filesystem::path default_styles_dir();

}  // namespace folio::style
