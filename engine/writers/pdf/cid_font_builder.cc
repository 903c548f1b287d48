#include "writers/pdf/cid_font_builder.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H
#include FT_TRUETYPE_TABLES_H
#include <hb-subset.h>
#include <hb.h>
#include <podofo/podofo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "base/utf8.h"
#include "writers/pdf/pdf_syntax.h"
#include "writers/pdf/stream_packer.h"

namespace folio::pdf {

using namespace PoDoFo;

namespace {

constexpr hb_tag_t kCff = HB_TAG('C', 'F', 'F', ' ');
constexpr hb_tag_t kCff2 = HB_TAG('C', 'F', 'F', '2');

// Tables a PDF consumer never reads; layout was already applied by shaping.
constexpr hb_tag_t kDroppedTables[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
    HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('D', 'S', 'I', 'G'),
    HB_TAG('M', 'A', 'T', 'H'), HB_TAG('m', 'e', 't', 'a')};

constexpr int kNoWidth = std::numeric_limits<int>::min();

struct Entry {
  std::uint32_t gid;
  std::string text;
  std::uint16_t code = 0;
};

std::string mapped_text(std::string_view text, bool rtl) {
  std::string out;
  // U+0000, U+FEFF and U+FFFE are forbidden mapping values (ISO 14289-1 7.21.7).
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = base::next_code_point(text, i);
    if (cp == 0 || cp == 0xFEFF || cp == 0xFFFE) continue;
    base::append_utf8(out, cp);
  }
  if (out.empty()) return "\u200B";
  if (rtl && base::count_code_points(out) > 1) return reverse_code_points(out);
  return out;
}

std::string blob_bytes(hb_blob_t* blob) {
  unsigned int length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  std::string out(data ? data : "", data ? length : 0);
  hb_blob_destroy(blob);
  return out;
}

PdfObject* stream_object(PdfVecObjects& objects, StreamPacker& packer, std::string bytes) {
  PdfObject* object = objects.CreateObject();
  packer.add(object, std::move(bytes));
  return object;
}

PdfVariant integer(long long n) { return PdfVariant(static_cast<pdf_int64>(n)); }

// A font file as HarfBuzz and FreeType read it, and what every PDF made with it needs to know.
// Read only after opening (but for its inverse cmap, made on demand), so documents share it.
struct FontFile {
  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;
  FT_Face ft_face = nullptr;
  unsigned int upem = 1000;
  bool cff = false;
  std::optional<std::uint32_t> invisible;
  std::string postscript_name;  ///< FreeType's

  FontFile() = default;
  FontFile(const FontFile&) = delete;
  FontFile& operator=(const FontFile&) = delete;
  ~FontFile() {
    if (ft_face) FT_Done_Face(ft_face);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }

  /// The code points whose cmap entries lead to `glyphs`, when the cmap reaches every one of
  /// them but .notdef; nullopt when a glyph is reached only through shaping (a ligature, a
  /// contextual or localised form), or on the first call.
  ///
  /// Why: given glyph ids, hb-subset 6.0 plans a subset by collecting the font's whole cmap (a few
  /// million instructions for a CJK font, every PDF again), but given only code points it looks
  /// each one up. The subset is the same: those code points are exactly the cmap entries the
  /// glyph-id plan keeps. The inverse cmap is built once per process, on a face's second
  /// subset, so a single conversion does not pay for it.
  std::optional<std::vector<hb_codepoint_t>> code_points_of(const hb_set_t* glyphs) const {
    if (!glyphs_of_code_points) {
      if (subsets++ == 0) return std::nullopt;
      glyphs_of_code_points.emplace();
      hb_set_t* all = hb_set_create();
      hb_face_collect_unicodes(face, all);
      for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(all, &cp);) {
        hb_codepoint_t gid = 0;
        if (hb_font_get_nominal_glyph(font, cp, &gid) && gid != 0) (*glyphs_of_code_points)[gid].push_back(cp);
      }
      hb_set_destroy(all);
    }
    std::vector<hb_codepoint_t> out;
    for (hb_codepoint_t gid = HB_SET_VALUE_INVALID; hb_set_next(glyphs, &gid);) {
      if (gid == 0) continue;
      const auto it = glyphs_of_code_points->find(gid);
      if (it == glyphs_of_code_points->end()) return std::nullopt;
      out.insert(out.end(), it->second.begin(), it->second.end());
    }
    return out;
  }

