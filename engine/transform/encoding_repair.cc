#include "transform/encoding_repair.h"

#include <functional>
#include <set>
#include <string_view>

#include "transform/html_entities.h"
#include "transform/language.h"
#include "transform/lost_punctuation.h"
#include "transform/mojibake.h"
#include "transform/text_edit.h"

namespace folio::transform {

namespace {

// A repair of a whole document names its most frequent changes only.
constexpr std::size_t kMaxKindsShown = 12;

using RunRepair = std::function<std::string(std::string_view text, const TextRun& run, ChangeLog& log)>;

// Applies `fix` to every run; reports each run's changes as one diagnostic and the metadata's as
// one more, or, with `whole`, all of them as one note (`whole` then names what happened).
void repair_runs(std::vector<TextRun>& runs, const EncodingRepairOptions& options, std::vector<RunNote>& out,
                 const char* code, const std::string& what, const RunRepair& fix, const char* whole = nullptr) {
  ChangeLog metadata;
  ChangeLog all;
  base::Span first;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    TextRun& run = runs[i];
    ChangeLog log;
    std::string fixed = fix(*run.text, run, run.paragraph == kMetadataRun ? metadata : log);
    if (fixed == *run.text) continue;
    *run.text = std::move(fixed);
    if (run.paragraph == kMetadataRun || log.empty()) continue;
    if (whole) {
      if (all.empty()) first = locate_change(run.span, log, options.source);
      all.merge(log);
      continue;
    }
    out.push_back({i, base::make_note(code, locate_change(run.span, log, options.source), what + ": " + log.describe())});
  }
  if (!all.empty()) {
    out.push_back({kMetadataRun, base::make_note(code, first,
                                                 std::string(whole) + "; repaired " + std::to_string(all.total()) +
                                                     " places: " + all.describe(kMaxKindsShown))});
  }
  if (!metadata.empty()) {
    out.push_back({kMetadataRun, base::make_note(code, base::Span{options.metadata_source, 0, 0, 0, 0},
                                                 what + " in the metadata: " + metadata.describe())});
  }
}

std::string joined(const std::vector<TextRun>& runs, bool metadata) {
  std::string text;
  for (const auto& run : runs) {
    if (!metadata && run.paragraph == kMetadataRun) continue;
    text += *run.text;
    text += '\n';
  }
  return text;
}

}  // namespace

std::vector<RunNote> repair_encoding(std::vector<TextRun>& runs, const EncodingRepairOptions& options) {
  std::vector<RunNote> out;
  // Markup in the metadata (a description with "<p>") is the site's, not a page about HTML.
  // Without an '&' there is no reference to decode, and no context to build for it.
  const std::string all = joined(runs, true);
  if (all.find('&') != std::string::npos && !shows_markup(joined(runs, false))) {
    const EntityContext entities = entity_context(all);
    repair_runs(runs, options, out, "repair.escaped-entity", "decoded HTML entities escaped twice",
                [&](std::string_view t, const TextRun&, ChangeLog& log) { return repair_escaped_entities(t, entities, log); });
  }
  // Mojibake, decided per paragraph: a paragraph with one sequence no correct text contains is
  // damaged as a whole, so its other sequences ("Ã" + no-break space for "à") are repaired too.
  // (Text in which no sequence can read as one, most text, needs neither context nor a look.)
  if (const std::string text = joined(runs, true); may_hold_mojibake(text)) {
    const MojibakeContext context = mojibake_context(text);
    MojibakeContext damaged = context;
    damaged.damaged = true;
    std::set<std::size_t> damaged_paragraphs;
    for (const auto& run : runs) {
      if (run.paragraph != kMetadataRun && shows_mojibake(*run.text, context)) damaged_paragraphs.insert(run.paragraph);
    }
    repair_runs(
        runs, options, out, "repair.mojibake", "repaired UTF-8 read as Windows-1252",
        [&](std::string_view t, const TextRun& run, ChangeLog& log) {
          return repair_mojibake(t, damaged_paragraphs.count(run.paragraph) ? damaged : context, log);
        },
        options.one_note_when_throughout && context.throughout
            ? "the whole document is UTF-8 that was read as Windows-1252 or Latin-1"
            : nullptr);
  }
  const std::string text = options.lost_punctuation ? joined(runs, true) : std::string();
  // Only where the text shows the loss where no letter can be: a reader's runs hold the
  // page's menus and footers too, whose short words ("gr", "ch") would join "grâce" and
  // "Château" into a dash. (The context, with the text's language, only then.)
  if (shows_lost_quote_bytes(text)) {
    const PunctuationContext punctuation = punctuation_context(text, detect_language(text).language);
    repair_runs(runs, options, out, "repair.lost-quote-bytes", "repaired punctuation whose UTF-8 bytes were lost",
                [&](std::string_view t, const TextRun&, ChangeLog& log) { return repair_lost_quote_bytes(t, punctuation, log); });
  }
  return out;
}

}  // namespace folio::transform
