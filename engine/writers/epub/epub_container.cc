#include "writers/epub/epub_container.h"

#include <zip.h>

#include <memory>

namespace folio::writers::epub {

namespace {

// 1980-01-01 00:00:00 in MS-DOS date/time fields: the earliest ZIP time, with no timezone to
// convert (zip_file_set_mtime would go through localtime()).
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t kDosTime = 0;

base::Diagnostic zip_failure(const std::string& what, zip_error_t* error) {
  return base::make_error("epub.zip", {}, what + ": " + zip_error_strerror(error));
}

struct SourceDeleter {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceDeleter>;

base::Result<std::string> read_source(zip_source_t* source) {
  if (zip_source_open(source) < 0) return zip_failure("cannot reopen the archive", zip_source_error(source));
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(source, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE)) {
    zip_source_close(source);
    return zip_failure("cannot size the archive", zip_source_error(source));
  }
  std::string bytes(stat.size, '\0');
  const zip_int64_t got = zip_source_read(source, bytes.data(), stat.size);
  zip_source_close(source);
  if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size) {
    return zip_failure("cannot read the archive back", zip_source_error(source));
  }
  return bytes;
}

}  // namespace

base::Result<std::string> build_zip(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) {
    auto failure = zip_failure("cannot create the in-memory archive", &error);
    zip_error_fini(&error);
    return failure;
  }
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (!archive) {
    auto failure = zip_failure("cannot open the in-memory archive", &error);
    zip_error_fini(&error);
    return failure;
  }
  zip_error_fini(&error);
  // zip_close/zip_discard release the source; keep it to read the bytes afterwards.
  zip_source_keep(buffer.get());

  for (const auto& entry : entries) {
    zip_source_t* data = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
    if (!data) {
      auto failure = zip_failure("cannot add " + entry.name, zip_get_error(archive));
      zip_discard(archive);
      return failure;
    }
    const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(data);
      auto failure = zip_failure("cannot add " + entry.name, zip_get_error(archive));
      zip_discard(archive);
      return failure;
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, i, entry.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) < 0 ||
        zip_file_set_dostime(archive, i, kDosTime, kDosDate, 0) < 0) {
      auto failure = zip_failure("cannot set up " + entry.name, zip_get_error(archive));
      zip_discard(archive);
      return failure;
    }
  }
  if (zip_close(archive) < 0) {
    auto failure = zip_failure("cannot write the archive", zip_get_error(archive));
    zip_discard(archive);
    return failure;
  }
  return read_source(buffer.get());
}

}  // namespace folio::writers::epub
