#include "layout/image_size.h"

#include <algorithm>
#include <fstream>
#include <vector>

namespace folio::layout {

std::optional<std::string> read_image_file(const std::string& path) {
  constexpr std::streamoff kMaxBytes = 32 << 20;
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  const std::streamoff size = in.tellg();
  if (size < 0 || size > kMaxBytes) return std::nullopt;
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size)) return std::nullopt;
  return bytes;
}

std::optional<std::pair<int, int>> image_size(std::string_view bytes) {
  const std::string_view start = bytes.substr(0, 64 * 1024);
  const std::vector<unsigned char> head(start.begin(), start.end());
  auto be16 = [&](std::size_t i) { return (head[i] << 8) | head[i + 1]; };
  auto be32 = [&](std::size_t i) { return (be16(i) << 16) | be16(i + 2); };
  // PNG: signature, then the IHDR chunk with width and height (PNG spec 11.2.2).
  static const unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  if (head.size() >= 24 && std::equal(kPng, kPng + 8, head.begin())) {
    return std::make_pair(be32(16), be32(20));
  }
  // JPEG: walk the markers to a start-of-frame (SOF0–SOF15 except DHT C4, JPG C8, DAC CC).
  if (head.size() >= 4 && head[0] == 0xff && head[1] == 0xd8) {
    std::size_t i = 2;
    while (i + 9 < head.size()) {
      if (head[i] != 0xff) return std::nullopt;
      const unsigned char marker = head[i + 1];
      if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
        return std::make_pair(be16(i + 7), be16(i + 5));
      }
      i += 2 + static_cast<std::size_t>(be16(i + 2));
    }
  }
  return std::nullopt;
}

}  // namespace folio::layout
