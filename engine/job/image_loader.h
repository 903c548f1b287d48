// Reads the images a release refers to, for writers that embed them. Only files next to the
// input (inside its directory) or parts of its own package, with an image signature, under a
// size limit: a hostile page cannot make folio package /etc/passwd or a huge file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace folio::job {

/// The bytes of the image `src` referenced from the file `input`, or nullopt when `src` is a URL,
/// absolute, escapes the input's directory, is missing, too large or not a PNG/JPEG/GIF/WebP/SVG.
std::optional<std::string> load_local_image(const std::string& input, const std::string& src,
                                            std::size_t max_bytes = 10u << 20);

/// The bytes of the image `src` inside `package`, the bytes of a DOCX input (the reader names
/// a picture by its part, "word/media/image1.png"), with the same limits: nullopt when it is not a
/// part of the package, too large or not an image.
std::optional<std::string> load_package_image(std::string_view package, const std::string& src,
                                              std::size_t max_bytes = 10u << 20);

/// Whether the file `path` is a ZIP package (a DOCX), whose images are inside it; its bytes
/// when it is, read under `max_bytes`.
std::optional<std::string> read_package(const std::string& path, std::size_t max_bytes = 16u << 20);

}  // namespace folio::job
