#include "zip/zip_writer.h"

#include <zlib.h>

#include <cstdint>

#include "base/deflate.h"
#include "base/utf8.h"
#include "zip/zip_format.h"

namespace folio::zip {

namespace {

// 1980-01-01 00:00:00 as MS-DOS date and time: the earliest ZIP time, with no timezone to convert.
constexpr std::uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr std::uint16_t kDosTime = 0;
// Format version 2.0 (deflate) made on host 0 (MS-DOS) with external attributes 0: readers apply
// their default file permissions instead of Unix modes that would vary with the writer's umask.
constexpr std::uint16_t kVersion = 20;
// libdeflate's level 9: smaller than zlib's level 9 (the corpus's EPUB entries: 554.0 KB against
// 556.3 KB) in 40 % less time; levels 10-12 gain 1.6 % more for five to eight times the time.
// Fixed, so the bytes depend only on the entries and libdeflate.
constexpr int kLevel = 9;
constexpr std::size_t kMaxCount = 0xFFFF;  // the 16-bit entry count and name length fields
constexpr std::uint64_t kMaxSize = kZip64Marker32 - 1;

void put16(std::string& out, std::uint16_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>(v >> 8);
}

void put32(std::string& out, std::uint32_t v) {
  put16(out, static_cast<std::uint16_t>(v & 0xFFFF));
  put16(out, static_cast<std::uint16_t>(v >> 16));
}

base::Diagnostic too_large(const std::string& message) { return base::make_error("zip.too-large", {}, message); }

// The fields a local header and its central directory header share, from "version needed to
// extract" to "extra field length" (APPNOTE 4.3.7 and 4.3.12).
void put_common_fields(std::string& out, std::uint16_t flags, std::uint16_t method, std::uint32_t crc,
                       std::uint32_t compressed_size, std::uint32_t size, std::uint16_t name_length) {
  put16(out, kVersion);
  put16(out, flags);
  put16(out, method);
  put16(out, kDosTime);
  put16(out, kDosDate);
  put32(out, crc);
  put32(out, compressed_size);
  put32(out, size);
  put16(out, name_length);
  put16(out, 0);  // no extra field
}

}  // namespace

base::Result<std::string> build_zip(const std::vector<ZipEntry>& entries) {
  if (entries.size() > kMaxCount) {
    return too_large(std::to_string(entries.size()) + " entries; a ZIP without ZIP64 holds at most 65535");
  }
  std::string out;
  std::string directory;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const ZipEntry& entry = entries[i];
    if (entry.name.size() > kMaxCount) {
      return too_large("the name of entry " + std::to_string(i + 1) + " is " + std::to_string(entry.name.size()) +
                       " bytes long; a ZIP allows 65535");
    }
    if (entry.data.size() > kMaxSize) {
      return too_large(entry.name + " has " + std::to_string(entry.data.size()) +
                       " bytes; a ZIP without ZIP64 holds at most 4 GiB - 2 per entry");
    }
    std::string deflated;
    if (entry.deflate) {
      auto compressed = base::deflate(entry.data, base::DeflateFormat::raw, kLevel);
      if (!compressed) return base::make_error("zip.deflate", {}, "no memory to compress " + entry.name);
      deflated = std::move(*compressed);
    }
    const std::string& stored = entry.deflate ? deflated : entry.data;
    const std::uint64_t offset = out.size();
    if (stored.size() > kMaxSize || offset > kMaxSize) {
      return too_large("the archive passes 4 GiB at " + entry.name + "; folio writes no ZIP64");
    }
    const auto flags = static_cast<std::uint16_t>(base::is_ascii(entry.name) ? 0 : kFlagUtf8);
    const std::uint16_t method = entry.deflate ? kMethodDeflate : kMethodStored;
    const auto crc = static_cast<std::uint32_t>(
        crc32_z(0, reinterpret_cast<const Bytef*>(entry.data.data()), entry.data.size()));
    const auto name_length = static_cast<std::uint16_t>(entry.name.size());
    const auto compressed_size = static_cast<std::uint32_t>(stored.size());
    const auto size = static_cast<std::uint32_t>(entry.data.size());

    put32(out, kLocalHeaderSignature);
    put_common_fields(out, flags, method, crc, compressed_size, size, name_length);
    out += entry.name;
    out += stored;

    put32(directory, kCentralHeaderSignature);
    put16(directory, kVersion);  // version made by: 2.0 on MS-DOS
    put_common_fields(directory, flags, method, crc, compressed_size, size, name_length);
    put16(directory, 0);  // file comment length
    put16(directory, 0);  // disk number start
    put16(directory, 0);  // internal attributes
    put32(directory, 0);  // external attributes
    put32(directory, static_cast<std::uint32_t>(offset));
    directory += entry.name;
  }
  if (out.size() > kMaxSize || directory.size() > kMaxSize) {
    return too_large("the archive passes 4 GiB; folio writes no ZIP64");
  }
  const auto count = static_cast<std::uint16_t>(entries.size());
  const auto directory_offset = static_cast<std::uint32_t>(out.size());
  const auto directory_size = static_cast<std::uint32_t>(directory.size());
  out += directory;
  put32(out, kEndRecordSignature);
  put16(out, 0);  // this disk
  put16(out, 0);  // disk where the central directory starts
  put16(out, count);
  put16(out, count);
  put32(out, directory_size);
  put32(out, directory_offset);
  put16(out, 0);  // comment length
  return out;
}

}  // namespace folio::zip
