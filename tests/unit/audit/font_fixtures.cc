#include "font_fixtures.h"

#include <cmath>
#include <fstream>
#include <iterator>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H
#include <hb-subset.h>
#include <hb.h>

namespace folio::audit::test {

namespace {

std::string read_all(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return in ? std::string(std::istreambuf_iterator<char>(in), {}) : std::string();
}

std::string blob_bytes(hb_blob_t* blob) {
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  std::string out(data != nullptr ? data : "", length);
  hb_blob_destroy(blob);
  return out;
}

/// Subsets face 0 of `path` to `text`; fills gid and width from the subset. Returns the subset face.
hb_face_t* subset(const char* path, std::u32string_view text, SubsetFont& out) {
  const std::string file = read_all(path);
  if (file.empty()) return nullptr;
  hb_blob_t* blob = hb_blob_create(file.data(), static_cast<unsigned>(file.size()), HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_blob_destroy(blob);
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  hb_set_t* unicodes = hb_subset_input_unicode_set(input);
  for (char32_t c : text) hb_set_add(unicodes, c);
  hb_face_t* result = hb_subset_or_fail(face, input);
  hb_subset_input_destroy(input);
  hb_face_destroy(face);
  if (result == nullptr) return nullptr;
  hb_font_t* font = hb_font_create(result);
  const unsigned upem = hb_face_get_upem(result);
  hb_font_set_scale(font, static_cast<int>(upem), static_cast<int>(upem));
  for (char32_t c : text) {
    hb_codepoint_t gid = 0;
    if (!hb_font_get_nominal_glyph(font, c, &gid)) continue;
    out.gid[c] = gid;
    out.exact_width[c] = hb_font_get_glyph_h_advance(font, gid) * 1000.0 / upem;
    out.width[c] = static_cast<int>(std::lround(out.exact_width[c]));
  }
  hb_font_destroy(font);
  return result;
}

void put16(std::string& s, std::size_t at, unsigned v) {
  s[at] = static_cast<char>((v >> 8) & 0xFF);
  s[at + 1] = static_cast<char>(v & 0xFF);
}
unsigned get16(const std::string& s, std::size_t at) {
  return (static_cast<unsigned char>(s[at]) << 8) | static_cast<unsigned char>(s[at + 1]);
}
unsigned long get32(const std::string& s, std::size_t at) { return (static_cast<unsigned long>(get16(s, at)) << 16) | get16(s, at + 2); }

/// A Type 2 / DICT number operand (CFF specification, Table 3; Type 2 charstrings, 3.2).
std::string cff_number(int v) {
  std::string out;
  if (v >= -107 && v <= 107) {
    out.push_back(static_cast<char>(v + 139));
  } else if (v >= 108 && v <= 1131) {
    out.push_back(static_cast<char>((v - 108) / 256 + 247));
    out.push_back(static_cast<char>((v - 108) % 256));
  } else {
    out.push_back(28);
    out.push_back(static_cast<char>((v >> 8) & 0xFF));
    out.push_back(static_cast<char>(v & 0xFF));
  }
  return out;
}

std::string dict_int32(long v) {
  std::string out(1, 29);
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xFF));
  return out;
}

std::string cff_index(const std::vector<std::string>& items) {
  std::string out;
  out.push_back(static_cast<char>(items.size() >> 8));
  out.push_back(static_cast<char>(items.size() & 0xFF));
  if (items.empty()) return out;
  out.push_back(4);  // offSize
  unsigned long offset = 1;
  auto put_offset = [&](unsigned long v) {
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xFF));
  };
  put_offset(offset);
  for (const std::string& item : items) put_offset(offset += item.size());
  for (const std::string& item : items) out += item;
  return out;
}

/// Type 1 encryption (Adobe Type 1 Font Format, 7.2): eexec with r = 55665, charstrings with 4330.
std::string type1_encrypt(const std::string& plain, unsigned short r) {
  std::string out;
  for (unsigned char p : std::string("\x11\x22\x33\x44") + plain) {
    const auto c = static_cast<unsigned char>(p ^ (r >> 8));
    out.push_back(static_cast<char>(c));
    r = static_cast<unsigned short>((c + r) * 52845u + 22719u);
  }
  return out;
}

/// A Type 1 charstring number (Adobe Type 1 Font Format, 6.2).
std::string type1_number(int v) {
  if (v >= -107 && v <= 107) return std::string(1, static_cast<char>(v + 139));
  if (v >= 108 && v <= 1131) return {static_cast<char>((v - 108) / 256 + 247), static_cast<char>((v - 108) % 256)};
  return {static_cast<char>(255), static_cast<char>((v >> 24) & 0xFF), static_cast<char>((v >> 16) & 0xFF),
          static_cast<char>((v >> 8) & 0xFF), static_cast<char>(v & 0xFF)};
}

}  // namespace

SubsetFont truetype_subset(const char* path, std::u32string_view text) {
  SubsetFont out;
  hb_face_t* result = subset(path, text, out);
  if (result == nullptr) return out;
  out.program = blob_bytes(hb_face_reference_blob(result));
  hb_face_destroy(result);
  return out;
}

