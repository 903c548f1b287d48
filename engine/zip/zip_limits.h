// Zip-bomb limits for every reader of ZIP containers (the EPUB audit, the DOCX reader): checked on
// the central directory's claims before anything is inflated; read_zip_entry then holds each
// entry to its claim, so what is read stays within what was checked.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "zip/zip_reader.h"

namespace folio::zip {

struct ZipLimits {
  std::size_t max_entries = 10000;
  std::uint64_t max_total_bytes = 512u << 20;  ///< uncompressed, all entries
  std::uint64_t max_entry_bytes = 64u << 20;   ///< uncompressed, one entry
  std::uint64_t max_ratio = 200;               ///< uncompressed / compressed, for entries over 1 MiB
};

/// What in `entries` breaks `limits`, one sentence each ("word/document.xml has compression ratio
/// 1030:1"); empty when the archive is within them.
std::vector<std::string> zip_limit_violations(const std::vector<ZipEntryInfo>& entries, const ZipLimits& limits);

}  // namespace folio::zip
