// The ZIP writer: exact header bytes, round trips through folio's reader, reproducibility and the
// limits of a ZIP without ZIP64.
#include <gtest/gtest.h>

#include <random>

#include "zip/zip_reader.h"
#include "zip/zip_writer.h"
#include "zip_test_bytes.h"

namespace folio::zip {
namespace {

using test::le16;
using test::le32;

std::string build_or_fail(const std::vector<ZipEntry>& entries) {
  auto bytes = build_zip(entries);
  if (!bytes) {
    ADD_FAILURE() << bytes.error().front().code << ": " << bytes.error().front().message;
    return {};
  }
  return *bytes;
}

std::string random_bytes(std::size_t n) {
  std::mt19937 rng(42);
  std::string out(n, '\0');
  for (char& c : out) c = static_cast<char>(rng() & 0xFF);
  return out;
}

std::vector<ZipEntry> sample_entries() {
  std::string all_bytes;
  for (int i = 0; i < 256; ++i) all_bytes += static_cast<char>(i);
  return {
      {"mimetype", "application/epub+zip", false},
      {"EPUB/text.xhtml", std::string(5000, 'x') + "<p>text</p>", true},
      {"EPUB/binary.bin", all_bytes, true},
      {"EPUB/random.bin", random_bytes(300000), true},
      {"EPUB/stored-random.bin", random_bytes(1000), false},
      {"EPUB/empty-deflated", "", true},
      {"EPUB/empty-stored", "", false},
      {"EPUB/été/café.xhtml", "accents", true},
  };
}

TEST(ZipWriter, OneStoredEntryIsExactlyTheseBytes) {
  // Local header, central directory header and end record written out by hand from APPNOTE 4.3:
  // version 2.0, no flags, DOS date 1980-01-01 (0x0021), time 0, CRC-32("b") = 0x71beeff9.
  const std::string expected(
      "PK\x03\x04" "\x14\x00" "\x00\x00" "\x00\x00" "\x00\x00" "\x21\x00" "\xf9\xef\xbe\x71"
      "\x01\x00\x00\x00" "\x01\x00\x00\x00" "\x01\x00" "\x00\x00" "a" "b"
      "PK\x01\x02" "\x14\x00" "\x14\x00" "\x00\x00" "\x00\x00" "\x00\x00" "\x21\x00" "\xf9\xef\xbe\x71"
      "\x01\x00\x00\x00" "\x01\x00\x00\x00" "\x01\x00" "\x00\x00" "\x00\x00" "\x00\x00" "\x00\x00"
      "\x00\x00\x00\x00" "\x00\x00\x00\x00" "a"
      "PK\x05\x06" "\x00\x00" "\x00\x00" "\x01\x00" "\x01\x00" "\x2f\x00\x00\x00" "\x20\x00\x00\x00" "\x00\x00",
      101);
  EXPECT_EQ(build_or_fail({{"a", "b", false}}), expected);
}

TEST(ZipWriter, EmptyArchiveIsJustTheEndRecord) {
  EXPECT_EQ(build_or_fail({}), std::string("PK\x05\x06" "\0\0\0\0\0\0\0\0" "\0\0\0\0\0\0\0\0" "\0\0", 22));
}

TEST(ZipWriter, MimetypeFirstAndStoredAsOcfRequires) {
  const std::string zip = build_or_fail(sample_entries());
  // OCF 4.2.2: the file starts with "PK", the name mimetype at 30 and its content at 38.
  EXPECT_EQ(zip.substr(30, 28), "mimetypeapplication/epub+zip");
  EXPECT_EQ(le16(zip, 8), kMethodStored);
  EXPECT_EQ(le16(zip, 28), 0) << "no extra field";
}

TEST(ZipWriter, Utf8FlagOnlyOnNonAsciiNames) {
  const std::string zip = build_or_fail({{"plain.txt", "a", true}, {"été.txt", "b", true}});
  const std::size_t second_local = 30 + 9 + le32(zip, 18);
  EXPECT_EQ(le16(zip, 6), 0);
  EXPECT_EQ(le16(zip, second_local + 6), kFlagUtf8);
  const std::size_t cd = test::central_directory(zip);
  const std::size_t second_central = cd + 46 + 9;
  EXPECT_EQ(le16(zip, cd + 8), 0);
  EXPECT_EQ(le16(zip, second_central + 8), kFlagUtf8);
  EXPECT_EQ(le32(zip, second_central + 42), second_local);
}

TEST(ZipWriter, EveryEntryHasTheSameFixedFields) {
  const std::string zip = build_or_fail(sample_entries());
  std::size_t at = test::central_directory(zip);
  for (int i = 0; i < 8; ++i) {
    SCOPED_TRACE(i);
    ASSERT_EQ(le32(zip, at), kCentralHeaderSignature);
    EXPECT_EQ(le16(zip, at + 4), 20) << "version made by: 2.0, MS-DOS";
    EXPECT_EQ(le16(zip, at + 6), 20) << "version needed";
    EXPECT_EQ(le16(zip, at + 12), 0) << "DOS time";
    EXPECT_EQ(le16(zip, at + 14), 0x21) << "DOS date 1980-01-01";
    EXPECT_EQ(le16(zip, at + 30), 0) << "extra field";
    EXPECT_EQ(le32(zip, at + 38), 0u) << "external attributes";
    const std::size_t local = le32(zip, at + 42);
    EXPECT_EQ(le32(zip, local), kLocalHeaderSignature);
    EXPECT_EQ(le16(zip, local + 6) & (1u << 3), 0) << "no data descriptor";
    EXPECT_EQ(zip.substr(local + 6, 24), zip.substr(at + 8, 24)) << "local header agrees with the central directory";
    at += 46 + le16(zip, at + 28);
  }
}

TEST(ZipWriter, ReadsBackThroughTheReader) {
  const auto entries = sample_entries();
  const std::string zip = build_or_fail(entries);
  const auto directory = read_zip_directory(zip);
  ASSERT_TRUE(directory) << directory.error().front().message;
  ASSERT_EQ(directory->size(), entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const ZipEntryInfo& info = (*directory)[i];
    SCOPED_TRACE(info.name);
    EXPECT_EQ(info.name, entries[i].name);
    EXPECT_EQ(info.method, entries[i].deflate ? kMethodDeflate : kMethodStored);
    EXPECT_EQ(info.uncompressed_size, entries[i].data.size());
    EXPECT_FALSE(info.encrypted);
    const auto data = read_zip_entry(zip, info, entries[i].data.size());
    ASSERT_TRUE(data) << data.error().front().message;
    EXPECT_EQ(*data, entries[i].data);
  }
  EXPECT_LT((*directory)[1].compressed_size, 200u) << "repetitive text is really deflated";
}

TEST(ZipWriter, SameEntriesGiveSameBytes) {
  const std::string first = build_or_fail(sample_entries());
  EXPECT_EQ(build_or_fail(sample_entries()), first);
  auto reordered = sample_entries();
  std::swap(reordered[1], reordered[2]);
  EXPECT_NE(build_or_fail(reordered), first) << "entries keep the given order";
}

TEST(ZipWriter, AtMost65535Entries) {
  std::vector<ZipEntry> entries;
  for (int i = 0; i < 65535; ++i) entries.push_back({std::to_string(i), "", false});
  const std::string zip = build_or_fail(entries);
  // 0xFFFF entries is a plain count, not the ZIP64 marker, when there is no ZIP64 record.
  const auto directory = read_zip_directory(zip);
  ASSERT_TRUE(directory) << directory.error().front().message;
  EXPECT_EQ(directory->size(), 65535u);
  EXPECT_EQ(directory->back().name, "65534");

  entries.push_back({"one too many", "", false});
  const auto too_many = build_zip(entries);
  ASSERT_FALSE(too_many);
  EXPECT_EQ(too_many.error().front().code, "zip.too-large");
  EXPECT_EQ(too_many.error().front().message, "65536 entries; a ZIP without ZIP64 holds at most 65535");
}

TEST(ZipWriter, NamesOfAtMost65535Bytes) {
  const std::string longest(65535, 'n');
  const std::string zip = build_or_fail({{longest, "data", true}});
  const auto directory = read_zip_directory(zip);
  ASSERT_TRUE(directory) << directory.error().front().message;
  EXPECT_EQ(directory->front().name, longest);

  const auto too_long = build_zip({{"ok", "", true}, {longest + "n", "data", true}});
  ASSERT_FALSE(too_long);
  EXPECT_EQ(too_long.error().front().code, "zip.too-large");
  EXPECT_EQ(too_long.error().front().message, "the name of entry 2 is 65536 bytes long; a ZIP allows 65535");
}

}  // namespace
}  // namespace folio::zip
