// Pixel size of a PNG or JPEG, read from its header (layout never decodes images), and the
// bytes of a local image file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace folio::layout {

/// (width, height) in pixels, or nullopt when `bytes` are not a PNG/JPEG.
std::optional<std::pair<int, int>> image_size(std::string_view bytes);

/// The bytes of the file at `path` (up to 32 MiB), or nullopt when it cannot be read.
std::optional<std::string> read_image_file(const std::string& path);

}  // namespace folio::layout
