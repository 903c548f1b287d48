// The numbers of the ZIP format (PKWARE APPNOTE.TXT 6.3) that folio's ZIP reader and writer
// share: record signatures and sizes, general-purpose flag bits, compression methods.
#pragma once

#include <cstddef>
#include <cstdint>

namespace folio::zip {

/// Compression methods (APPNOTE 4.4.5); folio reads and writes only these two.
inline constexpr std::uint16_t kMethodStored = 0;
inline constexpr std::uint16_t kMethodDeflate = 8;

inline constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;    ///< "PK\3\4"
inline constexpr std::uint32_t kCentralHeaderSignature = 0x02014b50;  ///< "PK\1\2"
inline constexpr std::uint32_t kEndRecordSignature = 0x06054b50;      ///< "PK\5\6"
inline constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;   ///< "PK\6\7"

/// Fixed parts of the records, before the variable-length name, extra field and comment.
inline constexpr std::size_t kLocalHeaderSize = 30;
inline constexpr std::size_t kCentralHeaderSize = 46;
inline constexpr std::size_t kEndRecordSize = 22;
inline constexpr std::size_t kZip64LocatorSize = 20;

/// General-purpose flag bits (APPNOTE 4.4.4).
inline constexpr std::uint16_t kFlagEncrypted = 1u << 0;
inline constexpr std::uint16_t kFlagStrongEncryption = 1u << 6;
inline constexpr std::uint16_t kFlagUtf8 = 1u << 11;

/// A 32-bit size or offset of 0xFFFFFFFF means "see the ZIP64 extra field" (APPNOTE 4.4.8), so
/// the largest value a plain ZIP can hold is one less.
inline constexpr std::uint32_t kZip64Marker32 = 0xFFFFFFFF;

}  // namespace folio::zip
