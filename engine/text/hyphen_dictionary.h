// Loads libhyphen pattern files (hyph_*.dic) fast, into libhyphen's own HyphenDict.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <hyphen.h>

namespace folio::text {

/// libhyphen's HyphenDict (the compound level, its word level in `nextlevel`) in memory this
/// object owns: each level's states, transitions and strings in three blocks, where libhyphen
/// makes one allocation per state, transition list and string (hyph_de_DE.dic: 280,000 states,
/// 21 MB in 420,000 allocations). Read only once made; never pass it to hnj_hyphen_free.
class HyphenDictionary {
 public:
  struct Level;
  explicit HyphenDictionary(std::vector<std::unique_ptr<Level>> levels);
  ~HyphenDictionary();
  HyphenDictionary(const HyphenDictionary&) = delete;
  HyphenDictionary& operator=(const HyphenDictionary&) = delete;

  /// For hnj_hyphen_hyphenate2, which only reads it.
  HyphenDict* get() const;

  /// The whole dictionary as bytes for deserialize() in a process of this same build (native
  /// byte order and libhyphen's struct layout, which the bytes record and check).
  std::string serialize() const;
  /// nullptr when `bytes` are not what serialize() makes (another layout, cut short, an index
  /// out of range): the caller loads the pattern file instead.
  static std::unique_ptr<HyphenDictionary> deserialize(std::string_view bytes);

 private:
  std::vector<std::unique_ptr<Level>> levels_;
};

/// Reads `path` into the HyphenDict hnj_hyphen_load would build — the same states, matches,
/// non-standard replacements, fallbacks, compound level and options, so libhyphen's
/// hnj_hyphen_hyphenate2 gives the same points — but in milliseconds: libhyphen keys the prefix
/// states in a fixed 31,627-bucket hash and takes about 3 s on hyph_de_DE.dic (78,000 lines).
/// With `recode_to_utf8`, a file in another charset (hyph_de_DE.dic is ISO8859-1) is read as
/// if it had been written in UTF-8, so UTF-8 words with ä, ö, ü or ß match its patterns.
/// Returns nullptr when the file cannot be read.
std::unique_ptr<HyphenDictionary> load_hyphen_dictionary(const std::filesystem::path& path, bool recode_to_utf8 = true);

}  // namespace folio::text
