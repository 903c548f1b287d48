#include "base/cache_dir.h"

#include <cstdlib>

#include "base/atomic_file.h"

namespace folio::base {

std::filesystem::path cache_dir() {
  if (const char* own = std::getenv("FOLIO_CACHE_DIR")) return own;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') return std::filesystem::path(xdg) / "folio";
  if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".cache" / "folio";
  return {};
}

bool write_cache_file(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  return write_file_atomically(path, bytes, "cache file").empty();
}

}  // namespace folio::base
