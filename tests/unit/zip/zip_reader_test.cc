// The ZIP reader on damaged and hostile archives: every one is an error with a clear message,
// never a crash, a hang, a huge allocation or wrong data.
#include <gtest/gtest.h>

#include "zip/zip_reader.h"
#include "zip/zip_writer.h"
#include "zip_test_bytes.h"

namespace folio::zip {
namespace {

using test::le16;
using test::le32;
using test::set_le16;
using test::set_le32;

const std::string kText = "hello, hello, hello, hello, hello, hello, hello, hello";

/// mimetype (stored) then a.txt (deflated).
std::string sample() {
  auto bytes = build_zip({{"mimetype", "application/epub+zip", false}, {"a.txt", kText, true}});
  EXPECT_TRUE(bytes);
  return bytes ? *bytes : std::string();
}

std::size_t central_record(const std::string& zip, int index) {
  std::size_t at = test::central_directory(zip);
  for (int i = 0; i < index; ++i) at += 46 + le16(zip, at + 28) + le16(zip, at + 30) + le16(zip, at + 32);
  return at;
}

/// The one error of a failed result as "code: message", or "ok".
template <typename T>
std::string error_of(const base::Result<T>& result) {
  if (result) return "ok";
  EXPECT_EQ(result.error().size(), 1u);
  return result.error().front().code + ": " + result.error().front().message;
}

/// Reads the directory, then entry `index` with `cap`; the first error, or "ok".
std::string read_error(const std::string& zip, std::size_t index, std::uint64_t cap = 1 << 20) {
  const auto directory = read_zip_directory(zip);
  if (!directory) return error_of(directory);
  return error_of(read_zip_entry(zip, directory->at(index), cap));
}

TEST(ZipReader, EmptyInput) {
  EXPECT_EQ(error_of(read_zip_directory("")),
            "zip.malformed: no end of central directory record: not a ZIP archive, or truncated");
}

TEST(ZipReader, TruncatedAtEveryByte) {
  const std::string zip = sample();
  for (std::size_t size = 0; size < zip.size(); ++size) {
    EXPECT_EQ(error_of(read_zip_directory(zip.substr(0, size))),
              "zip.malformed: no end of central directory record: not a ZIP archive, or truncated")
        << "cut at " << size;
  }
}

TEST(ZipReader, AnyDamagedByteIsAnErrorOrHarmless) {
  // Whatever single byte is damaged, reading either fails or returns the original data: fields the
  // reader ignores (times, versions, the local header's sizes) may change, the data may not.
  const std::string zip = sample();
  const std::vector<std::string> originals{"application/epub+zip", kText};
  for (std::size_t at = 0; at < zip.size(); ++at) {
    for (const unsigned char value : {0x00, 0x7F, 0xFF}) {
      std::string damaged = zip;
      if (static_cast<unsigned char>(damaged[at]) == value) continue;
      damaged[at] = static_cast<char>(value);
      const auto directory = read_zip_directory(damaged);
      if (!directory) continue;
      ASSERT_EQ(directory->size(), 2u) << "byte " << at;
      for (std::size_t i = 0; i < 2; ++i) {
        const auto data = read_zip_entry(damaged, (*directory)[i], 1 << 20);
        if (data) {
          EXPECT_EQ(*data, originals[i]) << "byte " << at << " set to " << int{value};
        }
      }
    }
  }
}

TEST(ZipReader, EndRecordPointingOutsideTheFile) {
  std::string zip = sample();
  set_le32(zip, test::end_record(zip) + 16, 0x7FFFFFFF);
  const std::string end = std::to_string(test::end_record(zip));
  EXPECT_EQ(error_of(read_zip_directory(zip)), "zip.malformed: the central directory (offset 2147483647, " +
                                                   std::to_string(le32(zip, test::end_record(zip) + 12)) +
                                                   " bytes) does not end before the end record at " + end);
}

TEST(ZipReader, EntryCountTheDirectoryCannotHold) {
  std::string zip = sample();
  set_le16(zip, test::end_record(zip) + 8, 60000);
  set_le16(zip, test::end_record(zip) + 10, 60000);
  EXPECT_EQ(error_of(read_zip_directory(zip)),
            "zip.malformed: the end record claims 60000 entries, more than its " +
                std::to_string(le32(zip, test::end_record(zip) + 12)) + "-byte central directory holds");
}

TEST(ZipReader, NameRunningPastTheCentralDirectory) {
  std::string zip = sample();
  set_le16(zip, central_record(zip, 1) + 28, 0xFFFF);
  EXPECT_EQ(error_of(read_zip_directory(zip)),
            "zip.malformed: central directory record 2: its name, extra field and comment run past the end of "
            "the central directory");
}

TEST(ZipReader, CentralRecordWithoutSignature) {
  std::string zip = sample();
  zip[central_record(zip, 1)] = 'X';
  EXPECT_EQ(error_of(read_zip_directory(zip)), "zip.malformed: central directory record 2 has no central header signature");
}

TEST(ZipReader, LocalHeaderOffsetOutside) {
  std::string zip = sample();
  set_le32(zip, central_record(zip, 1) + 42, 0x00FFFFFF);
  EXPECT_EQ(error_of(read_zip_directory(zip)),
            "zip.malformed: entry 'a.txt': its local header offset 16777215 is not before the central directory at " +
                std::to_string(test::central_directory(zip)));

  // An entry description that did not come from this archive is checked all the same.
  ZipEntryInfo stray;
  stray.name = "stray";
  stray.local_header_offset = 0x00FFFFFF;
  EXPECT_EQ(error_of(read_zip_entry(sample(), stray, 100)),
            "zip.malformed: entry 'stray': its local header offset 16777215 is outside the archive");
}

TEST(ZipReader, LocalHeaderWithoutSignature) {
  std::string zip = sample();
  set_le32(zip, central_record(zip, 1) + 42, 1);
  EXPECT_EQ(read_error(zip, 1), "zip.malformed: entry 'a.txt': no local header signature at offset 1");
}

TEST(ZipReader, CompressedSizePastTheEnd) {
  std::string zip = sample();
  set_le32(zip, central_record(zip, 1) + 20, 0x00FFFFFF);
  EXPECT_EQ(read_error(zip, 1), "zip.malformed: entry 'a.txt': its 16777215 bytes of data run past the end of the archive");
}

TEST(ZipReader, LocalExtraFieldLongerThanTheCentralOne) {
  // Writers may put an extra field in the local header only (Python's zipfile does for ZIP64
  // sizes): the data starts after the local header's own name and extra field.
  std::string zip = build_zip({{"a.txt", kText, true}}).value();
  zip.insert(30 + 5, std::string("\xfe\xca\x04\x00" "abcd", 8));
  set_le16(zip, 28, 8);
  set_le32(zip, test::end_record(zip) + 16, le32(zip, test::end_record(zip) + 16) + 8);
  const auto directory = read_zip_directory(zip);
  ASSERT_TRUE(directory) << error_of(directory);
  const auto data = read_zip_entry(zip, directory->front(), 1000);
  ASSERT_TRUE(data) << error_of(data);
  EXPECT_EQ(*data, kText);
}

TEST(ZipReader, StoredEntryWithTwoSizes) {
  std::string zip = sample();
  set_le32(zip, central_record(zip, 0) + 20, 5);
  EXPECT_EQ(read_error(zip, 0), "zip.malformed: entry 'mimetype' is stored but declares 5 bytes compressed and 20 uncompressed");
}

TEST(ZipReader, DeflateBombStopsAtTheCap) {
  const std::string zeros(10u << 20, '\0');
  std::string zip = build_zip({{"zeros", zeros, true}}).value();
  ASSERT_LT(zip.size(), 20000u);
  EXPECT_EQ(read_error(zip, 0, 1u << 20), "zip.too-large: entry 'zeros' declares 10485760 bytes, more than the limit of 1048576");

  // A header that lies about the size: inflating stops one byte past what it declares.
  set_le32(zip, central_record(zip, 0) + 24, 1000);
  EXPECT_EQ(read_error(zip, 0, 1u << 20), "zip.malformed: entry 'zeros' inflates to more than the 1000 bytes it declares");
}

TEST(ZipReader, FewerBytesThanDeclared) {
  std::string zip = sample();
  set_le32(zip, central_record(zip, 1) + 24, static_cast<std::uint32_t>(kText.size() + 1));
  EXPECT_EQ(read_error(zip, 1), "zip.malformed: entry 'a.txt' inflates to " + std::to_string(kText.size()) +
                                    " bytes but declares " + std::to_string(kText.size() + 1));
}

TEST(ZipReader, WrongCrc) {
  for (int index : {0, 1}) {
    std::string zip = sample();
    const std::size_t crc = central_record(zip, index) + 16;
    set_le32(zip, crc, le32(zip, crc) ^ 1);
    EXPECT_EQ(read_error(zip, static_cast<std::size_t>(index)),
              std::string("zip.malformed: entry '") + (index == 0 ? "mimetype" : "a.txt") + "': CRC-32 mismatch, the data is damaged");
  }
}

TEST(ZipReader, CorruptDeflateData) {
  std::string zip = sample();
  const std::size_t data = le32(zip, central_record(zip, 1) + 42) + 30 + 5;
  zip[data] = '\xff';  // block type 3 does not exist
  EXPECT_EQ(read_error(zip, 1), "zip.malformed: entry 'a.txt': corrupt deflate data (invalid block type)");
}

TEST(ZipReader, DeflateDataEndingEarly) {
  std::string zip = sample();
  set_le32(zip, central_record(zip, 1) + 20, 3);
  EXPECT_EQ(read_error(zip, 1), "zip.malformed: entry 'a.txt': the deflate data ends early");
}

TEST(ZipReader, EncryptedEntry) {
  std::string zip = sample();
  set_le16(zip, central_record(zip, 1) + 8, 1);
  const auto directory = read_zip_directory(zip);
  ASSERT_TRUE(directory) << error_of(directory);
  EXPECT_FALSE(directory->at(0).encrypted);
  EXPECT_TRUE(directory->at(1).encrypted);
  EXPECT_EQ(read_error(zip, 1), "zip.unsupported: entry 'a.txt' is encrypted");
}

TEST(ZipReader, UnknownMethod) {
  std::string zip = sample();
  set_le16(zip, central_record(zip, 1) + 10, 12);
  EXPECT_EQ(read_error(zip, 1),
            "zip.unsupported: entry 'a.txt' uses compression method 12 (bzip2); only stored (0) and deflate (8) are supported");
  set_le16(zip, central_record(zip, 1) + 10, 77);
  EXPECT_EQ(read_error(zip, 1),
            "zip.unsupported: entry 'a.txt' uses compression method 77; only stored (0) and deflate (8) are supported");
}

TEST(ZipReader, Zip64MarkersInTheCentralDirectory) {
  for (const std::size_t field : {20, 24, 42}) {  // compressed size, uncompressed size, local header offset
    std::string zip = sample();
    set_le32(zip, central_record(zip, 1) + field, 0xFFFFFFFF);
    EXPECT_EQ(error_of(read_zip_directory(zip)),
              "zip.unsupported: entry 'a.txt' has ZIP64 sizes or offsets, which are not supported")
        << "field at " << field;
  }
}

TEST(ZipReader, Zip64EndRecords) {
  std::string marker = sample();
  set_le32(marker, test::end_record(marker) + 16, 0xFFFFFFFF);
  EXPECT_EQ(error_of(read_zip_directory(marker)), "zip.unsupported: ZIP64 archives are not supported");

  std::string locator = sample();
  locator.insert(test::end_record(locator), std::string("PK\x06\x07", 4) + std::string(16, '\0'));
  EXPECT_EQ(error_of(read_zip_directory(locator)), "zip.unsupported: ZIP64 archives are not supported");
}

TEST(ZipReader, MultiDiskArchive) {
  std::string zip = sample();
  set_le16(zip, test::end_record(zip) + 4, 1);
  EXPECT_EQ(error_of(read_zip_directory(zip)), "zip.unsupported: multi-disk (split) archives are not supported");

  std::string entry_on_disk_2 = sample();
  set_le16(entry_on_disk_2, central_record(entry_on_disk_2, 1) + 34, 2);
  EXPECT_EQ(error_of(read_zip_directory(entry_on_disk_2)),
            "zip.unsupported: entry 'a.txt' is on disk 2: multi-disk archives are not supported");
}

TEST(ZipReader, NamesAreUtf8AndMessagesOneLine) {
  const std::string zip = build_zip({{"bad\xff" "name", "x", false}, {"line\nbreak", "y", true}}).value();
  const auto directory = read_zip_directory(zip);
  ASSERT_TRUE(directory) << error_of(directory);
  EXPECT_EQ(directory->at(0).name, "bad\xef\xbf\xbd" "name");
  EXPECT_EQ(directory->at(1).name, "line\nbreak");
  EXPECT_EQ(error_of(read_zip_entry(zip, directory->at(1), 0)),
            "zip.too-large: entry 'line?break' declares 1 bytes, more than the limit of 0");
}

TEST(ZipReader, CommentAfterTheEndRecord) {
  std::string zip = sample();
  const std::string comment = "a comment that mentions PK\x05\x06 on purpose";
  set_le16(zip, test::end_record(zip) + 20, static_cast<std::uint16_t>(comment.size()));
  zip += comment;
  EXPECT_EQ(read_error(zip, 1), "ok");
}

}  // namespace
}  // namespace folio::zip
