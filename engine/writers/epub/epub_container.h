// The EPUB container (OCF ZIP) built in memory with libzip: entries in the given order, fixed
// timestamps, the first entry (mimetype) stored uncompressed.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"

namespace folio::writers::epub {

struct ZipEntry {
  std::string name;  ///< path inside the container, e.g. "EPUB/package.opf"
  std::string data;
  bool deflate = true;  ///< false: stored (required for mimetype)
};

/// The ZIP bytes. Every entry gets the DOS time 1980-01-01 00:00 (timezone-independent) so the
/// output is reproducible. Fails with `epub.zip` when libzip reports an error.
base::Result<std::string> build_zip(const std::vector<ZipEntry>& entries);

}  // namespace folio::writers::epub
