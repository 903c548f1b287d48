#include "writers/pdf/cid_font_builder.h"
#include "writers/pdf/stream_packer.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H
#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <cmath>

#include "test_pages.h"

namespace folio::pdf {
namespace {

using test::shape;

std::unique_ptr<CidFontBuilder> open_font(const std::string& file) {
  auto font = CidFontBuilder::open(file, 0, "");
  EXPECT_TRUE(font.has_value());
  return std::move(font.value());
}

std::uint32_t single_glyph(const std::string& file, const std::string& text, bool rtl = false) {
  auto run = shape(file, 0, text, 10, rtl);
  EXPECT_EQ(run.glyphs.size(), 1u) << text;
  return run.glyphs.empty() ? 0 : run.glyphs[0].gid;
}

// The font's subset file opened with FreeType, closed when it goes out of scope.
class SubsetFace {
 public:
  explicit SubsetFace(const CidFontBuilder& font) {
    if (FT_Init_FreeType(&library_) != 0) return;
    const std::string& file = font.subset_file();
    if (FT_New_Memory_Face(library_, reinterpret_cast<const FT_Byte*>(file.data()), static_cast<FT_Long>(file.size()), 0,
                           &face_) != 0) {
      face_ = nullptr;
    }
  }
  ~SubsetFace() {
    if (face_ != nullptr) FT_Done_Face(face_);
    if (library_ != nullptr) FT_Done_FreeType(library_);
  }
  SubsetFace(const SubsetFace&) = delete;
  SubsetFace& operator=(const SubsetFace&) = delete;
  FT_Face get() const { return face_; }

