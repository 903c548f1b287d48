#include "support/paths.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace folio::test {

std::filesystem::path source_dir() { return FOLIO_SOURCE_DIR; }

std::filesystem::path fixture(const std::string& relative) { return source_dir() / "tests" / "fixtures" / relative; }

std::optional<std::filesystem::path> shared_dir() {
  if (const char* env = std::getenv("FOLIO_SHARED_DIR"); env && *env) {
    if (std::filesystem::is_directory(env)) return std::filesystem::path(env);
    return std::nullopt;
  }
  auto candidate = source_dir().parent_path() / "shared";
  if (std::filesystem::is_directory(candidate / "corpus")) return candidate;
  return std::nullopt;
}

std::filesystem::path folio_binary() { return FOLIO_BINARY; }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace folio::test
