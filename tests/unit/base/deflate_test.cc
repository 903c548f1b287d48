#include "base/deflate.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace folio::base {
namespace {

// zlib's inflate of `packed`: raw deflate (window bits -15) or with the zlib wrapper (15).
std::string inflated(const std::string& packed, bool raw, std::size_t size) {
  z_stream z{};
  EXPECT_EQ(inflateInit2(&z, raw ? -MAX_WBITS : MAX_WBITS), Z_OK);
  std::string out(size + 16, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  z.avail_in = static_cast<uInt>(packed.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(out.size() - z.avail_out);
  inflateEnd(&z);
  return out;
}

std::string sample() {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Paragraph " + std::to_string(i * 7919 % 1000) + " of the release; ";
  return text;
}

TEST(Deflate, ZlibReadsBothFormatsBack) {
  const std::string text = sample();
  for (int level : {1, 6, 9, 12}) {
    const auto raw = deflate(text, DeflateFormat::raw, level);
    const auto wrapped = deflate(text, DeflateFormat::zlib, level);
    ASSERT_TRUE(raw && wrapped) << level;
    EXPECT_LT(raw->size(), text.size() / 4) << level;
    EXPECT_EQ(wrapped->size(), raw->size() + 6) << level;  // 2-byte header, 4-byte Adler-32
    EXPECT_EQ(inflated(*raw, true, text.size()), text) << level;
    EXPECT_EQ(inflated(*wrapped, false, text.size()), text) << level;
  }
}

TEST(Deflate, SameBytesEveryTimeAndEmptyInput) {
  const std::string text = sample();
  EXPECT_EQ(deflate(text, DeflateFormat::raw, 9), deflate(text, DeflateFormat::raw, 9));
  EXPECT_NE(deflate(text, DeflateFormat::raw, 1), deflate(text, DeflateFormat::raw, 12));
  const auto empty = deflate("", DeflateFormat::raw, 9);
  ASSERT_TRUE(empty);
  EXPECT_FALSE(empty->empty());  // an empty deflate stream still has its final block
  EXPECT_EQ(inflated(*empty, true, 0), "");
  // Levels outside 1..12 are taken as the nearest one.
  EXPECT_EQ(deflate(text, DeflateFormat::zlib, 0), deflate(text, DeflateFormat::zlib, 1));
  EXPECT_EQ(deflate(text, DeflateFormat::zlib, 40), deflate(text, DeflateFormat::zlib, 12));
}

}  // namespace
}  // namespace folio::base
