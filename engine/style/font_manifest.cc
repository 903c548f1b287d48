#include "style/font_manifest.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <toml++/toml.h>

namespace folio::style {

namespace {
base::Diagnostic manifest_error(const std::string& file, const toml::source_region* where, std::string message) {
  base::Span span;
  span.file = file;
  if (where) {
    span.line = where->begin.line;
    span.column = where->begin.column;
  }
  return base::make_error("fonts.manifest-invalid", span, std::move(message));
}
}  // namespace

base::Result<FontManifest> load_font_manifest(const std::filesystem::path& path) {
  const std::string file = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return manifest_error(file, nullptr, "cannot read the font manifest");
  std::ostringstream text;
  text << in.rdbuf();
  toml::table root;
  // The one place toml::parse_error is caught for the manifest.
  try {
    root = toml::parse(text.str(), file);
  } catch (const toml::parse_error& e) {
    return manifest_error(file, &e.source(), std::string(e.description()));
  }
  FontManifest out;
  out.file = file;
  base::Diagnostics errors;
  if (const toml::table* packages = root["packages"].as_table()) {
    for (const auto& [family, pkg] : *packages) {
      if (auto v = pkg.value<std::string>()) out.packages[std::string(family.str())] = *v;
      else errors.push_back(manifest_error(file, &pkg.source(), "a package name must be a string"));
    }
  }
  const toml::table* chains = root["chains"].as_table();
  if (!chains) errors.push_back(manifest_error(file, nullptr, "no [chains] table"));
  else {
    for (const auto& [chain, scripts] : *chains) {
      const toml::table* t = scripts.as_table();
      if (!t) {
        errors.push_back(manifest_error(file, &scripts.source(), "a chain must be a table"));
        continue;
      }
      auto& c = out.chains[std::string(chain.str())];
      for (const auto& [script, families] : *t) {
        const toml::array* a = families.as_array();
        if (!a) {
          errors.push_back(manifest_error(file, &families.source(), "families must be an array of strings"));
          continue;
        }
        for (const auto& f : *a) {
          if (auto v = f.value<std::string>()) c[std::string(script.str())].push_back(*v);
          else errors.push_back(manifest_error(file, &f.source(), "a family must be a string"));
        }
      }
    }
  }
  if (!errors.empty()) return base::Unexpected{std::move(errors)};
  return out;
}

std::filesystem::path default_font_manifest() {
  if (const char* env = std::getenv("FOLIO_FONTS_DIR"); env && *env) return std::filesystem::path(env) / "fonts.toml";
  return std::filesystem::path(FOLIO_DEFAULT_FONTS_DIR) / "fonts.toml";
}

}  // namespace folio::style
