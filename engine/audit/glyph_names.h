// Glyph names of simple PDF fonts: the base encodings of ISO 32000-1, Annex D (which glyph name a
// code selects) and the Adobe Glyph List (which character a glyph name stands for).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace folio::audit::pdf {

/// The named base encodings of a simple font (ISO 32000-1, 9.6.6.1). MacExpertEncoding names
/// expert glyphs folio keeps no table for: its codes resolve to no name.
enum class SimpleEncoding { standard, mac_roman, win_ansi, mac_expert };

/// The encoding a name such as `WinAnsiEncoding` denotes, or nullopt.
std::optional<SimpleEncoding> simple_encoding_named(std::string_view name);
/// The glyph name `code` selects in `encoding`; "" where the encoding defines none.
std::string_view encoding_glyph_name(SimpleEncoding encoding, std::uint8_t code);
/// The Mac OS Roman code of a glyph name, for lookups in a (1,0) cmap subtable; nullopt when none.
std::optional<std::uint8_t> mac_roman_code(std::string_view name);

/// True when the Adobe Glyph List lists `name`, or it is a `uniXXXX` / `uXXXX[XX]` name the AGL
/// specification gives a Unicode value.
bool in_adobe_glyph_list(std::string_view name);
/// The Unicode value of a glyph name by the AGL specification: a suffix after '.' is dropped and
/// each '_'-separated component must map; the first character is returned. nullopt when none.
std::optional<char32_t> glyph_name_unicode(std::string_view name);

}  // namespace folio::audit::pdf
