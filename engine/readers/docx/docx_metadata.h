// The metadata of a DOCX: the core properties part (docProps/core.xml: title, authors, subject,
// keywords, dates, language) and the default language of the text (styles.xml's document
// defaults, else settings.xml's theme font language).
#pragma once

#include <string>

#include "model/metadata.h"
#include "readers/docx/docx_properties.h"
#include "readers/docx/xml_tree.h"

namespace folio::readers::docx {

/// Fills `metadata` from the core properties: title, authors (dc:creator, separated by ';'),
/// subject (as the subtitle), description, keywords, language, rights. Not the dates: created and
/// modified are when the file was made and saved (a copy of last month's release keeps last
/// month's; pandoc writes the time of conversion), so the release's date comes from its text.
void read_core_properties(const XmlTree& tree, model::Metadata& metadata);

/// The document's default language: the defaults' w:lang, else w:themeFontLang in settings.xml
/// (`settings` may be null); "" when neither says ("x-none" says nothing).
std::string default_language(const RunProps& defaults, const XmlTree* settings);

/// The language Word tagged most of the text of `document` with (w:lang on the runs, which Word
/// sets from the keyboard as the author types), when it covers more than half of the text; "".
std::string dominant_run_language(const XmlTree& document);

}  // namespace folio::readers::docx
