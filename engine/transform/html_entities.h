// HTML entities escaped twice: a system escaped "&" once more than it should, so the page said
// "&amp;eacute;" and its text reads "&eacute;" ("Procter &amp; Gamble", "l&#8217;État").
#pragma once

#include <string>
#include <string_view>

#include "transform/script_profile.h"
#include "transform/text_edit.h"

namespace folio::transform {

/// True when `document_text` shows markup as text, two tags at least ("<p>", "</div>"): a page
/// about HTML, whose entity references are meant to be read as written.
bool shows_markup(std::string_view document_text);

/// `text` with each character reference of HTML decoded once, as an HTML parser decodes text:
/// for strings that were escaped for HTML but reach folio undecoded (JSON-LD in a page's script).
std::string decode_character_references(std::string_view text);

/// What the repair knows of a document's character references.
struct EntityContext {
  /// The letters of the document as they read with its references decoded: a document escaped
  /// throughout is judged by the letters its references stand for.
  ScriptProfile profile;
  /// The document is escaped throughout: at least 3 references to letters outside ASCII, and no
  /// fewer of them than such letters written as themselves. A reference names its character, so
  /// there is nothing to guess: then every reference is decoded, whatever its script (the
  /// "Русский" and "日本語" of a language menu on an English page).
  bool throughout = false;
};

/// The context of a document whose text is `document_text` (all its runs, in any order).
EntityContext entity_context(std::string_view document_text);

/// `text` with each character reference of HTML ("&eacute;", "&#233;", "&#xE9;", with its ";")
/// replaced by its character, as often as it was escaped; unless the document is escaped
/// throughout, a reference to a character that does not fit the document (`fits_document`)
/// stays as written.
std::string repair_escaped_entities(std::string_view text, const EntityContext& context, ChangeLog& log);

}  // namespace folio::transform
