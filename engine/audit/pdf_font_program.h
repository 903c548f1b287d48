// Reads the font programs embedded in a PDF with FreeType and checks each font a page uses
// against its dictionary: which glyph each shown code selects (ISO 32000-1, 9.6.6 and 9.7.4),
// whether the program has it, its width, its Unicode value. Fills Model::font_facts.
#pragma once

#include "audit/pdf_model.h"

namespace folio::audit::pdf {

/// Fills `model.font_facts` for every font in `model.fonts`. Bounded: programs beyond the
/// stream limit are not read, at most a few hundred codes are listed per font and finding.
void analyse_fonts(Model& model);

}  // namespace folio::audit::pdf
