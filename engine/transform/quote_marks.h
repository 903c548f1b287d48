// Quotation marks by language, and the step that writes them into inline quotations so that
// every writer (text, PDF, EPUB) shows the same characters.
#pragma once

#include <string>

#include "model/document.h"

namespace folio::transform {

/// Opening and closing marks of a language; `spaced` when a narrow no-break space goes inside.
struct QuoteMarks {
  char32_t open;
  char32_t close;
  bool spaced;
};

/// The marks of BCP 47 language `lang` (fr « », de „ “, es/pt/it/ru « », sv ” ”, zh/ja 「 」,
/// default “ ”); `depth` > 0 gives the marks of a quotation inside a quotation.
QuoteMarks quote_marks(const std::string& lang, int depth = 0);

/// Puts the language's marks inside every inline quotation (`<q>`) that does not already start
/// with a quotation mark, so the marks are text of the document, not something each writer
/// adds on its own. Returns how many quotations got marks.
int mark_inline_quotes(model::Document& document);

}  // namespace folio::transform
