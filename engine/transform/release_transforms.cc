#include "transform/release_transforms.h"

#include <algorithm>
#include <limits>
#include <map>
#include <string>

#include "base/two_threads.h"
#include "transform/empty_links.h"
#include "transform/encoding_repair.h"
#include "transform/html_entities.h"
#include "transform/image_labels.h"
#include "transform/state_labels.h"
#include "transform/language.h"
#include "transform/language_tags.h"
#include "transform/lost_punctuation.h"
#include "transform/mojibake.h"
#include "transform/outline.h"
#include "transform/pseudo_headings.h"
#include "transform/quote_marks.h"
#include "transform/release_roles.h"
#include "transform/shown_date.h"
#include "transform/repair.h"
#include "transform/text_edit.h"
#include "transform/typography.h"

namespace folio::transform {

namespace {

constexpr int kMinWordsForBlockLanguage = 12;
constexpr double kMinBlockConfidence = 0.5;
// From this many paragraphs the document's language is guessed on a second thread while the
// paragraphs' are (a thread costs ~50 µs to start; a release has a few dozen paragraphs).
constexpr std::size_t kTwoThreadParagraphs = 300;
// A repair of a whole document names its most frequent changes only.
constexpr std::size_t kMaxKindsShown = 12;
// Damage repaired this often in a plain text is repaired in its source, before reading.
constexpr int kMinWholeSourceRepairs = 3;

// Repairs `text` in the language `lang`; `block` is the block holding it, nullptr for metadata.
using RepairFunction =
    std::function<std::string(std::string_view text, const std::string& lang, const model::Block* block, ChangeLog&)>;

// Whether a repair may work on several texts at once: it reads nothing but its text, its
// language and its block, and writes nothing but its result and log.
enum class Reentrant { no, yes };

// From this many text nodes a reentrant repair works on two threads: such a pass costs ~2 µs a
// node, so ~1 ms here against a thread's ~50 µs to start (a release has tens to a few hundred
// nodes, seed x50 ~1,100).
constexpr std::size_t kTwoThreadTexts = 500;

// The document's text nodes, in document order.
std::vector<TextSite> text_sites(model::Document& doc) {
  std::vector<TextSite> sites;
  for_each_text_site(doc, [&](TextSite& site) { sites.push_back(site); });
  return sites;
}

// Applies `fix` to every text node and metadata field; reports each node's changes as one
// diagnostic, in document order, and the metadata's as one more.
void repair_texts(model::Document& doc, const base::SourceText* source, base::Diagnostics& out, const char* code,
                  const char* what, const RepairFunction& fix, Reentrant reentrant = Reentrant::no) {
  std::vector<TextSite> sites = text_sites(doc);
  struct Repaired {
    std::string text;
    ChangeLog log;
  };
  std::vector<Repaired> repaired(sites.size());
  const std::size_t at_least =
      reentrant == Reentrant::yes ? kTwoThreadTexts : std::numeric_limits<std::size_t>::max();  // never: one thread
  base::for_each_on_two_threads(sites.size(), at_least, [&](std::size_t i) {
    std::string fixed = fix(sites[i].text.text, sites[i].lang, &sites[i].block, repaired[i].log);
    if (!repaired[i].log.empty()) repaired[i].text = std::move(fixed);
  });
  for (std::size_t i = 0; i < sites.size(); ++i) {
    const ChangeLog& log = repaired[i].log;
    if (log.empty()) continue;
    sites[i].text.text = std::move(repaired[i].text);
    out.push_back(
        base::make_note(code, locate_change(sites[i].span, log, source), std::string(what) + ": " + log.describe()));
  }
  ChangeLog log;
  for_each_metadata_text(doc.metadata,
                         [&](std::string& value) { value = fix(value, doc.metadata.language, nullptr, log); });
  if (!log.empty()) {
    out.push_back(base::make_note(code, base::Span{doc.metadata.source, 0, 0, 0, 0},
                                  std::string(what) + " in the metadata: " + log.describe()));
  }
}

// Entities escaped twice and mojibake over every text node and metadata field, each block a paragraph.
void repair_document_encoding(model::Document& doc, const base::SourceText* source, base::Diagnostics& out) {
  std::vector<TextRun> runs;
  std::map<const model::Block*, std::size_t> paragraphs;
  for_each_text_site(doc, [&](TextSite& site) {
    const auto paragraph = paragraphs.emplace(&site.block, paragraphs.size()).first->second;
    runs.push_back({&site.text.text, paragraph, site.span});
  });
  for_each_metadata_text(doc.metadata, [&](std::string& value) { runs.push_back({&value, kMetadataRun, {}}); });
  for (auto& repaired : repair_encoding(runs, {.source = source, .metadata_source = doc.metadata.source})) {
    out.push_back(std::move(repaired.note));
  }
}

// The repairs that need the document's language: lost punctuation, lost ligatures, homoglyphs.
void repair_in_language(model::Document& doc, const base::SourceText* source, base::Diagnostics& out) {
  // One context for the document; each text is judged in its own language. (Copying the context,
  // a set of every word, per text was two thirds of a 20-page document's conversion.)
  PunctuationContext punctuation = punctuation_context(all_text(doc), primary_language(doc.metadata.language));
  repair_texts(doc, source, out, "repair.lost-quote-bytes", "repaired punctuation whose UTF-8 bytes were lost",
               [&](std::string_view t, const std::string& lang, const model::Block*, ChangeLog& log) {
                 punctuation.language = primary_language(lang);
                 return repair_lost_quote_bytes(t, punctuation, log);
               });
  repair_texts(doc, source, out, "repair.question-mark-quotes", "repaired quotation marks saved as '?'",
               [&](std::string_view t, const std::string& lang, const model::Block*, ChangeLog& log) {
                 punctuation.language = primary_language(lang);
                 return repair_question_mark_quotes(t, punctuation, log);
               });
  repair_texts(doc, source, out, "repair.lost-ligature", "restored letters lost in a Latin-1 round trip",
               [](std::string_view t, const std::string& lang, const model::Block*, ChangeLog& log) {
                 return restore_lost_ligatures(t, lang, log);
               },
               Reentrant::yes);
  repair_texts(doc, source, out, "repair.homoglyph", "replaced look-alike letters of another script",
               [](std::string_view t, const std::string& lang, const model::Block*, ChangeLog& log) {
                 const std::string l = primary_language(lang);
                 if (l == "ru" || l == "uk" || l == "bg" || l == "sr") return repair_homoglyphs(t, USCRIPT_CYRILLIC, log);
                 // Greek shares its look-alikes with Latin; text without a language is left alone.
                 if (l == "el" || l.empty()) return std::string(t);
                 return repair_homoglyphs(t, USCRIPT_LATIN, log);
               },
               Reentrant::yes);
}

bool ends_with_opening_mark(const std::string& s) {
  for (std::string_view m : {"„", "“", "«", "‚", "‘", "\"", "«\u202f", "« "}) {
    if (s.ends_with(m)) return true;
  }
  return false;
}

bool starts_with_closing_mark(const std::string& s) {
  for (std::string_view m : {"“", "”", "»", "‘", "’", "\"", "\u202f»", " »"}) {
    if (s.starts_with(m)) return true;
  }
  return false;
}

// `„<q>…</q>“`: the source wrote the marks and marked the quotation, so writers that add the
// language's marks to an inline quote would double them. The quotation keeps the source's marks.
void unwrap_marked_quotes(model::Inlines& inlines, int& count) {
  for (std::size_t i = 0; i < inlines.size(); ++i) {
    if (auto* kids = model::children_of(inlines[i])) unwrap_marked_quotes(*kids, count);
    if (!std::holds_alternative<model::InlineQuote>(inlines[i].node) || i == 0 || i + 1 >= inlines.size()) continue;
    const auto* before = std::get_if<model::Text>(&inlines[i - 1].node);
    const auto* after = std::get_if<model::Text>(&inlines[i + 1].node);
    if (!before || !after || !ends_with_opening_mark(before->text) || !starts_with_closing_mark(after->text)) continue;
    model::Inline span;
    span.info = inlines[i].info;
    span.node = model::Span{std::move(std::get<model::InlineQuote>(inlines[i].node).children)};
    inlines[i] = std::move(span);
    ++count;
  }
}

void drop_navigation(model::Blocks& blocks) {
  blocks.erase(std::remove_if(blocks.begin(), blocks.end(),
                              [](const model::Block& b) { return b.role == model::Role::navigation; }),
               blocks.end());
}

std::string document_text(const model::Document& doc) {
  std::string text;
  for (const auto& b : doc.blocks) {
    if (b.role == model::Role::navigation) continue;
    text += model::plain_text(b);
    text += '\n';
  }
  return text;
}

void settle_language(model::Document& doc, const TransformOptions& options, base::Diagnostics& out) {
  check_language_tags(doc, out);
  auto& meta = doc.metadata;
  const base::Span whole = doc.blocks.empty() ? base::Span{} : doc.blocks.front().info.span;
  // The document's language, and each paragraph's own (untranslated leads, quotations), are
  // guessed from their texts alone: for a long document, each on a thread of its own.
  const bool guess_document = options.language.empty() && meta.language.empty();
  std::vector<model::Block*> paragraphs;
  model::for_each_block(doc.blocks, [&](model::Block& b) {
    if (b.info.lang.empty() && model::inline_content(b)) paragraphs.push_back(&b);
  });
  LanguageGuess document_guess;
  std::vector<LanguageGuess> guesses(paragraphs.size());
  base::both(
      guess_document && paragraphs.size() >= kTwoThreadParagraphs,
      [&] {
        if (guess_document) document_guess = detect_language(document_text(doc));
      },
      [&] {
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
          guesses[i] = detect_language(model::plain_text(*paragraphs[i]));
        }
      });
  if (!options.language.empty()) {
    meta.language = options.language;
  } else if (guess_document) {
    if (document_guess.language.empty()) {
      out.push_back(base::make_warning("language.unknown", base::Span{whole.file, 0, 0, 0, 0},
                                       "could not tell the document's language", "give it with --lang"));
    } else {
      meta.language = document_guess.language;
      out.push_back(base::make_note("language.detected", base::Span{whole.file, 0, 0, 0, 0},
                                    "document language detected as '" + document_guess.language + "' (" +
                                        std::to_string(document_guess.words) + " words, confidence " +
                                        std::to_string(static_cast<int>(document_guess.confidence * 100)) + "%)"));
    }
  }
  if (doc.dir == model::Direction::inherit && !meta.language.empty()) {
    doc.dir = is_rtl_language(meta.language) ? model::Direction::rtl : model::Direction::ltr;
  }
  // Paragraphs written in another language than the document's.
  const std::string doc_lang = primary_language(meta.language);
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    model::Block& b = *paragraphs[i];
    const LanguageGuess& guess = guesses[i];
    if (guess.language.empty() || guess.words < kMinWordsForBlockLanguage || guess.confidence < kMinBlockConfidence ||
        primary_language(guess.language) == doc_lang || doc_lang.empty()) {
      continue;
    }
    b.info.lang = guess.language;
    if (is_rtl_language(guess.language) != is_rtl_language(doc_lang)) {
      b.info.dir = is_rtl_language(guess.language) ? model::Direction::rtl : model::Direction::ltr;
    }
    out.push_back(base::make_note("language.block-detected", b.info.span,
                                  "paragraph is in '" + guess.language + "', not the document's '" + doc_lang + "'"));
  }
}

