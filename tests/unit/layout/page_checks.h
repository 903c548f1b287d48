// Invariants every laid-out document must satisfy, shared by the property and golden tests.
#pragma once

#include <string>
#include <vector>

#include "layout/paged_document.h"
#include "model/document.h"
#include "style/style.h"

namespace folio::layout::checks {

/// Problems found, one line each; empty when the pages are sound:
/// - no content glyph outside the text area (artifacts may be anywhere on the page);
/// - no .notdef glyph (gid 0);
/// - tags and artifacts balanced on each page, no tag inside an artifact;
/// - for every paragraph and heading, the run texts concatenated in logical order give its
///   model::plain_text, apart from spaces and newlines at line ends and inserted hyphens, and
///   every byte of a run's text is in exactly one glyph cluster.
/// - no page but the last ends inside a hyphenated word.
std::vector<std::string> check_pages(const PagedDocument& pages, const model::Document& document,
                                     const style::Style& style);

}  // namespace folio::layout::checks
