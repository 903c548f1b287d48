#include "audit/pdf_font_program.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_CID_H

#include "audit/glyph_names.h"
#include "audit/pdf_cmap.h"
#include "audit/pdf_fonts.h"

namespace folio::audit::pdf {

namespace {

constexpr std::size_t kMaxListed = 200;                // codes kept per list and font
constexpr std::size_t kMaxProgramBytes = 16u << 20;    // decoded font program
constexpr std::size_t kMaxFonts = 4096;                // fonts analysed per document
constexpr double kWidthTolerance = 1;                  // 1/1000 em, as veraPDF reads "consistent"

void push_capped(std::vector<std::uint32_t>& list, std::uint32_t code) {
  if (list.size() < kMaxListed) list.push_back(code);
}

class Library {
 public:
  Library() {
    if (FT_Init_FreeType(&library_) != 0) library_ = nullptr;
  }
  ~Library() {
    if (library_ != nullptr) FT_Done_FreeType(library_);
  }
  Library(const Library&) = delete;
  Library& operator=(const Library&) = delete;
  FT_Library get() const { return library_; }

 private:
  FT_Library library_ = nullptr;
};

/// A face over program bytes it owns (FreeType reads memory faces in place).
class Face {
 public:
  Face() = default;
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;
  ~Face() {
    if (face_ != nullptr) FT_Done_Face(face_);
  }
  /// Opens `bytes`; returns FreeType's error code (0 when the face opened).
  int open(FT_Library library, std::string bytes) {
    data_ = std::move(bytes);
    if (library == nullptr) return -1;
    return FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(data_.data()), static_cast<FT_Long>(data_.size()),
                              0, &face_);
  }
  FT_Face get() const { return face_; }

