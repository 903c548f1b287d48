#include "transform/shown_date.h"

#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <charconv>
#include <memory>

#include "transform/dates.h"

namespace folio::transform {

namespace {

constexpr int kParagraphsLookedAt = 3;  // a date in the lead or the paragraph after it is shown

int number(const std::string& s, std::size_t at, std::size_t length) {
  int value = -1;
  const char* begin = s.data() + at;
  const auto [end, error] = std::from_chars(begin, begin + length, value);
  return error == std::errc() && end == begin + length ? value : -1;
}

// Where the date goes: after the headline (and its subheadline), looking into sections. The
// headline is a role by now (ensure_headline runs first).
std::optional<std::pair<model::Blocks*, std::size_t>> after_headline(model::Blocks& blocks) {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].role == model::Role::headline) {
      std::size_t at = i + 1;
      while (at < blocks.size() && blocks[at].role == model::Role::subheadline) ++at;
      return std::pair{&blocks, at};
    }
    if (auto* section = std::get_if<model::Section>(&blocks[i].node)) {
      if (auto found = after_headline(section->blocks)) return found;
    }
  }
  return std::nullopt;
}

// Whether a dateline, or one of the first paragraphs, already gives `iso`.
bool date_is_shown(const model::Blocks& blocks, const std::string& iso) {
  bool shown = false;
  int paragraphs = 0;
  model::for_each_block(blocks, [&](const model::Block& b) {
    if (shown || b.role == model::Role::navigation) return;
    if (b.role == model::Role::dateline) shown = true;
    if (!std::holds_alternative<model::Paragraph>(b.node) || paragraphs >= kParagraphsLookedAt) return;
    ++paragraphs;
    shown = find_date(model::plain_text(b)) == iso;
  });
  return shown;
}

}  // namespace

std::optional<std::string> long_date(const std::string& iso, const std::string& lang) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  const int year = number(iso, 0, 4), month = number(iso, 5, 2), day = number(iso, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(lang.empty() ? "en" : lang, status);
  if (U_FAILURE(status)) return std::nullopt;
  // GMT on both sides: the date is a calendar day, not an instant to convert.
  std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), locale, status));
  std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
  if (U_FAILURE(status) || !calendar || !format) return std::nullopt;
  calendar->setLenient(false);
  calendar->clear();
  calendar->set(year, month - 1, day);
  const UDate when = calendar->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;  // 2021-02-30
  format->setTimeZone(*icu::TimeZone::getGMT());
  icu::UnicodeString text;
  format->format(when, text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

base::Diagnostics show_date(model::Document& document) {
  const model::Metadata& meta = document.metadata;
  if (meta.date.empty() || date_is_shown(document.blocks, meta.date.substr(0, 10))) return {};
  const auto text = long_date(meta.date, meta.language);
  const auto where = after_headline(document.blocks);
  if (!text || !where) return {};
  const base::Span span{meta.source, 0, 0, 0, 0};
  model::Block line;
  line.role = model::Role::dateline;
  line.info.span = span;
  line.node = model::Paragraph{{model::make_text(meta.place.empty() ? *text : meta.place + ", " + *text, span)}};
  auto& [blocks, at] = *where;
  blocks->insert(blocks->begin() + static_cast<std::ptrdiff_t>(at), std::move(line));
  return {base::make_note("release.date-shown", span,
                          "the date " + meta.date.substr(0, 10) + " of the metadata is shown under the headline as '" +
                              *text + "'")};
}

}  // namespace folio::transform
