// Deflate compression (RFC 1951) by libdeflate: raw for ZIP entries, in a zlib wrapper (RFC 1950)
// for PDF FlateDecode streams. Several times faster than zlib at the same or a smaller size.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio::base {

enum class DeflateFormat { raw, zlib };

/// `bytes` compressed at `level` (1 fastest .. 12 smallest), the same bytes for the same input
/// and level on every run; nullopt when libdeflate cannot allocate its compressor.
std::optional<std::string> deflate(std::string_view bytes, DeflateFormat format, int level);

}  // namespace folio::base
