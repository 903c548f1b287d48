// Font dictionary facts the PDF font rules share: the predefined CMaps, descendant fonts,
// descriptors, embedded programs and CIDSystemInfo dictionaries (ISO 32000-1, 9.6 to 9.9).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/pdf_cmap.h"
#include "audit/pdf_model.h"

namespace folio::audit::pdf {

/// A CMap name ISO 32000-1, 9.7.5.2, Table 118 predefines (Identity-H and Identity-V included).
bool is_predefined_cmap(std::string_view name);
/// The CIDSystemInfo of a predefined CMap other than Identity-H/V (Registry Adobe, Ordering GB1,
/// CNS1, Japan1 or Korea1, the Supplement of Adobe's current resource); nullopt for any other name.
std::optional<SystemInfo> predefined_cmap_system_info(std::string_view name);

/// The CIDFont of a Type 0 font (its first descendant), or nullptr.
const PdfObject* descendant_font(const Model& model, const PdfObject* font);
/// The font descriptor of a simple font or of a Type 0 font's CIDFont, or nullptr.
const PdfObject* font_descriptor(const Model& model, const PdfObject* font);

/// An embedded font program: the stream and how the descriptor names it.
struct EmbeddedProgram {
  const PdfObject* stream = nullptr;
  std::string key;      ///< FontFile, FontFile2 or FontFile3
  std::string subtype;  ///< FontFile3's /Subtype: Type1C, CIDFontType0C, OpenType; "" otherwise
};
/// The program a descriptor embeds, or nullopt.
std::optional<EmbeddedProgram> embedded_program(const Model& model, const PdfObject* descriptor);

/// A CIDSystemInfo dictionary (or the first of an array of them) as Registry/Ordering/Supplement.
SystemInfo system_info_of(const Model& model, const PdfObject* info);

/// The font descriptor's Symbolic flag (bit 3 of /Flags, ISO 32000-1, 9.8.2).
bool is_symbolic(const Model& model, const PdfObject* descriptor);

/// "12, 13, 14, 15, 16 and 3 more": character codes for a finding's message.
std::string codes_text(const std::vector<std::uint32_t>& codes);

/// One finding of `rule` per font whose list `codes` of its FontFacts is not empty:
/// "font /F <what> code(s) 12, 13…", on the font's first page.
void report_font_codes(const Model& model, Reporter& out, const Rule& rule, std::vector<std::uint32_t> FontFacts::*codes,
                       std::string_view what);

}  // namespace folio::audit::pdf
