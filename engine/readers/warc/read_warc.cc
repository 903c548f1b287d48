#include "readers/warc/read_warc.h"

#include <cctype>
#include <cstdlib>

#include "base/sha256.h"
#include "readers/warc/http_response.h"
#include "readers/warc/warc_stream.h"

namespace folio::readers {

namespace {

constexpr std::size_t kMaxHeaderLine = 64 * 1024;
constexpr int kMaxHeaderLines = 1000;

struct RecordHeader {
  WarcPosition position;
  std::map<std::string, std::string> fields;  // names in lower case
  std::uint64_t length = 0;

  std::string field(const std::string& name) const {
    auto it = fields.find(name);
    return it == fields.end() ? std::string() : it->second;
  }
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trimmed(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return s.substr(b, e - b);
}

base::Span file_span(const std::string& path) { return base::Span{path, 0, 0, 0, 0}; }

enum class HeaderStatus { ok, end, malformed };

// A record: "WARC/1.x" line, named fields, an empty line, Content-Length bytes of block, then
// two line ends, which are skipped here as empty lines before the next record.
HeaderStatus read_header(WarcStream& in, RecordHeader& out) {
  std::optional<std::string> line;
  for (;;) {
    out.position = in.position();
    line = in.read_line(kMaxHeaderLine);
    if (!line) return HeaderStatus::end;
    if (!trimmed(*line).empty()) break;
  }
  if (!line->starts_with("WARC/")) return HeaderStatus::malformed;
  bool has_length = false;
  for (int n = 0;; ++n) {
    line = in.read_line(kMaxHeaderLine);
    if (!line || n == kMaxHeaderLines) return HeaderStatus::malformed;
    const std::string l = trimmed(*line);
    if (l.empty()) break;
    const std::size_t colon = l.find(':');
    if (colon == std::string::npos) continue;
    const std::string name = lower(trimmed(l.substr(0, colon)));
    const std::string value = trimmed(l.substr(colon + 1));
    if (name == "content-length") {
      char* end = nullptr;
      out.length = std::strtoull(value.c_str(), &end, 10);
      has_length = end != value.c_str() && *end == '\0';
    }
    out.fields[name] = value;
  }
  return has_length ? HeaderStatus::ok : HeaderStatus::malformed;
}

// WARC 1.0 wrote the target URI in angle brackets (as wget still does); WARC 1.1 does not.
std::string target_uri(const RecordHeader& header) {
  std::string uri = header.field("warc-target-uri");
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') uri = uri.substr(1, uri.size() - 2);
  return uri;
}

bool is_http_response_record(const RecordHeader& header) {
  return lower(header.field("warc-type")) == "response" &&
         lower(header.field("content-type")).starts_with("application/http");
}

bool is_html(const std::string& media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

std::string position_text(WarcPosition p, bool compressed) {
  return compressed ? "the gzip member at byte " + std::to_string(p.member) : "byte " + std::to_string(p.inner);
}

}  // namespace

bool is_warc_path(const std::string& path) {
  const std::string l = lower(path);
  return l.ends_with(".warc") || l.ends_with(".warc.gz");
}

base::Result<base::Warned<WarcIndex>> index_warc(const std::string& path, const WarcOptions& options) {
  std::string error;
  auto in = WarcStream::open(path, error);
  if (!in) return base::make_error("input.unreadable", file_span(path), "cannot read: " + error);
  base::Warned<WarcIndex> out;
  const std::size_t max_block = options.max_payload + kMaxHeaderLine;
  for (int records = 0;; ++records) {
    RecordHeader header;
    const HeaderStatus status = read_header(*in, header);
    if (status == HeaderStatus::end) break;
    if (status == HeaderStatus::malformed) {
      if (records == 0) {
        return base::make_error("warc.not-warc", file_span(path),
                                in->error().empty() ? "not a WARC file (it must start with a WARC/1.x record)"
                                                    : "cannot read: " + in->error());
      }
      out.warnings.push_back(base::make_warning(
          "warc.malformed", file_span(path),
          "the record at " + position_text(header.position, in->compressed()) + " is malformed; the " +
              std::to_string(records) + " records before it were read"));
      break;
    }
    std::string block;
    std::size_t got = 0;
    const bool wanted = is_http_response_record(header);
    if (wanted && header.length <= max_block) {
      got = in->read(header.length, block);
    } else {
      got = in->skip(header.length);
    }
    if (got < header.length) {
      out.warnings.push_back(base::make_warning(
          "warc.truncated", file_span(path),
          "the record at " + position_text(header.position, in->compressed()) + " is cut short (" +
              std::to_string(got) + " of " + std::to_string(header.length) + " bytes); the " +
              std::to_string(records) + " records before it were read"));
      break;
    }
    if (!wanted) {
      std::string type = lower(header.field("warc-type"));
      if (type == "response") type = "response not HTTP";
      ++out.value.skipped[type.empty() ? "untyped" : type];
      continue;
    }
    if (header.length > max_block) {
      ++out.value.skipped["too large"];
      continue;
    }
    std::string why;
    auto http = parse_http_response(block, options.max_payload, why);
    if (!http) {
      ++out.value.skipped[why];
    } else if (http->status < 200 || http->status > 299) {
      ++out.value.skipped["status " + std::to_string(http->status)];
    } else if (!is_html(http->media_type)) {
      ++out.value.skipped["type " + (http->media_type.empty() ? std::string("unknown") : http->media_type)];
    } else {
      out.value.releases.push_back(WarcRelease{header.position, header.field("warc-record-id"),
                                               target_uri(header), header.field("warc-date"),
                                               base::sha256_hex(http->body), http->body.size()});
    }
  }
  if (!in->error().empty()) {
    out.warnings.push_back(base::make_warning("warc.corrupt", file_span(path),
                                              in->error() + "; the records before it were read"));
  }
  return out;
}

base::Result<WarcPayload> read_warc_release(const std::string& path, WarcPosition position,
                                            const WarcOptions& options) {
  std::string error;
  auto in = WarcStream::open(path, error);
  if (!in) return base::make_error("input.unreadable", file_span(path), "cannot read: " + error);
  const auto changed = [&](const std::string& what) {
    return base::make_error("warc.changed", file_span(path),
                            "the record at " + position_text(position, in->compressed()) + " " + what +
                                " (was the archive changed since it was indexed?)");
  };
  RecordHeader header;
  if (!in->seek(position) || read_header(*in, header) != HeaderStatus::ok || !is_http_response_record(header)) {
    return changed("is not an HTTP response record");
  }
  std::string block;
  if (header.length > options.max_payload + kMaxHeaderLine || in->read(header.length, block) < header.length) {
    return changed("cannot be read whole");
  }
  std::string why;
  auto http = parse_http_response(block, options.max_payload, why);
  if (!http) return changed("has no readable HTTP body (" + why + ")");
  return WarcPayload{std::move(http->body), std::move(http->charset)};
}

}  // namespace folio::readers
