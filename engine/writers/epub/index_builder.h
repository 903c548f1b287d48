// A collection's release indexes as XHTML content documents of the spine, after the releases:
// "Releases by date" (years, then months) and "Releases by organisation", each entry a link to
// the release, built with libxml2.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "writers/epub/release_index.h"

namespace folio::writers::epub {

/// A group heading of an index that the nav's table of contents lists under the index.
struct IndexSection {
  std::string id;     ///< fragment id of the group's heading
  std::string label;  ///< its text, in the book's language
  bool fixed_label = false;  ///< one of folio's own words (NavLabels), English when the book's language has none
};

/// An index as written.
struct IndexDocument {
  std::string file_name;
  std::string title;                  ///< its heading, from labels_for(book language)
  std::vector<IndexSection> sections;  ///< the groups the nav lists (years; none for organisations)
  std::string xhtml;
};

/// The book's language and direction: the indexes' own words (headings, dates) are in it.
struct IndexContext {
  std::string language;
  bool rtl = false;
};

/// "Releases by date": an h2 per year (then releases dated by their year alone), an h3 per month,
/// each entry the release's title linked to it and its date in a <time>; undated releases under
/// their own h2 at the end. Its years and the undated group become `sections`.
base::Result<IndexDocument> build_date_index(const std::vector<IndexedRelease>& releases, const IndexContext& context,
                                             const std::string& file_name);

/// "Releases by organisation": an h2 per organisation or web site, entries as in the date index;
/// releases naming neither under their own h2 at the end.
base::Result<IndexDocument> build_organisation_index(const std::vector<IndexedRelease>& releases,
                                                     const IndexContext& context, const std::string& file_name);

}  // namespace folio::writers::epub
