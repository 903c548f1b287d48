#include "text/font_lookup_cache.h"

#include <cstdlib>
#include <fstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/cache_dir.h"

namespace folio::text {

namespace {

using Json = nlohmann::json;
constexpr int kVersion = 1;

// What fontconfig's answers depend on besides files: its version, the environment it reads its
// configuration from, and the locale whose languages FcDefaultSubstitute adds to a pattern.
Json environment() {
  Json env = Json::object();
  env["fontconfig"] = FcGetVersion();
  for (const char* name : {"FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "HOME", "XDG_CONFIG_HOME",
                           "XDG_DATA_HOME", "XDG_CACHE_HOME", "FC_LANG", "LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* value = std::getenv(name);
    env[name] = value ? value : "";
  }
  return env;
}

// Where configuration or fonts could appear without any file fontconfig read changing: the
// user's configuration files and font directories, and the system's.
std::vector<std::string> watched_places() {
  std::vector<std::string> places{"/etc/fonts", "/etc/fonts/conf.d", "/etc/fonts/fonts.conf",
                                  "/usr/share/fonts", "/usr/local/share/fonts"};
  const char* home = std::getenv("HOME");
  const char* xdg_config = std::getenv("XDG_CONFIG_HOME");
  const char* xdg_data = std::getenv("XDG_DATA_HOME");
  const std::string config = xdg_config && *xdg_config ? xdg_config : home ? std::string(home) + "/.config" : "";
  const std::string data = xdg_data && *xdg_data ? xdg_data : home ? std::string(home) + "/.local/share" : "";
  if (!config.empty()) {
    for (const char* p : {"/fontconfig", "/fontconfig/fonts.conf", "/fontconfig/conf.d"}) places.push_back(config + p);
  }
  if (!data.empty()) places.push_back(data + "/fonts");
  if (home) {
    for (const char* p : {"/.fonts", "/.fonts.conf", "/.fonts.conf.d"}) places.push_back(std::string(home) + p);
  }
  return places;
}

std::string match_key(const std::string& family, bool bold, bool italic) {
  return family + (bold ? "|bold" : "|regular") + (italic ? "|italic" : "|roman");
}

std::string face_key(const std::string& file, int index) {
  return file + "#" + std::to_string(index) + "@" + base::file_stamp(file);
}

}  // namespace

FontLookupCache::FontLookupCache(std::filesystem::path file) : file_(std::move(file)) {
  std::ifstream in(file_, std::ios::binary);
  if (!in) return;
  try {
    const Json j = Json::parse(in);
    if (j.at("version").get<int>() != kVersion || j.at("environment") != environment()) return;
    std::map<std::string, std::string> stamps;
    for (const auto& [path, recorded] : j.at("stamps").items()) {
      if (base::file_stamp(path) != recorded.get<std::string>()) return;
      stamps[path] = recorded.get<std::string>();
    }
    stamps_ = std::move(stamps);
    for (const auto& [key, m] : j.at("matches").items()) {
      matches_[key] = Match{m.at(0).get<std::string>(), m.at(1).get<int>()};
    }
    for (const auto& [key, v] : j.at("faces").items()) faces_[key] = v.get<bool>();
    valid_ = true;
  } catch (const Json::exception&) {
    matches_.clear();
    faces_.clear();
    stamps_.clear();
  }
}

std::optional<FontLookupCache::Match> FontLookupCache::match(const std::string& family, bool bold, bool italic) const {
  if (!valid_) return std::nullopt;
  auto it = matches_.find(match_key(family, bold, italic));
  if (it == matches_.end()) return std::nullopt;
  return it->second;
}

void FontLookupCache::store_match(const std::string& family, bool bold, bool italic, const Match& match) {
  matches_[match_key(family, bold, italic)] = match;
  changed_ = true;
}

std::optional<bool> FontLookupCache::face_fact(const std::string& file, int index) const {
  auto it = faces_.find(face_key(file, index));
  if (it == faces_.end()) return std::nullopt;
  return it->second;
}

void FontLookupCache::store_face_fact(const std::string& file, int index, bool value) {
  faces_[face_key(file, index)] = value;
  changed_ = true;
}

void FontLookupCache::save(FcConfig* config) {
  if (!changed_ || file_.empty() || (config == nullptr && !valid_)) return;
  Json stamps = Json::object();
  for (const auto& [path, recorded] : stamps_) stamps[path] = recorded;
  const auto add = [&stamps](const std::string& path) { stamps[path] = base::file_stamp(path); };
  for (const auto& place : watched_places()) add(place);
  if (config != nullptr) {
    for (FcStrList* list : {FcConfigGetConfigFiles(config), FcConfigGetFontDirs(config), FcConfigGetConfigDirs(config)}) {
      if (list == nullptr) continue;
      while (FcChar8* path = FcStrListNext(list)) {
        add(reinterpret_cast<const char*>(path));
        // A file added beside a configuration file changes its directory.
        add(std::filesystem::path(reinterpret_cast<const char*>(path)).parent_path().string());
      }
      FcStrListDone(list);
    }
  }
  Json matches = Json::object();
  for (const auto& [key, m] : matches_) {
    matches[key] = Json::array({m.file, m.index});
    if (!m.file.empty()) add(m.file);
  }
  const Json j{{"version", kVersion}, {"environment", environment()}, {"stamps", std::move(stamps)},
               {"matches", std::move(matches)}, {"faces", faces_}};
  if (base::write_cache_file(file_, j.dump(1))) {
    changed_ = false;
    valid_ = true;
  }
}

}  // namespace folio::text
