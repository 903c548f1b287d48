// ISO 14289-1, 7.21 against real font programs embedded in hand-written PDFs: every kind of font
// (TrueType, Type 1, Type 1C, Type 3, Type 0 over CIDFontType0 and CIDFontType2), each checked
// once clean and once with the defect a clause forbids.
#include <gtest/gtest.h>

#include "audit/audit.h"
#include "font_fixtures.h"
#include "pdf_builder.h"

namespace folio::audit {
namespace {

using test::clean_pdf;
using test::PdfBuilder;
using test::SubsetFont;

std::string dump(const Report& r) {
  std::string out;
  for (const Finding& f : r.findings) out += f.rule + ": " + f.message + "\n";
  return out;
}

bool has_rule(const Report& r, const std::string& id) {
  for (const Finding& f : r.findings) {
    if (f.rule == id) return true;
  }
  return false;
}

Report audit(const PdfBuilder& b) { return audit_pdf(b.bytes(), "font.pdf"); }

std::string hex4(unsigned v) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%04X", v);
  return buffer;
}

/// A two-byte code inside a literal string, both bytes as octal escapes.
std::string octal2(unsigned v) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "\\%03o\\%03o", (v >> 8) & 0xFF, v & 0xFF);
  return buffer;
}

/// A ToUnicode CMap mapping each code to the character (2-byte codes when `two_byte`).
std::string to_unicode(const std::map<unsigned, char32_t>& codes, bool two_byte) {
  std::string map = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def 1 begincodespacerange " +
                    std::string(two_byte ? "<0000> <FFFF>" : "<00> <FF>") + " endcodespacerange " +
                    std::to_string(codes.size()) + " beginbfchar ";
  for (const auto& [code, c] : codes) map += "<" + (two_byte ? hex4(code) : hex4(code).substr(2)) + "> <" + hex4(c) + "> ";
  return map + "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end";
}

/// Replaces the page's content with `content` shown in font object 9 (tagged as MCID 0).
void show(PdfBuilder& b, const std::string& text_operators) {
  b.objects[4] = PdfBuilder::stream("", "/P << /MCID 0 >> BDC BT /F1 12 Tf 10 10 Td " + text_operators + " ET EMC");
}

// --- simple TrueType (the clean page embeds a DejaVu Sans subset) ---

TEST(PdfFontRules, TrueTypeWidthsAreComparedWithTheProgram) {
  PdfBuilder b = clean_pdf();
  const SubsetFont font = test::truetype_subset(test::kDejaVuSans, U"Hello");
  const int h = font.width.at(U'H');
  char near[32];
  std::snprintf(near, sizeof near, "%.3f", font.exact_width.at(U'H') + 0.95);
  b.edit(9, "/Widths [" + std::to_string(h) + " ", "/Widths [" + std::string(near) + " ");
  EXPECT_FALSE(has_rule(audit(b), "pdf.glyph-widths")) << "a difference up to 1/1000 em is within the tolerance";
  b = clean_pdf();
  b.edit(9, "/Widths [" + std::to_string(h) + " ", "/Widths [" + std::to_string(h + 40) + " ");
  const Report r = audit(b);
  EXPECT_TRUE(has_rule(r, "pdf.glyph-widths")) << dump(r);
}

TEST(PdfFontRules, TrueTypeCodeWithoutGlyphShowsNotdef) {
  PdfBuilder b = clean_pdf();
  show(b, "(Hz) Tj");  // z is not in the subset: the (3,1) lookup finds nothing, glyph 0 is shown
  const Report r = audit(b);
  EXPECT_TRUE(has_rule(r, "pdf.notdef")) << dump(r);
  EXPECT_TRUE(has_rule(r, "pdf.truetype-cmap")) << dump(r);
}

