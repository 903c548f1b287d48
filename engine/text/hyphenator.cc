#include "text/hyphenator.h"

#include <cstdlib>
#include <fstream>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_map>
#include <vector>

#include <hyphen.h>
#include <unicode/uchar.h>

#include "base/language_tag.h"
#include "base/string_hash.h"
#include "base/utf8.h"
#include "text/hyphen_dictionary_cache.h"

namespace folio::text {

struct Hyphenator::Dict {
  HyphenDict* dict = nullptr;  // shared, read only
  // word → points; words repeat, and are looked up as they stand in the text
  std::unordered_map<std::string, std::vector<std::size_t>, base::StringHash, std::equal_to<>> known;
};

Hyphenator::Hyphenator(std::filesystem::path dictionary_dir, std::filesystem::path cache_dir)
    : dir_(std::move(dictionary_dir)), cache_dir_(std::move(cache_dir)) {}
Hyphenator::~Hyphenator() = default;

namespace {
constexpr std::size_t kMaxKnownWords = 1 << 16;  // bounds memory over many documents

/// Each file is loaded once per process (from the cache directory when it can be) and shared by
/// every Hyphenator; hyphenating only reads it. Loaded, it stays until the process ends.
HyphenDict* shared_dictionary(const std::filesystem::path& path, const std::filesystem::path& cache_dir) {
  static std::mutex mutex;
  static auto* const loaded = new std::map<std::string, std::unique_ptr<HyphenDictionary>>;
  const std::lock_guard lock(mutex);
  auto [it, fresh] = loaded->try_emplace(path.string());
  if (fresh) it->second = load_cached_hyphen_dictionary(path, cache_dir);
  return it->second ? it->second->get() : nullptr;
}

/// libhyphen's points for `word`, with folio's limits (see Hyphenator::points).
std::vector<std::size_t> hyphenate(HyphenDict& dict, std::string_view word) {
  std::vector<std::size_t> out;
  // Patterns are lower case (simple case mapping is enough for them); a lower-casing that
  // changes the byte length (rare) is not hyphenated.
  std::string lower;
  lower.reserve(word.size());
  std::vector<std::size_t> char_end;  // byte offset after each character
  for (std::size_t i = 0; i < word.size();) {
    base::append_utf8(lower, static_cast<char32_t>(u_tolower(static_cast<UChar32>(base::next_code_point(word, i)))));
    char_end.push_back(i);
  }
  if (lower.size() != word.size()) return out;
  std::vector<char> hyphens(word.size() + 5, 0);
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  hnj_hyphen_hyphenate2(&dict, lower.data(), static_cast<int>(lower.size()), hyphens.data(), nullptr, &rep,
                        &pos, &cut);
  // With a UTF-8 dictionary libhyphen indexes `hyphens` by character (hnj_hyphen_norm).
  const std::size_t positions = dict.utf8 ? char_end.size() : word.size();
  for (std::size_t i = 0; i + 1 < positions; ++i) {
    if ((hyphens[i] & 1) == 0) continue;
    if (rep && rep[i]) continue;  // non-standard hyphenation (Schiffahrt → Schiff-fahrt) changes letters
    const std::size_t chars_before = i + 1;
    if (chars_before < 2 || positions - chars_before < 3) continue;
    out.push_back(dict.utf8 ? char_end[i] : i + 1);
  }
  if (rep) {
    for (std::size_t i = 0; i < lower.size(); ++i) std::free(rep[i]);
    std::free(rep);
  }
  std::free(pos);
  std::free(cut);
  return out;
}
}  // namespace

std::optional<std::filesystem::path> Hyphenator::file_for(const std::string& primary) const {
  // Debian names the main dictionary of a language hyph_<ll>.dic or hyph_<ll>_<CC>.dic; the
  // country of the language's main variety comes first so de, en and es get their usual patterns.
  std::vector<std::filesystem::path> candidates = {dir_ / ("hyph_" + primary + ".dic")};
  static const std::map<std::string, std::string> kMainRegion = {
      {"en", "US"}, {"de", "DE"}, {"es", "ES"}, {"fr", "FR"}, {"pt", "PT"}, {"it", "IT"},
      {"nl", "NL"}, {"sv", "SE"}, {"ru", "RU"}, {"uk", "UA"}, {"el", "GR"}};
  if (auto r = kMainRegion.find(primary); r != kMainRegion.end()) {
    candidates.insert(candidates.begin(), dir_ / ("hyph_" + primary + "_" + r->second + ".dic"));
  }
  for (const auto& path : candidates) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) return path;
  }
  return std::nullopt;
}

Hyphenator::Dict* Hyphenator::dictionary(std::string_view lang) {
  if (!last_lang_.empty() && lang == last_lang_) return last_dict_;
  const std::string key = base::primary_language(lang);
  if (key.empty()) return nullptr;
  auto it = dicts_.find(key);
  if (it == dicts_.end()) {
    auto dict = std::make_unique<Dict>();
    if (const auto path = file_for(key)) dict->dict = shared_dictionary(*path, cache_dir_);
    it = dicts_.emplace(key, std::move(dict)).first;
  }
  last_lang_ = lang;
  last_dict_ = it->second->dict ? it->second.get() : nullptr;
  return last_dict_;
}

std::string Hyphenator::describe() const {
  std::set<std::string> languages;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir_, ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with("hyph_") || !name.ends_with(".dic")) continue;
    languages.insert(base::primary_language(name.substr(5, name.size() - 9)));
  }
  std::ostringstream out;
  out << "hyphenation dictionaries: " << dir_.string() << "\n";
  if (languages.empty()) out << "  none (apt install hyphen-<language>)\n";
  for (const auto& lang : languages) {
    const auto path = file_for(lang);
    if (!path) continue;
    std::ifstream in(*path, std::ios::binary);
    std::string charset;
    std::getline(in, charset);
    if (!charset.empty() && charset.back() == '\r') charset.pop_back();
    out << "  " << lang << ": " << std::filesystem::weakly_canonical(*path, ec).string() << " (" << charset
        << (charset == "UTF-8" ? "" : ", read as UTF-8") << ")\n";
  }
  return out.str();
}

bool Hyphenator::supports(std::string_view lang) { return dictionary(lang) != nullptr; }

std::vector<std::size_t> Hyphenator::points(std::string_view word, std::string_view lang) {
  Dict* dict = dictionary(lang);
  if (!dict || word.empty() || word.size() > 200) return {};
  if (auto it = dict->known.find(word); it != dict->known.end()) return it->second;
  if (dict->known.size() >= kMaxKnownWords) dict->known.clear();
  return dict->known.emplace(std::string(word), hyphenate(*dict->dict, word)).first->second;
}

}  // namespace folio::text
