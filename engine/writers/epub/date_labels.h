// Years, months and days as a reader of the book's language says them (ICU/CLDR patterns), for
// the headings and entries of a collection's release indexes.
#pragma once

#include <memory>
#include <string>

#include "writers/epub/release_index.h"

namespace folio::writers::epub {

class DateLabels {
 public:
  /// Formats for BCP 47 `language` (the root locale's for "und" or a tag ICU cannot read).
  explicit DateLabels(const std::string& language);
  ~DateLabels();
  DateLabels(const DateLabels&) = delete;
  DateLabels& operator=(const DateLabels&) = delete;

  /// "2022", "June 2022" / "juin 2022", "10 June 2022" / "10 juin 2022", by the date's precision.
  /// Deterministic (the Gregorian calendar at GMT, whatever the machine's time zone); ISO 8601
  /// text when ICU cannot format.
  std::string label(const CalendarDate& date) const;

  /// The same date as HTML's <time datetime> wants it: "2022", "2022-06", "2022-06-10".
  static std::string datetime(const CalendarDate& date);

 private:
  struct Formats;
  std::unique_ptr<Formats> formats_;
};

}  // namespace folio::writers::epub
