// Zip-bomb limits, on the central directory's claims.
#include <gtest/gtest.h>

#include "zip/zip_limits.h"

namespace folio::zip {
namespace {

ZipEntryInfo entry(std::string name, std::uint32_t compressed, std::uint32_t uncompressed) {
  ZipEntryInfo e;
  e.name = std::move(name);
  e.compressed_size = compressed;
  e.uncompressed_size = uncompressed;
  return e;
}

TEST(ZipLimits, OrdinaryArchiveIsWithinThem) {
  EXPECT_TRUE(zip_limit_violations({entry("word/document.xml", 40000, 400000), entry("word/media/a.png", 9000, 9000)}, {}).empty());
}

TEST(ZipLimits, EachLimit) {
  ZipLimits limits;
  limits.max_entries = 2;
  limits.max_entry_bytes = 10u << 20;
  limits.max_total_bytes = 15u << 20;
  EXPECT_EQ(zip_limit_violations({entry("a", 1, 1), entry("b", 1, 1), entry("c", 1, 1)}, limits),
            std::vector<std::string>{"the archive has 3 entries (limit 2)"});
  EXPECT_EQ(zip_limit_violations({entry("big", 100, 11u << 20)}, limits),
            std::vector<std::string>{"big expands to 11534336 bytes (limit 10485760)"});
  // Ratio: only entries over 1 MiB, where a high ratio means more than a repeated byte or two.
  EXPECT_TRUE(zip_limit_violations({entry("small", 10, 1u << 20)}, limits).empty());
  EXPECT_EQ(zip_limit_violations({entry("bomb", 1000, 2u << 20)}, limits),
            std::vector<std::string>{"bomb has compression ratio 2097:1 (limit 200:1)"});
  EXPECT_EQ(zip_limit_violations({entry("x", 8u << 20, 8u << 20), entry("y", 8u << 20, 8u << 20)}, limits),
            std::vector<std::string>{"entries expand to 16777216 bytes in total (limit 15728640)"});
}

}  // namespace
}  // namespace folio::zip
