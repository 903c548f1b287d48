#include "text/font_book.h"

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb-ot.h>
#include <hb.h>
#include <unicode/uloc.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <map>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "text/font_lookup_cache.h"
#include "text/hyphenator.h"
#include "text/shape_cache.h"

namespace folio::text {

namespace {
/// Whether any GSUB or GPOS lookup has the space glyph in its input, context or output.
bool lookups_use_space(hb_font_t* font) {
  hb_codepoint_t space = 0;
  if (!hb_font_get_nominal_glyph(font, ' ', &space)) return false;
  hb_face_t* face = hb_font_get_face(font);
  hb_set_t* sets[4] = {hb_set_create(), hb_set_create(), hb_set_create(), hb_set_create()};
  bool used = false;
  for (const hb_tag_t table : {HB_OT_TAG_GSUB, HB_OT_TAG_GPOS}) {
    const unsigned n = hb_ot_layout_table_get_lookup_count(face, table);
    for (unsigned l = 0; l < n && !used; ++l) {
      for (auto* s : sets) hb_set_clear(s);
      hb_ot_layout_lookup_collect_glyphs(face, table, l, sets[0], sets[1], sets[2], sets[3]);
      for (auto* s : sets) used = used || hb_set_has(s, space);
    }
  }
  for (auto* s : sets) hb_set_destroy(s);
  return used;
}

/// The tags a chain key may name for `lang`, most specific first: its likely subtags added
/// (ICU), so "zh-TW" gives zh-Hant-TW, zh-Hant, zh-TW, zh and "ja" gives ja-Jpan-JP … ja.
std::vector<std::string> language_variants(std::string_view lang) {
  std::vector<std::string> out;
  if (lang.empty()) return out;
  UErrorCode err = U_ZERO_ERROR;
  char locale[ULOC_FULLNAME_CAPACITY] = {};
  char full[ULOC_FULLNAME_CAPACITY] = {};
  uloc_forLanguageTag(std::string(lang).c_str(), locale, sizeof locale, nullptr, &err);
  uloc_addLikelySubtags(locale, full, sizeof full, &err);
  if (U_FAILURE(err)) return out;
  char language[ULOC_LANG_CAPACITY] = {};
  char script[ULOC_SCRIPT_CAPACITY] = {};
  char region[ULOC_COUNTRY_CAPACITY] = {};
  uloc_getLanguage(full, language, sizeof language, &err);
  uloc_getScript(full, script, sizeof script, &err);
  uloc_getCountry(full, region, sizeof region, &err);
  if (U_FAILURE(err) || !*language) return out;
  const std::string l = language;
  const std::string sc = *script ? "-" + std::string(script) : "";
  const std::string r = *region ? "-" + std::string(region) : "";
  for (const std::string& v : {l + sc + r, l + sc, l + r, l}) {
    if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
  }
  return out;
}
}  // namespace

struct FontBook::Impl {
  style::FontManifest manifest;
  std::vector<std::string> chain_names;
  FT_Library ft = nullptr;
  FcConfig* fc = nullptr;  // started on the first lookup the cache cannot answer
  bool fc_failed = false;
  FontLookupCache cache;
  std::vector<std::unique_ptr<Face>> faces;
  std::map<std::pair<std::string, int>, FaceId> by_file;
  std::map<std::tuple<std::string, bool, bool>, std::optional<FaceId>> by_family;
  std::unordered_map<std::uint64_t, int> choice;  // font_for memo; -1 = none
  // Direct-mapped in front of `choice`: font_for runs once per character of the text.
  struct Recent {
    std::uint64_t key = ~std::uint64_t{0};
    int face = -1;
  };
  std::array<Recent, 1024> recent;
  Hyphenator hyphenator;
  ShapeCache shape_cache;
  // Languages font_for has met and their chain-key variants; index 0 is "no language".
  struct Language {
    std::string tag;
    std::vector<std::string> variants;
  };
  std::vector<Language> languages{Language{}};

  // font_for asks with the same chain and language character after character.
  std::size_t last_language = 0, last_chain = 0;