TEST(PdfFontRules, InvisibleTextStillCountsForNotdefButNeedsNoEmbedding) {
  PdfBuilder b = clean_pdf();
  b.edit(9, " /FontFile2 10 0 R", "");
  show(b, "3 Tr (Hello) Tj");
  Report r = audit(b);
  EXPECT_FALSE(has_rule(r, "pdf.font-embedded")) << "rendering mode 3 is exempt (ISO 14289-1, 7.21.4.1)\n" << dump(r);
  show(b, "3 Tr q 0 Tr Q (Hello) Tj");  // Q restores mode 3
  r = audit(b);
  EXPECT_FALSE(has_rule(r, "pdf.font-embedded")) << dump(r);
  show(b, "3 Tr (Hel) Tj 0 Tr (lo) Tj");
  r = audit(b);
  EXPECT_TRUE(has_rule(r, "pdf.font-embedded")) << dump(r);
}

TEST(PdfFontRules, NonSymbolicTrueTypeEncodings) {
  PdfBuilder b = clean_pdf();
  b.edit(9, "/Encoding /WinAnsiEncoding", "/Encoding << /Type /Encoding /Differences [72 /H] >>");
  Report r = audit(b);
  EXPECT_TRUE(has_rule(r, "pdf.truetype-encoding")) << "no BaseEncoding\n" << dump(r);
  b = clean_pdf();
  b.edit(9, "/Encoding /WinAnsiEncoding", "/Encoding << /BaseEncoding /WinAnsiEncoding /Differences [72 /H] >>");
  r = audit(b);
  EXPECT_FALSE(has_rule(r, "pdf.truetype-encoding")) << "AGL names and a (3,1) cmap\n" << dump(r);
  b = clean_pdf();
  b.edit(9, "/Encoding /WinAnsiEncoding", "/Encoding << /BaseEncoding /WinAnsiEncoding /Differences [72 /Hbold] >>");
  EXPECT_TRUE(has_rule(audit(b), "pdf.truetype-encoding")) << "a name the Adobe Glyph List does not list";
  b = clean_pdf();
  b.edit(9, "/Encoding /WinAnsiEncoding", "/Encoding /MacExpertEncoding");
  EXPECT_TRUE(has_rule(audit(b), "pdf.truetype-encoding"));
  b = clean_pdf();
  b.edit(9, "/Encoding /WinAnsiEncoding ", "");
  EXPECT_TRUE(has_rule(audit(b), "pdf.truetype-encoding")) << "no Encoding at all";
}

TEST(PdfFontRules, TrueTypeFlagsMustSaySymbolicOrNot) {
  for (const char* flags : {"/Flags 0", "/Flags 36"}) {
    PdfBuilder b = clean_pdf();
    b.edit(9, "/Flags 32", flags);
    EXPECT_TRUE(has_rule(audit(b), "pdf.truetype-encoding")) << flags;
  }
}

TEST(PdfFontRules, SymbolicTrueType) {
  const SubsetFont font = test::truetype_subset(test::kDejaVuSans, U"Hello");
  PdfBuilder b = clean_pdf();
  b.objects[10] = PdfBuilder::stream("", test::with_symbol_cmap(font.program));
  b.edit(9, "/Encoding /WinAnsiEncoding ", "/ToUnicode 12 0 R ").edit(9, "/Flags 32", "/Flags 4");
  b.objects[12] = PdfBuilder::stream("", to_unicode({{72, U'H'}, {101, U'e'}, {108, U'l'}, {111, U'o'}}, false));
  Report r = audit(b);
  EXPECT_TRUE(r.findings.empty()) << "a (3,0) cmap looked up with the codes themselves\n" << dump(r);
  b.edit(9, "/ToUnicode 12 0 R ", "/ToUnicode 12 0 R /Encoding /WinAnsiEncoding ");
  EXPECT_TRUE(has_rule(audit(b), "pdf.truetype-encoding")) << "a symbolic font has an /Encoding";
  b.edit(9, "/ToUnicode 12 0 R /Encoding /WinAnsiEncoding ", "");
  r = audit(b);
  EXPECT_TRUE(has_rule(r, "pdf.to-unicode")) << "symbolic TrueType without ToUnicode\n" << dump(r);
  // The same program flagged non-symbolic: no (3,1) or (1,0) subtable serves its lookups.
  b = clean_pdf();
  b.objects[10] = PdfBuilder::stream("", test::with_symbol_cmap(font.program));
  r = audit(b);
  EXPECT_TRUE(has_rule(r, "pdf.truetype-cmap")) << dump(r);
}