 private:
  std::string data_;
  FT_Face face_ = nullptr;
};

FT_CharMap charmap(FT_Face face, int platform, int encoding) {
  for (int i = 0; i < face->num_charmaps; ++i) {
    if (face->charmaps[i]->platform_id == platform && face->charmaps[i]->encoding_id == encoding) return face->charmaps[i];
  }
  return nullptr;
}

unsigned lookup(FT_Face face, FT_CharMap map, FT_ULong code) {
  if (map == nullptr || FT_Set_Charmap(face, map) != 0) return 0;
  return FT_Get_Char_Index(face, code);
}

std::string glyph_name(FT_Face face, unsigned gid) {
  if (!FT_HAS_GLYPH_NAMES(face)) return {};
  char buffer[128] = {};
  if (FT_Get_Glyph_Name(face, gid, buffer, sizeof buffer) != 0) return {};
  return buffer;
}

/// The glyph's advance in 1/1000 em, or nullopt when FreeType cannot give it. Unscaled, FreeType
/// answers from the advance table (hmtx) when the font has one, without loading the outline.
std::optional<double> program_width(FT_Face face, unsigned gid) {
  if (face->units_per_EM == 0) return std::nullopt;
  FT_Fixed advance = 0;
  if (FT_Get_Advance(face, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP | FT_LOAD_IGNORE_TRANSFORM,
                     &advance) != 0) {
    return std::nullopt;
  }
  return static_cast<double>(advance) * 1000.0 / face->units_per_EM;
}

/// Which glyph a code selects, as far as the audit can tell.
struct Glyph {
  bool known = false;    ///< false: the selection cannot be worked out; the code is not judged
  bool present = false;  ///< the program (or CharProcs) has the glyph
  bool notdef = false;   ///< the code selects .notdef (gid 0, the name .notdef, or a missing glyph)
  unsigned gid = 0;
  bool looked_up = true; ///< non-symbolic TrueType: a (3,1) or (1,0) lookup found the glyph
  std::optional<double> width;  ///< the program's advance, when finding the glyph gave it
};

/// The encoding of a simple font: a named base (or the program's built-in one) and Differences.
struct SimpleFontEncoding {
  std::optional<SimpleEncoding> base;
  bool builtin = false;
  bool named_standard = false;  ///< /Encoding or /BaseEncoding is MacRoman, MacExpert or WinAnsi
  std::map<std::uint32_t, std::string> differences;
};

SimpleFontEncoding simple_font_encoding(const Model& m, const PdfObject* font, bool truetype, bool symbolic) {
  SimpleFontEncoding out;
  const PdfObject* encoding = get(m, font, "Encoding");
  std::optional<std::string> base_name = name_of(encoding);
  if (is_dict(encoding)) {
    base_name = name_of(get(m, encoding, "BaseEncoding"));
    if (const auto* diffs = array_of(get(m, encoding, "Differences"))) {
      std::int64_t code = -1;
      for (const PdfObject& item : *diffs) {
        const PdfObject* v = resolve(m, &item);
        if (auto n = int_of(v)) {
          code = *n;
        } else if (auto name = name_of(v); name && code >= 0 && code < 256) {
          out.differences[static_cast<std::uint32_t>(code++)] = *name;
        }
      }
    }
  }
  if (base_name) out.base = simple_encoding_named(*base_name);
  out.named_standard = out.base && *out.base != SimpleEncoding::standard;
  // ISO 32000-1, 9.6.6.1 and 9.6.6.4: without a base, an embedded Type 1 program's built-in
  // encoding applies; a non-symbolic TrueType font is read through StandardEncoding.
  if (!out.base) {
    if (truetype && !symbolic) out.base = SimpleEncoding::standard;
    else if (!truetype) out.builtin = true;
  }
  return out;
}

/// Widths from a CIDFont's /W and /DW (ISO 32000-1, 9.7.4.3): `c [w1 w2 …]` entries per CID,
/// `c_first c_last w` entries as ranges.
class CidWidths {
 public:
  CidWidths(const Model& m, const PdfObject* cid_font) {
    default_ = number_of(get(m, cid_font, "DW")).value_or(1000);
    const auto* w = array_of(get(m, cid_font, "W"));
    if (w == nullptr) return;
    for (std::size_t i = 0; i < w->size() && singles_.size() + ranges_.size() < 200000;) {
      auto first = number_of(resolve(m, &(*w)[i]));
      if (!first || *first < 0 || i + 1 >= w->size()) break;
      const auto cid = static_cast<std::uint32_t>(*first);
      const PdfObject* next = resolve(m, &(*w)[i + 1]);
      if (const auto* list = array_of(next)) {
        for (std::size_t k = 0; k < list->size() && k < 65536; ++k) {
          if (auto v = number_of(resolve(m, &(*list)[k]))) singles_.emplace(cid + static_cast<std::uint32_t>(k), *v);
        }
        i += 2;
      } else {
        auto last = number_of(next);
        auto v = i + 2 < w->size() ? number_of(resolve(m, &(*w)[i + 2])) : std::nullopt;
        if (last && v && *last >= *first) ranges_.push_back({cid, static_cast<std::uint32_t>(*last), *v});
        i += 3;
      }
    }
  }
  double width(std::uint32_t cid) const {
    if (auto it = singles_.find(cid); it != singles_.end()) return it->second;
    for (const Range& r : ranges_) {
      if (cid >= r.first && cid <= r.last) return r.width;
    }
    return default_;
  }

 private:
  struct Range {
    std::uint32_t first, last;
    double width;
  };
  std::unordered_map<std::uint32_t, double> singles_;
  std::vector<Range> ranges_;
  double default_ = 1000;
};

class FontAnalysis {
 public:
  FontAnalysis(const Model& m, FT_Library library, const FontUse& use, FontFacts& facts)
      : m_(m), library_(library), use_(use), f_(facts) {}

  void run() {
    const PdfObject* font = use_.dict;
    f_.subtype = name_of(get(m_, font, "Subtype")).value_or("");
    f_.base_font = name_of(get(m_, font, "BaseFont")).value_or("?");
    type0_ = f_.subtype == "Type0";
    cid_font_ = type0_ ? descendant_font(m_, font) : nullptr;
    cid_subtype_ = name_of(get(m_, cid_font_, "Subtype")).value_or("");
    descriptor_ = font_descriptor(m_, font);
    symbolic_ = is_symbolic(m_, descriptor_);
    truetype_ = f_.subtype == "TrueType";
    type3_ = f_.subtype == "Type3";
    if (const PdfObject* tu = get(m_, font, "ToUnicode"); tu != nullptr && tu->HasStream()) {
      to_unicode_ = parse_cmap(decode_stream(tu, 4u << 20).value_or(""));
    }
    if (type0_) read_cmap();
    if (!type0_) encoding_ = simple_font_encoding(m_, font, truetype_, symbolic_);
    open_program();
    for (std::uint32_t code : use_.codes) check_code(code);
    check_unicode();
    if (face_.get() != nullptr) {
      if (truetype_) read_truetype_cmaps();
      check_subset_lists();
    }
  }

