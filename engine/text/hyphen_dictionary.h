// Loads libhyphen pattern files (hyph_*.dic) fast, into libhyphen's own HyphenDict.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <hyphen.h>

namespace folio::text {

/// libhyphen's HyphenDict (the compound level, its word level in `nextlevel`) in memory this
/// object owns: each level's states, transitions and strings in three blocks, where libhyphen
/// makes one allocation per state, transition list and string (hyph_de_DE.dic: 280,000 states,
/// 21 MB in 420,000 allocations). Read only once made; never pass it to hnj_hyphen_free.
class HyphenDictionary {
 public:
  struct Level;
  explicit HyphenDictionary(std::vector<std::unique_ptr<Level>> levels);
  ~HyphenDictionary();
  HyphenDictionary(const HyphenDictionary&) = delete;
  HyphenDictionary& operator=(const HyphenDictionary&) = delete;

  /// For hnj_hyphen_hyphenate2, which only reads it.
  HyphenDict* get() const;

  /// The dictionary as libhyphen reads it, pointers included, for a file mapped read-only at
  /// address `base` with these bytes at `offset` in it (see map_image), an image_aligned offset.
  /// Native layout; empty for an offset that is not aligned.
  std::string image(std::uintptr_t base, std::size_t offset) const;
  /// `at` rounded up to the 8-byte alignment of the image's structs: where an image, and each
  /// block inside it, may start.
  static constexpr std::size_t image_aligned(std::size_t at) { return (at + 7) & ~std::size_t{7}; }
  /// The dictionary `fd` holds as image(base, offset) of `image_size` bytes, used where it lies:
  /// the whole file mapped at `base` (never over another mapping), no state copied, its pages
  /// shared by every process that maps it. Every pointer is checked to stay inside its block
  /// first. nullptr when the address is taken, the system maps elsewhere, or a check fails.
  static std::unique_ptr<HyphenDictionary> map_image(int fd, std::size_t file_size, std::uintptr_t base,
                                                     std::size_t offset, std::size_t image_size);

  /// The whole dictionary as bytes for deserialize() in a process of this same build (native
  /// byte order and libhyphen's struct layout, which the bytes record and check).
  std::string serialize() const;
  /// nullptr when `bytes` are not what serialize() makes (another layout, cut short, an index
  /// out of range): the caller loads the pattern file instead.
  static std::unique_ptr<HyphenDictionary> deserialize(std::string_view bytes);

 private:
  struct Mapping;
  HyphenDictionary(std::unique_ptr<Mapping> mapping, HyphenDict* root);

  std::vector<std::unique_ptr<Level>> levels_;  ///< empty for a mapped image
  std::unique_ptr<Mapping> mapping_;            ///< the mapped file, unmapped with the object
  HyphenDict* root_ = nullptr;
};

/// Reads `path` into the HyphenDict hnj_hyphen_load would build — the same states, matches,
/// non-standard replacements, fallbacks, compound level and options, so libhyphen's
/// hnj_hyphen_hyphenate2 gives the same points — but in milliseconds: libhyphen keys the prefix
/// states in a fixed 31,627-bucket hash and takes about 3 s on hyph_de_DE.dic (78,000 lines).
/// With `recode_to_utf8`, a file in another charset (hyph_de_DE.dic is ISO8859-1) is read as
/// if it had been written in UTF-8, so UTF-8 words with ä, ö, ü or ß match its patterns.
/// Returns nullptr when the file cannot be read.
std::unique_ptr<HyphenDictionary> load_hyphen_dictionary(const std::filesystem::path& path, bool recode_to_utf8 = true);

}  // namespace folio::text
