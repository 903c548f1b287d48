#include "writers/epub/release_index.h"

#include <unicode/coll.h>
#include <unicode/idna.h>
#include <unicode/locid.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>

#include "base/utf8.h"

namespace folio::writers::epub {

namespace {

// The number in `text[at, at + length)` when it is all ASCII digits, else -1.
int digits(const std::string& text, std::size_t at, std::size_t length) {
  if (text.size() < at + length) return -1;
  int value = 0;
  const char* begin = text.data() + at;
  const auto [end, error] = std::from_chars(begin, begin + length, value);
  return error == std::errc() && end == begin + length && (begin[0] >= '0' && begin[0] <= '9') ? value : -1;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Spaces and line breaks of a name as one space: "Région  Exemple\n" and "Région Exemple" are one
// organisation.
std::string collapsed(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : base::trim_ascii(text)) {
    const bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (is_space) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Reading order among releases of the same key: the index they have in `releases`.
bool by_date_then_order(const std::vector<IndexedRelease>& releases, std::size_t a, std::size_t b) {
  const auto& da = releases[a].date;
  const auto& db = releases[b].date;
  if (da.has_value() != db.has_value()) return da.has_value();
  if (da && *da != *db) return *da < *db;
  return a < b;
}

}  // namespace

std::optional<CalendarDate> calendar_date(const std::string& iso) {
  CalendarDate date;
  date.year = digits(iso, 0, 4);
  if (date.year < 1) return std::nullopt;
  std::size_t end = 4;
  if (iso.size() > 4 && iso[4] == '-') {
    date.month = digits(iso, 5, 2);
    if (date.month < 1 || date.month > 12) return std::nullopt;
    end = 7;
    if (iso.size() > 7 && iso[7] == '-') {
      date.day = digits(iso, 8, 2);
      if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return std::nullopt;
      end = 10;
    }
  }
  // A time may follow a whole day; anything else means the text is not the date it starts like.
  if (iso.size() > end && !(end == 10 && iso[end] == 'T')) return std::nullopt;
  return date;
}

std::string web_site(const std::string& source) {
  const std::string lower = base::lower_ascii(source.substr(0, 8));
  std::size_t start;
  if (lower.starts_with("https://")) {
    start = 8;
  } else if (lower.starts_with("http://")) {
    start = 7;
  } else {
    return {};
  }
  std::string host = source.substr(start, source.find_first_of("/?#", start) - start);
  if (const auto at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);
  if (host.starts_with('[')) return {};  // an IP v6 address names no site
  if (const auto colon = host.find(':'); colon != std::string::npos) host.erase(colon);
  while (host.ends_with('.')) host.pop_back();
  host = base::lower_ascii(host);
  if (host.find("xn--") != std::string::npos) {
    // Punycode labels as the Unicode name people read (UTS #46); kept as they are if invalid.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::IDNA> idna(icu::IDNA::createUTS46Instance(UIDNA_DEFAULT, status));
    if (U_SUCCESS(status)) {
      std::string unicode;
      icu::StringByteSink<std::string> sink(&unicode);
      icu::IDNAInfo info;
      idna->nameToUnicodeUTF8(host, sink, info, status);
      if (U_SUCCESS(status) && !info.hasErrors()) host = std::move(unicode);
    }
  }
  if (host.starts_with("www.") && host.find('.', 4) != std::string::npos) host.erase(0, 4);
  if (host.empty() || host.find_first_of(" \t\r\n") != std::string::npos) return {};
  return host;
}

IndexedRelease indexed_release(const model::Document& document, std::string href, std::string title,
                               std::string language, bool rtl) {
  IndexedRelease r{std::move(href), std::move(title), std::move(language), rtl, calendar_date(document.metadata.date),
                   collapsed(document.metadata.organization), false};
  if (r.organisation.empty()) {
    r.organisation = web_site(document.metadata.source);
    r.organisation_is_site = !r.organisation.empty();
  }
  return r;
}

DateIndex index_by_date(const std::vector<IndexedRelease>& releases) {
  std::vector<std::size_t> order(releases.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return by_date_then_order(releases, a, b); });
  DateIndex index;
  for (std::size_t i : order) {
    const auto& date = releases[i].date;
    if (!date) {
      index.undated.push_back(i);
      continue;
    }
    if (index.years.empty() || index.years.back().year != date->year) index.years.push_back({date->year, {}});
    auto& months = index.years.back().months;
    if (months.empty() || months.back().month != date->month) months.push_back({date->month, {}});
    months.back().releases.push_back(i);
  }
  return index;
}

OrganisationIndex index_by_organisation(const std::vector<IndexedRelease>& releases, const std::string& language) {
  OrganisationIndex index;
  // A site and a name that happen to be spelled alike are still two groups.
  std::map<std::pair<std::string, bool>, std::size_t> group_of;
  for (std::size_t i = 0; i < releases.size(); ++i) {
    const IndexedRelease& r = releases[i];
    if (r.organisation.empty()) {
      index.unknown.push_back(i);
      continue;
    }
    auto [it, added] = group_of.try_emplace({r.organisation, r.organisation_is_site}, index.groups.size());
    if (added) index.groups.push_back({r.organisation, r.organisation_is_site, r.language, r.rtl, {}});
    index.groups[it->second].releases.push_back(i);
  }
  for (auto& group : index.groups) {
    std::stable_sort(group.releases.begin(), group.releases.end(),
                     [&](std::size_t a, std::size_t b) { return by_date_then_order(releases, a, b); });
  }

  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(language == "und" ? "" : language, status);
  std::unique_ptr<icu::Collator> collator(U_SUCCESS(status) ? icu::Collator::createInstance(locale, status) : nullptr);
  if (U_FAILURE(status)) collator.reset();
  std::sort(index.groups.begin(), index.groups.end(), [&](const OrganisationGroup& a, const OrganisationGroup& b) {
    if (collator) {
      UErrorCode cmp_status = U_ZERO_ERROR;
      const UCollationResult order = collator->compareUTF8(a.name, b.name, cmp_status);
      if (U_SUCCESS(cmp_status) && order != UCOL_EQUAL) return order == UCOL_LESS;
    }
    if (a.name != b.name) return a.name < b.name;
    return a.site < b.site;
  });
  return index;
}

}  // namespace folio::writers::epub