SubsetFont cff_subset(const char* path, std::u32string_view text) {
  SubsetFont out;
  hb_face_t* result = subset(path, text, out);
  if (result == nullptr) return out;
  out.program = blob_bytes(hb_face_reference_table(result, HB_TAG('C', 'F', 'F', ' ')));
  hb_face_destroy(result);
  // The CIDs the subset kept, read back with FreeType.
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  if (FT_Init_FreeType(&library) == 0 &&
      FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(out.program.data()), static_cast<FT_Long>(out.program.size()), 0,
                         &face) == 0) {
    for (const auto& [c, gid] : out.gid) {
      FT_UInt cid = 0;
      if (FT_Get_CID_From_Glyph_Index(face, gid, &cid) == 0) out.cid[c] = cid;
    }
    FT_Done_Face(face);
  }
  if (library != nullptr) FT_Done_FreeType(library);
  return out;
}

std::string with_symbol_cmap(std::string ttf) {
  const unsigned tables = get16(ttf, 4);
  for (unsigned i = 0; i < tables; ++i) {
    const std::size_t record = 12 + 16 * static_cast<std::size_t>(i);
    if (ttf.compare(record, 4, "cmap") != 0) continue;
    const std::size_t cmap = get32(ttf, record + 8);
    const unsigned subtables = get16(ttf, cmap + 2);
    for (unsigned k = 0; k < subtables; ++k) {
      put16(ttf, cmap + 4 + 8 * k, 3);
      put16(ttf, cmap + 6 + 8 * k, 0);
    }
  }
  return ttf;
}

std::string tiny_cff(const TinyWidths& w) {
  const std::string header("\x01\x00\x04\x04", 4);
  const std::string names = cff_index({"Tiny"});
  // A glyph is its advance (the first operand, nominalWidthX being 0) and endchar.
  std::vector<std::string> glyphs;
  for (int width : {w.notdef, w.space, w.a, w.b}) glyphs.push_back(cff_number(width) + "\x0e");
  const std::string char_strings = cff_index(glyphs);
  // charset format 0: SIDs of glyphs 1.. (standard strings: space 1, A 34, B 35).
  const std::string charset("\x00\x00\x01\x00\x22\x00\x23", 7);
  const std::string private_dict = cff_number(0) + "\x14" + cff_number(0) + "\x15";  // defaultWidthX, nominalWidthX
  const std::size_t top_size = 6 + 6 + 11;
  const std::size_t top_index_size = 2 + 1 + 8 + top_size;
  const std::size_t charset_at = header.size() + names.size() + top_index_size + 2 + 2;
  const std::size_t char_strings_at = charset_at + charset.size();
  const std::size_t private_at = char_strings_at + char_strings.size();
  const std::string top = dict_int32(static_cast<long>(charset_at)) + "\x0f" + dict_int32(static_cast<long>(char_strings_at)) + "\x11" +
                          dict_int32(static_cast<long>(private_dict.size())) + dict_int32(static_cast<long>(private_at)) + "\x12";
  return header + names + cff_index({top}) + std::string("\x00\x00", 2) + std::string("\x00\x00", 2) + charset + char_strings +
         private_dict;
}

std::string tiny_type1(const TinyWidths& w, int lengths[3]) {
  const std::string clear =
      "%!PS-AdobeFont-1.0: Tiny 001.000\n"
      "11 dict begin\n/FontName /Tiny def\n/FontType 1 def\n/PaintType 0 def\n"
      "/FontMatrix [0.001 0 0 0.001 0 0] readonly def\n/FontBBox {0 0 1000 1000} readonly def\n"
      "/Encoding StandardEncoding def\ncurrentdict end\ncurrentfile eexec\n";
  std::string priv =
      "dup /Private 8 dict dup begin\n/RD{string currentfile exch readstring pop}executeonly def\n"
      "/ND{noaccess def}executeonly def\n/NP{noaccess put}executeonly def\n/lenIV 4 def\n/password 5839 def\n"
      "/MinFeature {16 16} def\n/BlueValues [] def\n2 index /CharStrings 4 dict dup begin\n";
  const std::pair<const char*, int> glyphs[] = {{".notdef", w.notdef}, {"space", w.space}, {"A", w.a}, {"B", w.b}};
  for (const auto& [name, width] : glyphs) {
    // 0 width hsbw endchar
    const std::string charstring = type1_encrypt(type1_number(0) + type1_number(width) + "\x0d\x0e", 4330);
    priv += std::string("/") + name + " " + std::to_string(charstring.size()) + " RD " + charstring + " ND\n";
  }
  priv += "end\nend\nreadonly put\nnoaccess put\ndup /FontName get exch definefont pop\nmark currentfile closefile\n";
  const std::string encrypted = type1_encrypt(priv, 55665);
  std::string trailer;
  for (int i = 0; i < 8; ++i) trailer += std::string(64, '0') + "\n";
  trailer += "cleartomark\n";
  lengths[0] = static_cast<int>(clear.size());
  lengths[1] = static_cast<int>(encrypted.size());
  lengths[2] = static_cast<int>(trailer.size());
  return clear + encrypted + trailer;
}

}  // namespace folio::audit::test
