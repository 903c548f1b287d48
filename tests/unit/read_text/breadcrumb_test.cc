// A breadcrumb trail among a scraped page's lines (readers/text/breadcrumb).
#include "readers/text/breadcrumb.h"

#include <gtest/gtest.h>

namespace folio::readers {
namespace {

TEST(Breadcrumb, AShortPathThroughTheSiteIsATrail) {
  for (const char* text : {"Startseite / Stadt / Verkehr", "Tonight News > Unterhaltung > Promis >",
                           "MPI Website /Kommunikation /Aktuelles /Single News", "Start » Filme & Serien » Schauspieler",
                           "Accueil › Actualités › Région", "Politik | Blog | Mailaktion Bundestag | Alles klar?",
                           "> Home > News > Lokales"}) {
    EXPECT_TRUE(is_breadcrumb(text)) << text;
  }
}

TEST(Breadcrumb, SentencesPathsAndCodeAreNot) {
  for (const char* text : {"Stadt / Verkehr",  // two parts
                           "Die Stadt / das Land / der Bund haben sich am Montag auf einen neuen Vertrag geeinigt",
                           "Er sagte es. / Sie nickte. / Dann gingen sie",  // sentences before the last part
                           "https://example.org/stadt/verkehr/faehre", "12/05/2022",  // no space beside the slashes
                           "[true, false, false].select { |item| item }.first",  // code
                           "a > b > c = d", ""}) {
    EXPECT_FALSE(is_breadcrumb(text)) << text;
  }
}

}  // namespace
}  // namespace folio::readers
