#include "readers/warc/http_response.h"

#include <zlib.h>

#include <cctype>
#include <cstdlib>
#include <vector>

namespace folio::readers {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Transfer-Encoding: chunked (RFC 9112 §7.1): hex size line, data, CRLF, …, a zero-size chunk.
std::optional<std::string> dechunk(std::string_view body) {
  std::string out;
  std::size_t pos = 0;
  for (;;) {
    const std::size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) return std::nullopt;
    const std::string size_line(trim(body.substr(pos, eol - pos)));
    char* end = nullptr;
    const unsigned long long size = std::strtoull(size_line.c_str(), &end, 16);
    if (end == size_line.c_str()) return std::nullopt;
    pos = eol + 1;
    if (size == 0) return out;
    if (size > body.size() - pos) return std::nullopt;
    out.append(body.substr(pos, size));
    pos += size;
    if (body.substr(pos, 2) == "\r\n") {
      pos += 2;
    } else if (body.substr(pos, 1) == "\n") {
      pos += 1;
    }
  }
}

// gzip (RFC 1952) or zlib-wrapped deflate; raw deflate as some servers send it under "deflate".
std::optional<std::string> inflate_body(std::string_view body, bool gzip, std::size_t max_body, bool& too_large) {
  const std::vector<int> window_bits = gzip ? std::vector<int>{16 + MAX_WBITS} : std::vector<int>{MAX_WBITS, -MAX_WBITS};
  for (const int bits : window_bits) {
    z_stream z{};
    if (inflateInit2(&z, bits) != Z_OK) return std::nullopt;
    z.next_in = reinterpret_cast<const Bytef*>(body.data());
    z.avail_in = static_cast<uInt>(body.size());
    std::string out;
    int status = Z_OK;
    while (status == Z_OK) {
      const std::size_t have = out.size();
      out.resize(have + 64 * 1024);
      z.next_out = reinterpret_cast<Bytef*>(out.data() + have);
      z.avail_out = 64 * 1024;
      status = inflate(&z, Z_NO_FLUSH);
      out.resize(out.size() - z.avail_out);
      if (out.size() > max_body) {
        too_large = true;
        inflateEnd(&z);
        return std::nullopt;
      }
      if (status == Z_BUF_ERROR && z.avail_in == 0) break;  // truncated: keep what came
    }
    inflateEnd(&z);
    if (status == Z_STREAM_END || (status == Z_BUF_ERROR && !out.empty())) return out;
  }
  return std::nullopt;
}

}  // namespace

std::optional<HttpResponse> parse_http_response(std::string_view message, std::size_t max_body, std::string& why) {
  if (!message.starts_with("HTTP/")) {
    why = "not an HTTP response";
    return std::nullopt;
  }
  HttpResponse out;
  std::size_t pos = message.find('\n');
  if (pos == std::string_view::npos) {
    why = "not an HTTP response";
    return std::nullopt;
  }
  const std::string_view status_line = message.substr(0, pos);
  const std::size_t space = status_line.find(' ');
  if (space == std::string_view::npos) {
    why = "not an HTTP response";
    return std::nullopt;
  }
  out.status = std::atoi(std::string(status_line.substr(space + 1, 3)).c_str());
  ++pos;
  std::string transfer_encoding, content_encoding;
  for (;;) {
    const std::size_t eol = message.find('\n', pos);
    const std::string_view line = trim(message.substr(pos, eol == std::string_view::npos ? message.npos : eol - pos));
    pos = eol == std::string_view::npos ? message.size() : eol + 1;
    if (line.empty()) break;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string name = lower(trim(line.substr(0, colon)));
    const std::string_view value = trim(line.substr(colon + 1));
    if (name == "content-type") {
      const std::size_t semi = value.find(';');
      out.media_type = lower(trim(value.substr(0, semi)));
      for (std::size_t p = semi; p != std::string_view::npos; p = value.find(';', p + 1)) {
        const std::string_view param = trim(value.substr(p + 1, value.find(';', p + 1) - p - 1));
        if (lower(param.substr(0, 8)) == "charset=") {
          std::string_view cs = trim(param.substr(8));
          if (cs.size() >= 2 && cs.front() == '"' && cs.back() == '"') cs = cs.substr(1, cs.size() - 2);
          out.charset = std::string(cs);
        }
      }
    } else if (name == "transfer-encoding") {
      transfer_encoding = lower(value);
    } else if (name == "content-encoding") {
      content_encoding = lower(value);
    }
    if (eol == std::string_view::npos) break;
  }
  std::string_view body = message.substr(pos);
  std::string dechunked;
  if (transfer_encoding.find("chunked") != std::string::npos) {
    auto d = dechunk(body);
    if (!d) {
      why = "broken chunked transfer coding";
      return std::nullopt;
    }
    dechunked = std::move(*d);
    body = dechunked;
  }
  if (content_encoding.empty() || content_encoding == "identity") {
    if (body.size() > max_body) {
      why = "too large";
      return std::nullopt;
    }
    out.body = std::string(body);
  } else if (content_encoding == "gzip" || content_encoding == "x-gzip" || content_encoding == "deflate") {
    bool too_large = false;
    auto inflated = inflate_body(body, content_encoding != "deflate", max_body, too_large);
    if (!inflated) {
      why = too_large ? "too large" : "broken " + content_encoding + " content coding";
      return std::nullopt;
    }
    out.body = std::move(*inflated);
  } else {
    why = "content coding " + content_encoding;
    return std::nullopt;
  }
  return out;
}

}  // namespace folio::readers
