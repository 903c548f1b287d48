// Where folio keeps what it learns about the machine between runs (font lookups, compiled
// hyphenation patterns), so a run does not redo what the previous one found.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace folio::base {

/// $FOLIO_CACHE_DIR, else $XDG_CACHE_HOME/folio, else $HOME/.cache/folio. Empty (no caching)
/// when FOLIO_CACHE_DIR is set to the empty string or no home is known. Not created here.
std::filesystem::path cache_dir();

/// "mtime-in-ns size" of a file or directory, "-" when it does not exist: what a cache entry
/// records of each thing it was made from, to be trusted only while that is unchanged.
std::string file_stamp(const std::filesystem::path& path);

/// Writes a cache file whole (base/atomic_file.h), creating its directory; false when it cannot
/// (a cache that cannot be written is no error). Of concurrent writers, one whole file remains.
bool write_cache_file(const std::filesystem::path& path, std::string_view bytes);

}  // namespace folio::base
