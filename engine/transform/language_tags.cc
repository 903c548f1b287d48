#include "transform/language_tags.h"

#include <unicode/uloc.h>

#include <algorithm>

namespace folio::transform {

std::optional<std::string> usable_language_tag(std::string_view tag) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!tag.empty() && space(tag.front())) tag.remove_prefix(1);
  while (!tag.empty() && space(tag.back())) tag.remove_suffix(1);
  std::string out(tag);
  std::replace(out.begin(), out.end(), '_', '-');
  if (out.empty() || out.size() > 64) return std::nullopt;
  // ICU reads the whole tag only when it is well formed; its ISO 639-2 code says the language
  // is a known one (ICU maps the registered grandfathered tags, "i-klingon" to "tlh").
  char id[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  UErrorCode err = U_ZERO_ERROR;
  uloc_forLanguageTag(out.c_str(), id, sizeof id, &parsed, &err);
  if (U_FAILURE(err) || err == U_STRING_NOT_TERMINATED_WARNING || parsed != static_cast<int32_t>(out.size())) {
    return std::nullopt;
  }
  char language[ULOC_LANG_CAPACITY];
  err = U_ZERO_ERROR;
  const int32_t length = uloc_getLanguage(id, language, sizeof language, &err);
  if (U_FAILURE(err) || length == 0) return std::nullopt;  // "und", or private use only
  // qaa–qtz: ISO 639's range for local use, which ICU has no code for.
  const bool local_use = length == 3 && language[0] == 'q' && language[1] >= 'a' && language[1] <= 't';
  if (*uloc_getISO3Language(id) == '\0' && !local_use) return std::nullopt;
  return out;
}

namespace {

// Checks one tag in place; `where` is what the diagnostic points at.
void check(std::string& lang, const base::Span& where, base::Diagnostics& out) {
  if (lang.empty()) return;
  const auto usable = usable_language_tag(lang);
  if (!usable) {
    out.push_back(base::make_warning("language.tag-invalid", where,
                                     "language '" + lang + "' is not a BCP 47 language tag: ignored, the language is "
                                     "detected or inherited instead",
                                     "mark the source with a tag such as en, fr-CA or zh-Hant, or give --lang"));
    lang.clear();
  } else if (*usable != lang) {
    out.push_back(base::make_note("language.tag-repaired", where, "language '" + lang + "' read as '" + *usable + "'"));
    lang = *usable;
  }
}

void check_inlines(model::Inlines& inlines, base::Diagnostics& out) {
  for (auto& inl : inlines) {
    check(inl.info.lang, inl.info.span, out);
    if (auto* children = model::children_of(inl)) check_inlines(*children, out);
  }
}

}  // namespace

void check_language_tags(model::Document& document, base::Diagnostics& out) {
  check(document.metadata.language, base::Span{document.metadata.source, 0, 0, 0, 0}, out);
  model::for_each_block(document.blocks, [&](model::Block& b) { check(b.info.lang, b.info.span, out); });
  model::for_each_inlines(document.blocks, [&](model::Block&, model::Inlines& inlines) { check_inlines(inlines, out); });
}

}  // namespace folio::transform