  std::uint64_t language_index(std::string_view lang) {
    if (languages[last_language].tag == lang) return last_language;
    for (std::size_t i = 0; i < languages.size(); ++i) {
      if (languages[i].tag == lang) return last_language = i;
    }
    languages.push_back({std::string(lang), language_variants(lang)});
    return last_language = languages.size() - 1;
  }

  /// Index of `chain` in chain_names; chain_names.size() when there is no such chain.
  std::size_t chain_index(std::string_view chain) {
    if (last_chain < chain_names.size() && chain_names[last_chain] == chain) return last_chain;
    std::size_t i = 0;
    while (i < chain_names.size() && chain_names[i] != chain) ++i;
    if (i < chain_names.size()) last_chain = i;
    return i;
  }

  Impl(std::filesystem::path hyphen_dir, std::filesystem::path cache_dir)
      : hyphenator(std::move(hyphen_dir), std::move(cache_dir)) {}
  ~Impl() {
    for (auto& f : faces) {
      hb_font_destroy(f->hb);
      FT_Done_Face(f->ft);
    }
    if (ft) FT_Done_FreeType(ft);
    if (fc) FcConfigDestroy(fc);
  }

  FcConfig* fontconfig() {
    if (fc == nullptr && !fc_failed) {
      fc = FcInitLoadConfigAndFonts();
      fc_failed = fc == nullptr;
    }
    return fc;
  }

