#include "zip/zip_reader.h"

#include <zlib.h>

#include <algorithm>
#include <optional>

#include "base/utf8.h"

namespace folio::zip {

namespace {

constexpr std::size_t kMaxComment = 0xFFFF;
constexpr std::size_t kChunk = 1 << 16;

std::uint16_t get16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}

std::uint32_t get32(std::string_view b, std::size_t at) {
  return get16(b, at) | static_cast<std::uint32_t>(get16(b, at + 2)) << 16;
}

base::Diagnostic malformed(const std::string& message) { return base::make_error("zip.malformed", {}, message); }
base::Diagnostic unsupported(const std::string& message) { return base::make_error("zip.unsupported", {}, message); }

// Names go into findings and JSON reports, which need UTF-8: anything else becomes U+FFFD.
std::string utf8_name(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size();) {
    char32_t cp = base::next_code_point(raw, i);
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = U'\uFFFD';
    base::append_utf8(out, cp);
  }
  return out;
}

// "entry 'name'" for messages, kept on one line whatever the name holds.
std::string entry_label(const std::string& name) {
  std::string out = "entry '";
  for (char c : name) out += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? '?' : c;
  return out + "'";
}

std::string method_label(std::uint16_t method) {
  const std::string number = "compression method " + std::to_string(method);
  switch (method) {
    case 9: return number + " (deflate64)";
    case 12: return number + " (bzip2)";
    case 14: return number + " (LZMA)";
    case 93: return number + " (Zstandard)";
    case 95: return number + " (XZ)";
    case 99: return number + " (AES encryption)";
    default: return number;
  }
}

// The end of central directory record is the last 22 bytes plus a comment of at most 65535, so it
// is searched for backwards over that range only; the comment length must fit in the data.
std::optional<std::size_t> find_end_record(std::string_view b) {
  if (b.size() < kEndRecordSize) return std::nullopt;
  const std::size_t last = b.size() - kEndRecordSize;
  const std::size_t first = last > kMaxComment ? last - kMaxComment : 0;
  for (std::size_t at = last + 1; at-- > first;) {
    if (get32(b, at) == kEndRecordSignature && at + kEndRecordSize + get16(b, at + 20) <= b.size()) return at;
  }
  return std::nullopt;
}

// Raw deflate (window bits -15). The output grows as it is produced and inflating stops as soon
// as it passes the declared size, so a bomb costs at most that + 1 bytes and the time to make them.
base::Result<std::string> inflate_raw(std::string_view data, std::uint64_t declared_size, const std::string& what) {
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return base::make_error("zip.inflate", {}, "zlib cannot start inflating " + what);
  z.next_in = reinterpret_cast<const Bytef*>(data.data());
  z.avail_in = static_cast<uInt>(data.size());  // at most a 32-bit compressed size
  std::string out;
  int status = Z_OK;
  while (status == Z_OK && out.size() <= declared_size) {
    const std::size_t used = out.size();
    const auto room = static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, declared_size + 1 - used));
    out.resize(used + room);
    z.next_out = reinterpret_cast<Bytef*>(out.data() + used);
    z.avail_out = static_cast<uInt>(room);
    status = inflate(&z, Z_NO_FLUSH);
    out.resize(used + room - z.avail_out);
  }
  const std::string zlib_message = z.msg != nullptr ? z.msg : "";
  inflateEnd(&z);
  if (out.size() > declared_size) {
    return malformed(what + " inflates to more than the " + std::to_string(declared_size) + " bytes it declares");
  }
  if (status == Z_BUF_ERROR) return malformed(what + ": the deflate data ends early");
  if (status != Z_STREAM_END) {
    return malformed(what + ": corrupt deflate data" + (zlib_message.empty() ? "" : " (" + zlib_message + ")"));
  }
  return out;
}

}  // namespace

