// Reads the local images a release refers to, for writers that embed them. Only files next to
// the input (inside its directory), with an image signature, under a size limit: a hostile page
// cannot make folio package /etc/passwd or a huge file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace folio::job {

/// The bytes of the image `src` referenced from the file `input`, or nullopt when `src` is a URL,
/// absolute, escapes the input's directory, is missing, too large or not a PNG/JPEG/GIF/WebP/SVG.
std::optional<std::string> load_local_image(const std::string& input, const std::string& src,
                                            std::size_t max_bytes = 10u << 20);

}  // namespace folio::job