 private:
  mutable int subsets = 0;
  mutable std::optional<std::unordered_map<hb_codepoint_t, std::vector<hb_codepoint_t>>> glyphs_of_code_points;
};

FT_Library freetype() {
  static FT_Library library = [] {
    FT_Library made = nullptr;
    return FT_Init_FreeType(&made) == 0 ? made : nullptr;
  }();
  return library;
}

base::Result<std::unique_ptr<FontFile>> read_font_file(const std::string& file, int index) {
  auto f = std::make_unique<FontFile>();
  f->blob = hb_blob_create_from_file_or_fail(file.c_str());
  if (!f->blob) return base::make_error("pdf.font-unreadable", {}, "cannot read font file " + file);
  f->face = hb_face_create(f->blob, static_cast<unsigned int>(index));
  f->upem = hb_face_get_upem(f->face);
  f->font = hb_font_create(f->face);
  hb_font_set_scale(f->font, static_cast<int>(f->upem), static_cast<int>(f->upem));
  if (freetype() == nullptr || FT_New_Face(freetype(), file.c_str(), index, &f->ft_face) != 0) {
    return base::make_error("pdf.font-unreadable", {}, "FreeType cannot open face " + std::to_string(index) + " of " + file);
  }
  auto has_table = [&](hb_tag_t tag) {
    hb_blob_t* table = hb_face_reference_table(f->face, tag);
    const bool present = hb_blob_get_length(table) > 0;
    hb_blob_destroy(table);
    return present;
  };
  if (has_table(kCff2)) {
    return base::make_error("pdf.font-unsupported", {}, "variable CFF2 outlines are not supported: " + file);
  }
  f->cff = has_table(kCff);
  for (hb_codepoint_t cp : {0x200B, 0x2060, 0x200C, 0x200D, 0xFEFF}) {
    hb_codepoint_t gid = 0;
    if (f->cff || !hb_font_get_nominal_glyph(f->font, cp, &gid) || gid == 0) continue;
    hb_glyph_extents_t extents{};
    const bool drawn = hb_font_get_glyph_extents(f->font, gid, &extents) && (extents.width != 0 || extents.height != 0);
    if (hb_font_get_glyph_h_advance(f->font, gid) == 0 && !drawn) {
      f->invisible = gid;
      break;
    }
  }
  const char* name = FT_Get_Postscript_Name(f->ft_face);
  f->postscript_name = name ? name : "Font";
  return f;
}

// Each font file is read once per process (a batch worker writes thousands of PDFs with the
// same few fonts): opening, sanitising its tables and building HarfBuzz's accelerators again
// for every PDF cost more than a tenth of a release's conversion. Font files are the system's
// packages, which do not change under a running conversion (the FontBook assumes it too). The
// files stay open until the process ends (closing them one by one at exit cost ~0.5 ms).
base::Result<const FontFile*> shared_font_file(const std::string& file, int index) {
  static auto* const files = new std::map<std::pair<std::string, int>, std::unique_ptr<FontFile>>;
  const auto key = std::make_pair(file, index);
  if (auto it = files->find(key); it != files->end()) return it->second.get();
  auto read = read_font_file(file, index);
  if (!read) return base::Unexpected{read.error()};
  return files->emplace(key, std::move(*read)).first->second.get();
}

}  // namespace

struct CidFontBuilder::Impl {
  std::string file;
  std::string postscript_name;
  const FontFile* shared = nullptr;  // read once per process, shared by every document

  std::vector<Entry> entries;
  std::map<std::pair<std::uint32_t, std::string>, std::size_t> entry_of;