// --- Type 0 fonts ---

/// A Type 0 font over a CIDFont of `subtype` embedding `program` in `file_key`; codes are CIDs (Identity-H).
void type0(PdfBuilder& b, const std::string& subtype, const std::string& file_key, const std::string& program, const std::string& w,
           const std::string& extra_cid_font = "") {
  b.objects[9] = "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+T /Encoding /Identity-H /DescendantFonts [12 0 R] "
                 "/ToUnicode 13 0 R >>";
  b.objects[12] = "<< /Type /Font /Subtype /" + subtype +
                  " /BaseFont /ABCDEF+T /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /W " + w +
                  " /FontDescriptor 14 0 R " + extra_cid_font + ">>";
  b.objects[14] = "<< /Type /FontDescriptor /FontName /ABCDEF+T /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
                  "/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /" + file_key + " 10 0 R >>";
  b.objects[10] = PdfBuilder::stream(file_key == "FontFile3" ? "/Subtype /CIDFontType0C" : "", program);
}

TEST(PdfFontRules, CidFontType2) {
  const SubsetFont font = test::truetype_subset(test::kDejaVuSans, U"Hi");
  const unsigned h = font.gid.at(U'H'), i = font.gid.at(U'i');
  PdfBuilder b = clean_pdf();
  const std::string w = "[" + std::to_string(h) + " [" + std::to_string(font.width.at(U'H')) + "] " + std::to_string(i) + " [" +
                        std::to_string(font.width.at(U'i')) + "]]";
  type0(b, "CIDFontType2", "FontFile2", font.program, w, "/CIDToGIDMap /Identity ");
  b.objects[13] = PdfBuilder::stream("", to_unicode({{h, U'H'}, {i, U'i'}}, true));
  show(b, "<" + hex4(h) + hex4(i) + "> Tj");
  Report r = audit(b);
  EXPECT_TRUE(r.findings.empty()) << dump(r);

  PdfBuilder wide = b;
  wide.edit(12, "[" + std::to_string(font.width.at(U'H')) + "]", "[" + std::to_string(font.width.at(U'H') + 100) + "]");
  EXPECT_TRUE(has_rule(audit(wide), "pdf.glyph-widths"));

  PdfBuilder beyond = b;  // a CID past the last glyph: nothing to show but .notdef
  show(beyond, "<" + hex4(h) + "0300> Tj");
  r = audit(beyond);
  EXPECT_TRUE(has_rule(r, "pdf.glyph-missing")) << dump(r);
  EXPECT_TRUE(has_rule(r, "pdf.notdef")) << dump(r);
  EXPECT_TRUE(has_rule(r, "pdf.to-unicode")) << "code 0300 is not in the ToUnicode map\n" << dump(r);

  // The same codes in literal strings (what folio writes), their bytes escaped.
  PdfBuilder literal = b;
  show(literal, "(" + octal2(h) + octal2(i) + ") Tj");
  r = audit(literal);
  EXPECT_TRUE(r.findings.empty()) << dump(r);
  show(literal, "(" + octal2(h) + "\\003\\000) Tj");
  r = audit(literal);
  EXPECT_TRUE(has_rule(r, "pdf.glyph-missing")) << dump(r);
  EXPECT_TRUE(has_rule(r, "pdf.to-unicode")) << "code 0300 is not in the ToUnicode map\n" << dump(r);
  show(literal, "(" + octal2(h) + "\\003) Tj");  // a lone last byte is a code of its own, 0003
  r = audit(literal);
  EXPECT_TRUE(has_rule(r, "pdf.to-unicode")) << "code 0003 is not in the ToUnicode map\n" << dump(r);

  PdfBuilder mapped_to_zero = b;  // a CIDToGIDMap stream sending CID h to glyph 0
  std::string map(2 * (h + 1), '\0');
  map[2 * i] = static_cast<char>(i >> 8);
  map[2 * i + 1] = static_cast<char>(i & 0xFF);
  mapped_to_zero.edit(12, "/CIDToGIDMap /Identity", "/CIDToGIDMap 15 0 R");
  mapped_to_zero.objects[15] = PdfBuilder::stream("", map);
  r = audit(mapped_to_zero);
  EXPECT_TRUE(has_rule(r, "pdf.notdef")) << dump(r);

  PdfBuilder no_map = b;
  no_map.edit(12, "/CIDToGIDMap /Identity ", "");
  EXPECT_TRUE(has_rule(audit(no_map), "pdf.cid-to-gid-map"));
}

