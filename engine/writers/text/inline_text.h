// Plain-text writer, inline half: phrasing content to one string, links to numbered references.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/inline.h"

namespace folio::writers {

/// Numbers link targets in order of first use; identical hrefs share a number (from 1).
class LinkNumbers {
 public:
  int number_for(const std::string& href);
  /// Targets in number order: hrefs()[n - 1] has number n.
  const std::vector<std::string>& hrefs() const { return hrefs_; }

 private:
  std::map<std::string, int> numbers_;
  std::vector<std::string> hrefs_;
};

/// Opening and closing quotation marks.
struct QuoteMarks {
  std::string_view open;
  std::string_view close;
};

/// The quotation marks of a BCP 47 language (fr « », de „ “, en “ ”, es/pt/it « », ru « », zh 「 」,
/// default “ ”); `depth` > 0 gives the marks of a quotation inside a quotation.
QuoteMarks quote_marks(std::string_view lang, int depth = 0);

/// The text standing for an image: "[Image: alt]", "[Image without description]" when the source
/// gave no alternative text, "" for a decorative image (empty alt).
std::string image_text(const model::Image& image);

/// Plain text of `inlines` in language `lang` (the nearest enclosing language): markup dropped,
/// inline quotes in the language's marks, links as "text [n]" (numbered in `links`) or as the bare
/// URL when the text is the URL, line breaks as '\n'. Text is NFC.
std::string render_inlines(const model::Inlines& inlines, const std::string& lang, LinkNumbers& links);

}  // namespace folio::writers