 private:
  FT_Library library_ = nullptr;
  FT_Face face_ = nullptr;
};

// Every code's /W entry against the advance in the embedded font's hmtx, read back with FreeType.
void expect_widths_match_hmtx(const CidFontBuilder& font, const std::vector<std::uint16_t>& codes) {
  const SubsetFace subset(font);
  const FT_Face face = subset.get();
  ASSERT_NE(face, nullptr);
  for (std::uint16_t code : codes) {
    ASSERT_EQ(FT_Load_Glyph(face, font.subset_gid(code), FT_LOAD_NO_SCALE), 0);
    const long expected = std::lround(face->glyph->metrics.horiAdvance * 1000.0 / face->units_per_EM);
    EXPECT_EQ(font.width(code), expected) << "code " << code;
  }
}

TEST(CidFontBuilder, SameGlyphWithDifferentTextGetsTwoCids) {
  auto font = open_font(test::kSerif);
  const std::uint32_t hyphen = single_glyph(test::kSerif, "-");
  font->use(hyphen, "-", false);
  font->use(hyphen, "\u00AD", false);
  font->use(hyphen, "-", false);
  ASSERT_TRUE(font->subset());
  const auto real = font->code(hyphen, "-", false);
  const auto soft = font->code(hyphen, "\u00AD", false);
  EXPECT_EQ(real, 1);
  EXPECT_EQ(soft, 2);
  const std::string cmap = font->to_unicode_cmap();
  EXPECT_NE(cmap.find("<0001> <002D>"), std::string::npos) << cmap;
  EXPECT_NE(cmap.find("<0002> <00AD>"), std::string::npos) << cmap;
  EXPECT_EQ(font->subset_gid(real), font->subset_gid(soft));
}

// The later runs of a long document are recorded in a builder of their own (write_pdf.cc); the
// document's builder adopts its entries in order and ends as if it had recorded every run.
TEST(CidFontBuilder, AdoptedEntriesAreTheEntriesOfOneBuilderRecordingInOrder) {
  const std::uint32_t hyphen = single_glyph(test::kSerif, "-");
  const std::uint32_t a = single_glyph(test::kSerif, "a");
  const std::uint32_t b = single_glyph(test::kSerif, "b");
  struct Use {
    std::uint32_t gid;
    const char* text;
    bool rtl;
  };
  const std::vector<Use> first{{a, "a", false}, {hyphen, "-", false}, {a, "a", false}};
  const std::vector<Use> later{{b, "b", false}, {hyphen, "\u00AD", false}, {a, "a", false}, {b, "b", false},
                               {hyphen, "-", false}, {b, "ab", true}};
  auto whole = open_font(test::kSerif);
  auto document = open_font(test::kSerif);
  auto own = open_font(test::kSerif);
  std::vector<std::size_t> in_order, adopted;
  for (const Use& u : first) {
    whole->use(u.gid, u.text, u.rtl);
    document->use(u.gid, u.text, u.rtl);
  }
  for (const Use& u : later) in_order.push_back(whole->use(u.gid, u.text, u.rtl));
  std::vector<std::size_t> own_entries;
  for (const Use& u : later) own_entries.push_back(own->use(u.gid, u.text, u.rtl));
  std::vector<std::size_t> by_own(own->entry_count());
  for (std::size_t e = 0; e < own->entry_count(); ++e) by_own[e] = document->adopt(*own, e);
  for (std::size_t entry : own_entries) adopted.push_back(by_own[entry]);
  EXPECT_EQ(adopted, in_order);
  EXPECT_EQ(document->entry_count(), whole->entry_count());
  ASSERT_TRUE(whole->subset());
  ASSERT_TRUE(document->subset());
  EXPECT_EQ(document->to_unicode_cmap(), whole->to_unicode_cmap());
  EXPECT_EQ(document->base_font(), whole->base_font());
}

TEST(CidFontBuilder, LigatureMapsToAllItsCharacters) {
  auto font = open_font(test::kSerif);
  const std::uint32_t ffi = single_glyph(test::kSerif, "ffi");
  font->use(ffi, "ffi", false);
  ASSERT_TRUE(font->subset());
  EXPECT_NE(font->to_unicode_cmap().find("<0001> <006600660069>"), std::string::npos) << font->to_unicode_cmap();
}

TEST(CidFontBuilder, RightToLeftLigatureMappingIsReversed) {
  auto font = open_font(test::kArabic);
  const std::uint32_t lam_alef = single_glyph(test::kArabic, "لا", true);
  font->use(lam_alef, "لا", true);
  ASSERT_TRUE(font->subset());
  // Logical lam (0644) alef (0627) is written alef-lam, the visual order extractors reverse.
  EXPECT_NE(font->to_unicode_cmap().find("<0001> <06270644>"), std::string::npos) << font->to_unicode_cmap();
}

TEST(CidFontBuilder, ForbiddenAndEmptyMappingsBecomeZeroWidthSpace) {
  auto font = open_font(test::kSerif);
  font->use(5, "", false);
  font->use(6, "\uFEFF", false);
  ASSERT_TRUE(font->subset());
  const std::string cmap = font->to_unicode_cmap();
  EXPECT_NE(cmap.find("<0001> <200B>"), std::string::npos);
  EXPECT_EQ(cmap.find("FEFF"), std::string::npos);
  EXPECT_EQ(cmap.find("<0000>\n"), std::string::npos);
}

TEST(CidFontBuilder, WidthsEqualTheEmbeddedHmtx) {
  auto font = open_font(test::kSerif);
  auto run = shape(test::kSerif, 0, "Efficacité, qualité — « œuvre » 2024 !", 11, false);
  for (const auto& glyph : run.glyphs) font->use(glyph.gid, std::to_string(glyph.cluster), false);
  ASSERT_TRUE(font->subset());
  std::vector<std::uint16_t> codes;
  for (const auto& glyph : run.glyphs) codes.push_back(font->code(glyph.gid, std::to_string(glyph.cluster), false));
  expect_widths_match_hmtx(*font, codes);
  EXPECT_LT(font->program().size(), 40000u);
}

TEST(CidFontBuilder, ToUnicodeBlocksHoldAtMostOneHundredEntries) {
  auto font = open_font(test::kSerif);
  for (std::uint32_t gid = 1; gid <= 150; ++gid) font->use(gid, std::string(1, static_cast<char>('A' + gid % 26)), false);
  ASSERT_TRUE(font->subset());
  const std::string cmap = font->to_unicode_cmap();
  EXPECT_NE(cmap.find("100 beginbfchar"), std::string::npos);
  EXPECT_NE(cmap.find("50 beginbfchar"), std::string::npos);
}

TEST(CidFontBuilder, SubsetTagIsDerivedFromTheGlyphs) {
  auto a = open_font(test::kSerif), b = open_font(test::kSerif), c = open_font(test::kSerif);
  a->use(10, "x", false);
  b->use(10, "x", false);
  c->use(11, "y", false);
  ASSERT_TRUE(a->subset() && b->subset() && c->subset());
  EXPECT_EQ(a->base_font(), b->base_font());
  EXPECT_NE(a->base_font(), c->base_font());
  EXPECT_EQ(a->base_font().substr(6), "+NotoSerif-Regular");
  for (char ch : a->base_font().substr(0, 6)) EXPECT_TRUE(ch >= 'A' && ch <= 'Z');
}

TEST(CidFontBuilder, CffOutlinesUseTheCharsetCids) {
  auto font = open_font(test::kCjk);
  EXPECT_TRUE(font->cff());
  auto run = shape(test::kCjk, 0, "日本語の報告書", 11, false);
  // Each glyph's text names its cluster (appended: GCC 12 warns of "x" + std::to_string, -Wrestrict).
  const auto text_of = [](std::uint32_t cluster) { return std::string("x").append(std::to_string(cluster)); };
  for (const auto& glyph : run.glyphs) font->use(glyph.gid, text_of(glyph.cluster), false);
  ASSERT_TRUE(font->subset());
  const std::string& program = font->program();
  ASSERT_GT(program.size(), 4u);
  EXPECT_EQ(program[0], 1);  // CFF major version 1: a bare CFF table, not an OpenType file
  EXPECT_LT(program.size(), 60000u);

  std::vector<std::uint16_t> codes;
  {
    const SubsetFace subset(*font);
    ASSERT_NE(subset.get(), nullptr);
    for (const auto& glyph : run.glyphs) {
      const std::uint16_t code = font->code(glyph.gid, text_of(glyph.cluster), false);
      FT_UInt cid = 0;
      ASSERT_EQ(FT_Get_CID_From_Glyph_Index(subset.get(), font->subset_gid(code), &cid), 0);
      EXPECT_EQ(cid, code);
      codes.push_back(code);
    }
  }
  expect_widths_match_hmtx(*font, codes);
}

// The offset just past the CFF INDEX at `at` (Adobe TN 5176, 5), and its entry count.
std::size_t skip_cff_index(const std::string& cff, std::size_t at, std::uint16_t& count) {
  const auto byte = [&](std::size_t i) { return i < cff.size() ? static_cast<unsigned char>(cff[i]) : 0u; };
  count = static_cast<std::uint16_t>(byte(at) << 8 | byte(at + 1));
  if (count == 0) return at + 2;
  const unsigned off_size = byte(at + 2);
  std::size_t last = 0;  // the last offset: one past the data, counted from the byte before it
  for (unsigned k = 0; k < off_size; ++k) last = last << 8 | byte(at + 3 + count * off_size + k);
  return at + 3 + (count + 1) * off_size + last - 1;
}

// A CFF subset's outlines are desubroutinized (faster to build, smaller once compressed): no
// global subroutines are left, and every glyph still loads.
TEST(CidFontBuilder, CffSubsetsHaveNoSubroutines) {
  auto font = open_font(test::kCjk);
  auto run = shape(test::kCjk, 0, "日本語の報告書と記者会見", 11, false);
  for (const auto& glyph : run.glyphs) font->use(glyph.gid, "x", false);
  ASSERT_TRUE(font->subset());
  const std::string& cff = font->program();
  ASSERT_GT(cff.size(), 4u);
  std::uint16_t names = 0, top_dicts = 0, strings = 0, global_subrs = 1;
  std::size_t at = static_cast<unsigned char>(cff[2]);  // the header's size
  at = skip_cff_index(cff, at, names);
  at = skip_cff_index(cff, at, top_dicts);
  at = skip_cff_index(cff, at, strings);
  ASSERT_LT(at + 1, cff.size());
  skip_cff_index(cff, at, global_subrs);
  EXPECT_EQ(names, 1);
  EXPECT_EQ(top_dicts, 1);
  EXPECT_EQ(global_subrs, 0);

  const SubsetFace subset(*font);
  const FT_Face face = subset.get();
  ASSERT_NE(face, nullptr);
  EXPECT_GE(face->num_glyphs, static_cast<FT_Long>(run.glyphs.size()) + 1);  // and .notdef
  for (FT_Long gid = 0; gid < face->num_glyphs; ++gid) {
    ASSERT_EQ(FT_Load_Glyph(face, static_cast<FT_UInt>(gid), FT_LOAD_NO_SCALE), 0) << gid;
    if (gid > 0) {
      EXPECT_GT(face->glyph->outline.n_points, 0) << gid;
    }
  }
}

// A process subsets its first use of a face by glyph ids and later ones by the code points that
// reach those glyphs (a batch worker's faster plan): the subsets must be the same bytes, for
// glyphs the cmap reaches (Latin, CJK outlines in CFF) and for glyphs only shaping reaches (a
// ligature: always by glyph ids). Each test runs in a process of its own, so the first subset
// here is the process's first.
TEST(CidFontBuilder, LaterSubsetsOfAFaceEqualTheFirst) {
  const std::pair<const char*, const char*> cases[] = {
      {test::kSerif, "Harbour works"}, {test::kCjk, "日本語の報告書"}, {test::kSerif, "An office affair"}};
  for (const auto& [file, text] : cases) {
    std::string first;
    for (int round = 0; round < 3; ++round) {
      auto font = open_font(file);
      for (const auto& glyph : shape(file, 0, text, 11, false).glyphs) font->use(glyph.gid, "x", false);
      ASSERT_TRUE(font->subset());
      if (round == 0) first = font->subset_file();
      EXPECT_EQ(font->subset_file(), first) << text << ", subset " << round + 1;
    }
  }
}

TEST(CidFontBuilder, WritesType0WithCidFontType2AndNoCidSet) {
  auto font = open_font(test::kSerif);
  font->use(10, "x", false);
  font->use(12, "z", false);
  ASSERT_TRUE(font->subset());
  PoDoFo::PdfMemDocument document;
  StreamPacker packer(true);
  PoDoFo::PdfObject* type0 = font->write(document.GetObjects(), packer);
  packer.finish();
  auto& objects = document.GetObjects();
  EXPECT_EQ(type0->GetDictionary().GetKey("Subtype")->GetName().GetName(), "Type0");
  EXPECT_EQ(type0->GetDictionary().GetKey("Encoding")->GetName().GetName(), "Identity-H");
  const auto& descendant = *objects.GetObject(type0->GetDictionary().GetKey("DescendantFonts")->GetArray()[0].GetReference());
  EXPECT_EQ(descendant.GetDictionary().GetKey("Subtype")->GetName().GetName(), "CIDFontType2");
  EXPECT_TRUE(descendant.GetDictionary().HasKey("CIDToGIDMap"));
  const auto& descriptor = *objects.GetObject(descendant.GetDictionary().GetKey("FontDescriptor")->GetReference());
  EXPECT_TRUE(descriptor.GetDictionary().HasKey("FontFile2"));
  EXPECT_FALSE(descriptor.GetDictionary().HasKey("CIDSet"));
  // /W [1 [w1 w2]]: consecutive CIDs share one array (ISO 32000-1 9.7.4.3).
  const PoDoFo::PdfArray& widths = descendant.GetDictionary().GetKey("W")->GetArray();
  ASSERT_EQ(widths.size(), 2u);
  EXPECT_EQ(widths[0].GetNumber(), 1);
  ASSERT_EQ(widths[1].GetArray().size(), 2u);
  EXPECT_EQ(widths[1].GetArray()[0].GetNumber(), font->width(1));
  EXPECT_EQ(widths[1].GetArray()[1].GetNumber(), font->width(2));
}

TEST(CidFontBuilder, MissingFileIsAnError) {
  auto font = CidFontBuilder::open("/nonexistent/font.ttf", 0, "");
  ASSERT_FALSE(font.has_value());
  EXPECT_EQ(font.error().front().code, "pdf.font-unreadable");
}

}  // namespace
}  // namespace folio::pdf
