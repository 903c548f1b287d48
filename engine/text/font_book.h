// The font environment of layout: fallback chains from fonts/fonts.toml resolved through
// fontconfig, with one FreeType face and one HarfBuzz font per font file and face index.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/cache_dir.h"
#include "base/result.h"
#include "style/font_manifest.h"

struct hb_font_t;
struct FT_FaceRec_;

namespace folio::text {

class Hyphenator;
class ShapeCache;

/// Index of a face in its FontBook; stable for the FontBook's lifetime.
using FaceId = int;

/// One loaded face. Owned by the FontBook; pointers stay valid while it lives.
struct Face {
  std::string family;           ///< as named in the manifest
  std::string file;             ///< font file path
  int index = 0;                ///< face index inside a .ttc
  std::string postscript_name;  ///< "NotoSerif-Regular"
  std::string package;          ///< Debian package providing it
  bool bold = false, italic = false;
  int units_per_em = 1000;
  double ascender = 0.8;        ///< in em
  double descender = -0.2;      ///< in em (negative)
  /// No GSUB or GPOS lookup touches the space glyph, so text split after spaces shapes the same
  /// piece by piece as whole (what lets the shaper cache words).
  bool space_free_lookups = false;
  /// The glyph a line broken inside a word ends with: U+2010 HYPHEN, else U+002D, with its
  /// advance in em; nullopt when the face has neither. Looked up once, asked at every hyphenation
  /// point of every paragraph.
  std::optional<std::pair<std::uint32_t, double>> hyphen;
  hb_font_t* hb = nullptr;      ///< scale = units_per_em
  FT_FaceRec_* ft = nullptr;
};

/// Fonts by chain and script. Not thread-safe (faces load lazily); one per job or thread.
/// Also holds the hyphenation dictionaries and the shaped words, the other per-run text
/// resources of layout.
class FontBook {
 public:
  /// Reads the manifest (style::default_font_manifest() unless given). Fails when the manifest
  /// is unreadable or fontconfig cannot be initialised; families that are not installed are not
  /// an error here (describe_fonts() shows them, font_for() skips them). fontconfig's answers
  /// are kept in `cache_dir` (text/font_lookup_cache.h; empty: not kept), and fontconfig is
  /// started only when the cache cannot answer.
  static base::Result<FontBook> load(const std::filesystem::path& manifest = style::default_font_manifest(),
                                     const std::filesystem::path& hyphen_dir = "/usr/share/hyphen",
                                     const std::filesystem::path& cache_dir = base::cache_dir());
  FontBook(FontBook&&) noexcept;
  FontBook& operator=(FontBook&&) noexcept;
  ~FontBook();

  /// True when the manifest declares `chain`.
  bool has_chain(std::string_view chain) const;

  /// The first face of `chain` for `script` (an ICU UScriptCode) in the language `lang` (BCP 47)
  /// that has a glyph for `cp`, or nullopt when no font can show it. Lists tried: the chain's
  /// lists for the script in that language, most specific first ("Han:zh-Hant-HK",
  /// "Han:zh-Hant", "Han:zh" for zh-HK, its likely subtags added), then the script's own list,
  /// then the default list. So Japanese kanji take Japanese forms and Traditional Chinese its
  /// centred punctuation.
  std::optional<FaceId> font_for(char32_t cp, int script, std::string_view chain, bool bold, bool italic,
                                 std::string_view lang = {});

  /// True when `face` maps `cp` to a glyph.
  bool has_glyph(FaceId face, char32_t cp);

  const Face& face(FaceId id) const;
  /// This book's face for `other`, a face of another FontBook: the same file and face index,
  /// opened here if it was not; nullopt when it cannot be opened.
  std::optional<FaceId> same_face(const Face& other);

  /// Keeps what fontconfig answered since the last call for the next run (when a cache
  /// directory was given and anything was new); a cache that cannot be written is no error.
  void save_lookups();
  /// Whether fontconfig was started: the cache was missing, stale, or could not answer a lookup.
  bool fontconfig_started() const;

  /// For `folio fonts`: each chain, each script, the resolved file and its package.
  std::string describe_fonts();

  Hyphenator& hyphenator();
  ShapeCache& shape_cache();

 private:
  struct Impl;
  explicit FontBook(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace folio::text