  bool subsetted = false;
  std::string subset_file;
  std::string program;
  std::map<std::uint16_t, std::uint32_t> code_to_new_gid;
  std::map<std::uint16_t, int> code_width;
  std::vector<int> width_by_code;  ///< code_width by index (kNoWidth: no such code), read once per glyph shown
  std::map<std::uint16_t, std::string> code_text;
  int notdef_width = 0;
  std::string tag;
  std::string registry = "Adobe", ordering = "Identity";
  int supplement = 0;

  /// The entry of (gid, mapped text), made after the others when new.
  std::size_t entry(std::uint32_t gid, std::string mapped) {
    auto key = std::make_pair(gid, std::move(mapped));
    if (auto it = entry_of.find(key); it != entry_of.end()) return it->second;
    const std::size_t made = entries.size();
    entries.push_back(Entry{gid, key.second});
    entry_of.emplace(std::move(key), made);
    return made;
  }

  int advance_1000(std::uint32_t gid) const {
    const double advance = hb_font_get_glyph_h_advance(shared->font, gid);
    return static_cast<int>(std::lround(advance * 1000.0 / shared->upem));
  }

  int scaled(double font_units) const { return static_cast<int>(std::lround(font_units * 1000.0 / shared->upem)); }
};

CidFontBuilder::CidFontBuilder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CidFontBuilder::~CidFontBuilder() = default;

base::Result<std::unique_ptr<CidFontBuilder>> CidFontBuilder::open(const std::string& file, int index,
                                                                   const std::string& postscript_name) {
  auto shared = shared_font_file(file, index);
  if (!shared) return base::Unexpected{shared.error()};
  const FontFile& f = **shared;
  auto impl = std::make_unique<Impl>();
  impl->file = file;
  impl->postscript_name = postscript_name.empty() ? f.postscript_name : postscript_name;
  impl->shared = &f;
  return std::unique_ptr<CidFontBuilder>(new CidFontBuilder(std::move(impl)));
}

std::optional<std::uint32_t> CidFontBuilder::invisible_glyph() const { return impl_->shared->invisible; }

std::size_t CidFontBuilder::use(std::uint32_t gid, std::string_view text, bool rtl) {
  return impl_->entry(gid, mapped_text(text, rtl));
}

std::size_t CidFontBuilder::adopt(const CidFontBuilder& other, std::size_t entry) {
  const Entry& e = other.impl_->entries.at(entry);
  return impl_->entry(e.gid, e.text);
}

std::size_t CidFontBuilder::entry_count() const { return impl_->entries.size(); }

bool CidFontBuilder::cff() const { return impl_->shared->cff; }

