#include "readers/warc/warc_stream.h"

#include <algorithm>
#include <cstring>

namespace folio::readers {

namespace {
constexpr std::size_t kChunk = 64 * 1024;
}

std::unique_ptr<WarcStream> WarcStream::open(const std::string& path, std::string& error) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    error = std::strerror(errno);
    return nullptr;
  }
  unsigned char magic[2] = {0, 0};
  const bool gzip = std::fread(magic, 1, 2, file) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
  std::rewind(file);
  return std::unique_ptr<WarcStream>(new WarcStream(file, gzip));
}

WarcStream::WarcStream(std::FILE* file, bool gzip) : file_(file), gzip_(gzip) {
  // 16 + window bits: a gzip header and trailer around each member.
  if (gzip_ && inflateInit2(&z_, 16 + MAX_WBITS) != Z_OK) error_ = "zlib did not initialise";
}

WarcStream::~WarcStream() {
  if (gzip_) inflateEnd(&z_);
  std::fclose(file_);
}

WarcPosition WarcStream::position() {
  if (!gzip_) return {0, inner_};
  // Between members: the next byte is the first of the next member.
  if (buffer_used_ == buffer_.size() && member_done_) return {raw_offset_ + raw_used_, 0};
  return {member_start_, inner_};
}

bool WarcStream::seek(WarcPosition at) {
  buffer_.clear();
  buffer_used_ = 0;
  error_.clear();
  if (std::fseek(file_, static_cast<long>(gzip_ ? at.member : at.inner), SEEK_SET) != 0) return false;
  if (!gzip_) {
    inner_ = at.inner;
    return true;
  }
  raw_.clear();
  raw_used_ = 0;
  raw_offset_ = at.member;
  member_start_ = at.member;
  member_done_ = false;
  inner_ = 0;
  if (inflateReset(&z_) != Z_OK) return false;
  return skip(at.inner) == at.inner;
}

bool WarcStream::fill_raw() {
  raw_offset_ += raw_.size();
  raw_.resize(kChunk);
  raw_.resize(std::fread(raw_.data(), 1, kChunk, file_));
  raw_used_ = 0;
  return !raw_.empty();
}

bool WarcStream::fill() {
  if (buffer_used_ < buffer_.size()) return true;
  buffer_.clear();
  buffer_used_ = 0;
  if (!error_.empty()) return false;
  if (!gzip_) {
    buffer_.resize(kChunk);
    buffer_.resize(std::fread(buffer_.data(), 1, kChunk, file_));
    return !buffer_.empty();
  }
  for (;;) {
    if (member_done_) {
      if (raw_used_ == raw_.size() && !fill_raw()) return false;
      // Padding after the last member (some tools write zeros) ends the data.
      if (static_cast<unsigned char>(raw_[raw_used_]) != 0x1f) return false;
      member_start_ = raw_offset_ + raw_used_;
      inner_ = 0;
      member_done_ = false;
      inflateReset(&z_);
    }
    if (raw_used_ == raw_.size() && !fill_raw()) {
      error_ = "the gzip data ends in the middle of a member (truncated file)";
      return false;
    }
    buffer_.resize(kChunk);
    z_.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_used_);
    z_.avail_in = static_cast<uInt>(raw_.size() - raw_used_);
    z_.next_out = reinterpret_cast<Bytef*>(buffer_.data());
    z_.avail_out = static_cast<uInt>(buffer_.size());
    const int status = inflate(&z_, Z_NO_FLUSH);
    raw_used_ = raw_.size() - z_.avail_in;
    buffer_.resize(buffer_.size() - z_.avail_out);
    if (status == Z_STREAM_END) {
      member_done_ = true;
    } else if (status != Z_OK && status != Z_BUF_ERROR) {
      error_ = "corrupt gzip data in the member at byte " + std::to_string(member_start_) +
               (z_.msg ? std::string(" (") + z_.msg + ")" : std::string());
      return !buffer_.empty();
    }
    if (!buffer_.empty()) return true;
  }
}

std::optional<std::string> WarcStream::read_line(std::size_t max) {
  std::string line;
  while (line.size() < max && fill()) {
    const std::size_t take = std::min(buffer_.size() - buffer_used_, max - line.size());
    const char* start = buffer_.data() + buffer_used_;
    const void* nl = std::memchr(start, '\n', take);
    const std::size_t n = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) + 1 : take;
    line.append(start, n);
    buffer_used_ += n;
    inner_ += n;
    if (nl) return line;
  }
  if (line.empty()) return std::nullopt;
  return line;
}

std::size_t WarcStream::read(std::size_t n, std::string& out) {
  std::size_t done = 0;
  while (done < n && fill()) {
    const std::size_t take = std::min(buffer_.size() - buffer_used_, n - done);
    out.append(buffer_.data() + buffer_used_, take);
    buffer_used_ += take;
    inner_ += take;
    done += take;
  }
  return done;
}

std::size_t WarcStream::skip(std::size_t n) {
  std::size_t done = 0;
  while (done < n && fill()) {
    const std::size_t take = std::min(buffer_.size() - buffer_used_, n - done);
    buffer_used_ += take;
    inner_ += take;
    done += take;
  }
  return done;
}

bool WarcStream::at_end() { return !fill(); }

}  // namespace folio::readers