  /// fontconfig match for a family and style; nullopt when the family is not installed (the
  /// match fell back to another family).
  std::optional<FaceId> resolve(const std::string& family, bool bold, bool italic) {
    const auto key = std::make_tuple(family, bold, italic);
    if (auto it = by_family.find(key); it != by_family.end()) return it->second;
    std::optional<FaceId> out;
    if (auto known = cache.match(family, bold, italic)) {
      if (!known->file.empty()) out = open(family, known->file, known->index);
      by_family.emplace(key, out);
      return out;
    }
    FontLookupCache::Match found;
    if (fontconfig() == nullptr) return std::nullopt;
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
    FcConfigSubstitute(fc, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(fc, pattern, &result);
    if (match) {
      bool family_ok = false;
      FcChar8* name = nullptr;
      for (int i = 0; FcPatternGetString(match, FC_FAMILY, i, &name) == FcResultMatch; ++i) {
        if (FcStrCmpIgnoreCase(name, reinterpret_cast<const FcChar8*>(family.c_str())) == 0) family_ok = true;
      }
      FcChar8* file = nullptr;
      int index = 0;
      FcPatternGetInteger(match, FC_INDEX, 0, &index);
      if (family_ok && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
        found = {reinterpret_cast<const char*>(file), index};
        out = open(family, found.file, index);
      }
      FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    cache.store_match(family, bold, italic, found);
    by_family.emplace(key, out);
    return out;
  }

  std::optional<FaceId> open(const std::string& family, const std::string& file, int index) {
    if (auto it = by_file.find({file, index}); it != by_file.end()) return it->second;
    FT_Face ft_face = nullptr;
    if (FT_New_Face(ft, file.c_str(), index, &ft_face) != 0) return std::nullopt;
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.c_str());
    if (!blob) {
      FT_Done_Face(ft_face);
      return std::nullopt;
    }
    hb_face_t* hb_face = hb_face_create(blob, static_cast<unsigned>(index));
    hb_blob_destroy(blob);
    auto face = std::make_unique<Face>();
    face->family = family;
    face->file = file;
    face->index = index;
    face->units_per_em = static_cast<int>(hb_face_get_upem(hb_face));
    face->hb = hb_font_create(hb_face);
    hb_face_destroy(hb_face);
    // Unscaled font units: shaping results are scaled to the point size by the caller.
    hb_font_set_scale(face->hb, face->units_per_em, face->units_per_em);
    face->ft = ft_face;
    if (const char* ps = FT_Get_Postscript_Name(ft_face)) face->postscript_name = ps;
    face->bold = (ft_face->style_flags & FT_STYLE_FLAG_BOLD) != 0;
    face->italic = (ft_face->style_flags & FT_STYLE_FLAG_ITALIC) != 0;
    hb_font_extents_t extents{};
    hb_font_get_h_extents(face->hb, &extents);
    face->ascender = static_cast<double>(extents.ascender) / face->units_per_em;
    face->descender = static_cast<double>(extents.descender) / face->units_per_em;
    for (const char32_t cp : {U'\u2010', U'-'}) {
      hb_codepoint_t gid = 0;
      if (!hb_font_get_nominal_glyph(face->hb, cp, &gid) || gid == 0) continue;
      face->hyphen = std::pair{static_cast<std::uint32_t>(gid),
                               static_cast<double>(hb_font_get_glyph_h_advance(face->hb, gid)) / face->units_per_em};
      break;
    }
    const auto uses_space = cache.face_fact(file, index);
    face->space_free_lookups = !(uses_space ? *uses_space : lookups_use_space(face->hb));
    if (!uses_space) cache.store_face_fact(file, index, !face->space_free_lookups);
    if (auto p = manifest.packages.find(family); p != manifest.packages.end()) face->package = p->second;
    const FaceId id = static_cast<FaceId>(faces.size());
    faces.push_back(std::move(face));
    by_file.emplace(std::make_pair(file, index), id);
    return id;
  }

  bool has_glyph(FaceId id, char32_t cp) const {
    hb_codepoint_t gid = 0;
    return hb_font_get_nominal_glyph(faces[static_cast<std::size_t>(id)]->hb, cp, &gid) && gid != 0;
  }

  // The shaper asks whether a face has the space (and the comma, the full stop…) after nearly
  // every word: the answers are kept direct-mapped, each a cmap lookup in HarfBuzz otherwise.
  struct Coverage {
    char32_t cp = ~char32_t{0};
    FaceId face = -1;
    bool has = false;
  };
  std::array<Coverage, 256> coverage;

  bool covers(FaceId id, char32_t cp) {
    Coverage& known = coverage[cp % coverage.size()];
    if (known.cp != cp || known.face != id) known = {cp, id, has_glyph(id, cp)};
    return known.has;
  }

  const std::vector<std::string>* families(const std::string& chain, const std::string& script) const {
    auto c = manifest.chains.find(chain);
    if (c == manifest.chains.end()) return nullptr;
    auto s = c->second.find(script);
    return s == c->second.end() ? nullptr : &s->second;
  }
};

FontBook::FontBook(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FontBook::FontBook(FontBook&&) noexcept = default;
FontBook& FontBook::operator=(FontBook&&) noexcept = default;
FontBook::~FontBook() = default;

base::Result<FontBook> FontBook::load(const std::filesystem::path& manifest, const std::filesystem::path& hyphen_dir,
                                      const std::filesystem::path& cache_dir) {
  auto m = style::load_font_manifest(manifest);
  if (!m) return base::Unexpected{m.error()};
  auto impl = std::make_unique<Impl>(hyphen_dir, cache_dir);
  impl->manifest = std::move(*m);
  for (const auto& [name, scripts] : impl->manifest.chains) impl->chain_names.push_back(name);
  base::Span span;
  span.file = manifest.string();
  if (FT_Init_FreeType(&impl->ft) != 0) return base::make_error("fonts.freetype", span, "FreeType did not initialise");
  if (!cache_dir.empty()) impl->cache = FontLookupCache(cache_dir / "font-lookups.json");
  if (!impl->cache.valid() && !impl->fontconfig()) {
    return base::make_error("fonts.fontconfig", span, "fontconfig did not initialise");
  }
  return FontBook(std::move(impl));
}

bool FontBook::has_chain(std::string_view chain) const {
  return impl_->manifest.chains.count(std::string(chain)) != 0;
}

std::optional<FaceId> FontBook::font_for(char32_t cp, int script, std::string_view chain, bool bold, bool italic,
                                         std::string_view lang) {
  const std::uint64_t chain_index = impl_->chain_index(chain);
  if (chain_index == impl_->chain_names.size()) return std::nullopt;
  const std::uint64_t lang_index = impl_->language_index(lang);
  const std::uint64_t key = static_cast<std::uint64_t>(cp) | (static_cast<std::uint64_t>(script & 0x3ff) << 21) |
                            (chain_index << 31) | (std::uint64_t{bold} << 40) | (std::uint64_t{italic} << 41) |
                            (lang_index << 42);
  auto& recent = impl_->recent[(key ^ (key >> 21)) % impl_->recent.size()];
  auto answer = [](int face) { return face < 0 ? std::nullopt : std::optional<FaceId>(face); };
  if (recent.key == key) return answer(recent.face);
  if (auto it = impl_->choice.find(key); it != impl_->choice.end()) {
    recent = {key, it->second};
    return answer(it->second);
  }
  std::optional<FaceId> found;
  const std::string chain_name(chain);
  const char* script_name = uscript_getName(static_cast<UScriptCode>(script));
  // The script's lists (in the language, then its own), then the default list, then the
  // fallbacks below.
  std::vector<const std::vector<std::string>*> lists;
  if (script_name) {
    for (const auto& variant : impl_->languages[lang_index].variants) {
      lists.push_back(impl_->families(chain_name, std::string(script_name) + ":" + variant));
    }
  }
  lists.push_back(impl_->families(chain_name, script_name ? script_name : ""));
  lists.push_back(impl_->families(chain_name, "default"));
  // Punctuation met outside its usual script (U+3001 between two Latin words of a Chinese
  // text): the language's lists of any script first, then every list of the chain.
  const auto& chain_lists = impl_->manifest.chains.at(chain_name);
  for (const auto& variant : impl_->languages[lang_index].variants) {
    for (const auto& [name, families] : chain_lists) {
      if (name.ends_with(":" + variant)) lists.push_back(&families);
    }
  }
  for (const auto& [name, families] : chain_lists) lists.push_back(&families);
  for (const auto* families : lists) {
    if (!families) continue;
    for (const auto& family : *families) {
      auto id = impl_->resolve(family, bold, italic);
      if (id && impl_->has_glyph(*id, cp)) {
        found = id;
        break;
      }
    }
    if (found) break;
  }
  recent = {key, found ? *found : -1};
  impl_->choice.emplace(key, recent.face);
  return found;
}

bool FontBook::has_glyph(FaceId face, char32_t cp) { return impl_->covers(face, cp); }

const Face& FontBook::face(FaceId id) const { return *impl_->faces.at(static_cast<std::size_t>(id)); }

std::optional<FaceId> FontBook::same_face(const Face& other) { return impl_->open(other.family, other.file, other.index); }

void FontBook::save_lookups() { impl_->cache.save(impl_->fc); }

bool FontBook::fontconfig_started() const { return impl_->fc != nullptr; }

Hyphenator& FontBook::hyphenator() { return impl_->hyphenator; }

ShapeCache& FontBook::shape_cache() { return impl_->shape_cache; }

std::string FontBook::describe_fonts() {
  std::ostringstream out;
  out << "font manifest: " << impl_->manifest.file << "\n";
  for (const auto& [chain, scripts] : impl_->manifest.chains) {
    out << "\nchain " << chain << "\n";
    for (const auto& [script, families] : scripts) {
      out << "  " << script << ":\n";
      for (const auto& family : families) {
        std::string package = "unknown package";
        if (auto p = impl_->manifest.packages.find(family); p != impl_->manifest.packages.end()) package = p->second;
        out << "    " << family << " (" << package << "): ";
        if (auto id = impl_->resolve(family, false, false)) {
          const Face& f = face(*id);
          out << f.file;
          if (f.index != 0) out << " #" << f.index;
          out << " [" << f.postscript_name << "]\n";
        } else {
          out << "NOT INSTALLED (apt install " << package << ")\n";
        }
      }
    }
  }
  return out.str();
}

}  // namespace folio::text
