// The font manifest (fonts/fonts.toml): fallback chains per script and the Debian package of each
// family. Read here so toml++ stays in one module; the FontBook resolves the families.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "base/result.h"

namespace folio::style {

/// Chain name ("serif") → ICU script name ("Arabic", or "default") → families in order.
struct FontManifest {
  std::map<std::string, std::map<std::string, std::vector<std::string>>> chains;
  std::map<std::string, std::string> packages;  ///< family → Debian package
  std::string file;
};

/// Reads a manifest; errors carry file:line.
base::Result<FontManifest> load_font_manifest(const std::filesystem::path& path);

/// $FOLIO_FONTS_DIR/fonts.toml, else fonts/fonts.toml of the source tree this binary was built from.
std::filesystem::path default_font_manifest();

}  // namespace folio::style
