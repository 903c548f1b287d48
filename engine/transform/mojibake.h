// Mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 on its way ("Ã©" for "é",
// "â€™" for "’", "Ð¿Ñ€Ð¸" for "при"), once or twice. A sequence is repaired only on evidence:
// it must read as the UTF-8 of one character; that character must be a common letter of a
// script the document is written in, or common punctuation; and the text around it must show
// the damage itself (a sequence no correct text contains, like "Ã©" or "â€", in the same
// paragraph, or a whole document read in the wrong encoding). "Maß­nahmen" (ß + soft hyphen) and
// "liberté »" (é + no-break space + ») read as UTF-8 give an N'Ko letter and a Han character:
// neither is a script of a German or French document, so both stay as they are.
#pragma once

#include <string>
#include <string_view>

#include "transform/script_profile.h"
#include "transform/text_edit.h"

namespace folio::transform {

/// What the repair knows of a document.
struct MojibakeContext {
  /// The letters of the document's correct text (outside any candidate sequence); for a
  /// document read as a whole in the wrong encoding, of the text as repaired.
  ScriptProfile profile;
  /// The text being repaired is known to be damaged (the whole document was read in the wrong
  /// encoding, or its paragraph holds a sequence no correct text contains), so sequences that
  /// correct text could contain ("Ã" + no-break space for "à") are repaired too.
  bool damaged = false;
  /// The whole document was read in the wrong encoding (`mojibake_context` found it so). Then
  /// a character whose UTF-8 took three or four bytes is repaired whatever its script: three
  /// characters of correct text do not spell one by chance, and a page damaged throughout holds
  /// its language menu's "中文" too few times for Han to count as one of its scripts.
  bool throughout = false;
};

/// False when no sequence of `text` can read as the UTF-8 of a character: each starts with one of
/// U+00C2–U+00F4 (0xC3 0x82–0xB4 in UTF-8) followed by a character that Windows-1252 or Latin-1
/// gives for a continuation byte (U+0080–U+00BF, or one of the code page's 0x80–0x9F characters,
/// whose UTF-8 starts with 0xC5, 0xC6, 0xCB or 0xE2). Most text has none, French and German too.
bool may_hold_mojibake(std::string_view text);

/// The context of a document whose text is `text` (all its runs, in any order). `damaged` is
/// set when the document reads as mojibake throughout: at least 3 repairable sequences, and
/// more of them than letters outside ASCII that are not part of one.
MojibakeContext mojibake_context(std::string_view text);

/// True when `text` holds a sequence no correct text contains that reads as a character
/// `context` allows: the evidence that makes its whole paragraph count as damaged.
bool shows_mojibake(std::string_view text, const MojibakeContext& context);

/// `text` with its mojibake repaired, when `context.damaged` or `shows_mojibake(text, context)`;
/// twice-encoded text is repaired in two rounds. Each repair is logged as the damaged
/// characters → the character they stood for.
std::string repair_mojibake(std::string_view text, const MojibakeContext& context, ChangeLog& log);

}  // namespace folio::transform