void apply_document_typography(model::Document& doc, base::Diagnostics& out) {
  // Each text is set on its own (a long document's on two threads), and the counts added up.
  std::vector<TextSite> sites = text_sites(doc);
  std::vector<TypographyCounts> each(sites.size());
  base::for_each_on_two_threads(sites.size(), kTwoThreadTexts, [&](std::size_t i) {
    sites[i].text.text = apply_typography(sites[i].text.text, sites[i].lang, each[i]);
  });
  TypographyCounts counts;
  for (const TypographyCounts& c : each) counts += c;
  auto& m = doc.metadata;
  for (std::string* field : {&m.title, &m.subtitle, &m.summary}) *field = apply_typography(*field, m.language, counts);
  if (counts.apostrophes + counts.quotes + counts.spaces == 0) return;
  out.push_back(base::make_note(
      "typography.applied", base::Span{doc.metadata.source, 0, 0, 0, 0},
      "typography of '" + doc.metadata.language + "': " + std::to_string(counts.apostrophes) + " apostrophes, " +
          std::to_string(counts.quotes) + " quotation marks, " + std::to_string(counts.spaces) +
          " narrow no-break spaces"));
}

}  // namespace

namespace {

// The note of a repair made on the whole source: where the first damage was, and what changed.
base::Diagnostic source_repair_note(const base::SourceText& source, const ChangeLog& log, const char* code,
                                    const std::string& what) {
  std::size_t first = std::string::npos;
  std::size_t length = 0;
  for (const auto& from : log.originals()) {
    const std::size_t at = source.text().find(from);
    if (at < first) {
      first = at;
      length = from.size();
    }
  }
  const base::Span span = first == std::string::npos
                              ? base::Span{source.file(), 0, 0, 0, 0}
                              : source.span(static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(first + length));
  return base::make_note(code, span,
                         what + "; repaired " + std::to_string(log.total()) + " places before reading it: " +
                             log.describe(kMaxKindsShown),
                         "positions in later diagnostics refer to the repaired text");
}

}  // namespace

