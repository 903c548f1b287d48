// Damage to how a document's text was encoded, repaired on all its runs at once: HTML entities
// escaped twice (html_entities.h), then UTF-8 read as Windows-1252 or Latin-1 (mojibake.h) and,
// for readers, punctuation whose bytes were lost (lost_punctuation.h), each
// decided on evidence from the whole document and, for mojibake, per paragraph. The HTML reader
// runs it on the parsed page before it weighs words (its main-text classifier counts stop words,
// the headline and description are matched against the text); the release transforms run it on
// every document's text. Each repaired run is reported once, where its first damage is.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_text.h"

namespace folio::transform {

/// The runs of one paragraph share a number; metadata fields are reported together.
inline constexpr std::size_t kMetadataRun = static_cast<std::size_t>(-1);

struct TextRun {
  std::string* text;
  std::size_t paragraph = kMetadataRun;
  base::Span span;  ///< where the run is in the source
};

struct EncodingRepairOptions {
  /// The decoded input, when available: each repair is then located at the damaged characters.
  const base::SourceText* source = nullptr;
  /// Names the metadata's diagnostic (the document's source).
  std::string metadata_source;
  /// A document read in the wrong encoding throughout gets one note for all its mojibake
  /// instead of one per run.
  bool one_note_when_throughout = false;
  /// Also punctuation whose UTF-8 continuation bytes were lost ("â" for "’", lost_punctuation.h),
  /// judged in the language detected from the runs, where the runs show that loss twice where no
  /// letter can be: for readers, whose text has no language yet.
  bool lost_punctuation = false;
};

/// A diagnostic and the run it is about: an index into the runs, kMetadataRun for a note about
/// several (the metadata, a document damaged throughout).
struct RunNote {
  std::size_t run;
  base::Diagnostic note;
};

/// Repairs `runs` in place and says what it did (repair.escaped-entity, repair.mojibake,
/// repair.lost-quote-bytes).
std::vector<RunNote> repair_encoding(std::vector<TextRun>& runs, const EncodingRepairOptions& options);

}  // namespace folio::transform
