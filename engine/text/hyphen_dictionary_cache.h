// Hyphenation dictionaries kept between runs, ready to use: reading hyph_de_DE.dic's 78,000
// patterns into libhyphen's automaton costs a German release most of its conversion time.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>

#include "text/hyphen_dictionary.h"

namespace folio::text {

/// The dictionary of the pattern file `path` (read as UTF-8, load_hyphen_dictionary), taken from
/// `cache_dir`/hyphenation when a copy made from this same file is there — same path, size and
/// modification time, same folio layout — else loaded from `path` and kept there for the next
/// run (a cache that cannot be written or read is no error; an empty `cache_dir` keeps none).
/// The dictionary is the same either way. nullptr when `path` cannot be read.
std::unique_ptr<HyphenDictionary> load_cached_hyphen_dictionary(const std::filesystem::path& path,
                                                                 const std::filesystem::path& cache_dir);

/// Where load_cached_hyphen_dictionary keeps the dictionary of `path`.
std::filesystem::path hyphen_cache_file(const std::filesystem::path& path, const std::filesystem::path& cache_dir);

/// The address the dictionary in `cache_file` is mapped at and used in place (HyphenDictionary::
/// map_image); when it cannot be, the file's portable copy is read instead.
std::uintptr_t hyphen_cache_image_address(const std::filesystem::path& cache_file);

}  // namespace folio::text
