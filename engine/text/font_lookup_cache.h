// What fontconfig answered, kept between runs: starting fontconfig (reading the system's
// configuration and font caches) and matching families costs more than laying a release out.
// The answers are trusted only while the font configuration is the one they came from: every
// configuration file and font directory fontconfig used, and the places a user configuration
// could appear, are recorded with their modification times and checked on load.
#pragma once

#include <fontconfig/fontconfig.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace folio::text {

class FontLookupCache {
 public:
  /// No cache: every lookup misses and nothing is saved.
  FontLookupCache() = default;
  /// Loads `file` (when it exists and the configuration it was made with is unchanged).
  explicit FontLookupCache(std::filesystem::path file);

  /// True when loaded answers can be used: fontconfig need not start unless a lookup misses.
  bool valid() const { return valid_; }

  struct Match {
    std::string file;  ///< empty: the family is not installed
    int index = 0;
  };
  std::optional<Match> match(const std::string& family, bool bold, bool italic) const;
  void store_match(const std::string& family, bool bold, bool italic, const Match& match);

  /// Facts about a font file that take time to compute (whether any OpenType lookup touches
  /// the space glyph), keyed by the file, its face index, size and modification time.
  std::optional<bool> face_fact(const std::string& file, int index) const;
  void store_face_fact(const std::string& file, int index, bool value);

  /// Writes the cache when something was stored, stamped with `config`'s files and directories
  /// (null: with the stamps it was loaded with, still valid).
  void save(FcConfig* config);

 private:
  std::filesystem::path file_;
  bool valid_ = false;
  bool changed_ = false;
  std::map<std::string, Match> matches_;
  std::map<std::string, bool> faces_;
  std::map<std::string, std::string> stamps_;  // as loaded
};

}  // namespace folio::text