TEST(PdfFontRules, CidSetMustListEveryGlyph) {
  const SubsetFont font = test::truetype_subset(test::kDejaVuSans, U"Hi");
  const unsigned h = font.gid.at(U'H'), i = font.gid.at(U'i');
  PdfBuilder b = clean_pdf();
  type0(b, "CIDFontType2", "FontFile2", font.program, "[]", "/CIDToGIDMap /Identity ");
  b.objects[13] = PdfBuilder::stream("", to_unicode({{h, U'H'}, {i, U'i'}}, true));
  show(b, "<" + hex4(h) + "> Tj");
  const unsigned last = std::max(h, i);
  std::string all((last / 8) + 1, '\0');
  for (unsigned cid = 0; cid <= last; ++cid) all[cid / 8] = static_cast<char>(all[cid / 8] | (0x80 >> (cid % 8)));
  b.edit(14, "/Flags 4", "/Flags 4 /CIDSet 15 0 R");
  b.objects[15] = PdfBuilder::stream("", all);
  Report r = audit(b);
  EXPECT_FALSE(has_rule(r, "pdf.font-subset-list")) << dump(r);
  std::string partial = all;
  partial[i / 8] = static_cast<char>(partial[i / 8] & ~(0x80 >> (i % 8)));
  b.objects[15] = PdfBuilder::stream("", partial);
  r = audit(b);
  EXPECT_TRUE(has_rule(r, "pdf.font-subset-list")) << dump(r);
  PdfBuilder full = b;  // without the subset tag the font is no subset, and its CIDSet says nothing
  full.edit(14, "/FontName /ABCDEF+T", "/FontName /T").edit(12, "/BaseFont /ABCDEF+T", "/BaseFont /T");
  EXPECT_FALSE(has_rule(audit(full), "pdf.font-subset-list"));
  std::string extra = all + std::string(32, '\0');
  extra[(last + 100) / 8] = static_cast<char>(0x80 >> ((last + 100) % 8));  // a CID the program does not have
  b.objects[15] = PdfBuilder::stream("", extra);
  r = audit(b);
  EXPECT_TRUE(has_rule(r, "pdf.font-subset-list")) << dump(r);
}

TEST(PdfFontRules, CidFontType0OverCidKeyedCff) {
  const SubsetFont font = test::cff_subset(test::kNotoSansCjk, U"\u6587\u5b57");
  if (font.program.empty() || font.cid.size() != 2) GTEST_SKIP() << "Noto Sans CJK is not installed";
  const unsigned a = font.cid.at(U'\u6587'), c = font.cid.at(U'\u5b57');
  PdfBuilder b = clean_pdf();
  const std::string w = "[" + std::to_string(a) + " [" + std::to_string(font.width.at(U'\u6587')) + "] " + std::to_string(c) +
                        " [" + std::to_string(font.width.at(U'\u5b57')) + "]]";
  type0(b, "CIDFontType0", "FontFile3", font.program, w);
  b.objects[13] = PdfBuilder::stream("", to_unicode({{a, U'\u6587'}, {c, U'\u5b57'}}, true));
  show(b, "<" + hex4(a) + hex4(c) + "> Tj");
  Report r = audit(b);
  EXPECT_TRUE(r.findings.empty()) << dump(r);
  PdfBuilder wide = b;
  wide.edit(12, "[" + std::to_string(font.width.at(U'\u5b57')) + "]", "[500]");
  r = audit(wide);
  EXPECT_TRUE(has_rule(r, "pdf.glyph-widths")) << dump(r) << wide.objects[12];
  PdfBuilder absent = b;  // CID 7 is not in the subset's charset
  show(absent, "<" + hex4(a) + "0007> Tj");
  r = audit(absent);
  EXPECT_TRUE(has_rule(r, "pdf.glyph-missing")) << dump(r);
  EXPECT_TRUE(has_rule(r, "pdf.notdef")) << dump(r);
}