std::optional<SourceRepair> repair_source(std::string_view text, const base::SourceText& source, bool plain_text) {
  SourceRepair repair{source.text(), {}};
  if (may_hold_mojibake(text)) {
    const MojibakeContext context = mojibake_context(text);
    if (context.damaged) {
      ChangeLog log;
      repair.text = repair_mojibake(repair.text, context, log);
      if (!log.empty()) {
        repair.notes.push_back(source_repair_note(
            source, log, "repair.mojibake", "the whole document is UTF-8 that was read as Windows-1252 or Latin-1"));
      }
    }
  }
  // Plain text is the source itself: damage all through it is repaired before the reader tells
  // navigation from text by its bullets and words ("â¢" is "•", "&eacute;" is "é").
  if (plain_text) {
    // Each repair needs a context of the whole text. Text without an '&' has no entity to
    // decode; each lost-punctuation repair replaces an "â", so text with fewer of them than a
    // whole-source repair needs skips that one.
    const auto holds_at_least = [&](std::string_view what, int wanted) {
      int found = 0;
      for (auto at = repair.text.find(what); at != std::string::npos && found < wanted;
           at = repair.text.find(what, at + what.size())) {
        ++found;
      }
      return found >= wanted;
    };
    ChangeLog entities;
    if (holds_at_least("&", 1) && !shows_markup(text)) {
      std::string decoded = repair_escaped_entities(repair.text, entity_context(text), entities);
      if (entities.total() >= kMinWholeSourceRepairs) {
        repair.text = std::move(decoded);
        repair.notes.push_back(source_repair_note(source, entities, "repair.escaped-entity",
                                                  "the whole text has HTML entities escaped twice"));
      }
    }
    ChangeLog quotes;
    if (holds_at_least("â", kMinWholeSourceRepairs)) {
      const PunctuationContext punctuation = punctuation_context(text, detect_language(text).language);
      std::string restored = repair_lost_quote_bytes(repair.text, punctuation, quotes);
      if (quotes.total() >= kMinWholeSourceRepairs) {
        repair.text = std::move(restored);
        repair.notes.push_back(source_repair_note(source, quotes, "repair.lost-quote-bytes",
                                                  "the whole text lost the UTF-8 continuation bytes of its punctuation"));
      }
    }
  }
  if (repair.notes.empty()) return std::nullopt;
  return repair;
}

