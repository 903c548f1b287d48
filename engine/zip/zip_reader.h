// Reads a ZIP archive held in memory (EPUBs to audit, EPUBs read back in tests): the central
// directory once, then one entry at a time under a size cap. Written for hostile files: every
// offset and length is checked against the data, and nothing is allocated on the file's word.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "zip/zip_format.h"

namespace folio::zip {

/// What the central directory says about one entry. Sizes and CRC are claims, checked when the
/// entry is read.
struct ZipEntryInfo {
  std::string name;  ///< UTF-8; bytes that are not UTF-8 (old code page 437 names) become U+FFFD
  std::uint16_t method = kMethodStored;  ///< as recorded; only stored and deflate can be read
  std::uint32_t crc32 = 0;
  std::uint32_t compressed_size = 0;
  std::uint32_t uncompressed_size = 0;
  std::uint32_t local_header_offset = 0;
  bool encrypted = false;
};

/// The entries in central-directory order. Fails with `zip.malformed` (no end of central
/// directory record, a record or offset outside the data) or `zip.unsupported` (ZIP64, multi-disk
/// archives); each error is one line that says what and which entry. Never throws.
base::Result<std::vector<ZipEntryInfo>> read_zip_directory(std::string_view archive);

/// The uncompressed bytes of `entry`, one of read_zip_directory(archive). Fails with
/// `zip.unsupported` (encrypted, a method other than stored or deflate), `zip.too-large` (declares
/// more than `max_bytes`), `zip.malformed` (local header or data outside the archive, corrupt
/// deflate data, more or fewer bytes than declared, wrong CRC-32) or `zip.inflate` (zlib could not
/// start). Inflating stops one byte past the declared size, which is at most `max_bytes`, so a
/// lying header costs no more memory than that. Never throws.
base::Result<std::string> read_zip_entry(std::string_view archive, const ZipEntryInfo& entry, std::uint64_t max_bytes);

}  // namespace folio::zip
