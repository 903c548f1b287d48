// The bytes of a WARC file (ISO 28500), plain or gzip-compressed, read in order with positions a
// later reader can seek back to: a .warc.gz is a series of gzip members (one per record, as
// crawlers write it), so a record is found again from its member's offset without reading what
// comes before.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "readers/warc/warc_position.h"

namespace folio::readers {

class WarcStream {
 public:
  /// Opens `path`; gzip is recognised by its magic bytes. nullptr with `error` set (strerror)
  /// when the file cannot be opened.
  static std::unique_ptr<WarcStream> open(const std::string& path, std::string& error);
  ~WarcStream();
  WarcStream(const WarcStream&) = delete;
  WarcStream& operator=(const WarcStream&) = delete;

  /// The position of the next byte read.
  WarcPosition position();
  /// Continues at `at` (a value position() returned); false when that place cannot be reached.
  bool seek(WarcPosition at);

  /// The next line, "\n" included; nullopt at the end of the data. A line longer than
  /// `max` bytes is cut there.
  std::optional<std::string> read_line(std::size_t max);
  /// Up to `n` bytes appended to `out`; fewer only at the end of the data (or on an error).
  std::size_t read(std::size_t n, std::string& out);
  /// Skips up to `n` bytes; returns how many were skipped.
  std::size_t skip(std::size_t n);
  /// True at the end of the data (reading ahead to know it).
  bool at_end();

  bool compressed() const { return gzip_; }
  /// Set when the compressed data is corrupt: the data ends before the corruption.
  const std::string& error() const { return error_; }

 private:
  WarcStream(std::FILE* file, bool gzip);
  /// Makes at least one byte available; false at the end of the data.
  bool fill();
  bool fill_raw();
  std::FILE* file_;
  bool gzip_;
  z_stream z_{};
  bool member_done_ = false;      // the current member's data is all in buffer_ or consumed
  std::uint64_t member_start_ = 0;
  std::uint64_t inner_ = 0;       // bytes of the current member handed out so far
  std::uint64_t raw_offset_ = 0;  // file offset of raw_[0]
  std::string raw_;               // compressed bytes read from the file, not yet inflated
  std::size_t raw_used_ = 0;
  std::string buffer_;            // uncompressed bytes not yet handed out
  std::size_t buffer_used_ = 0;
  std::string error_;
};

}  // namespace folio::readers
