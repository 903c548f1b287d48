#include <gtest/gtest.h>

#include "transform/repair.h"

namespace folio::transform {
namespace {

TEST(Mojibake, RepairsUtf8ReadAsWindows1252) {
  ChangeLog log;
  EXPECT_EQ(repair_mojibake("CafÃ© â€œbioâ€\u009d lâ€™Ã©tÃ©", log), "Café “bio” l’été");
  EXPECT_EQ(log.total(), 6);
  EXPECT_NE(log.describe().find("'Ã©' → 'é' ×3"), std::string::npos) << log.describe();
}

TEST(Mojibake, LeavesGenuineLatinTextAlone) {
  ChangeLog log;
  const std::string text = "À Noël, l’été à Bâle : déjà vu, «\u202fça\u202f» et Ångström. Ã seule.";
  EXPECT_EQ(repair_mojibake(text, log), text);
  EXPECT_TRUE(log.empty()) << log.describe();
}

TEST(Mojibake, RepairsFourByteAndCjkSequences) {
  ChangeLog log;
  // "中" (E4 B8 AD) read as cp1252 is "ä¸\u00AD".
  EXPECT_EQ(repair_mojibake("ä¸\u00AD", log), "中");
}

TEST(LostQuoteBytes, RestoresApostrophesQuotesAndDashes) {
  ChangeLog log;
  EXPECT_EQ(repair_lost_quote_bytes("âIt isnât over,â? he said â the workâpaid by usâis done. Weâll see.", log),
            "“It isn’t over,” he said – the work—paid by us—is done. We’ll see.");
}

TEST(LostQuoteBytes, OnlyForLanguagesWithoutACircumflex) {
  EXPECT_TRUE(language_uses_a_circumflex("fr"));
  EXPECT_TRUE(language_uses_a_circumflex("pt-BR"));
  EXPECT_FALSE(language_uses_a_circumflex("en"));
  EXPECT_FALSE(language_uses_a_circumflex("de"));
}

TEST(LostLigatures, RestoresUnambiguousFrenchWords) {
  ChangeLog log;
  EXPECT_EQ(restore_lost_ligatures("la main-d’uvre, des manuvres, une Uvre et un cur", "fr", log),
            "la main-d’œuvre, des manœuvres, une Œuvre et un cœur");
  EXPECT_EQ(log.total(), 4);
}

TEST(LostLigatures, LeavesOtherWordsAndLanguagesAlone) {
  ChangeLog log;
  EXPECT_EQ(restore_lost_ligatures("la sur et le vu", "fr", log), "la sur et le vu");  // ambiguous: not in the lexicon
  EXPECT_EQ(restore_lost_ligatures("the uvre museum", "en", log), "the uvre museum");
  EXPECT_TRUE(log.empty());
}

TEST(Invisible, RemovesSoftHyphensAndZeroWidthJunk) {
  ChangeLog log;
  EXPECT_EQ(remove_invisible("Pres\u00ADse\u200Bmit\uFEFFteilung\x01!", log), "Pressemitteilung!");
  EXPECT_EQ(log.total(), 4);
  EXPECT_NE(log.describe().find("U+00AD soft hyphen"), std::string::npos);
}

TEST(Invisible, KeepsMeaningfulFormatCharacters) {
  ChangeLog log;
  const std::string text = "Biden-\u2060Harris ذخیره\u200Cسازی نام\u200D";  // word joiner, ZWNJ, ZWJ
  EXPECT_EQ(remove_invisible(text, log), text);
  EXPECT_TRUE(log.empty());
}

TEST(Homoglyphs, LatinLettersInCyrillicText) {
  ChangeLog log;
  EXPECT_EQ(repair_homoglyphs("ставку c 28 февраля и пpoект", log), "ставку с 28 февраля и проект");
  EXPECT_EQ(log.total(), 2);
  ChangeLog none;
  EXPECT_EQ(repair_homoglyphs("Банк России и Apple Inc", none), "Банк России и Apple Inc");
  EXPECT_TRUE(none.empty());
}

TEST(Nfc, RecomposesDecomposedLetters) {
  bool changed = false;
  EXPECT_EQ(normalize_nfc("e\u0301te\u0301", changed), "été");
  EXPECT_TRUE(changed);
  normalize_nfc("été", changed);
  EXPECT_FALSE(changed);
}

}  // namespace
}  // namespace folio::transform