 private:
  void read_cmap() {
    const PdfObject* encoding = get(m_, use_.dict, "Encoding");
    if (auto name = name_of(encoding)) {
      identity_ = *name == "Identity-H" || *name == "Identity-V";
    } else if (encoding != nullptr && encoding->HasStream()) {
      cmap_ = parse_cmap(decode_stream(encoding, 1u << 20).value_or(""));
    }
  }

  void open_program() {
    if (type3_) return;
    auto program = embedded_program(m_, descriptor_);
    if (!program) return;
    f_.embedded = true;
    if (program->stream == nullptr) {
      f_.program_error = "the " + program->key + " entry is not a stream";
      return;
    }
    auto bytes = decode_stream(program->stream, kMaxProgramBytes + 1);
    if (!bytes || bytes->empty()) {
      // decode_stream also declines filter chains too large for it to decode safely: not judged.
      constexpr PoDoFo::pdf_long kDecodable = 256 << 10;
      if (program->stream->GetStream()->GetLength() <= kDecodable) f_.program_error = "the " + program->key + " stream cannot be decoded";
      return;
    }
    if (bytes->size() > kMaxProgramBytes) return;  // too large to read: not judged
    if (int error = face_.open(library_, std::move(*bytes)); error != 0) {
      f_.program_error = "FreeType cannot read the " + program->key + " program (error " + std::to_string(error) + ")";
      return;
    }
    f_.truetype_program = truetype_ && FT_IS_SFNT(face_.get());
    FT_Bool cid_keyed = 0;
    if (FT_Get_CID_Is_Internally_CID_Keyed(face_.get(), &cid_keyed) == 0 && cid_keyed != 0) {
      cid_keyed_ = true;
      cid_is_index_ = !FT_IS_SFNT(face_.get());
    }
  }

  /// The CIDs the program's charset has, each with its first glyph; read when first asked (one
  /// FreeType call per glyph: tens of thousands in a CJK subset that keeps its glyph ids). A bare
  /// CFF (FontFile3 /CIDFontType0C) is indexed by CID in FreeType (num_glyphs is the largest
  /// CID + 1); in an OpenType wrapper by glyph.
  const std::unordered_map<std::uint32_t, unsigned>& cid_map() const {
    if (!cid_to_gid_) {
      cid_to_gid_.emplace();
      for (FT_Long gid = 0; gid < face_.get()->num_glyphs; ++gid) {
        FT_UInt cid = 0;
        if (FT_Get_CID_From_Glyph_Index(face_.get(), static_cast<FT_UInt>(gid), &cid) == 0 && (cid != 0 || gid == 0)) {
          cid_to_gid_->emplace(cid, static_cast<unsigned>(gid));
        }
      }
    }
    return *cid_to_gid_;
  }

  std::string name_for(std::uint32_t code) const {
    if (auto it = encoding_.differences.find(code); it != encoding_.differences.end()) return it->second;
    if (encoding_.base && code < 256) return std::string(encoding_glyph_name(*encoding_.base, static_cast<std::uint8_t>(code)));
    // A Type 1 font without a program of its own is one of the standard 14, whose Latin faces
    // have the built-in StandardEncoding (ISO 32000-1, 9.6.6.2).
    if (encoding_.builtin && face_.get() == nullptr && code < 256) {
      return std::string(encoding_glyph_name(SimpleEncoding::standard, static_cast<std::uint8_t>(code)));
    }
    if (encoding_.builtin) {
      FT_Face face = face_.get();
      for (int i = 0; i < face->num_charmaps; ++i) {
        const FT_Encoding e = face->charmaps[i]->encoding;
        // A program built on StandardEncoding names its codes by that table, glyph or not.
        if (e == FT_ENCODING_ADOBE_STANDARD && code < 256) {
          return std::string(encoding_glyph_name(SimpleEncoding::standard, static_cast<std::uint8_t>(code)));
        }
        if (e == FT_ENCODING_ADOBE_CUSTOM || e == FT_ENCODING_ADOBE_EXPERT || e == FT_ENCODING_ADOBE_LATIN_1) {
          if (unsigned gid = lookup(face, face->charmaps[i], code); gid != 0) return glyph_name(face, gid);
          return ".notdef";
        }
      }
    }
    return {};
  }

  std::optional<std::uint32_t> cid_for(std::uint32_t code) const {
    if (identity_) return code;
    if (cmap_) {
      auto it = cmap_->cids.find(code);
      return it == cmap_->cids.end() ? 0u : it->second;
    }
    return std::nullopt;
  }

