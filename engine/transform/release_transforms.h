// The Document → Document transforms every reader's output goes through, in order: text repair,
// release semantics (dateline, quotes, contacts, about, end marks), language, typography.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "base/source_text.h"
#include "model/document.h"

namespace folio::transform {

struct TransformOptions {
  std::string language;           ///< --lang: overrides metadata and detection when set
  bool keep_boilerplate = false;  ///< keep Role::navigation blocks instead of dropping them
  bool typography = true;         ///< apply the language's typography (spacing, quotes)
  /// --no-repair turns this off: no repair changes the text, except that the C0 controls no
  /// output can hold (XML 1.0 forbids them) are still removed, and reported.
  bool repair = true;
  /// The decoded input, when available: repairs are then located at the damaged word itself
  /// rather than at the start of its paragraph.
  const base::SourceText* source = nullptr;
};

/// A document damaged all through: its source text repaired, to be read again so that the
/// reader's decisions are made on its real text, and the notes that say what was repaired.
struct SourceRepair {
  std::string text;
  base::Diagnostics notes;
};

/// Checks `read_text`, the text of the document as first read from `source` (all_text, navigation
/// included): nullopt unless it reads as mojibake throughout (mojibake.h,
/// `MojibakeContext::damaged`), or, for `plain_text` sources, at least 3 of its entities escaped
/// twice or of its punctuation's lost bytes are repaired in the source. Reads nothing else, so
/// the document may be transformed meanwhile.
std::optional<SourceRepair> repair_source(std::string_view read_text, const base::SourceText& source, bool plain_text);

/// Runs every transform; each change is reported as a diagnostic with a span. Assigns ids.
base::Diagnostics apply_release_transforms(model::Document& document, const TransformOptions& options = {});

}  // namespace folio::transform