base::Result<bool> CidFontBuilder::subset() {
  Impl& d = *impl_;
  auto failed = [&](const std::string& why) {
    return base::make_error("pdf.font-subset-failed", {}, "cannot subset " + d.file + ": " + why);
  };
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return failed("out of memory");
  hb_set_t* glyphs = hb_subset_input_glyph_set(input);
  hb_set_add(glyphs, 0);
  for (const Entry& entry : d.entries) hb_set_add(glyphs, entry.gid);
  if (const auto code_points = d.shared->code_points_of(glyphs)) {
    hb_set_clear(glyphs);  // .notdef is always kept
    hb_set_t* unicodes = hb_subset_input_unicode_set(input);
    for (hb_codepoint_t cp : *code_points) hb_set_add(unicodes, cp);
  }
  hb_set_t* dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag : kDroppedTables) hb_set_add(dropped, tag);
  // CFF outlines are desubroutinized: keeping the subroutines the kept glyphs call means
  // walking every charstring and renumbering the subroutines, and the subset's Subrs still hold
  // what other glyphs share; inlined, a CJK subset is built in a third less time and is 3-13 %
  // smaller once compressed (measured from 2 to 6,000 Noto CJK glyphs; bench/README.md).
  // TrueType outlines have no subroutines: the flag changes nothing there.
  // Hinting (TrueType instructions and their fpgm/prep/cvt tables, CFF stem hints) is dropped:
  // it fits outlines to a low-resolution pixel grid, which PDF viewers hardly use (poppler's
  // pages are pixel-identical without it, at 72 and 150 dpi) and print never does, and it was a
  // quarter of the PDFs' bytes (corpus: 7.0 -> 5.4 MB; the seed 47 -> 33 KB). WeasyPrint drops
  // it too.
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NOTDEF_OUTLINE | HB_SUBSET_FLAGS_NO_HINTING |
                                       (d.shared->cff ? HB_SUBSET_FLAGS_DESUBROUTINIZE : HB_SUBSET_FLAGS_DEFAULT));
  hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(d.shared->face, input);
  hb_subset_input_destroy(input);
  if (!plan) return failed("no subset plan");
  // The closure can add glyphs (composite components), so the new ids come from the plan
  // (pdf-facts §8 pitfall 11).
  const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan);
  hb_face_t* result = hb_subset_plan_execute_or_fail(plan);
  if (!result) {
    hb_subset_plan_destroy(plan);
    return failed("subsetting failed");
  }
  d.subset_file = blob_bytes(hb_face_reference_blob(result));
  if (d.shared->cff) d.program = blob_bytes(hb_face_reference_table(result, kCff));
  else d.program = d.subset_file;
  hb_face_destroy(result);

  std::map<std::uint32_t, std::uint32_t> new_gid;
  for (const Entry& entry : d.entries) {
    new_gid[entry.gid] = hb_map_get(old_to_new, entry.gid);
  }
  hb_subset_plan_destroy(plan);

  // CFF: the code of a glyph is the CID its subset glyph has in the CFF charset; a CFF that is
  // not CID-keyed uses CIDs as glyph indices (ISO 32000-1 9.7.4.2).
  std::map<std::uint32_t, std::uint16_t> cid_of_new_gid;
  if (d.shared->cff) {
    FT_Face subset_face = nullptr;
    if (FT_New_Memory_Face(freetype(), reinterpret_cast<const FT_Byte*>(d.subset_file.data()),
                           static_cast<FT_Long>(d.subset_file.size()), 0, &subset_face) != 0) {
      return failed("FreeType cannot read the CFF subset");
    }
    FT_Bool cid_keyed = 0;
    if (FT_Get_CID_Is_Internally_CID_Keyed(subset_face, &cid_keyed) != 0) cid_keyed = 0;
    if (cid_keyed) {
      const char *registry = nullptr, *ordering = nullptr;
      FT_Int supplement = 0;
      if (FT_Get_CID_Registry_Ordering_Supplement(subset_face, &registry, &ordering, &supplement) == 0) {
        d.registry = registry;
        d.ordering = ordering;
        d.supplement = supplement;
      }
    }
    for (const auto& [old_gid, gid] : new_gid) {
      FT_UInt cid = gid;
      if (cid_keyed) FT_Get_CID_From_Glyph_Index(subset_face, gid, &cid);
      cid_of_new_gid[gid] = static_cast<std::uint16_t>(cid);
    }
    FT_Done_Face(subset_face);
  }

  d.code_to_new_gid.clear();
  d.code_width.clear();
  d.code_text.clear();
  std::uint16_t next = 1;
  for (Entry& entry : d.entries) {
    const std::uint32_t gid = new_gid[entry.gid];
    entry.code = d.shared->cff ? cid_of_new_gid[gid] : next++;
    if (d.code_text.contains(entry.code)) continue;  // CFF: the first text of a glyph wins
    d.code_text[entry.code] = entry.text;
    d.code_to_new_gid[entry.code] = gid;
    d.code_width[entry.code] = d.advance_1000(entry.gid);
  }
  d.notdef_width = d.advance_1000(0);
  d.width_by_code.assign(d.code_width.empty() ? 0 : static_cast<std::size_t>(d.code_width.rbegin()->first) + 1, kNoWidth);
  for (const auto& [code, w] : d.code_width) d.width_by_code[code] = w;

  // Subset tag: six capitals from a hash of the glyph set and mappings (ISO 32000-1 9.6.4).
  std::uint64_t hash = 1469598103934665603ULL;
  auto mix = [&](std::string_view bytes) {
    for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ULL;
  };
  mix(d.postscript_name);
  for (const auto& [code, text] : d.code_text) {
    mix(std::to_string(code) + ":" + std::to_string(d.code_to_new_gid[code]) + ":" + text + ";");
  }
  d.tag.clear();
  for (int i = 0; i < 6; ++i) {
    d.tag += static_cast<char>('A' + hash % 26);
    hash /= 26;
  }
  d.subsetted = true;
  return true;
}