  Glyph glyph_for(std::uint32_t code) const {
    Glyph g;
    FT_Face face = face_.get();
    if (type3_) {
      const std::string name = name_for(code);
      if (name.empty()) return g;
      g.known = true;
      g.notdef = name == ".notdef";
      g.present = get(m_, get(m_, use_.dict, "CharProcs"), name.c_str()) != nullptr;
      return g;
    }
    if (face == nullptr) return g;
    const auto num_glyphs = static_cast<unsigned>(face->num_glyphs);
    if (type0_) {
      auto cid = cid_for(code);
      if (!cid) return g;
      g.known = true;
      if (cid_subtype_ == "CIDFontType2") {
        g.gid = gid_of_cid(*cid);
      } else if (cid_keyed_) {
        if (cid_is_index_) {
          // FreeType loads a bare CFF's glyph by CID and refuses a CID the charset lacks: a glyph
          // it gives an advance for is present. Without one (a CID it lacks, or a glyph it
          // cannot read) the charset tells.
          g.width = program_width(face, *cid);
          g.present = g.width.has_value() || cid_map().count(*cid) > 0;
          g.gid = *cid;
        } else {
          const auto& map = cid_map();
          const auto it = map.find(*cid);
          g.present = it != map.end();
          g.gid = g.present ? it->second : 0;
        }
        g.notdef = *cid == 0 || !g.present;
        return g;
      } else {
        g.gid = *cid;
      }
    } else if (truetype_) {
      g.known = true;
      if (!symbolic_) {
        const std::string name = name_for(code);
        if (!name.empty() && name != ".notdef") {
          if (auto u = glyph_name_unicode(name)) g.gid = lookup(face, charmap(face, 3, 1), *u);
          if (g.gid == 0) {
            if (auto mac = mac_roman_code(name)) g.gid = lookup(face, charmap(face, 1, 0), *mac);
          }
          g.looked_up = g.gid != 0;
          if (g.gid == 0) g.gid = FT_Get_Name_Index(face, name.c_str());  // the 'post' table (9.6.6.4)
        }
      } else if (FT_CharMap symbol = charmap(face, 3, 0)) {
        for (FT_ULong offset : {0x0000ul, 0xF000ul, 0xF100ul, 0xF200ul}) {
          if ((g.gid = lookup(face, symbol, offset + code)) != 0) break;
        }
      } else {
        g.gid = lookup(face, charmap(face, 1, 0), code);
      }
    } else {
      const std::string name = name_for(code);
      if (name.empty()) return g;
      g.known = true;
      if (name == ".notdef") {
        g.notdef = true;
        g.present = true;
        return g;
      }
      g.gid = FT_Get_Name_Index(face, name.c_str());
      if (g.gid == 0) g.gid = num_glyphs;  // a name the program does not define
    }
    g.present = g.gid < num_glyphs;
    g.notdef = g.gid == 0 || !g.present;
    return g;
  }

  unsigned gid_of_cid(std::uint32_t cid) const {
    const PdfObject* map = get(m_, cid_font_, "CIDToGIDMap");
    if (map == nullptr || !map->HasStream()) return cid;  // /Identity (or absent, which 7.21.3.2 reports)
    if (!cid_to_gid_stream_) cid_to_gid_stream_ = decode_stream(map, 1u << 20).value_or("");
    const std::size_t at = static_cast<std::size_t>(cid) * 2;
    if (at + 1 >= cid_to_gid_stream_->size()) return 0;
    return (static_cast<unsigned char>((*cid_to_gid_stream_)[at]) << 8) | static_cast<unsigned char>((*cid_to_gid_stream_)[at + 1]);
  }

  double dictionary_width(std::uint32_t code) const {
    if (type0_) {
      if (!cid_widths_) cid_widths_.emplace(m_, cid_font_);
      return cid_widths_->width(cid_for(code).value_or(0));
    }
    const auto first = int_of(get(m_, use_.dict, "FirstChar"));
    const auto* widths = array_of(get(m_, use_.dict, "Widths"));
    if (first && widths != nullptr && code >= *first && code - *first < static_cast<std::int64_t>(widths->size())) {
      if (auto w = number_of(resolve(m_, &(*widths)[static_cast<std::size_t>(code - *first)]))) return *w;
    }
    return number_of(get(m_, descriptor_, "MissingWidth")).value_or(0);
  }

