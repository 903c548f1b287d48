// The audit stage: checks PDFs, EPUBs and source documents for accessibility and returns findings
// tied to the standard (ISO 14289-1 / Matterhorn, EPUB Accessibility 1.1, WCAG 2.2).
#pragma once

#include <cstddef>
#include <string>
#include <span>
#include <string_view>

#include "audit/finding.h"
#include "base/diagnostic.h"
#include "audit/rule.h"
#include "model/document.h"

namespace folio::audit {

/// The findings for one audited file.
struct Report {
  std::string file;
  std::string format;  ///< "pdf", "epub" or "source"
  Findings findings;
};

/// Limits that keep hostile files from exhausting the stack, memory or time.
struct PdfLimits {
  int max_tree_depth = 128;                        ///< structure tree, number trees, page tree
  int max_form_depth = 12;                         ///< nested form XObjects
  std::size_t max_stream_bytes = 32u << 20;        ///< decoded bytes per stream
  std::size_t max_content_bytes = 128u << 20;      ///< decoded content bytes per document
  std::size_t max_elements = 200000;               ///< structure elements
};

/// Audits a PDF against the machine-checkable PDF/UA-1 conditions. `file` names it in locations.
/// Never throws; a file that cannot be parsed yields a `pdf.unreadable` finding. Bounded in depth,
/// memory and time on hostile input by `limits` (what is cut is a `pdf.structure-limits` warning).
/// Deterministic.
Report audit_pdf(std::string_view bytes, const std::string& file, const PdfLimits& limits = {});

/// The PDF rules (`pdf.*`), sorted by id. Like audit_pdf(), defined in the PDF audit library,
/// which only the PDF engine module and tests link.
std::span<const Rule* const> pdf_rule_list();

/// Audits an EPUB 3 against EPUB Accessibility 1.1 / WCAG 2.2 checks. Never throws; a broken or
/// hostile container (zip bomb, zip slip, malformed XML) yields findings.
Report audit_epub(std::string_view bytes, const std::string& file);

/// Audits a source document (as read from txt, html, md or docx) before conversion. Locations come
/// from the nodes' spans; `file` is used when a span has none. `read` are the diagnostics of
/// reading it: those that report a breach the model no longer shows become findings too.
Report audit_document(const model::Document& document, const std::string& file, const base::Diagnostics& read = {});

}  // namespace folio::audit
