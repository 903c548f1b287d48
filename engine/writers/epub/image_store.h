// The images packaged in the EPUB: local images the caller's loader can read, in a core media
// type, each stored once under a deterministic name. Remote images are never packaged.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "writers/epub/write_epub.h"

namespace folio::writers::epub {

struct PackagedImage {
  std::string href;        ///< relative to the package document, e.g. "images/image-1.png"
  std::string media_type;  ///< a core media type (EPUB 3.3 §3.2)
  std::string bytes;
};

class ImageStore {
 public:
  /// `loader` may be empty: then nothing is packaged.
  explicit ImageStore(const ImageLoader& loader) : loader_(loader) {}

  /// The href of `src` inside the package, or nullopt when it is remote, unreadable or not a
  /// core image type. The same src always gets the same href.
  std::optional<std::string> add(const std::string& src);

  const std::vector<PackagedImage>& images() const { return images_; }

 private:
  const ImageLoader& loader_;
  std::map<std::string, std::optional<std::string>> href_by_src_;
  std::vector<PackagedImage> images_;
};

/// The core image media type recognised from the first bytes, or "" (PNG, JPEG, GIF, WebP, SVG).
std::string sniff_image_type(const std::string& bytes);

}  // namespace folio::writers::epub
