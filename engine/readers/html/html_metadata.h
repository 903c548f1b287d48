// Page metadata of an HTML document: <title>, <html lang>, <meta> (name and og:/article:
// properties), canonical link and JSON-LD NewsArticle/Article objects.
#pragma once

#include <string>
#include <string_view>

#include "model/metadata.h"
#include "readers/html/html_strings.h"
#include "readers/html/html_tree.h"

namespace folio::readers::html {

/// Everything the page says about itself. `metadata.title` is left empty: the title is chosen
/// once the content's h1 is known (see choose_title).
struct PageMetadata {
  model::Metadata metadata;
  std::string og_title;
  std::string ld_headline;
  std::string html_title;  ///< <title>, whitespace collapsed
};

/// Reads the metadata of the whole page (head and JSON-LD scripts anywhere).
PageMetadata read_page_metadata(const HtmlTree& tree);

/// og:title, then the JSON-LD headline, then `h1`, then <title> without a " | Site" suffix.
std::string choose_title(const PageMetadata& page, const std::string& h1);

/// The YYYY-MM-DD date at the start of an ISO 8601 date or date-time, or "" when there is none.
std::string iso_date_part(std::string_view value);

}  // namespace folio::readers::html
