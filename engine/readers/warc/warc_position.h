// A place in a WARC file that a reader can go back to (see warc_stream.h).
#pragma once

#include <cstdint>

namespace folio::readers {

/// Where a byte of the uncompressed stream is: the file offset of its gzip member and the byte
/// offset inside that member's uncompressed data (for a plain file: member 0, the file offset).
struct WarcPosition {
  std::uint64_t member = 0;
  std::uint64_t inner = 0;
  friend bool operator==(const WarcPosition&, const WarcPosition&) = default;
};

}  // namespace folio::readers
