#include "writers/epub/link_target.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <string_view>

#include "base/utf8.h"

namespace folio::writers::epub {

namespace {

// The URL scheme in lower case ("" when `url` is relative).
std::string scheme_of(std::string_view url) {
  const auto colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(url[0]))) return "";
  std::string scheme;
  for (char c : url.substr(0, colon)) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return "";
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return scheme;
}

std::string encode(std::string_view url) {
  static constexpr std::string_view kUnsafe = "\"<>\\^`{|}";
  std::string out;
  for (char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F || kUnsafe.find(c) != std::string_view::npos) {
      std::array<char, 4> hex{};
      std::snprintf(hex.data(), hex.size(), "%%%02X", u);
      out += hex.data();
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> link_target(const std::string& href_in, const std::string& source_in) {
  const std::string_view href = base::trim_ascii(href_in);
  const std::string_view source = base::trim_ascii(source_in);
  if (href.empty() || href.front() == '#') return std::nullopt;
  const std::string scheme = scheme_of(href);
  if (!scheme.empty()) {
    if (scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel" || scheme == "ftp") {
      return encode(href);
    }
    return std::nullopt;
  }
  const std::string base_scheme = scheme_of(source);
  if (base_scheme != "http" && base_scheme != "https") {
    if (href.starts_with("//")) return encode("https:" + std::string(href));
    return std::nullopt;
  }
  if (href.starts_with("//")) return encode(base_scheme + ":" + std::string(href));
  const auto authority = source.find("//") + 2;
  const auto path_start = source.find_first_of("/?#", authority);
  const std::string_view origin = source.substr(0, path_start);
  if (href.front() == '/') return encode(std::string(origin) + std::string(href));
  std::string_view page = source.substr(0, source.find_first_of("?#", authority));
  if (page.size() == origin.size()) return encode(std::string(origin) + "/" + std::string(href));
  return encode(std::string(page.substr(0, page.rfind('/') + 1)) + std::string(href));
}

}  // namespace folio::writers::epub
