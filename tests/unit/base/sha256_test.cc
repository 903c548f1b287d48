#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "base/sha256.h"
#include "base/sha256_blocks.h"

namespace folio::base {
namespace {

// Where the processor has the SHA extensions, both compression functions give the same state
// over many blocks of varied bytes (the known vectors above then cover the portable one through
// this equality; without the extensions the portable one is what runs).
TEST(Sha256, ExtensionsAndPortableCodeAgree) {
  if (!detail::sha256_shani_available()) GTEST_SKIP() << "no SHA extensions on this processor";
  std::string bytes(64 * 37, '\0');
  std::uint32_t x = 2463534242u;
  for (auto& c : bytes) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    c = static_cast<char>(x);
  }
  for (std::size_t blocks : {1u, 2u, 37u}) {
    detail::Sha256State a{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    detail::Sha256State b = a;
    detail::sha256_blocks_portable(a, reinterpret_cast<const std::uint8_t*>(bytes.data()), blocks);
    detail::sha256_blocks_shani(b, reinterpret_cast<const std::uint8_t*>(bytes.data()), blocks);
    EXPECT_EQ(a, b) << blocks;
  }
}

// FIPS 180-4 example messages (NIST CSRC "Examples with intermediate values").
TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Fed in pieces of every size around the block boundary, the digest is that of the whole.
TEST(Sha256, PiecesGiveTheDigestOfTheWhole) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += static_cast<char>('a' + i % 26);
  const std::string whole = sha256_hex(text);
  for (std::size_t piece = 1; piece <= 130; ++piece) {
    Sha256 sha;
    for (std::size_t i = 0; i < text.size(); i += piece) sha.update(std::string_view(text).substr(i, piece));
    EXPECT_EQ(sha.hex(), whole) << piece;
  }
  // Lengths around the padding boundary (a message of 56 bytes or more needs a second block);
  // digests from Python's hashlib.
  const std::pair<std::size_t, const char*> lengths[] = {
      {55, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"},
      {56, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e"},
      {63, "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2"},
      {64, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"},
      {65, "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9"},
      {119, "000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c"},
      {120, "13f05a0b594787f5ecd315edc96141bd3243203d1b7d4f0836f37308b276ba98"}};
  for (const auto& [n, hex] : lengths) EXPECT_EQ(sha256_hex(std::string(n, 'x')), hex) << n;
}

}  // namespace
}  // namespace folio::base
