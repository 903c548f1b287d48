#include <gtest/gtest.h>

#include "transform/typography.h"

namespace folio::transform {
namespace {

std::string fr(const std::string& s) {
  TypographyCounts c;
  return apply_typography(s, "fr", c);
}

TEST(Typography, FrenchNarrowNoBreakSpaces) {
  EXPECT_EQ(fr("Pourquoi ? Parce que ! Voici : la liste ; fin."),
            "Pourquoi\u202f? Parce que\u202f! Voici\u202f: la liste\u202f; fin.");
  EXPECT_EQ(fr("« Bonjour », dit-il."), "«\u202fBonjour\u202f», dit-il.");
  EXPECT_EQ(fr("«Bonjour»"), "«\u202fBonjour\u202f»");
  EXPECT_EQ(fr("Vraiment?!"), "Vraiment\u202f?!");
}

TEST(Typography, FrenchLeavesTimesUrlsAndAddressesAlone) {
  EXPECT_EQ(fr("à 16:00 précises"), "à 16:00 précises");
  EXPECT_EQ(fr("voir https://exemple.org/a?b=c ou contact@exemple.org"),
            "voir https://exemple.org/a?b=c ou contact@exemple.org");
}

TEST(Typography, IsIdempotent) {
  const std::string once = fr("« Oui ! » : c’est \"simple\" ?");
  EXPECT_EQ(fr(once), once);
}

TEST(Typography, QuotesAndApostrophesByLanguage) {
  TypographyCounts c;
  EXPECT_EQ(apply_typography("It's \"fine\".", "en", c), "It’s “fine”.");
  EXPECT_EQ(apply_typography("Er sagte \"gut\".", "de", c), "Er sagte „gut“.");
  EXPECT_EQ(apply_typography("Il a dit \"oui\".", "fr", c), "Il a dit «\u202foui\u202f».");
  EXPECT_EQ(apply_typography("Dijo \"sí\".", "es", c), "Dijo «sí».");
  EXPECT_EQ(c.quotes, 8);
  EXPECT_EQ(c.apostrophes, 1);
}

TEST(Typography, UnpairedStraightQuotesStay) {
  TypographyCounts c;
  EXPECT_EQ(apply_typography("He said \"yes and left.", "en", c), "He said \"yes and left.");
}

}  // namespace
}  // namespace folio::transform
