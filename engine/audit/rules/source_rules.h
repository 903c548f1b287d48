// Every source-document rule, one per file; registry.cc lists them in the table.
#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "audit/finding.h"
#include "audit/rule.h"
#include "model/document.h"

namespace folio::audit::source {

/// Adds one finding of `rule` at the node's span (or the document's file when the span is unknown).
using Emit = std::function<void(const Rule& rule, const base::Span& span, std::string message)>;

/// A source rule: identity plus its check over the model, and the codes of the diagnostics that
/// report a breach of it while the source was read (what the model no longer shows: an empty
/// heading left out, a heading level renumbered, text set apart by its colour alone).
struct SourceRule {
  Rule rule;
  void (*check)(const model::Document& document, const Emit& emit);
  std::span<const std::string_view> diagnostic_codes{};
};

/// Calls `fn` for every image of the document (figures and inline images) with its span; shared
/// by the image rules.
void for_each_image(const model::Document& doc, const std::function<void(const base::Span&, const model::Image&)>& fn);

/// Every source rule, in table order.
std::span<const SourceRule* const> source_rules();

extern const SourceRule kSourceAllCaps;
extern const SourceRule kSourceColourOnly;
extern const SourceRule kSourceHeadingEmpty;
extern const SourceRule kSourceHeadingSkipped;
extern const SourceRule kSourceImageAlt;
extern const SourceRule kSourceImageFilenameAlt;
extern const SourceRule kSourceLanguage;
extern const SourceRule kSourceLinkText;
extern const SourceRule kSourceTableHeaders;
extern const SourceRule kSourceTitle;

}  // namespace folio::audit::source
