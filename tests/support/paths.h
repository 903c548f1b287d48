// Where tests find the project's fixtures, the shared corpus and the built folio binary.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace folio::test {

/// The project's source directory.
std::filesystem::path source_dir();
/// tests/fixtures/<relative>.
std::filesystem::path fixture(const std::string& relative);
/// ../shared next to the checkout, or nullopt when it is absent (tests that need it then skip).
std::optional<std::filesystem::path> shared_dir();
/// The built `folio` executable.
std::filesystem::path folio_binary();
/// Whole file as bytes; throws std::runtime_error when unreadable.
std::string read_file(const std::filesystem::path& path);

}  // namespace folio::test
