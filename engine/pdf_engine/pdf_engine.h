// The PDF engine: everything that needs HarfBuzz, FreeType, fontconfig, libhyphen or PoDoFo
// (layout, the PDF writer, the PDF audit, the font report) is built as a module that the folio
// executable loads on first use. Loading those libraries cost ~15 ms, more than a whole txt or
// EPUB conversion, which therefore never pays it (bench/startup-floor).
//
// The module and its users are built together from the same sources and compiler, so the table
// passes C++ types; it is not a plugin interface for third parties.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <thread>

#include "audit/audit.h"
#include "base/result.h"
#include "layout/paged_document.h"
#include "model/document.h"
#include "style/style.h"
#include "writers/pdf/write_pdf.h"

namespace folio::pdf_engine {

struct Engine {
  /// layout::layout_document() with the default font manifest, loaded once per process.
  /// Errors: the fonts cannot be loaded.
  base::Result<base::Warned<layout::PagedDocument>> (*lay_out)(const model::Document& document,
                                                               const style::Style& style,
                                                               const layout::ImageSource& images);
  /// pdf::write_pdf().
  base::Warned<std::string> (*write_pdf)(const layout::PagedDocument& pages, const model::Document& document,
                                         const pdf::PdfOptions& options);
  /// audit::audit_pdf().
  audit::Report (*audit_pdf)(std::string_view bytes, const std::string& file, const audit::PdfLimits& limits);
  /// audit::pdf_rule_list().
  std::span<const audit::Rule* const> (*pdf_rules)();
  /// The fallback chains with their files, then the hyphenation dictionaries (`folio fonts`).
  /// `manifest` empty: the default one. Errors: the manifest cannot be read.
  base::Result<std::string> (*describe_fonts)(const std::string& manifest);
  /// Loads what lay_out() needs before its first document (fontconfig's configuration, the
  /// default font manifest), so that another thread can do it while the input is read.
  void (*prepare)();
};

/// The engine, loaded on first use: linked into this program (tests), else the module
/// `folio-pdf-engine.so` next to the executable. An error diagnostic (`pdf-engine.missing`) when
/// the module cannot be loaded; later calls return the same result.
base::Result<const Engine*> engine();

/// Loads the engine and prepares it (Engine::prepare) on a thread of its own, for a run that will
/// make PDFs: the ~20 ms this costs then overlap reading the input. The returned thread is joined
/// when destroyed; engine() and lay_out() wait for what it has not finished.
std::jthread prepare_in_background();

}  // namespace folio::pdf_engine