// --- Type 1 and Type 1C (CFF) simple fonts: glyphs by name ---

void simple_font(PdfBuilder& b, const std::string& subtype, const std::string& file, const std::string& program_dict,
                 const std::string& program, const test::TinyWidths& w, const std::string& descriptor_extra = "") {
  std::string widths = std::to_string(w.space);
  for (int code = 33; code <= 64; ++code) widths += " 0";
  widths += " " + std::to_string(w.a) + " " + std::to_string(w.b);
  b.objects[9] = "<< /Type /Font /Subtype /" + subtype + " /BaseFont /ABCDEF+Tiny /FirstChar 32 /LastChar 66 /Widths [" + widths +
                 "] /FontDescriptor 14 0 R >>";
  b.objects[14] = "<< /Type /FontDescriptor /FontName /ABCDEF+Tiny /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
                  "/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /" + file + " 10 0 R " + descriptor_extra + ">>";
  b.objects[10] = PdfBuilder::stream(program_dict, program);
  show(b, "(AB A) Tj");
}

TEST(PdfFontRules, Type1CGlyphsByName) {
  const test::TinyWidths w;
  PdfBuilder b = clean_pdf();
  simple_font(b, "Type1", "FontFile3", "/Subtype /Type1C", test::tiny_cff(w), w);
  Report r = audit(b);
  EXPECT_TRUE(r.findings.empty()) << "the built-in StandardEncoding names space, A and B\n" << dump(r);

  PdfBuilder missing = b;  // C has no glyph in the program
  show(missing, "(ABC) Tj");
  r = audit(missing);
  EXPECT_TRUE(has_rule(r, "pdf.glyph-missing")) << dump(r);
  EXPECT_TRUE(has_rule(r, "pdf.notdef")) << dump(r);

  PdfBuilder renamed = b;  // Differences send code 66 to .notdef
  renamed.edit(9, "/FirstChar", "/Encoding << /Differences [66 /.notdef] >> /FirstChar");
  r = audit(renamed);
  EXPECT_TRUE(has_rule(r, "pdf.notdef")) << dump(r);
  EXPECT_TRUE(has_rule(r, "pdf.to-unicode")) << ".notdef has no Unicode value\n" << dump(r);

  PdfBuilder wide = b;
  wide.edit(9, " " + std::to_string(w.a) + " " + std::to_string(w.b) + "]", " " + std::to_string(w.a) + " 900]");
  EXPECT_TRUE(has_rule(audit(wide), "pdf.glyph-widths"));

  PdfBuilder charset = b;
  charset.edit(14, "/Flags 32", "/Flags 32 /CharSet (/space/A)");
  r = audit(charset);
  EXPECT_TRUE(has_rule(r, "pdf.font-subset-list")) << "the CharSet leaves out B\n" << dump(r);
  charset.edit(14, "(/space/A)", "(/space/A/B)");
  EXPECT_FALSE(has_rule(audit(charset), "pdf.font-subset-list"));
  charset.edit(14, "(/space/A/B)", "(/space/A/B/C)");
  EXPECT_TRUE(has_rule(audit(charset), "pdf.font-subset-list")) << "C is not in the program";
}

