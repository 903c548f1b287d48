// The Document → Document transforms every reader's output goes through, in order: text repair,
// release semantics (dateline, quotes, contacts, about, end marks), language, typography.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "base/source_text.h"
#include "model/document.h"

namespace folio::transform {

struct TransformOptions {
  std::string language;           ///< --lang: overrides metadata and detection when set
  bool keep_boilerplate = false;  ///< keep Role::navigation blocks instead of dropping them
  bool typography = true;         ///< apply the language's typography (spacing, quotes)
  /// The decoded input, when available: repairs are then located at the damaged word itself
  /// rather than at the start of its paragraph.
  const base::SourceText* source = nullptr;
};

/// Runs every transform; each change is reported as a diagnostic with a span. Assigns ids.
base::Diagnostics apply_release_transforms(model::Document& document, const TransformOptions& options = {});

}  // namespace folio::transform
