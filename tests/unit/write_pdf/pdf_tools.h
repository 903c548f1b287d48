// Running the command-line readers (poppler, qpdf, ../shared/tools) on written PDFs in tests.
#pragma once

#include <filesystem>
#include <string>

namespace folio::pdf::test {

struct CommandResult {
  int status = -1;     ///< exit status, -1 when it could not run
  std::string output;  ///< stdout and stderr
};

/// Runs `command` through the shell with TZ=UTC.
CommandResult run(const std::string& command);
/// True when `program` is on PATH.
bool have(const std::string& program);
/// Writes `bytes` to a fresh file named `name` in a per-test temporary directory, removed when
/// the test's process exits.
std::filesystem::path write_temp(const std::string& name, const std::string& bytes);
/// Tag tree and metadata of a PDF as text: `pdfinfo`, `pdfinfo -struct-text`, XMP and pdffonts
/// (object numbers removed).
std::string read_back(const std::filesystem::path& pdf);

}  // namespace folio::pdf::test
