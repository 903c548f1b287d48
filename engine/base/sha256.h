// SHA-256 (FIPS 180-4): the digests of the batch report (inputs, outputs, options) and of WARC
// payloads. Own code, so the executable needs no crypto library at start-up.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace folio::base {

/// Incremental SHA-256: update() any number of times, then hex() or digest() once.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  /// The 32-byte digest; the object must not be updated afterwards.
  std::array<std::uint8_t, 32> digest();
  /// The digest as 64 lowercase hexadecimal digits.
  std::string hex();

 private:
  void blocks(const std::uint8_t* p, std::size_t n);
  std::array<std::uint32_t, 8> h_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;
};

/// SHA-256 of `bytes` in lowercase hexadecimal.
std::string sha256_hex(std::string_view bytes);

}  // namespace folio::base