std::uint16_t CidFontBuilder::code(std::uint32_t gid, std::string_view text, bool rtl) const {
  auto it = impl_->entry_of.find({gid, mapped_text(text, rtl)});
  return it == impl_->entry_of.end() ? 0 : impl_->entries[it->second].code;
}

std::uint16_t CidFontBuilder::entry_code(std::size_t entry) const { return impl_->entries[entry].code; }

int CidFontBuilder::width(std::uint16_t code) const {
  const auto& widths = impl_->width_by_code;
  return code < widths.size() && widths[code] != kNoWidth ? widths[code] : impl_->notdef_width;
}

const std::string& CidFontBuilder::program() const { return impl_->program; }
const std::string& CidFontBuilder::subset_file() const { return impl_->subset_file; }

std::uint32_t CidFontBuilder::subset_gid(std::uint16_t code) const {
  auto it = impl_->code_to_new_gid.find(code);
  return it == impl_->code_to_new_gid.end() ? 0 : it->second;
}

std::string CidFontBuilder::base_font() const { return impl_->tag + "+" + impl_->postscript_name; }

std::string CidFontBuilder::to_unicode_cmap() const {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  const auto& texts = impl_->code_text;
  auto it = texts.begin();
  char code_hex[8];
  while (it != texts.end()) {
    const std::size_t block = std::min<std::size_t>(100, static_cast<std::size_t>(std::distance(it, texts.end())));
    out += std::to_string(block) + " beginbfchar\n";
    for (std::size_t i = 0; i < block; ++i, ++it) {
      std::snprintf(code_hex, sizeof code_hex, "%04X", it->first);
      out += '<';
      out += code_hex;
      out += "> <";
      out += utf16be_hex(it->second);
      out += ">\n";
    }
    out += "endbfchar\n";
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

PdfObject* CidFontBuilder::write(PdfVecObjects& objects, StreamPacker& packer) const {
  const Impl& d = *impl_;
  const FT_Face ft = d.shared->ft_face;

  PdfObject* program = stream_object(objects, packer, d.program);
  if (d.shared->cff) {
    program->GetDictionary().AddKey("Subtype", PdfName("CIDFontType0C"));
  } else {
    program->GetDictionary().AddKey("Length1", integer(static_cast<long long>(d.program.size())));
  }

  // FontDescriptor flags (ISO 32000-1 9.8.2): Symbolic is the right flag for a CIDFont whose
  // glyphs are addressed by CID, not by a standard encoding.
  const auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(ft, FT_SFNT_OS2));
  const auto* post = static_cast<const TT_Postscript*>(FT_Get_Sfnt_Table(ft, FT_SFNT_POST));
  long long flags = 4;
  if (FT_IS_FIXED_WIDTH(ft)) flags |= 1;
  const int family_class = os2 ? (os2->sFamilyClass >> 8) : 0;
  if (family_class >= 1 && family_class <= 7) flags |= 2;
  if (ft->style_flags & FT_STYLE_FLAG_ITALIC) flags |= 64;
  const double italic_angle = post ? static_cast<double>(post->italicAngle) / 65536.0 : 0.0;
  const int cap_height = (os2 && os2->version >= 2 && os2->sCapHeight > 0) ? d.scaled(os2->sCapHeight) : d.scaled(ft->ascender);
  const double weight = os2 ? os2->usWeightClass : 400;
  const long long stem_v = std::lround(50 + (weight / 65) * (weight / 65));

  PdfObject* descriptor = objects.CreateObject("FontDescriptor");
  PdfDictionary& fd = descriptor->GetDictionary();
  fd.AddKey("FontName", PdfName(base_font()));
  fd.AddKey("Flags", integer(flags));
  PdfArray bbox;
  bbox.push_back(integer(d.scaled(ft->bbox.xMin)));
  bbox.push_back(integer(d.scaled(ft->bbox.yMin)));
  bbox.push_back(integer(d.scaled(ft->bbox.xMax)));
  bbox.push_back(integer(d.scaled(ft->bbox.yMax)));
  fd.AddKey("FontBBox", bbox);
  fd.AddKey("ItalicAngle", italic_angle == std::floor(italic_angle) ? integer(static_cast<long long>(italic_angle))
                                                                      : PdfVariant(italic_angle));
  fd.AddKey("Ascent", integer(d.scaled(ft->ascender)));
  fd.AddKey("Descent", integer(d.scaled(ft->descender)));
  fd.AddKey("CapHeight", integer(cap_height));
  fd.AddKey("StemV", integer(stem_v));
  // No CIDSet: optional, and an incomplete one fails ISO 14289-1 7.21.4.2.
  fd.AddKey(d.shared->cff ? "FontFile3" : "FontFile2", program->Reference());

  PdfObject* cid_font = objects.CreateObject("Font");
  PdfDictionary& cf = cid_font->GetDictionary();
  cf.AddKey("Subtype", PdfName(d.shared->cff ? "CIDFontType0" : "CIDFontType2"));
  cf.AddKey("BaseFont", PdfName(base_font()));
  PdfDictionary system_info;
  system_info.AddKey("Registry", PdfString(d.registry));
  system_info.AddKey("Ordering", PdfString(d.ordering));
  system_info.AddKey("Supplement", integer(d.supplement));
  cf.AddKey("CIDSystemInfo", system_info);
  cf.AddKey("FontDescriptor", descriptor->Reference());
  cf.AddKey("DW", integer(d.notdef_width));
  PdfArray widths;
  {
    std::int64_t previous = -2;
    PdfArray group;
    for (const auto& [code, w] : d.code_width) {
      if (code != previous + 1 && previous >= 0) {
        widths.push_back(group);
        group.clear();
      }
      if (code != previous + 1) widths.push_back(integer(code));
      group.push_back(integer(w));
      previous = code;
    }
    if (previous >= 0) widths.push_back(group);
  }
  cf.AddKey("W", widths);
  if (!d.shared->cff) {
    // CIDToGIDMap: two bytes per CID, big-endian (ISO 32000-1 9.7.4.2, Table 117).
    const std::uint16_t last = d.code_to_new_gid.empty() ? 0 : d.code_to_new_gid.rbegin()->first;
    std::string map(2 * (static_cast<std::size_t>(last) + 1), '\0');
    for (const auto& [code, gid] : d.code_to_new_gid) {
      map[2 * code] = static_cast<char>((gid >> 8) & 0xFF);
      map[2 * code + 1] = static_cast<char>(gid & 0xFF);
    }
    cf.AddKey("CIDToGIDMap", stream_object(objects, packer, std::move(map))->Reference());
  }

  PdfObject* to_unicode = stream_object(objects, packer, to_unicode_cmap());

  PdfObject* type0 = objects.CreateObject("Font");
  PdfDictionary& t0 = type0->GetDictionary();
  t0.AddKey("Subtype", PdfName("Type0"));
  t0.AddKey("BaseFont", PdfName(base_font()));
  t0.AddKey("Encoding", PdfName("Identity-H"));
  PdfArray descendants;
  descendants.push_back(cid_font->Reference());
  t0.AddKey("DescendantFonts", descendants);
  t0.AddKey("ToUnicode", to_unicode->Reference());
  return type0;
}

}  // namespace folio::pdf
