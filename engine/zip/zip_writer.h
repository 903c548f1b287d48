// Writes a ZIP archive in memory (the EPUB container): entries in the given order, stored or
// deflated, with fixed timestamps and header fields so the same entries give the same bytes.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"

namespace folio::zip {

/// One file to put in an archive.
struct ZipEntry {
  std::string name;  ///< path inside the archive, UTF-8, '/' separated, e.g. "EPUB/package.opf"
  std::string data;
  bool deflate = true;  ///< false: stored uncompressed (required for an EPUB's mimetype)
};

/// The ZIP bytes: a local header and data per entry, in the given order, then the central
/// directory. Every entry gets the DOS time 1980-01-01 00:00, no extra field and no data
/// descriptor; the UTF-8 flag is set on names that are not ASCII. Deterministic for a given zlib.
/// Fails with `zip.too-large` (more than 65535 entries, a name over 65535 bytes, or an entry or
/// archive that needs ZIP64) or `zip.deflate` (no memory to compress); never throws.
base::Result<std::string> build_zip(const std::vector<ZipEntry>& entries);

}  // namespace folio::zip
