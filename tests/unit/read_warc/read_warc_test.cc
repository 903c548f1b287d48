#include <gtest/gtest.h>

#include <zlib.h>

#include <filesystem>
#include <fstream>

#include "base/sha256.h"
#include "readers/warc/http_response.h"
#include "readers/warc/read_warc.h"

namespace folio::readers {
namespace {

namespace fs = std::filesystem;

std::string gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string record(const std::string& type, const std::string& fields, const std::string& block) {
  return "WARC/1.1\r\nWARC-Type: " + type + "\r\n" + fields + "Content-Length: " + std::to_string(block.size()) +
         "\r\n\r\n" + block + "\r\n\r\n";
}

std::string response(const std::string& uri, const std::string& date, const std::string& http) {
  static int n = 0;
  return record("response",
                "WARC-Record-ID: <urn:uuid:0000-" + std::to_string(++n) + ">\r\nWARC-Target-URI: " + uri +
                    "\r\nWARC-Date: " + date + "\r\nContent-Type: application/http; msgtype=response\r\n",
                http);
}

const std::string kPage = "<html lang=\"fr\"><body><h1>Le marché couvert rouvre</h1><p>Le marché rouvre.</p></body></html>";

/// `body` in the chunked transfer coding, cut into two chunks at `split`.
std::string chunked(const std::string& body, std::size_t split) {
  char sizes[2][16];
  std::snprintf(sizes[0], sizeof sizes[0], "%zx", split);
  std::snprintf(sizes[1], sizeof sizes[1], "%zx", body.size() - split);
  return std::string(sizes[0]) + "\r\n" + body.substr(0, split) + "\r\n" + sizes[1] + "\r\n" + body.substr(split) +
         "\r\n0\r\n\r\n";
}

/// A small crawl: warcinfo, a request, a chunked page, a gzip-coded page, a copy of the first
/// page, a redirect, an image, a 404 and a metadata record.
std::vector<std::string> crawl() {
  const std::string gz_page = gzip(kPage + "<!-- 2 -->");
  return {
      record("warcinfo", "Content-Type: application/warc-fields\r\n", "software: test\r\n"),
      record("request", "WARC-Target-URI: http://example.org/\r\nContent-Type: application/http; msgtype=request\r\n",
             "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"),
      response("http://example.org/", "2024-03-05T10:00:00Z",
               "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"UTF-8\"\r\nTransfer-Encoding: chunked\r\n\r\n" +
                   chunked(kPage, 26)),
      response("http://example.org/news/deux.html?id=2", "2024-03-05T10:00:01Z",
               "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: " +
                   std::to_string(gz_page.size()) + "\r\n\r\n" + gz_page),
      response("<http://example.org/copie>", "2024-03-05T10:00:02Z",
               "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + kPage),
      response("http://example.org/old", "2024-03-05T10:00:03Z",
               "HTTP/1.1 301 Moved Permanently\r\nLocation: /\r\nContent-Type: text/html\r\n\r\nmoved"),
      response("http://example.org/logo.png", "2024-03-05T10:00:04Z",
               "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n"),
      response("http://example.org/absent", "2024-03-05T10:00:05Z",
               "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\nno"),
      record("metadata", "Content-Type: application/warc-fields\r\n", "outlink: x\r\n")};
}

class TempFile {
 public:
  explicit TempFile(const std::string& name, const std::string& bytes)
      : path_(fs::temp_directory_path() / ("folio-warc-" + std::to_string(::getpid()) + "-" + name)) {
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~TempFile() { fs::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

void expect_crawl_index(const std::string& path) {
  auto index = index_warc(path);
  ASSERT_TRUE(index) << index.error().front().message;
  EXPECT_TRUE(index->warnings.empty()) << index->warnings.front().message;
  const WarcIndex& w = index->value;
  ASSERT_EQ(w.releases.size(), 3u);
  EXPECT_EQ(w.releases[0].target_uri, "http://example.org/");
  EXPECT_EQ(w.releases[0].date, "2024-03-05T10:00:00Z");
  EXPECT_EQ(w.releases[0].payload_sha256, base::sha256_hex(kPage)) << "chunked transfer coding undone";
  EXPECT_EQ(w.releases[1].payload_sha256, base::sha256_hex(kPage + "<!-- 2 -->")) << "gzip content coding undone";
  EXPECT_EQ(w.releases[2].payload_sha256, w.releases[0].payload_sha256);
  EXPECT_EQ(w.releases[2].target_uri, "http://example.org/copie") << "WARC 1.0's angle brackets removed";
  EXPECT_EQ(w.skipped, (std::map<std::string, int>{{"warcinfo", 1},
                                                   {"request", 1},
                                                   {"metadata", 1},
                                                   {"status 301", 1},
                                                   {"status 404", 1},
                                                   {"type image/png", 1}}));
  // Each release is found again from its position, in any order.
  for (int i : {2, 0, 1}) {
    auto payload = read_warc_release(path, w.releases[static_cast<std::size_t>(i)].position);
    ASSERT_TRUE(payload) << payload.error().front().message;
    EXPECT_EQ(base::sha256_hex(payload->body), w.releases[static_cast<std::size_t>(i)].payload_sha256);
  }
  auto first = read_warc_release(path, w.releases[0].position);
  EXPECT_EQ(first->charset, "UTF-8");
}

TEST(ReadWarc, PlainFile) {
  std::string bytes;
  for (const auto& r : crawl()) bytes += r;
  const TempFile file("plain.warc", bytes);
  expect_crawl_index(file.path());
}

TEST(ReadWarc, GzipMemberPerRecord) {
  std::string bytes;
  for (const auto& r : crawl()) bytes += gzip(r);
  const TempFile file("members.warc.gz", bytes);
  expect_crawl_index(file.path());
}

// Not how crawlers write it, but valid gzip: the releases are still found and read again.
TEST(ReadWarc, OneGzipStreamForTheWholeFile) {
  std::string bytes;
  for (const auto& r : crawl()) bytes += r;
  const TempFile file("single.warc.gz", gzip(bytes));
  expect_crawl_index(file.path());
}

TEST(ReadWarc, TruncatedTailKeepsTheRecordsBefore) {
  std::string bytes;
  for (const auto& r : crawl()) bytes += gzip(r);
  const TempFile file("cut.warc.gz", bytes.substr(0, bytes.size() - 10));
  auto index = index_warc(file.path());
  ASSERT_TRUE(index);
  ASSERT_EQ(index->warnings.size(), 1u);
  EXPECT_EQ(index->warnings[0].code, "warc.corrupt");
  EXPECT_EQ(index->value.releases.size(), 3u);

  std::string plain;
  for (const auto& r : crawl()) plain += r;
  const TempFile cut("cut.warc", plain.substr(0, plain.find("HTTP/1.1 301")));
  auto short_index = index_warc(cut.path());
  ASSERT_TRUE(short_index);
  ASSERT_EQ(short_index->warnings.size(), 1u);
  EXPECT_EQ(short_index->warnings[0].code, "warc.truncated");
  EXPECT_NE(short_index->warnings[0].message.find("5 records before it"), std::string::npos)
      << short_index->warnings[0].message;
}

TEST(ReadWarc, NotAWarcIsAnError) {
  const TempFile file("page.warc", kPage);
  auto index = index_warc(file.path());
  ASSERT_FALSE(index);
  EXPECT_EQ(index.error().front().code, "warc.not-warc");
  EXPECT_FALSE(index_warc("/nonexistent/x.warc"));
}

TEST(ReadWarc, HttpResponses) {
  std::string why;
  EXPECT_FALSE(parse_http_response("GET / HTTP/1.1\r\n\r\n", 1000, why));
  EXPECT_EQ(why, "not an HTTP response");
  EXPECT_FALSE(parse_http_response("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx", 1000, why));
  EXPECT_EQ(why, "content coding br");
  EXPECT_FALSE(parse_http_response("HTTP/1.1 200 OK\r\n\r\n" + std::string(2000, 'x'), 1000, why));
  EXPECT_EQ(why, "too large");
  auto r = parse_http_response("HTTP/1.1 200 OK\nContent-Type: Text/HTML ; Charset=windows-1252\n\nbody", 1000, why);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->media_type, "text/html");
  EXPECT_EQ(r->charset, "windows-1252");
  EXPECT_EQ(r->body, "body");
}

}  // namespace
}  // namespace folio::readers
