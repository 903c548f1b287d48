// A collection's releases grouped for its two indexes: by date (year, then month) and by the
// organisation that issued them. Pure grouping, no XML: index_builder writes the documents.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace folio::writers::epub {

/// A release's calendar date as far as its metadata gives it: month and day are 0 when not given.
struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const CalendarDate&) const = default;
};

/// The calendar date that `iso` (YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by "T…") starts
/// with, or nullopt when it is none or not a real day (2021-02-30, month 13, year 0): a release
/// is never filed under a date it does not have.
std::optional<CalendarDate> calendar_date(const std::string& iso);

/// The web site a release was published on: the host of an http(s) `source`, lower-cased, an
/// internationalised name in Unicode, without a leading "www."; empty for anything else.
std::string web_site(const std::string& source);

/// What the indexes need of one release.
struct IndexedRelease {
  std::string href;      ///< where the release starts (its document, with its article's fragment)
  std::string title;
  std::string language;  ///< BCP 47, "und" when unknown
  bool rtl = false;
  std::optional<CalendarDate> date;
  /// The organisation that issued it: the name its metadata gives (publisher, site name, front
  /// matter), else the web site it was published on; empty when neither is known.
  std::string organisation;
  bool organisation_is_site = false;  ///< `organisation` is a host name, not a name given by the release
};

/// The release as the indexes see it (`document`'s metadata; `href`, `title`, language and
/// direction as the content documents were written).
IndexedRelease indexed_release(const model::Document& document, std::string href, std::string title,
                               std::string language, bool rtl);

/// Releases of one month (month 0: the year's releases dated by their year alone).
struct MonthGroup {
  int month = 0;
  std::vector<std::size_t> releases;  ///< indexes into the releases, oldest first
};
struct YearGroup {
  int year = 0;
  std::vector<MonthGroup> months;  ///< month 0 first when present, then January to December
};
struct DateIndex {
  std::vector<YearGroup> years;       ///< oldest first
  std::vector<std::size_t> undated;   ///< in reading order
};

/// Releases grouped by year and month, oldest first (a chronological record, as archives arrange
/// series and as the collection's default reading order runs); releases of the same day in
/// reading order. Releases without a date come last, in reading order.
DateIndex index_by_date(const std::vector<IndexedRelease>& releases);

struct OrganisationGroup {
  std::string name;
  bool site = false;     ///< a web site's host, not a name
  std::string language;  ///< of the release the name was first read from
  bool rtl = false;      ///< that release's direction
  std::vector<std::size_t> releases;  ///< oldest first, undated last, ties in reading order
};
struct OrganisationIndex {
  std::vector<OrganisationGroup> groups;  ///< in the collation order of the book's language
  std::vector<std::size_t> unknown;       ///< releases naming no organisation nor site, in reading order
};

/// Releases grouped by organisation, the groups sorted by ICU's collator for `language` (BCP 47;
/// the root collation when ICU has none), equal names by their bytes. Deterministic.
OrganisationIndex index_by_organisation(const std::vector<IndexedRelease>& releases, const std::string& language);

}  // namespace folio::writers::epub
