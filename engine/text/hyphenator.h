// Hyphenation points from libhyphen with Debian's hyph_*.dic (LibreOffice patterns).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::text {

/// Finds one dictionary per language on first use (each file loaded once per process) and
/// remembers the points of the words it has seen. Not thread-safe.
class Hyphenator {
 public:
  /// Dictionaries are read from `dictionary_dir`, and kept ready in `cache_dir` between runs
  /// (text/hyphen_dictionary_cache.h; empty: not kept).
  explicit Hyphenator(std::filesystem::path dictionary_dir, std::filesystem::path cache_dir = {});
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  /// Byte offsets inside `word` (UTF-8, letters only) where a hyphen may be inserted, ascending;
  /// at least 2 characters before and 3 after each point. Empty when `lang` has no dictionary.
  std::vector<std::size_t> points(std::string_view word, std::string_view lang);

  /// True when a dictionary exists for the primary subtag of `lang`.
  bool supports(std::string_view lang);

  /// One line per language with a dictionary: the file used (links resolved) and its charset.
  std::string describe() const;

 private:
  struct Dict;
  Dict* dictionary(std::string_view lang);
  std::optional<std::filesystem::path> file_for(const std::string& primary) const;
  std::filesystem::path dir_;
  std::filesystem::path cache_dir_;
  std::map<std::string, std::unique_ptr<Dict>> dicts_;
  // The language asked last and its dictionary: a paragraph asks word after word in one language.
  std::string last_lang_;
  Dict* last_dict_ = nullptr;
};

}  // namespace folio::text
