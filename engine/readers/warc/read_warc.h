// Reader for web archives (WARC, ISO 28500; .warc and .warc.gz): every HTML response record is a
// release, found with its target URI, capture date and payload digest; other records are counted
// by kind and skipped. The index is read once for a whole archive; a release's payload is read
// again from its position when it is converted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/result.h"
#include "readers/warc/warc_position.h"

namespace folio::readers {

/// One HTML response record.
struct WarcRelease {
  WarcPosition position;       ///< where the record starts (read_warc_release)
  std::string record_id;       ///< WARC-Record-ID, e.g. "<urn:uuid:…>"
  std::string target_uri;      ///< WARC-Target-URI
  std::string date;            ///< WARC-Date, the capture time (ISO 8601, UTC)
  std::string payload_sha256;  ///< SHA-256 of the HTTP body as served (transfer and content codings undone)
  std::uint64_t payload_bytes = 0;
};

struct WarcIndex {
  std::vector<WarcRelease> releases;  ///< in the order of the file
  /// Records that are not releases, by reason ("request", "warcinfo", "status 404",
  /// "type image/png", "too large" …).
  std::map<std::string, int> skipped;
};

struct WarcOptions {
  std::size_t max_payload = 16u << 20;  ///< larger bodies are skipped ("too large"), as a file would be refused
};

/// True when `path` names a WARC file by its extension (.warc, .warc.gz).
bool is_warc_path(const std::string& path);

/// Reads every record of `path`. Errors: the file cannot be opened or does not start with a WARC
/// record. A truncated or corrupt tail is a warning (`warc.truncated`, `warc.corrupt`): the
/// records before it are kept.
base::Result<base::Warned<WarcIndex>> index_warc(const std::string& path, const WarcOptions& options = {});

/// The body of one release and what its HTTP headers say about it.
struct WarcPayload {
  std::string body;
  std::string charset;  ///< from the HTTP Content-Type; empty when not declared
};

/// Reads the release recorded at `position` of `path` again. Errors (`warc.*`): the file changed
/// or cannot be read there.
base::Result<WarcPayload> read_warc_release(const std::string& path, WarcPosition position,
                                            const WarcOptions& options = {});

}  // namespace folio::readers