TEST(PdfFontRules, Type1GlyphsByName) {
  const test::TinyWidths w;
  int lengths[3] = {};
  const std::string program = test::tiny_type1(w, lengths);
  PdfBuilder b = clean_pdf();
  simple_font(b, "Type1", "FontFile",
              "/Length1 " + std::to_string(lengths[0]) + " /Length2 " + std::to_string(lengths[1]) + " /Length3 " +
                  std::to_string(lengths[2]),
              program, w);
  Report r = audit(b);
  EXPECT_TRUE(r.findings.empty()) << dump(r);
  PdfBuilder missing = b;
  show(missing, "(AC) Tj");
  r = audit(missing);
  EXPECT_TRUE(has_rule(r, "pdf.glyph-missing")) << dump(r);
  PdfBuilder wide = b;
  wide.edit(9, "[" + std::to_string(w.space) + " ", "[" + std::to_string(w.space + 50) + " ");
  r = audit(wide);
  EXPECT_TRUE(has_rule(r, "pdf.glyph-widths")) << dump(r);
}

// --- Type 3: glyph procedures in CharProcs ---

TEST(PdfFontRules, Type3) {
  PdfBuilder b = clean_pdf();
  b.objects[9] = "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
                 "/CharProcs << /A 12 0 R /B 12 0 R >> /Encoding << /Type /Encoding /Differences [65 /A /B /C 68 /.notdef] >> "
                 "/FirstChar 65 /LastChar 68 /Widths [500 500 500 500] >>";
  b.objects[12] = PdfBuilder::stream("", "500 0 d0");
  show(b, "(AB) Tj");
  Report r = audit(b);
  EXPECT_TRUE(r.findings.empty()) << "AGL glyph names stand in for a ToUnicode map\n" << dump(r);
  show(b, "(AC) Tj");
  EXPECT_TRUE(has_rule(audit(b), "pdf.glyph-missing")) << "no CharProc for C";
  show(b, "(AD) Tj");
  EXPECT_TRUE(has_rule(audit(b), "pdf.notdef"));
  b.edit(9, "/A /B /C", "/g1 /B /C").edit(9, "/A 12 0 R", "/g1 12 0 R");
  show(b, "(AB) Tj");
  r = audit(b);
  EXPECT_TRUE(has_rule(r, "pdf.to-unicode")) << "g1 is no Adobe glyph name\n" << dump(r);
}

// --- CMaps and CIDSystemInfo (7.21.3) ---

void cjk_type0(PdfBuilder& b, const std::string& encoding, const std::string& ordering, int supplement) {
  b.objects[9] = "<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding " + encoding +
                 " /DescendantFonts [12 0 R] >>";
  b.objects[12] = "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) "
                  "/Ordering (" + ordering + ") /Supplement " + std::to_string(supplement) + " >> /FontDescriptor << /Type "
                  "/FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4 >> >>";
  show(b, "3 Tr <3042> Tj");  // invisible: the font need not be embedded
}

TEST(PdfFontRules, CidSystemInfoOfPredefinedCMaps) {
  PdfBuilder b = clean_pdf();
  cjk_type0(b, "/UniJIS-UTF16-H", "Japan1", 6);
  Report r = audit(b);
  EXPECT_FALSE(has_rule(r, "pdf.cid-system-info")) << dump(r);
  EXPECT_FALSE(has_rule(r, "pdf.to-unicode")) << "Adobe-Japan1 stands in for a ToUnicode map\n" << dump(r);
  cjk_type0(b, "/UniJIS-UTF16-H", "Korea1", 2);
  EXPECT_TRUE(has_rule(audit(b), "pdf.cid-system-info"));
  cjk_type0(b, "/UniJIS-UCS2-H", "Japan1", 6);
  EXPECT_TRUE(has_rule(audit(b), "pdf.cid-system-info")) << "UniJIS-UCS2-H is Adobe-Japan1-4";
  cjk_type0(b, "/UniJIS2004-UTF16-H", "Japan1", 6);
  EXPECT_TRUE(has_rule(audit(b), "pdf.cmap")) << "not a CMap of ISO 32000-1, Table 118";
}

