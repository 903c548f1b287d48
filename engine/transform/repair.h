// Text repair: undoes the damage text suffers on its way from a CMS to a scraper (see also
// mojibake.h, lost_punctuation.h, html_entities.h). Each function is pure (string in, string out)
// and logs every change so none is silent.
#pragma once

#include <unicode/uscript.h>

#include <string>
#include <string_view>

#include "transform/text_edit.h"

namespace folio::transform {

/// French words whose "œ" or "æ" was lost in a Latin-1 round trip ("main-d’uvre" →
/// "main-d’œuvre"), from a lexicon of the words that exist only with it: a damaged form that is
/// itself a French word ("sur" for "sœur") stays. Other languages: unchanged.
std::string restore_lost_ligatures(std::string_view text, const std::string& language, ChangeLog& log);

/// Soft hyphens, zero-width spaces, byte-order marks and control characters removed; with
/// `controls_only`, only the C0 controls no output format can hold (XML 1.0 forbids them).
std::string remove_invisible(std::string_view text, ChangeLog& log, bool controls_only = false);

/// Look-alike letters of another script inside the words of `target`'s script, replaced by the
/// letter they imitate: Latin letters in Cyrillic words, or alone between them ("ставку c 28" →
/// "ставку с 28"), for USCRIPT_CYRILLIC; Cyrillic, Greek and Armenian letters in Latin words ("Yоur
/// соntеnt", spam's way around filters, which a screen reader spells out) for USCRIPT_LATIN.
std::string repair_homoglyphs(std::string_view text, UScriptCode target, ChangeLog& log);

/// Unicode NFC; `changed` tells whether anything was recomposed.
std::string normalize_nfc(std::string_view text, bool& changed);

}  // namespace folio::transform
