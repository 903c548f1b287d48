// Text repair: undoes the damage text suffers on its way from a CMS to a scraper. Each function
// is pure (string in, string out) and logs every change so none is silent.
#pragma once

#include <string>
#include <string_view>

#include "transform/text_edit.h"

namespace folio::transform {

/// UTF-8 that was decoded as Windows-1252/Latin-1 ("Ã©" → "é", "â€™" → "’").
std::string repair_mojibake(std::string_view text, ChangeLog& log);

/// The same damage where the continuation bytes were lost and only "â" remains ("Bushâs" →
/// "Bush’s", "âThe" → "“The", "â?" → "”"). Only for languages that do not use "â" themselves.
std::string repair_lost_quote_bytes(std::string_view text, ChangeLog& log);

/// Words whose "œ" was lost in a Latin-1 round trip, from a lexicon of unambiguous words of
/// `language` ("main-d’uvre" → "main-d’œuvre"). Other languages: unchanged.
std::string restore_lost_ligatures(std::string_view text, const std::string& language, ChangeLog& log);

/// Soft hyphens, zero-width spaces, byte-order marks and control characters removed.
std::string remove_invisible(std::string_view text, ChangeLog& log);

/// Latin look-alike letters inside Cyrillic words, or standing alone between Cyrillic words,
/// replaced by the Cyrillic letter ("ставку c 28" → "ставку с 28").
std::string repair_homoglyphs(std::string_view text, ChangeLog& log);

/// Unicode NFC; `changed` tells whether anything was recomposed.
std::string normalize_nfc(std::string_view text, bool& changed);

/// True when the text uses "â" as a letter of its language (French, Portuguese, Romanian…).
bool language_uses_a_circumflex(const std::string& language);

}  // namespace folio::transform