  void check_code(std::uint32_t code) {
    const Glyph g = glyph_for(code);
    if (!g.known) return;
    const bool rendered = use_.rendered_codes.count(code) != 0;
    if (g.notdef) push_capped(f_.notdef, code);
    if (!g.present && rendered) push_capped(f_.missing, code);
    if (truetype_ && !symbolic_ && !g.looked_up && rendered) push_capped(f_.not_looked_up, code);
    if (rendered && g.present && !g.notdef && !type3_ && f_.widths.size() < kMaxListed) {
      if (auto program = g.width ? g.width : program_width(face_.get(), g.gid)) {
        const double dictionary = dictionary_width(code);
        if (std::fabs(dictionary - *program) > kWidthTolerance) f_.widths.push_back({code, dictionary, *program});
      }
    }
  }

  /// ISO 14289-1, 7.21.7, with the mechanisms of ISO 19005-2, 6.2.11.7.2 that stand in for a
  /// ToUnicode entry: a standard encoding, glyph names of the Adobe Glyph List, an Adobe CJK
  /// character collection, a non-symbolic TrueType font.
  void check_unicode() {
    bool exempt = false;
    if (type0_) {
      const SystemInfo info = system_info_of(m_, get(m_, cid_font_, "CIDSystemInfo"));
      exempt = info.registry == "Adobe" &&
               (info.ordering == "GB1" || info.ordering == "CNS1" || info.ordering == "Japan1" || info.ordering == "Korea1");
    } else {
      exempt = truetype_ && !symbolic_;
    }
    if (to_unicode_) {
      auto bad = [](const std::u16string& v) {
        return std::any_of(v.begin(), v.end(), [](char16_t u) { return u == 0 || u == 0xFEFF || u == 0xFFFE; });
      };
      for (const auto& [code, value] : to_unicode_->unicode) {
        if ((use_.codes_unknown || use_.codes.count(code) != 0) && bad(value)) {
          f_.bad_unicode = code;
          break;
        }
      }
    }
    if (exempt) return;
    if (use_.codes_unknown && !to_unicode_) {
      f_.no_unicode_map = true;
      return;
    }
    for (std::uint32_t code : use_.codes) {
      if (to_unicode_) {
        auto it = to_unicode_->unicode.find(code);
        if (it != to_unicode_->unicode.end() && !it->second.empty()) continue;
      }
      if (!type0_) {
        const bool from_differences = encoding_.differences.count(code) != 0;
        if (encoding_.named_standard && !from_differences) continue;
        const std::string name = name_for(code);
        if (!name.empty() && name != ".notdef" && glyph_name_unicode(name)) continue;
      }
      push_capped(f_.no_unicode, code);
    }
    f_.no_unicode_map = !to_unicode_ && !f_.no_unicode.empty();
  }

  void read_truetype_cmaps() {
    FT_Face face = face_.get();
    f_.cmap_subtables = face->num_charmaps;
    f_.cmap_3_1 = charmap(face, 3, 1) != nullptr;
    f_.cmap_1_0 = charmap(face, 1, 0) != nullptr;
    f_.cmap_3_0 = charmap(face, 3, 0) != nullptr;
  }

