#include "writers/epub/image_store.h"

#include <cctype>
#include <cstddef>

namespace folio::writers::epub {

namespace {
bool is_remote(const std::string& src) {
  // Anything with a URL scheme (http:, https:, data:, ftp:…) or a network path is not a local file.
  if (src.starts_with("//")) return true;
  const auto colon = src.find(':');
  if (colon == std::string::npos || colon < 2) return false;  // "C:\…" is a drive letter
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = src[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return false;
  }
  return true;
}

const char* extension_for(const std::string& media_type) {
  if (media_type == "image/png") return "png";
  if (media_type == "image/jpeg") return "jpg";
  if (media_type == "image/gif") return "gif";
  if (media_type == "image/webp") return "webp";
  return "svg";
}
}  // namespace

std::string sniff_image_type(const std::string& bytes) {
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return "image/png";
  if (bytes.starts_with("\xFF\xD8\xFF")) return "image/jpeg";
  if (bytes.starts_with("GIF87a") || bytes.starts_with("GIF89a")) return "image/gif";
  if (bytes.size() >= 12 && bytes.starts_with("RIFF") && bytes.compare(8, 4, "WEBP") == 0) return "image/webp";
  const auto head = bytes.substr(0, 1024);
  if (head.find("<svg") != std::string::npos) return "image/svg+xml";
  return "";
}

std::optional<std::string> ImageStore::add(const std::string& src) {
  if (auto it = href_by_src_.find(src); it != href_by_src_.end()) return it->second;
  std::optional<std::string> href;
  if (loader_ && !src.empty() && !is_remote(src)) {
    if (auto bytes = loader_(src)) {
      const std::string type = sniff_image_type(*bytes);
      if (!type.empty()) {
        href = "images/image-" + std::to_string(images_.size() + 1) + "." + extension_for(type);
        images_.push_back({*href, type, std::move(*bytes)});
      }
    }
  }
  href_by_src_.emplace(src, href);
  return href;
}

}  // namespace folio::writers::epub