base::Result<std::vector<ZipEntryInfo>> read_zip_directory(std::string_view b) {
  const auto end = find_end_record(b);
  if (!end) return malformed("no end of central directory record: not a ZIP archive, or truncated");
  const std::size_t e = *end;
  if (e >= kZip64LocatorSize && get32(b, e - kZip64LocatorSize) == kZip64LocatorSignature) {
    return unsupported("ZIP64 archives are not supported");
  }
  const std::uint16_t count = get16(b, e + 10);
  const std::uint32_t directory_size = get32(b, e + 12);
  const std::uint32_t directory_offset = get32(b, e + 16);
  if (get16(b, e + 4) != 0 || get16(b, e + 6) != 0 || get16(b, e + 8) != count) {
    return unsupported("multi-disk (split) archives are not supported");
  }
  if (directory_size == kZip64Marker32 || directory_offset == kZip64Marker32) {
    return unsupported("ZIP64 archives are not supported");
  }
  if (std::uint64_t{directory_offset} + directory_size > e) {
    return malformed("the central directory (offset " + std::to_string(directory_offset) + ", " +
                     std::to_string(directory_size) + " bytes) does not end before the end record at " + std::to_string(e));
  }
  // A count the directory cannot hold (46 bytes a record at least) is a lie, not a size to reserve.
  if (std::uint64_t{count} * kCentralHeaderSize > directory_size) {
    return malformed("the end record claims " + std::to_string(count) + " entries, more than its " +
                     std::to_string(directory_size) + "-byte central directory holds");
  }
  std::vector<ZipEntryInfo> entries;
  entries.reserve(count);
  const std::size_t directory_end = std::size_t{directory_offset} + directory_size;
  std::size_t at = directory_offset;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string which = "central directory record " + std::to_string(i + 1);
    if (at + kCentralHeaderSize > directory_end) return malformed(which + " runs past the end of the central directory");
    if (get32(b, at) != kCentralHeaderSignature) return malformed(which + " has no central header signature");
    const std::size_t name_length = get16(b, at + 28);
    const std::size_t next = at + kCentralHeaderSize + name_length + get16(b, at + 30) + get16(b, at + 32);
    if (next > directory_end) {
      return malformed(which + ": its name, extra field and comment run past the end of the central directory");
    }
    ZipEntryInfo entry;
    entry.name = utf8_name(b.substr(at + kCentralHeaderSize, name_length));
    entry.encrypted = (get16(b, at + 8) & (kFlagEncrypted | kFlagStrongEncryption)) != 0;
    entry.method = get16(b, at + 10);
    entry.crc32 = get32(b, at + 16);
    entry.compressed_size = get32(b, at + 20);
    entry.uncompressed_size = get32(b, at + 24);
    const std::uint16_t disk = get16(b, at + 34);
    entry.local_header_offset = get32(b, at + 42);
    const std::string what = entry_label(entry.name);
    if (entry.compressed_size == kZip64Marker32 || entry.uncompressed_size == kZip64Marker32 ||
        entry.local_header_offset == kZip64Marker32 || disk == 0xFFFF) {
      return unsupported(what + " has ZIP64 sizes or offsets, which are not supported");
    }
    if (disk != 0) return unsupported(what + " is on disk " + std::to_string(disk) + ": multi-disk archives are not supported");
    // Local headers and their data come before the central directory.
    if (std::uint64_t{entry.local_header_offset} + kLocalHeaderSize > directory_offset) {
      return malformed(what + ": its local header offset " + std::to_string(entry.local_header_offset) +
                       " is not before the central directory at " + std::to_string(directory_offset));
    }
    entries.push_back(std::move(entry));
    at = next;
  }
  return entries;
}

base::Result<std::string> read_zip_entry(std::string_view b, const ZipEntryInfo& entry, std::uint64_t max_bytes) {
  const std::string what = entry_label(entry.name);
  if (entry.encrypted) return unsupported(what + " is encrypted");
  if (entry.method != kMethodStored && entry.method != kMethodDeflate) {
    return unsupported(what + " uses " + method_label(entry.method) + "; only stored (0) and deflate (8) are supported");
  }
  if (entry.uncompressed_size > max_bytes) {
    return base::make_error("zip.too-large", {}, what + " declares " + std::to_string(entry.uncompressed_size) +
                                                     " bytes, more than the limit of " + std::to_string(max_bytes));
  }
  const std::uint64_t header = entry.local_header_offset;
  if (header + kLocalHeaderSize > b.size()) {
    return malformed(what + ": its local header offset " + std::to_string(header) + " is outside the archive");
  }
  if (get32(b, header) != kLocalHeaderSignature) {
    return malformed(what + ": no local header signature at offset " + std::to_string(header));
  }
  // The local header's name and extra field lengths, not the central directory's: they may differ.
  const std::uint64_t data_start = header + kLocalHeaderSize + get16(b, header + 26) + get16(b, header + 28);
  if (data_start + entry.compressed_size > b.size()) {
    return malformed(what + ": its " + std::to_string(entry.compressed_size) + " bytes of data run past the end of the archive");
  }
  const std::string_view data = b.substr(data_start, entry.compressed_size);
  std::string out;
  if (entry.method == kMethodStored) {
    if (entry.compressed_size != entry.uncompressed_size) {
      return malformed(what + " is stored but declares " + std::to_string(entry.compressed_size) + " bytes compressed and " +
                       std::to_string(entry.uncompressed_size) + " uncompressed");
    }
    out = data;
  } else {
    auto inflated = inflate_raw(data, entry.uncompressed_size, what);
    if (!inflated) return base::Unexpected{inflated.error()};
    out = std::move(*inflated);
    if (out.size() != entry.uncompressed_size) {
      return malformed(what + " inflates to " + std::to_string(out.size()) + " bytes but declares " +
                       std::to_string(entry.uncompressed_size));
    }
  }
  if (crc32_z(0, reinterpret_cast<const Bytef*>(out.data()), out.size()) != entry.crc32) {
    return malformed(what + ": CRC-32 mismatch, the data is damaged");
  }
  return out;
}

}  // namespace folio::zip
