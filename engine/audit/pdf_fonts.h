// Font facts the PDF font rules share: predefined CMaps, standard encodings, ToUnicode parsing.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "audit/pdf_model.h"

namespace folio::audit::pdf {

/// A CMap name predefined by ISO 32000-1, 9.7.5.2 (Table 118).
bool is_predefined_cmap(std::string_view name);
/// True when the font's text maps to Unicode without a ToUnicode: a simple font with a standard
/// encoding, or a CIDFont of a registered Adobe character collection (ISO 32000-1, 9.10.2).
bool has_standard_unicode(const Model& model, const PdfObject* font);
/// The first used code that `cmap` (a ToUnicode program) maps to U+0000, U+FEFF or U+FFFE.
std::optional<std::uint32_t> bad_unicode_code(std::string_view cmap, const std::set<std::uint32_t>& used);

}  // namespace folio::audit::pdf
