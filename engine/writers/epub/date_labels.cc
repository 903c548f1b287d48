#include "writers/epub/date_labels.h"

#include <unicode/dtptngen.h>
#include <unicode/gregocal.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <cstdio>

namespace folio::writers::epub {

struct DateLabels::Formats {
  icu::GregorianCalendar calendar;
  std::unique_ptr<icu::DateFormat> year, month, day;

  Formats(const icu::Locale& locale, UErrorCode& status) : calendar(*icu::TimeZone::getGMT(), locale, status) {}
};

namespace {

// A format for CLDR skeleton `skeleton` ("y", "yMMMM"): the locale's own pattern for it.
std::unique_ptr<icu::DateFormat> from_skeleton(icu::DateTimePatternGenerator& generator, const char* skeleton,
                                               const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString pattern = generator.getBestPattern(icu::UnicodeString(skeleton), status);
  if (U_FAILURE(status)) return nullptr;
  auto format = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
  return U_SUCCESS(status) ? std::move(format) : nullptr;
}

}  // namespace

DateLabels::DateLabels(const std::string& language) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(language == "und" ? "" : language, status);
  if (U_FAILURE(status)) locale = icu::Locale::getRoot();
  status = U_ZERO_ERROR;
  auto formats = std::make_unique<Formats>(locale, status);
  std::unique_ptr<icu::DateTimePatternGenerator> generator(icu::DateTimePatternGenerator::createInstance(locale, status));
  if (U_FAILURE(status) || !generator) return;
  formats->year = from_skeleton(*generator, "y", locale);
  formats->month = from_skeleton(*generator, "yMMMM", locale);
  formats->day.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
  for (auto* format : {formats->year.get(), formats->month.get(), formats->day.get()}) {
    if (!format) return;
    format->setTimeZone(*icu::TimeZone::getGMT());
  }
  // Proleptic Gregorian throughout: a date before 1582 is still the ISO date the metadata gives.
  formats->calendar.setGregorianChange(-1e300, status);
  if (U_FAILURE(status)) return;
  for (auto* format : {formats->year.get(), formats->month.get(), formats->day.get()}) format->setCalendar(formats->calendar);
  formats_ = std::move(formats);
}

DateLabels::~DateLabels() = default;

std::string DateLabels::datetime(const CalendarDate& date) {
  char text[16];
  if (date.month == 0) {
    std::snprintf(text, sizeof text, "%04d", date.year);
  } else if (date.day == 0) {
    std::snprintf(text, sizeof text, "%04d-%02d", date.year, date.month);
  } else {
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  }
  return text;
}

std::string DateLabels::label(const CalendarDate& date) const {
  if (!formats_) return datetime(date);
  icu::DateFormat& format = date.month == 0 ? *formats_->year : date.day == 0 ? *formats_->month : *formats_->day;
  icu::Calendar& calendar = formats_->calendar;
  calendar.clear();
  calendar.set(date.year, date.month == 0 ? 0 : date.month - 1, date.day == 0 ? 1 : date.day);
  UErrorCode status = U_ZERO_ERROR;
  const UDate when = calendar.getTime(status);
  if (U_FAILURE(status)) return datetime(date);
  icu::UnicodeString text;
  format.format(when, text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace folio::writers::epub
