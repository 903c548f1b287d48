// Runs the real folio binary in a scratch directory and captures what a user would see.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "support/paths.h"

namespace folio::test {

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
  std::vector<std::string> err_lines() const;
};

/// A fresh directory under the system temp dir, removed when the object dies.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path write(const std::string& name, const std::string& bytes) const;
  /// Names of the entries in the directory (sorted), hidden files included.
  std::vector<std::string> list(const std::string& sub = "") const;

 private:
  std::filesystem::path path_;
};

/// Runs `folio ARGS` (the built one, or `binary`) with the working directory `cwd`; arguments are
/// passed without a shell.
CliRun run_folio(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                 const std::filesystem::path& binary = folio_binary());

/// What else a run is given: its standard input and environment variables ("NAME=value").
struct RunSetting {
  std::string stdin_text;
  std::vector<std::string> env;
};
CliRun run_folio(const std::vector<std::string>& args, const std::filesystem::path& cwd, const RunSetting& setting);

}  // namespace folio::test
