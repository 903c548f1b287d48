// A breadcrumb trail: the path of a page through its site's sections, a line of navigation
// that a scraper saves among the text.
#pragma once

#include <string_view>

namespace folio::readers {

/// Whether `text` is a trail of a site's sections ("Startseite / Stadt / Verkehr", "Tonight
/// News > Unterhaltung > Promis >", "MPI Website /Kommunikation /Aktuelles /Single News"): three
/// parts or more between one separator (/ > | » ›) with a space beside each of its uses, every
/// part a section's name (at most four words and 40 bytes, no code's brackets or `=`) and none
/// but the last (the page's own title) ending a sentence. A path or a date (`a/b/c`,
/// `12/05/2022`) has no space beside its slashes.
bool is_breadcrumb(std::string_view text);

}  // namespace folio::readers
