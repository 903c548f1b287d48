#include "job/image_loader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "readers/docx/read_docx.h"

namespace folio::job {

namespace fs = std::filesystem;

namespace {
bool has_image_signature(const std::string& b) {
  return b.starts_with("\x89PNG\r\n\x1a\n") || b.starts_with("\xFF\xD8\xFF") || b.starts_with("GIF87a") ||
         b.starts_with("GIF89a") || (b.starts_with("RIFF") && b.size() > 12 && b.compare(8, 4, "WEBP") == 0) ||
         b.find("<svg") < 512;
}
}  // namespace

std::optional<std::string> load_local_image(const std::string& input, const std::string& src, std::size_t max_bytes) {
  if (src.empty() || src.find("://") != std::string::npos || src.starts_with("//") || src.starts_with("data:") ||
      src.starts_with('/')) {
    return std::nullopt;
  }
  std::error_code ec;
  // "release.html" has an empty parent: the current directory (fs::absolute("") would throw).
  fs::path dir = fs::path(input).parent_path();
  if (dir.empty()) dir = ".";
  const fs::path absolute = fs::absolute(dir, ec);
  if (ec) return std::nullopt;
  const fs::path base = fs::weakly_canonical(absolute, ec);
  if (ec) return std::nullopt;
  const fs::path target = fs::weakly_canonical(base / src, ec);
  if (ec) return std::nullopt;
  const auto rel = target.lexically_relative(base);
  if (rel.empty() || rel.begin()->string() == "..") return std::nullopt;
  if (!fs::is_regular_file(target, ec) || fs::file_size(target, ec) > max_bytes || ec) return std::nullopt;
  std::ifstream in(target, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string data = bytes.str();
  if (!has_image_signature(data)) return std::nullopt;
  return data;
}

std::optional<std::string> load_package_image(std::string_view package, const std::string& src, std::size_t max_bytes) {
  auto data = readers::read_docx_part(package, src, max_bytes);
  if (!data || !has_image_signature(*data)) return std::nullopt;
  return data;
}

std::optional<std::string> read_package(const std::string& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  const std::streamoff size = in.tellg();
  if (size < 4 || size > static_cast<std::streamoff>(max_bytes)) return std::nullopt;
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size) || !bytes.starts_with("PK\x03\x04")) return std::nullopt;
  return bytes;
}

}  // namespace folio::job