  /// ISO 14289-1, 7.21.4.2: a CharSet (Type 1) or CIDSet (CIDFont) identifies the glyphs of the
  /// program: every one it has (the clause) and none it lacks (ISO 32000-1, Table 122).
  void check_subset_lists() {
    // CharSet and CIDSet describe font subsets (ISO 32000-1, Tables 122 and 124), which a six
    // capital letter tag and '+' before the font name mark (9.6.4); a full font's lists say nothing.
    const std::string name = name_of(get(m_, descriptor_, "FontName")).value_or(f_.base_font);
    const bool subset = name.size() > 7 && name[6] == '+' &&
                        std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!subset) return;
    FT_Face face = face_.get();
    const auto num_glyphs = static_cast<unsigned>(face->num_glyphs);
    if (const auto charset = text_of(get(m_, descriptor_, "CharSet")); charset && !type0_ && !truetype_ && FT_HAS_GLYPH_NAMES(face)) {
      std::set<std::string> listed;
      for (std::size_t at = charset->find('/'); at != std::string::npos;) {
        const std::size_t next = charset->find('/', at + 1);
        std::string name = charset->substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
        name.erase(std::remove_if(name.begin(), name.end(), [](char c) { return c == ' ' || c == '\n' || c == '\r'; }), name.end());
        if (!name.empty()) listed.insert(name);
        at = next;
      }
      std::set<std::string> present;
      for (unsigned gid = 1; gid < num_glyphs; ++gid) {
        std::string name = glyph_name(face, gid);
        if (!name.empty() && name != ".notdef") present.insert(std::move(name));
      }
      report_difference("CharSet", "glyph", present, listed, [](const std::string& name) { return "/" + name; });
    }
    const PdfObject* cid_set = get(m_, descriptor_, "CIDSet");
    if (!type0_ || cid_set == nullptr || !cid_set->HasStream()) return;
    const std::string bits = decode_stream(cid_set, 1u << 20).value_or("");
    std::set<std::uint32_t> listed;
    for (std::uint32_t cid = 1; cid < bits.size() * 8; ++cid) {
      if ((static_cast<unsigned char>(bits[cid / 8]) & (0x80u >> (cid % 8))) != 0) listed.insert(cid);
    }
    std::set<std::uint32_t> present;
    if (cid_subtype_ == "CIDFontType2") {
      const PdfObject* map = get(m_, cid_font_, "CIDToGIDMap");
      if (map != nullptr && map->HasStream()) {
        const std::string stream = decode_stream(map, 1u << 20).value_or("");
        for (std::uint32_t cid = 1; 2 * cid + 1 < stream.size(); ++cid) {
          const unsigned gid = (static_cast<unsigned char>(stream[2 * cid]) << 8) | static_cast<unsigned char>(stream[2 * cid + 1]);
          if (gid != 0 && gid < num_glyphs) present.insert(cid);
        }
      } else {
        for (std::uint32_t cid = 1; cid < num_glyphs; ++cid) present.insert(cid);
      }
    } else if (cid_keyed_) {
      for (const auto& [cid, gid] : cid_map()) {
        if (cid != 0) present.insert(cid);
      }
    } else {
      for (std::uint32_t cid = 1; cid < num_glyphs; ++cid) present.insert(cid);
    }
    report_difference("CIDSet", "CID", present, listed, [](std::uint32_t cid) { return std::to_string(cid); });
  }

  /// Notes the first difference between what a program has and what its CharSet/CIDSet lists.
  template <typename T, typename Show>
  void report_difference(const char* list, const char* what, const std::set<T>& present, const std::set<T>& listed, Show show) {
    std::size_t left_out = 0, extra = 0;
    const T* first_left_out = nullptr;
    const T* first_extra = nullptr;
    for (const T& item : present) {
      if (listed.count(item) == 0 && left_out++ == 0) first_left_out = &item;
    }
    for (const T& item : listed) {
      if (present.count(item) == 0 && extra++ == 0) first_extra = &item;
    }
    if (first_left_out != nullptr) {
      f_.subset_list_problem = std::string("the ") + list + " leaves out " + std::to_string(left_out) + " " + what +
                               "(s) of the program, such as " + show(*first_left_out);
    } else if (first_extra != nullptr) {
      f_.subset_list_problem = std::string("the ") + list + " lists " + std::to_string(extra) + " " + what +
                               "(s) the program does not have, such as " + show(*first_extra);
    }
  }

  const Model& m_;
  FT_Library library_;
  const FontUse& use_;
  FontFacts& f_;
  bool type0_ = false, truetype_ = false, type3_ = false, symbolic_ = false;
  bool identity_ = false, cid_keyed_ = false;
  bool cid_is_index_ = false;  ///< FreeType indexes this CID-keyed program by CID
  const PdfObject* cid_font_ = nullptr;
  const PdfObject* descriptor_ = nullptr;
  std::string cid_subtype_;
  std::optional<CMapProgram> to_unicode_;
  std::optional<CMapProgram> cmap_;
  SimpleFontEncoding encoding_;
  Face face_;
  mutable std::optional<std::unordered_map<std::uint32_t, unsigned>> cid_to_gid_;  ///< cid_map()
  mutable std::optional<std::string> cid_to_gid_stream_;
  mutable std::optional<CidWidths> cid_widths_;
};

}  // namespace

void analyse_fonts(Model& model) {
  Library library;
  for (const auto& [dict, use] : model.fonts) {
    if (model.font_facts.size() >= kMaxFonts) {
      model.integrity.push_back("more fonts than the limit");
      break;
    }
    FontFacts& facts = model.font_facts[dict];
    FontAnalysis(model, library.get(), use, facts).run();
  }
}

}  // namespace folio::audit::pdf
