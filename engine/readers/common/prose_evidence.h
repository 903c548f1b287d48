// Evidence that a piece of text is running prose or page furniture, without any markup: the
// density of the language's function words (the jusText measure), sentence punctuation, capitals,
// digits, and the vocabulary that says why a line is boilerplate (cookie notices, share buttons,
// logins, newsletters, legal footers, comments, "read also" lists, menus, photo credits, adverts)
// in many languages. Used by the text reader's main-text classifier; meant for HTML blocks too.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace folio::readers {

/// Why a line may be boilerplate: one bit per kind of page furniture. The vocabulary of each kind
/// names the furniture (in de, en, fr, es, it, pt, nl, pl, …), never a site's own phrases.
enum BoilerplateKind : std::uint16_t {
  kCookieNotice = 1 << 0,  ///< cookies, privacy, consent
  kSharing = 1 << 1,       ///< share, teilen, partager, social networks, print, e-mail this
  kAccount = 1 << 2,       ///< log in, register, my account
  kSubscription = 1 << 3,  ///< newsletter, subscribe, abonnieren, RSS
  kLegal = 1 << 4,         ///< ©, copyright, Impressum, terms, all rights reserved
  kComments = 1 << 5,      ///< comments, reply, "X says:"
  kRelated = 1 << 6,       ///< read also, more on this, most read, latest
  kNavigation = 1 << 7,    ///< home, menu, search, skip to content, next/previous, tags
  kCredit = 1 << 8,        ///< photo, image source, agency and stock credits
  kAdvert = 1 << 9,        ///< advertisement, Anzeige, sponsored
};
inline constexpr int kBoilerplateKinds = 10;

/// Counts measured on one piece of text (a line, a wrapped paragraph, an HTML block).
struct ProseEvidence {
  int chars = 0;           ///< code points, spaces included
  int words = 0;           ///< runs of letters (apostrophes inside a word kept)
  int stop_words = 0;      ///< words in the function-word list of the language measured against
  int capitalised = 0;     ///< words after the first that start with a capital (Title Case menus)
  int digits = 0;
  int sentence_stops = 0;  ///< . ! ? … and their CJK forms followed by a space or the end
  int commas = 0;          ///< , ; and the CJK commas
  int wide = 0;            ///< East Asian wide characters (Han, kana, Hangul): text without spaces
  bool ends_sentence = false;  ///< ends with sentence punctuation, a colon or a closing quote
  std::uint16_t kinds = 0;     ///< BoilerplateKind bits whose vocabulary occurs

  /// Share of words that are function words: ~0.3–0.5 in running text, ~0 in menus.
  double stop_density() const { return words ? static_cast<double>(stop_words) / words : 0.0; }
  bool operator==(const ProseEvidence&) const = default;
};

/// The language (ISO 639-1) whose function words occur most often in `text`, "" when none
/// occurs; languages with a list: en de fr es it pt nl pl ru uk sv da cs ar fa.
std::string_view stop_word_language(std::string_view text);

/// How many function words of each language a text holds. The hits of pieces split between
/// words add up to the hits of the whole, so a long text may be counted piece by piece.
struct StopWordHits {
  std::array<int, 16> by_language{};  ///< by the index of the language's list
  StopWordHits& operator+=(const StopWordHits& other);
};
StopWordHits stop_word_hits(std::string_view text);
/// The language whose function words were hit most often, "" when none was (stop_word_language).
std::string_view most_hit_language(const StopWordHits& hits);

/// Measures `text`. Stop words are counted against `language` (from stop_word_language or the
/// document; "" counts none). Deterministic, allocation-light: fit for every line of a page.
ProseEvidence measure_prose(std::string_view text, std::string_view language);

/// Measures `text` against the language whose function words it holds most: what
/// measure_prose(text, stop_word_language(text)) gives, reading the text once instead of twice.
ProseEvidence measure_prose_in_own_language(std::string_view text);

/// Measures `text` with no language yet (`stop_words` 0) and counts its function words of every
/// language into `hits`: a page whose language is chosen from the hits of all its pieces reads
/// each piece once, then sets each piece's `stop_words` with stop_words_in.
ProseEvidence measure_prose(std::string_view text, StopWordHits& hits);

/// Of the hits, those of `language`'s function words: 0 for a language without a list.
int stop_words_in(const StopWordHits& hits, std::string_view language);

/// The BoilerplateKind bits whose vocabulary occurs in `text` (case-insensitive, word-anchored).
std::uint16_t boilerplate_kinds(std::string_view text);

}  // namespace folio::readers
