// Little-endian fields of ZIP records, for tests that check or damage an archive byte by byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace folio::zip::test {

inline std::uint32_t le(const std::string& b, std::size_t at, int bytes) {
  std::uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(b.at(at + static_cast<std::size_t>(i)));
  return v;
}
inline std::uint16_t le16(const std::string& b, std::size_t at) { return static_cast<std::uint16_t>(le(b, at, 2)); }
inline std::uint32_t le32(const std::string& b, std::size_t at) { return le(b, at, 4); }

inline void set_le(std::string& b, std::size_t at, int bytes, std::uint32_t v) {
  for (int i = 0; i < bytes; ++i) b.at(at + static_cast<std::size_t>(i)) = static_cast<char>(v >> (8 * i) & 0xFF);
}
inline void set_le16(std::string& b, std::size_t at, std::uint16_t v) { set_le(b, at, 2, v); }
inline void set_le32(std::string& b, std::size_t at, std::uint32_t v) { set_le(b, at, 4, v); }

/// Offset of the end of central directory record of an archive without a comment.
inline std::size_t end_record(const std::string& b) { return b.size() - 22; }
/// Offset of the central directory, as the end record says.
inline std::size_t central_directory(const std::string& b) { return le32(b, end_record(b) + 16); }

}  // namespace folio::zip::test
