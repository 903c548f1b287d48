// The HTTP response inside a WARC response record (RFC 9112 message syntax): status, the headers
// a reader needs, and the body as the server meant it (chunked transfer coding removed, gzip or
// deflate content coding undone).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace folio::readers {

struct HttpResponse {
  int status = 0;
  std::string media_type;  ///< Content-Type without parameters, lower case ("text/html")
  std::string charset;     ///< Content-Type's charset parameter, as written; empty when absent
  std::string body;
};

/// Parses `message`. nullopt with `why` set (a short reason such as "not an HTTP response" or
/// "content coding br") when it is not an HTTP response or its body cannot be recovered; a body
/// that would inflate beyond `max_body` bytes is refused as "too large".
std::optional<HttpResponse> parse_http_response(std::string_view message, std::size_t max_body, std::string& why);

}  // namespace folio::readers
