#include <gtest/gtest.h>

#include "transform/dates.h"
#include "transform/release_patterns.h"

namespace folio::transform {
namespace {

TEST(Dates, FindsDatesInTheCorpusLanguages) {
  EXPECT_EQ(find_date("PARIS, le 9 juillet 2007 –"), "2007-07-09");
  EXPECT_EQ(find_date("Washington, October 13, 2005"), "2005-10-13");
  EXPECT_EQ(find_date("Madrid, 21 de septiembre de 2022"), "2022-09-21");
  EXPECT_EQ(find_date("Berlin, 26. Januar 2022"), "2022-01-26");
  EXPECT_EQ(find_date("Москва, 28 февраля 2022 года"), "2022-02-28");
  EXPECT_EQ(find_date("published 2022-09-21T14:38:46"), "2022-09-21");
  EXPECT_EQ(find_date("News date : 04/21/2022"), "2022-04-21");
  EXPECT_EQ(find_date("no date here, only 2022 as a year"), std::nullopt);
  EXPECT_EQ(find_date("le 31 février 1850"), std::nullopt);
}

TEST(Patterns, EndMarks) {
  for (const char* m : {"###", "# # #", "-ENDS-", "--30--", "-30-", "*\\###*", "FIN", "– ENDS –"}) {
    EXPECT_TRUE(is_end_mark(m)) << m;
  }
  EXPECT_FALSE(is_end_mark("## Heading"));
  EXPECT_FALSE(is_end_mark("The end of an era"));
}

TEST(Patterns, ContactsAboutAndEmbargo) {
  EXPECT_TRUE(starts_contacts("Contact presse :"));
  EXPECT_TRUE(starts_contacts("Media contacts"));
  EXPECT_TRUE(starts_contacts("For more information, please contact the office."));
  EXPECT_TRUE(starts_contacts("Pour plus d’informations"));
  EXPECT_TRUE(starts_contacts("معلومات الاتصال"));
  EXPECT_FALSE(starts_contacts("Contrary to reports, the plan stands."));
  EXPECT_TRUE(starts_about("À propos de la Fondation"));
  EXPECT_TRUE(starts_about("About the Debian Project"));
  // The languages whose contacts heading is known have their "About" too.
  EXPECT_TRUE(starts_about("حول ديبيان"));
  EXPECT_TRUE(starts_about("نبذة عن المؤسسة"));
  EXPECT_TRUE(starts_about("درباره دبیان"));
  EXPECT_TRUE(starts_about("关于Debian"));
  EXPECT_FALSE(starts_about("حولت الشركة أرباحها"));  // a verb that begins with the same letters
  // A title opens with a capital; a quantity is no title.
  EXPECT_TRUE(starts_about("Über uns"));
  EXPECT_FALSE(starts_about("über die Fristverlängerung beteiligen wird. Ein"));
  EXPECT_FALSE(starts_about("about making everyone's favorite dessert"));
  EXPECT_FALSE(starts_about("sobre eventuales cambios significativos"));
  EXPECT_FALSE(starts_about("About 300 people came"));
  EXPECT_FALSE(starts_about("Über 10.000 Inhaltsstoffe"));
  // An About title runs into its paragraph with a colon or a dash; a sentence opening with the
  // word does not.
  EXPECT_TRUE(about_title_runs_in("About Example Works: Example Works builds piers."));
  EXPECT_TRUE(about_title_runs_in("Über uns – Wir bauen Brücken."));
  EXPECT_TRUE(about_title_runs_in("About Example Works\nExample Works builds piers."));
  EXPECT_FALSE(about_title_runs_in("About Example Works:"));
  EXPECT_FALSE(about_title_runs_in("Über die Jahre hinweg haben Schauspieler ihren Stempel gesetzt."));
  EXPECT_FALSE(about_title_runs_in("Sobre a cassação do deputado, o senador afirmou: não."));
  // A contacts label is a whole word (or its plural), and a title.
  EXPECT_TRUE(starts_contacts("Kontakte"));
  EXPECT_TRUE(starts_contacts("Контакты"));
  EXPECT_FALSE(starts_contacts("Kontaktsperre öffnen durften"));
  EXPECT_FALSE(starts_contacts("Contacting the office is easy."));
  EXPECT_FALSE(starts_contacts("kontaktierte Angehörige, die nicht"));
  EXPECT_FALSE(starts_contacts("contacter (et plus si affinités)"));
  EXPECT_TRUE(is_embargo_line("Embargoed until Monday"));
  EXPECT_FALSE(is_embargo_line("embargo, esa situación se logró revertir"));
  EXPECT_TRUE(is_embargo_line("EMBARGOED UNTIL 10:00 CET"));
  EXPECT_TRUE(is_embargo_line("FOR IMMEDIATE RELEASE"));
}

TEST(Patterns, AttributionVerbsAreWholeWords) {
  EXPECT_TRUE(contains_attribution_verb("», affirme son directeur."));
  EXPECT_TRUE(contains_attribution_verb("“We will,” she said."));
  EXPECT_TRUE(contains_attribution_verb("säger ministern"));
  EXPECT_FALSE(contains_attribution_verb("the saidness of it"));
  EXPECT_FALSE(contains_attribution_verb("Il déclarera plus tard."));
  // Folded code point by code point; ICU's full folding where one folds to several ("ß" → "ss").
  EXPECT_TRUE(contains_attribution_verb("DER MINISTER ERKLÄRTE"));
  EXPECT_TRUE(contains_attribution_verb("„Die Straße bleibt“, SAGTE sie."));
  EXPECT_TRUE(contains_attribution_verb("« Bien », A DÉCLARÉ le maire"));
  EXPECT_FALSE(contains_attribution_verb("Straßensagte"));
  EXPECT_TRUE(starts_about("ÜBER UNS"));
  EXPECT_TRUE(starts_contacts("  KONTAKT"));
  EXPECT_TRUE(starts_contacts("Контактная информация"));
  EXPECT_FALSE(starts_contacts("Lorem ipsum"));
  EXPECT_FALSE(starts_contacts(""));
}

TEST(Patterns, SentenceEndsAndOpeners) {
  EXPECT_TRUE(ends_sentence("fin de phrase."));
  EXPECT_TRUE(ends_sentence("d’accueil »."));
  EXPECT_TRUE(ends_sentence("a question?”"));
  EXPECT_TRUE(ends_sentence("中文句子。"));
  EXPECT_FALSE(ends_sentence("en cours de"));
  EXPECT_TRUE(starts_with_quote_opener("« Citation"));
  EXPECT_TRUE(starts_with_quote_opener("– Situationen"));
  EXPECT_FALSE(starts_with_quote_opener("Texte"));
}

}  // namespace
}  // namespace folio::transform
