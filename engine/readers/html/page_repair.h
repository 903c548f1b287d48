// Damage to how a page's text was encoded (entities escaped twice, UTF-8 read as Windows-1252 or
// Latin-1, punctuation whose bytes were lost) repaired in the parsed page, before the reader
// weighs its words: the main-text classifier counts stop words and prose evidence, and the
// headline and the description are matched against the text, so all of them must see the page's
// real words, not "Ã©", "&eacute;" or "â¬". The repair is the release transforms' own
// (transform/encoding_repair.h), run over the page's text nodes and the attributes people read
// (alt, title, aria-label, meta content).
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_text.h"
#include "model/document.h"
#include "readers/html/html_tree.h"

namespace folio::readers::html {

/// What the repair did, to be reported once the reader knows what the document keeps.
struct PageRepairs {
  struct Repaired {
    std::string text;  ///< the run as repaired
    base::Diagnostic note;
  };
  std::vector<Repaired> runs;  ///< one per repaired run
  base::Diagnostics whole;     ///< about the page as a whole (damaged throughout)
};

/// Repairs `tree` in place.
PageRepairs repair_page_text(HtmlTree& tree, const base::SourceText& source);

/// Reports the repairs: each run whose text is in `document` (its blocks, alt texts and
/// metadata) with its own note; the runs the reader left out (boilerplate, attributes no output
/// shows) change nothing in the output and are counted in one note, html.repaired-left-out.
void report_page_repairs(PageRepairs repairs, const model::Document& document, base::Diagnostics& diagnostics);

}  // namespace folio::readers::html
