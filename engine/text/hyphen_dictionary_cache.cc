#include "text/hyphen_dictionary_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
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

// A cache file: its first line, then an index, the dictionary as serialize() makes it (portable,
// copied when read), and the dictionary as an image for the address `base` (used in place when
// the file can be mapped there). A file with the first line and serialize()'s bytes only (an
// older folio's) is read too, and made again in this layout.
constexpr char kIndexMagic[8] = {'F', 'O', 'L', 'I', 'O', 'H', 'M', '1'};
struct CacheIndex {
  char magic[8];
  std::uint64_t portable_size = 0;
  std::uint64_t image_offset = 0;
  std::uint64_t image_size = 0;
  std::uint64_t base = 0;
};

std::string cache_bytes(const HyphenDictionary& dict, const std::string& made_from, std::uintptr_t base) {
  CacheIndex index;
  std::memcpy(index.magic, kIndexMagic, sizeof kIndexMagic);
  const std::string portable = dict.serialize();
  index.portable_size = portable.size();
  index.image_offset = HyphenDictionary::image_aligned(made_from.size() + sizeof index + portable.size());
  const std::string image = dict.image(base, index.image_offset);
  index.image_size = image.size();
  index.base = base;
  std::string out = made_from;
  out.append(reinterpret_cast<const char*>(&index), sizeof index);
  out += portable;
  out.resize(index.image_offset, '\0');
  return out + image;
}

struct Cached {
  std::unique_ptr<HyphenDictionary> dict;  ///< nullptr: none, or not from this pattern file
  bool outdated = false;                   ///< read, but not in this folio's layout (no image for this address)
};

/// The dictionary in `file` when its first line is `expected`.
Cached read_cache(const std::filesystem::path& file, const std::string& expected) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return {};
  struct stat st {};
  Cached cached;
  std::unique_ptr<HyphenDictionary>& out = cached.dict;
  if (::fstat(fd, &st) == 0 && static_cast<std::size_t>(st.st_size) > expected.size()) {
    const auto size = static_cast<std::size_t>(st.st_size);
    std::string head(expected.size() + sizeof(CacheIndex), '\0');
    const auto got = ::pread(fd, head.data(), head.size(), 0);
    CacheIndex index{};
    const bool indexed = got == static_cast<ssize_t>(head.size()) && head.starts_with(expected) &&
                         std::memcmp(head.data() + expected.size(), kIndexMagic, sizeof kIndexMagic) == 0;
    if (indexed) std::memcpy(&index, head.data() + expected.size(), sizeof index);
    // A file cut short (its image does not end where the file does) is made again.
    const bool whole = !indexed || (index.image_offset <= size && index.image_size == size - index.image_offset);
    if (indexed && whole && index.base == hyphen_cache_image_address(file)) {
      out = HyphenDictionary::map_image(fd, size, index.base, index.image_offset, index.image_size);
    }
    if (!out && whole) {
      // The portable copy, read through a mapping anywhere: its pages come from the page cache.
      void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
      if (mapped != MAP_FAILED) {
        const std::string_view bytes(static_cast<const char*>(mapped), size);
        if (bytes.starts_with(expected)) {
          std::string_view rest = bytes.substr(expected.size());
          if (indexed) rest = index.portable_size <= rest.size() - sizeof index ? rest.substr(sizeof index, index.portable_size) : std::string_view();
          out = HyphenDictionary::deserialize(rest);
          // An older folio's file (no image, or one for another address) is made again in this
          // layout, or every later run would copy it.
          cached.outdated = !indexed || index.base != hyphen_cache_image_address(file);
        }
        ::munmap(mapped, size);
      }
    }
  }
  ::close(fd);
  return cached;
}

}  // namespace

// One of 1,024 slots of 4 GiB in an area of the address space the system leaves alone unless
// asked (the kernel places mappings near the top), chosen by the file's name so that the
// dictionaries of one process rarely share a slot; when they do, or the area is taken, the
// portable copy is read instead.
std::uintptr_t hyphen_cache_image_address(const std::filesystem::path& file) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const unsigned char c : file.filename().string()) h = (h ^ c) * 0x100000001b3ULL;
  return std::uintptr_t{0x3f0000000000} + static_cast<std::uintptr_t>(h % 1024) * (std::uintptr_t{1} << 32);
}

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
  auto cached = read_cache(file, made_from);
  if (cached.dict && cached.outdated) {
    base::write_cache_file(file, cache_bytes(*cached.dict, made_from, hyphen_cache_image_address(file)));
  }
  if (cached.dict) return std::move(cached.dict);
  auto loaded = load_hyphen_dictionary(path);
  if (loaded && origin(path) == made_from) {  // not changed while read
    base::write_cache_file(file, cache_bytes(*loaded, made_from, hyphen_cache_image_address(file)));
  }
  return loaded;
}

}  // namespace folio::text
