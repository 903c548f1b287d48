// Pixel size of a local PNG or JPEG, read from its header (layout never decodes images).
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace folio::layout {

/// (width, height) in pixels, or nullopt when the file is unreadable or not a PNG/JPEG.
std::optional<std::pair<int, int>> image_size(const std::string& path);

}  // namespace folio::layout
