// Where a caption ends in text that lost its markup: a picture's credit (readers/common/picture_credit).
#include "readers/common/picture_credit.h"

#include <gtest/gtest.h>

namespace folio::readers {
namespace {

TEST(PictureCredit, ALabelAndNamesEndACaption) {
  for (const char* text : {"Hilfe nach dem Hochwasser 2021 in der Eifel. Foto: Galli/Malteser",
                           "Foto: Christof Stache", "Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com",
                           "Der neue Anleger am Hafen (Foto: privat)", "The new pier at dawn. Photo: Getty Images",
                           "Vue du port au matin. Crédit photo : KB / Bondy Blog", "Le port. Crédit : Ville de Sète",
                           "El puerto al amanecer. Fuente: Archivo Municipal", "Port rano. Zdjęcie: Jan Kowalski",
                           "moderne Stadtkonzepte. © Thinkstock", "(c) TV Thermen- & Vulkanland",
                           "Bild: master1305/stock.adobe.com", "Ein Porträt. Foto: G. Müller",
                           "Die Zahlen im Überblick. Quelle: Statistik Austria",
                           "Striking members at the college. Photograph: Jane Doe/Agency Images",
                           "A quiet beach in May. Photo by Jane Doe on Unsplash", "Der Hafen. Foto von Jan Kowalski",
                           "Le ministre, photo: Archives du Gouvernement tchèque",
                           "Die Kommissionspräsidentin. Foto: Ursula von der Leyen/privat"}) {
    EXPECT_TRUE(ends_with_credit(text)) << text;
  }
}

TEST(PictureCredit, SentencesAndLabelsWithoutACreditAreNot) {
  for (const char* text : {"Der Vorstand stellte am Freitag die neuen Fotos der Boote vor.",
                           "Foto: Ehrenamtler reparieren ideenreich defekte",  // a caption going on
                           "Roman Prymula, photo:",                            // the credit is on the next line
                           "Die Zahlen (Quelle: Statistik Austria) zeigen es",  // the text goes on after it
                           "Sie sehen hier das Foto: Es zeigt den Hafen.",      // a sentence after the colon
                           "Ein Bild (Foto: Stadtwerke",                        // the bracket closes on the next line
                           "Quelle: die Stadtwerke und die Gemeinde haben es mitgeteilt",
                           "Lade ein Foto von deinem Lieblingsgewässer hoch",  // a sentence, not names
                           "Photo: the minister and the mayor of the town met",  // particles, and a sentence
                           "Fotos von meiner Familie und von",  // particles before no name: a sentence going on
                           "", "©"}) {
    EXPECT_FALSE(ends_with_credit(text)) << text;
  }
}

}  // namespace
}  // namespace folio::readers
