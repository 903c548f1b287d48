// Punctuation lost on the way, where no letter can have been: quotation marks and dashes whose
// UTF-8 continuation bytes were dropped, leaving "â" ("isnât", "âThe", "word â word"), and
// quotation marks saved in a code page without them, which wrote "?" ("don?t", "?Yes,? he said").
// "â" is a letter of French, Portuguese and Romanian, and of names in any language ("Château",
// "Brâncuși"): a word whose other letters are Latin keeps its "â" unless both halves are words
// the document uses, or the halves are an elision or contraction ("l’État", "isn’t").
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "transform/text_edit.h"

namespace folio::transform {

/// What the repairs know of the document: its language and the words it uses.
struct PunctuationContext {
  std::string language;  ///< primary language subtag, "" when unknown
  /// The document's text, decoded; copies of the context share it.
  std::shared_ptr<const std::u32string> text;
  /// True when `lower_word` is one of the text's lower-cased words that no damage touches. The
  /// first few words asked are searched in the text and their answers kept (most documents ask
  /// about none or a few: "grâce" has an "â"); a document that asks about more gets the set of
  /// its words, built once.
  bool uses_word(const std::u32string& lower_word) const;
  /// The document shows quotation marks lost to "?" in at least two places no question mark
  /// stands ("don?t", ",? he said"): only then is any "?" repaired.
  bool quotes_lost_to_question_marks = false;
  /// The document shows punctuation lost to "â" in at least two places no letter can be ("âThe",
  /// "isnât", " â "): then an "â" between two longer words of a language that does not write
  /// "â" is a dash too ("changeâpaid").
  bool quote_bytes_lost = false;

 private:
  mutable std::shared_ptr<std::unordered_map<std::u32string, bool>> answers_;
  mutable std::shared_ptr<const std::unordered_set<std::u32string>> words_;
};

/// The context of a document whose text is `text`, written in `language`.
PunctuationContext punctuation_context(std::string_view text, const std::string& language);

/// What punctuation_context(text, any language).quote_bytes_lost says, without the rest of the
/// context (the document's language, its words, its question marks).
bool shows_lost_quote_bytes(std::string_view text);

/// `text` with each "â" that stands for lost punctuation repaired.
std::string repair_lost_quote_bytes(std::string_view text, const PunctuationContext& context, ChangeLog& log);

/// `text` with each "?" that stands for a lost quotation mark or apostrophe repaired, when
/// `context.quotes_lost_to_question_marks`.
std::string repair_question_mark_quotes(std::string_view text, const PunctuationContext& context, ChangeLog& log);

}  // namespace folio::transform
