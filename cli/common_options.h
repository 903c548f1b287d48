// Options shared by the subcommands that read documents (convert, inspect).
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "job/diagnostic_format.h"
#include "job/load_document.h"

namespace folio::cli {

struct ReadingOptions {
  std::string from;
  std::string lang;
  std::string title;
  bool keep_boilerplate = false;
  bool no_repair = false;
  std::string diagnostic_format = "human";
};

void add_reading_options(CLI::App& command, ReadingOptions& options);

/// Checked conversion to the job's options; false (after printing a usage error) when invalid.
bool to_load_options(const ReadingOptions& options, job::LoadOptions& out, job::DiagnosticFormat& format);

/// Reads SOURCE_DATE_EPOCH (reproducible-builds.org): unset → nullopt; not a whole number of
/// seconds → prints an error and returns false.
bool read_source_date_epoch(std::optional<std::int64_t>& out);

/// Prints one diagnostic on stderr in the chosen format.
void print_diagnostic(const base::Diagnostic& diagnostic, job::DiagnosticFormat format);

}  // namespace folio::cli
