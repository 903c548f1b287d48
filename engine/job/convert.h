// `folio convert` as a library: inputs → documents → every requested output, written atomically.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "job/input_ref.h"
#include "job/load_document.h"
#include "writers/text/write_text.h"

namespace folio::job {

/// The output formats folio can write, in the order they are produced.
const std::vector<std::string>& writable_formats();

struct ConvertOptions {
  LoadOptions load;
  std::vector<std::string> formats;  ///< empty = every writable format
  std::string output;                ///< "" = current directory; "-" = stdout; a file or a directory
  writers::TextWriterOptions text;
  /// Non-empty: all inputs become one EPUB collection with this title.
  std::string collection_title;
  bool input_order = false;          ///< collections: keep the given order instead of sorting by date
  std::size_t releases_per_file = 0;  ///< collections: releases per content document (0: automatic)
  std::string style = "default";     ///< house style: a name in styles/ or a .toml file
  bool pdf_debug = false;            ///< uncompressed PDF streams, for reading
  bool strict = false;               ///< an output that cannot claim PDF/UA-1 or fails its own audit is an error
  bool audit = true;                 ///< audit each PDF and EPUB written (job/self_audit.h)
  /// SOURCE_DATE_EPOCH, read by the caller: the time written into outputs. Unset: outputs carry
  /// the documents' own dates, never the clock, so they stay reproducible.
  std::optional<std::int64_t> source_date_epoch;
};

struct ConvertSummary {
  int inputs_failed = 0;     ///< inputs that could not be read or written
  int outputs_written = 0;
  bool warnings = false;     ///< some diagnostic of warning severity or worse was reported
  bool errors = false;       ///< some error was reported (for an output that was still written)
};

using DiagnosticSink = std::function<void(const base::Diagnostic&)>;

/// The formats to write (`options.formats`, else all; a collection: EPUB); nullopt after a usage
/// error for an unknown format.
std::optional<std::vector<std::string>> output_formats(const ConvertOptions& options, const DiagnosticSink& sink);

/// Converts each input independently in this process; a failing input does not stop the others.
/// Every diagnostic goes to `sink` as soon as it is known. Usage errors (bad format, "-" with
/// several outputs, two inputs writing the same file, an output that would overwrite an input)
/// fail everything before anything is written. (Batches of many inputs: job/batch.h.)
ConvertSummary run_convert(const std::vector<InputRef>& inputs, const ConvertOptions& options,
                           const DiagnosticSink& sink);

}  // namespace folio::job
