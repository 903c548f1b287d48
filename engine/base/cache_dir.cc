#include "base/cache_dir.h"

#include <sys/stat.h>

#include <cstdlib>

#include "base/atomic_file.h"

namespace folio::base {

std::filesystem::path cache_dir() {
  if (const char* own = std::getenv("FOLIO_CACHE_DIR")) return own;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') return std::filesystem::path(xdg) / "folio";
  if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".cache" / "folio";
  return {};
}

std::string file_stamp(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return "-";
  return std::to_string(static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec) + " " +
         std::to_string(static_cast<long long>(st.st_size));
}

bool write_cache_file(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  return write_file_atomically(path, bytes, "cache file").empty();
}

}  // namespace folio::base
