#include "text/hyphen_dictionary_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <string_view>

#include "base/cache_dir.h"
#include "base/sha256.h"

namespace folio::text {
namespace {

/// The first line of a cache file: what it was made from. A pattern file that changes (a
/// package upgrade) changes its modification time or size, and the copy is made again.
std::string origin(const std::filesystem::path& path) {
  std::error_code ec;
  const std::filesystem::path real = std::filesystem::canonical(path, ec);
  if (ec) return {};
  const std::string stamp = base::file_stamp(real);
  return stamp == "-" ? std::string() : "folio hyphenation 1 " + stamp + " " + real.string() + "\n";
}

/// The dictionary in `file` when its first line is `expected`; nullptr otherwise. The file is
/// mapped, not read: its pages come from the page cache as they are copied.
std::unique_ptr<HyphenDictionary> read_cache(const std::filesystem::path& file, const std::string& expected) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  std::unique_ptr<HyphenDictionary> out;
  if (::fstat(fd, &st) == 0 && static_cast<std::size_t>(st.st_size) > expected.size()) {
    const auto size = static_cast<std::size_t>(st.st_size);
    void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (mapped != MAP_FAILED) {
      const std::string_view bytes(static_cast<const char*>(mapped), size);
      if (bytes.starts_with(expected)) out = HyphenDictionary::deserialize(bytes.substr(expected.size()));
      ::munmap(mapped, size);
    }
  }
  ::close(fd);
  return out;
}

}  // namespace

std::filesystem::path hyphen_cache_file(const std::filesystem::path& path, const std::filesystem::path& cache_dir) {
  std::error_code ec;
  const std::string real = std::filesystem::weakly_canonical(path, ec).string();
  return cache_dir / "hyphenation" / (path.filename().string() + "-" + base::sha256_hex(real).substr(0, 16));
}

std::unique_ptr<HyphenDictionary> load_cached_hyphen_dictionary(const std::filesystem::path& path,
                                                                 const std::filesystem::path& cache_dir) {
  const std::string made_from = cache_dir.empty() ? std::string() : origin(path);
  if (made_from.empty()) return load_hyphen_dictionary(path);
  const std::filesystem::path file = hyphen_cache_file(path, cache_dir);
  if (auto cached = read_cache(file, made_from)) return cached;
  auto loaded = load_hyphen_dictionary(path);
  if (loaded && origin(path) == made_from) base::write_cache_file(file, made_from + loaded->serialize());  // not changed while read
  return loaded;
}

}  // namespace folio::text