base::Diagnostics apply_release_transforms(model::Document& document, const TransformOptions& options) {
  base::Diagnostics out;
  if (!options.keep_boilerplate) drop_navigation(document.blocks);

  if (options.repair) repair_document_encoding(document, options.source, out);
  // Without repairs, the controls that no output can hold still go (XML 1.0 forbids them).
  repair_texts(document, options.source, out, "repair.invisible", "removed invisible characters",
               [&](std::string_view t, const std::string&, const model::Block*, ChangeLog& log) {
                 return remove_invisible(t, log, !options.repair);
               },
               Reentrant::yes);
  if (options.repair) {
    int recomposed = 0;
    const auto recompose = [&](std::string& text) {
      bool changed = false;
      text = normalize_nfc(text, changed);
      recomposed += changed ? 1 : 0;
    };
    for_each_text_site(document, [&](TextSite& site) { recompose(site.text.text); });
    for_each_metadata_text(document.metadata, recompose);
    if (recomposed > 0) {
      out.push_back(base::make_note("repair.nfc", base::Span{document.metadata.source, 0, 0, 0, 0},
                                    "normalised " + std::to_string(recomposed) + " text runs to Unicode NFC"));
    }
  }

  settle_language(document, options, out);
  if (options.repair) repair_in_language(document, options.source, out);

  int unwrapped = 0;
  model::for_each_inlines(document.blocks, [&](model::Block&, model::Inlines& inlines) {
    unwrap_marked_quotes(inlines, unwrapped);
  });
  if (unwrapped > 0) {
    out.push_back(base::make_note("typography.quote-marks-kept", base::Span{document.metadata.source, 0, 0, 0, 0},
                                  std::to_string(unwrapped) +
                                      " quotations already had their marks written out; no marks added"));
  }

  const auto roles = assign_release_roles(document);
  out.insert(out.end(), roles.begin(), roles.end());
  const auto headings = promote_pseudo_headings(document);
  out.insert(out.end(), headings.begin(), headings.end());

  if (options.typography) apply_document_typography(document, out);
  if (const int marked = mark_inline_quotes(document); marked > 0) {
    out.push_back(base::make_note("typography.quote-marks-added", base::Span{document.metadata.source, 0, 0, 0, 0},
                                  std::to_string(marked) + " inline quotations got the language's quotation marks"));
  }
  const auto links = name_empty_links(document);
  out.insert(out.end(), links.begin(), links.end());
  // No diagnostic: the readers already warn of each image without alt text.
  label_undescribed_images(document);
  label_states(document);

  // The title first: after renumbering, a document's first section heading may be level 1.
  const auto titled = ensure_title(document);
  out.insert(out.end(), titled.begin(), titled.end());
  const auto levels = normalize_heading_levels(document);
  out.insert(out.end(), levels.begin(), levels.end());
  const bool title_derived = std::any_of(titled.begin(), titled.end(),
                                         [](const base::Diagnostic& d) { return d.code == "outline.title-derived"; });
  const auto headline = ensure_headline(document, title_derived);
  out.insert(out.end(), headline.begin(), headline.end());
  const auto dated = show_date(document);
  out.insert(out.end(), dated.begin(), dated.end());
  model::assign_ids(document);
  if (document.metadata.identifier.empty()) document.metadata.identifier = model::content_identifier(document);
  return out;
}

}  // namespace folio::transform