TEST(PdfFontRules, CidSystemInfoOfEmbeddedCMaps) {
  const std::string program =
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) "
      "/Supplement 4 >> def /CMapName /Test-H def 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 begincidrange "
      "<0000> <FFFF> 0 endcidrange endcmap CMapName currentdict /CMap defineresource pop end end";
  PdfBuilder b = clean_pdf();
  cjk_type0(b, "15 0 R", "Japan1", 4);
  b.objects[15] = PdfBuilder::stream("/Type /CMap /CMapName /Test-H /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 4 >>",
                                     program);
  Report r = audit(b);
  EXPECT_FALSE(has_rule(r, "pdf.cid-system-info")) << dump(r);
  EXPECT_FALSE(has_rule(r, "pdf.cmap")) << dump(r);
  cjk_type0(b, "15 0 R", "Japan1", 2);
  EXPECT_FALSE(has_rule(audit(b), "pdf.cid-system-info")) << "a CIDFont Supplement below the CMap's is allowed";
  cjk_type0(b, "15 0 R", "Japan1", 6);
  EXPECT_TRUE(has_rule(audit(b), "pdf.cid-system-info")) << "the CIDFont's Supplement is above the CMap's";
  cjk_type0(b, "15 0 R", "Japan1", 4);
  b.edit(15, "/Registry (Adobe) /Ordering (Japan1) /Supplement 4 >>", "/Registry (adobe) /Ordering (Japan1) /Supplement 4 >>");
  EXPECT_TRUE(has_rule(audit(b), "pdf.cid-system-info")) << "Registry strings compare exactly";
  // Without a CIDSystemInfo in the stream dictionary, the program's own counts.
  b.objects[15] = PdfBuilder::stream("/Type /CMap /CMapName /Test-H", program);
  cjk_type0(b, "15 0 R", "GB1", 4);
  EXPECT_TRUE(has_rule(audit(b), "pdf.cid-system-info"));
  cjk_type0(b, "15 0 R", "Japan1", 4);
  b.objects[15] = PdfBuilder::stream("/Type /CMap /CMapName /Test-H /WMode 1", program);
  EXPECT_TRUE(has_rule(audit(b), "pdf.cmap")) << "WMode 1 in the dictionary, 0 in the program";
  std::string uses = program;
  uses.replace(uses.find("/CMapName /Test-H def"), 21, "/Other-H usecmap /CMapName /Test-H def");
  b.objects[15] = PdfBuilder::stream("/Type /CMap /CMapName /Test-H", uses);
  EXPECT_TRUE(has_rule(audit(b), "pdf.cmap")) << "usecmap of a CMap that is not predefined";
}

// --- where fonts are found ---

TEST(PdfFontRules, FontsOfAnnotationAppearancesMustBeEmbedded) {
  PdfBuilder b = clean_pdf();
  b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]");
  b.objects[12] = "<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /TU (Name) /Rect [10 10 50 30] /StructParent 1 "
                  "/AP << /N 13 0 R >> >>";
  b.objects[13] = PdfBuilder::stream("/Type /XObject /Subtype /Form /BBox [0 0 40 20] /Resources << /Font << /Helv 14 0 R >> >>",
                                     "BT /Helv 10 Tf 2 5 Td (Jo) Tj ET");
  b.objects[14] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  b.edit(7, "[11 0 R]", "[11 0 R 15 0 R]").edit(8, "[0 [11 0 R]]", "[0 [11 0 R] 1 15 0 R]");
  b.objects[15] = "<< /Type /StructElem /S /Form /P 7 0 R /Pg 3 0 R /K << /Type /OBJR /Obj 12 0 R >> >>";
  const Report r = audit(b);
  EXPECT_TRUE(has_rule(r, "pdf.font-embedded")) << dump(r);
  EXPECT_FALSE(has_rule(r, "pdf.content-untagged")) << "appearance streams are tagged through their annotation\n" << dump(r);
}

TEST(PdfFontRules, ResourcesInheritedFromThePageTree) {
  PdfBuilder b = clean_pdf();
  b.edit(3, "/Resources << /Font << /F1 9 0 R >> >> ", "");
  b.edit(2, "/Count 1", "/Count 1 /Resources << /Font << /F1 9 0 R >> >>");
  b.edit(9, " /FontFile2 10 0 R", "");
  const Report r = audit(b);
  EXPECT_TRUE(has_rule(r, "pdf.font-embedded")) << "the font comes from the Pages node\n" << dump(r);
}

}  // namespace
}  // namespace folio::audit
