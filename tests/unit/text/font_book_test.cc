#include "text/font_book.h"

#include <gtest/gtest.h>
#include <hb.h>
#include <unicode/uscript.h>

#include "support/paths.h"
#include "text/hyphenator.h"

namespace folio::text {
namespace {

FontBook& book() {
  static FontBook fonts = [] {
    auto f = FontBook::load(test::source_dir() / "fonts" / "fonts.toml");
    if (!f) throw std::runtime_error(f.error().front().message);
    return std::move(*f);
  }();
  return fonts;
}

std::string ps(std::optional<FaceId> id) { return id ? book().face(*id).postscript_name : "none"; }

TEST(FontBook, PicksTheFirstFaceOfTheChainWithTheGlyph) {
  EXPECT_EQ(ps(book().font_for(U'a', USCRIPT_LATIN, "serif", false, false)), "NotoSerif-Regular");
  EXPECT_EQ(ps(book().font_for(U'a', USCRIPT_LATIN, "serif", true, true)), "NotoSerif-BoldItalic");
  EXPECT_EQ(ps(book().font_for(U'a', USCRIPT_LATIN, "sans", false, false)), "NotoSans-Regular");
  EXPECT_EQ(ps(book().font_for(U'ب', USCRIPT_ARABIC, "serif", false, false)), "NotoNaskhArabic-Regular");
  EXPECT_EQ(ps(book().font_for(U'中', USCRIPT_HAN, "serif", false, false)), "NotoSerifCJKsc-Regular");
  EXPECT_EQ(ps(book().font_for(U'ශ', USCRIPT_SINHALA, "sans", false, false)), "NotoSansSinhala-Regular");
  EXPECT_EQ(ps(book().font_for(U'x', USCRIPT_LATIN, "mono", false, false)), "DejaVuSansMono");
  // A symbol missing from Noto Serif comes from the chain's default list.
  EXPECT_EQ(ps(book().font_for(U'☎', USCRIPT_COMMON, "serif", false, false)), "NotoSansSymbols2-Regular");
  // Emoji no Noto or DejaVu face has (a press release's 👩 or a flag's letters) end the chain
  // in Symbola's monochrome outlines, in every chain.
  for (const char* chain : {"serif", "sans", "mono"}) {
    EXPECT_EQ(ps(book().font_for(U'\U0001F469', USCRIPT_COMMON, chain, false, false)), "Symbola") << chain;
    EXPECT_EQ(ps(book().font_for(U'\U0001F1EB', USCRIPT_COMMON, chain, false, false)), "Symbola") << chain;
  }
}

TEST(FontBook, CjkCollectionFaceIndex) {
  auto id = book().font_for(U'中', USCRIPT_HAN, "sans", false, false);
  ASSERT_TRUE(id);
  EXPECT_EQ(book().face(*id).index, 2);  // SC in NotoSansCJK-Regular.ttc
  EXPECT_EQ(book().face(*id).package, "fonts-noto-cjk");
}

// Han characters take the face of their language: Japanese forms for ja, Traditional
// (centred punctuation) for zh-Hant and the regions that write it, Simplified otherwise.
TEST(FontBook, HanFaceFollowsTheLanguage) {
  auto han = [](const char* lang, const char* chain = "serif") {
    return ps(book().font_for(U'骨', USCRIPT_HAN, chain, false, false, lang));
  };
  EXPECT_EQ(han(""), "NotoSerifCJKsc-Regular");
  EXPECT_EQ(han("zh"), "NotoSerifCJKsc-Regular");
  EXPECT_EQ(han("zh-CN"), "NotoSerifCJKsc-Regular");
  EXPECT_EQ(han("zh-Hant"), "NotoSerifCJKtc-Regular");
  EXPECT_EQ(han("zh-TW"), "NotoSerifCJKtc-Regular");
  EXPECT_EQ(han("zh-HK"), "NotoSerifCJKhk-Regular");
  EXPECT_EQ(han("ja"), "NotoSerifCJKjp-Regular");
  EXPECT_EQ(han("ja-JP"), "NotoSerifCJKjp-Regular");
  EXPECT_EQ(han("ko"), "NotoSerifCJKkr-Regular");
  EXPECT_EQ(han("zh-Hant", "sans"), "NotoSansCJKtc-Regular");
  EXPECT_EQ(han("ja", "mono"), "NotoSansMonoCJKjp-Regular");
  // Other scripts ignore the language; a language the manifest does not name gets the script's.
  EXPECT_EQ(ps(book().font_for(U'a', USCRIPT_LATIN, "serif", false, false, "ja")), "NotoSerif-Regular");
  EXPECT_EQ(han("fr"), "NotoSerifCJKsc-Regular");
  EXPECT_EQ(han("not a tag!"), "NotoSerifCJKsc-Regular");
  // An ideographic comma between two Latin words ("KDE、Gnome") takes the script of the word
  // before it, whose fonts lack it: the language still picks its face.
  EXPECT_EQ(ps(book().font_for(U'、', USCRIPT_LATIN, "serif", false, false, "zh-Hant")), "NotoSerifCJKtc-Regular");
  EXPECT_EQ(ps(book().font_for(U'、', USCRIPT_LATIN, "serif", false, false, "ja")), "NotoSerifCJKjp-Regular");
  EXPECT_EQ(ps(book().font_for(U'、', USCRIPT_LATIN, "serif", false, false, "en")), "NotoSerifCJKsc-Regular");
}

TEST(FontBook, NoFontForAPrivateUseCharacter) {
  EXPECT_FALSE(book().font_for(0xF0000, USCRIPT_UNKNOWN, "serif", false, false));
  EXPECT_FALSE(book().font_for(U'a', USCRIPT_LATIN, "no-such-chain", false, false));
}

TEST(FontBook, DescribeNamesChainsFilesAndPackages) {
  const std::string text = book().describe_fonts();
  EXPECT_NE(text.find("chain serif"), std::string::npos);
  EXPECT_NE(text.find("Arabic:"), std::string::npos);
  EXPECT_NE(text.find("NotoNaskhArabic-Regular.ttf"), std::string::npos);
  EXPECT_NE(text.find("(fonts-noto-cjk)"), std::string::npos);
}

// German (a 1 MB dictionary that libhyphen takes seconds to load) is covered by the layout goldens.
TEST(Hyphenator, FrenchEnglishSpanishGerman) {
  auto& h = book().hyphenator();
  auto split = [&](std::string word, const char* lang) {
    std::string out;
    std::size_t last = 0;
    for (std::size_t p : h.points(word, lang)) {
      out += word.substr(last, p - last) + "-";
      last = p;
    }
    return out + word.substr(last);
  };
  EXPECT_EQ(split("accessibilité", "fr"), "ac-ces-si-bi-lité");
  EXPECT_EQ(split("hyphenation", "en-US"), "hy-phen-ation");
  EXPECT_EQ(split("comunicación", "es"), "co-mu-ni-ca-ción");
  // hyph_de_DE.dic is Latin-1; its patterns with ä, ö, ü and ß apply to UTF-8 text.
  EXPECT_EQ(split("Außenministerium", "de"), "Au-ßen-mi-nis-te-rium");
  EXPECT_EQ(split("Prüfungsergebnisse", "de-DE"), "Prü-fungs-er-geb-nisse");
  EXPECT_EQ(split("Bürgerrechtsbewegung", "de"), "Bür-ger-rechts-be-we-gung");
  EXPECT_EQ(split("Gebäudeförderung", "de"), "Ge-bäu-de-för-de-rung");
  // Other legacy charsets: KOI8-R (ru), ISO8859-7 (el), ISO8859-1 (sv, nl, pt).
  EXPECT_EQ(split("правительство", "ru"), "пра-ви-тельство");
  EXPECT_EQ(split("ανακοίνωση", "el"), "ανα-κοί-νωση");
  EXPECT_EQ(split("regeringen", "sv"), "re-ge-ringen");
  EXPECT_EQ(split("överenskommelse", "sv"), "över-ens-kom-melse");
  EXPECT_EQ(split("persbericht", "nl"), "pers-be-richt");
  EXPECT_EQ(split("comunicação", "pt"), "co-mu-ni-ca-ção");
  EXPECT_EQ(split("comunicato", "it"), "co-mu-ni-cato");
  EXPECT_EQ(split("повідомлення", "uk"), "пові-домле-ння");
  EXPECT_TRUE(h.points("accessibilité", "ar").empty());
  EXPECT_FALSE(h.supports("zz"));
  // A second FontBook finds the dictionaries loaded and gives the same points.
  auto other = FontBook::load(test::source_dir() / "fonts" / "fonts.toml");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->hyphenator().points("accessibilité", "fr"), h.points("accessibilité", "fr"));
}

// A face's hyphen is its U+2010 when it has one, else its hyphen-minus; the check of a glyph's
// presence is kept per face and code point, and a face without a glyph says so every time.
TEST(FontBook, FacesKnowTheirHyphenAndTheirGlyphs) {
  const auto serif = book().font_for(U'a', USCRIPT_LATIN, "serif", false, false);
  const auto mono = book().font_for(U'x', USCRIPT_LATIN, "mono", false, false);
  const auto arabic = book().font_for(U'ب', USCRIPT_ARABIC, "serif", false, false);
  ASSERT_TRUE(serif && mono && arabic);
  for (FaceId id : {*serif, *mono}) {
    const Face& face = book().face(id);
    ASSERT_TRUE(face.hyphen.has_value()) << face.postscript_name;
    hb_codepoint_t hyphen = 0, minus = 0;
    const bool has_hyphen = hb_font_get_nominal_glyph(face.hb, 0x2010, &hyphen) && hyphen != 0;
    ASSERT_TRUE(hb_font_get_nominal_glyph(face.hb, '-', &minus));
    EXPECT_EQ(face.hyphen->first, has_hyphen ? hyphen : minus) << face.postscript_name;
    EXPECT_GT(face.hyphen->second, 0.1) << face.postscript_name;
    EXPECT_LT(face.hyphen->second, 1.0) << face.postscript_name;
  }
  for (int twice = 0; twice < 2; ++twice) {
    EXPECT_TRUE(book().has_glyph(*serif, U' '));
    EXPECT_TRUE(book().has_glyph(*arabic, U' '));
    EXPECT_FALSE(book().has_glyph(*serif, U'ب'));
    EXPECT_TRUE(book().has_glyph(*arabic, U'ب'));
    EXPECT_FALSE(book().has_glyph(*serif, U'\U000F0000'));
  }
}

}  // namespace
}  // namespace folio::text
