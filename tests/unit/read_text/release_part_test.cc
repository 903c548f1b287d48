// A release's contacts, "about" paragraph and end mark after its text (readers/text/release_part).
#include "readers/text/release_part.h"

#include <gtest/gtest.h>

namespace folio::readers {
namespace {

std::vector<TextBlock> blocks_of(std::initializer_list<std::pair<const char*, bool>> texts) {
  std::vector<TextBlock> blocks;
  for (const auto& [text, bullet] : texts) {
    TextBlock b;
    b.first = b.last = blocks.size();
    b.text = text;
    b.bullet = bullet;
    blocks.push_back(b);
  }
  return blocks;
}

TEST(ReleasePart, ContactDetails) {
  for (const char* text : {"presse@stadtwerke-beispiel.de", "E-Mail: jana.beispiel@example.org",
                           "Telefon +49 (0)40 / 49 07 11 06", "1 (876) 926-3590-4", "Tel. 030 1234567",
                           "+1 555 010 0199", "هاتف: ٠٢٢ ١٢٣ ٤٥٦٧",  // Arabic-Indic digits
                           "www.stadtwerke-beispiel.de", "https://example.org/presse"}) {
    EXPECT_TRUE(holds_contact_detail(text)) << text;
  }
  for (const char* text : {"Jana Beispiel", "Leiterin Kommunikation", "12.03.2024", "2024-03-12", "03/12/2024",
                           "Hauptstraße 12, 12345 Beispielstadt",  // five digits: a postcode, no number to call
                           "bockelmann@we dont want spamdkrz.de", "@stadtwerke", "name@localhost",
                           "Tabelle: 100  200  300  400",  // figures in columns
                           "Preis: 1.250.000 Euro", "14,28 sec"}) {
    EXPECT_FALSE(holds_contact_detail(text)) << text;
  }
}

TEST(ReleasePart, ContactsReachTheirLastDetail) {
  const auto blocks = blocks_of({{"Text.", false},
                                 {"Pressekontakt:", false},
                                 {"Jana Beispiel", false},
                                 {"Telefon +49 30 1234567", false},
                                 {"Ansprechpartner zum Thema:", false},
                                 {"Max Muster", false},
                                 {"max.muster@example.org", false},
                                 {"KLIMANEUTRALITÄT VON UNTERNEHMEN", false},
                                 {"Impressum", false}});
  EXPECT_EQ(release_part_end(blocks, 1), 7u);
}

TEST(ReleasePart, ContactsStopAtAListOrAParagraph) {
  const auto menu = blocks_of({{"Kontakt", false}, {"Impressum", true}, {"info@example.org", true}});
  EXPECT_EQ(release_part_end(menu, 0), 0u);
  const auto teasers = blocks_of(
      {{"Para más información puede contactarnos", false},
       {"Otras Noticias", false},
       {"La Policía informó que el sujeto se dirigió a esa población para desviar las pistas por el asesinato "
        "cometido el viernes pasado en la capital del departamento.",
        false},
       {"Llame al 800 123 4567", false}});
  EXPECT_EQ(release_part_end(teasers, 0), 0u);
}

TEST(ReleasePart, AboutIsItsHeadingAndTheProseUnderIt) {
  const auto about = blocks_of(
      {{"Über die Stadtwerke Beispielstadt", false},
       {"Die Stadtwerke Beispielstadt versorgen seit 1890 die Stadt mit Wasser, Strom und Wärme und betreiben die "
        "Fähren im Hafen.",
        false},
       {"Weitere Meldungen", false},
       {"Die Stadtwerke haben einen neuen Vorstand gewählt, der im Mai sein Amt antritt.", false}});
  EXPECT_EQ(release_part_end(about, 0), 2u);
  const auto menu = blocks_of({{"Über uns", false}, {"Unser Auftrag", true}, {"Geschichte", true}});
  EXPECT_EQ(release_part_end(menu, 0), 0u);
  // In Arabic too: its "about" heading, and prose known by its function words.
  const auto arabic = blocks_of(
      {{"حول المكتبة", false},
       {"المكتبة العامة هي مؤسسة ثقافية تأسست في عام 1950، وهي تخدم سكان المدينة من خلال فروعها الخمسة.", false},
       {"معلومات الاتصال", false}});
  EXPECT_EQ(release_part_end(arabic, 0), 2u);
}

TEST(ReleasePart, EndMarksAndMenuLinksOpenNone) {
  const auto blocks = blocks_of({{"###", false}, {"Jana Beispiel", false}, {"Kontakt", true}, {"Über uns", true}});
  EXPECT_EQ(release_part_end(blocks, 0), 1u);
  EXPECT_EQ(release_part_end(blocks, 1), 1u);  // opens no part
  EXPECT_EQ(release_part_end(blocks, 2), 2u);  // a menu's link
  EXPECT_EQ(release_part_end(blocks, 3), 3u);
}

}  // namespace
}  // namespace folio::readers
