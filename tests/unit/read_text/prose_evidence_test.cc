// The DOM-free evidence of prose and page furniture (readers/common/prose_evidence).
#include "readers/common/prose_evidence.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace folio::readers {
namespace {

TEST(ProseEvidence, RunningTextHasFunctionWordsAndSentences) {
  const std::string_view text = "The council said that the new bridge will open in May, and that the old one stays.";
  EXPECT_EQ(stop_word_language(text), "en");
  const ProseEvidence e = measure_prose(text, "en");
  EXPECT_EQ(e.words, 17);
  EXPECT_GE(e.stop_density(), 0.4);
  EXPECT_TRUE(e.ends_sentence);
  EXPECT_EQ(e.sentence_stops, 1);
  EXPECT_EQ(e.commas, 1);
  EXPECT_EQ(e.capitalised, 1);  // "May"
  EXPECT_EQ(e.kinds, 0);
}

TEST(ProseEvidence, MenusHaveNoneAndTitleCase) {
  const ProseEvidence e = measure_prose("Politik Wirtschaft Kultur Sport Wissen", "de");
  EXPECT_EQ(e.stop_words, 0);
  EXPECT_EQ(e.capitalised, 4);
  EXPECT_FALSE(e.ends_sentence);
}

TEST(ProseEvidence, LanguagesByTheirFunctionWords) {
  EXPECT_EQ(stop_word_language("Die Stadt hat mit dem Bau der Brücke begonnen, die im Mai fertig wird."), "de");
  EXPECT_EQ(stop_word_language("La ville a commencé les travaux du pont qui sera ouvert en mai."), "fr");
  EXPECT_EQ(stop_word_language("La ciudad empezó las obras del puente que se abrirá en mayo."), "es");
  EXPECT_EQ(stop_word_language("Miasto rozpoczęło budowę mostu, który zostanie otwarty w maju i jest ważny."), "pl");
  EXPECT_EQ(stop_word_language("Город начал строительство моста, который откроется в мае, и это важно."), "ru");
  // Arabic and Persian share a script; their function words (and ي/ی, ك/ک) tell them apart.
  const char* arabic = "بدأت المدينة في بناء الجسر الذي سيفتح في شهر مايو، وهو مشروع مهم للسكان.";
  const char* persian = "شهر ساخت پلی را آغاز کرد که در ماه مه باز می شود و این برای مردم مهم است.";
  EXPECT_EQ(stop_word_language(arabic), "ar");
  EXPECT_EQ(stop_word_language(persian), "fa");
  EXPECT_GT(measure_prose(arabic, "ar").stop_density(), 0.2);
  EXPECT_GT(measure_prose(persian, "fa").stop_density(), 0.3);
  EXPECT_EQ(stop_word_language("12345 —"), "");
  // Counted against another language, German prose has hardly any stop words.
  EXPECT_LT(measure_prose("Die Stadt hat mit dem Bau der Brücke begonnen.", "fr").stop_density(), 0.15);
}

TEST(ProseEvidence, HitsOfPiecesAddUpToTheWhole) {
  // A long page's blocks are counted apart (on two threads) and their hits added.
  const std::vector<std::string> blocks = {"Die Stadt hat mit dem Bau der Brücke begonnen,",
                                           "la ville a commencé les travaux du pont qu'elle ouvrira,",
                                           "and the bridge will open in May, which is what the city's people want."};
  StopWordHits sum;
  std::string whole;
  for (const auto& b : blocks) {
    sum += stop_word_hits(b);
    whole += b + "\n";
  }
  const StopWordHits all = stop_word_hits(whole);
  EXPECT_EQ(sum.by_language, all.by_language);
  EXPECT_EQ(most_hit_language(sum), stop_word_language(whole));
  EXPECT_EQ(most_hit_language(StopWordHits{}), "");
  int total = 0;
  for (int h : all.by_language) total += h;
  EXPECT_GT(total, 10);
}

TEST(ProseEvidence, OnePassMeasuresAgreeWithTwoPasses) {
  // measure_prose_in_own_language and the hits kept by measure_prose(text, hits) give what a
  // first pass for the language and a second against it give, for texts of every kind.
  const std::vector<std::string> texts = {
      "Die Stadt hat mit dem Bau der Brücke begonnen, die im Mai fertig wird.",
      "La ville a commencé les travaux du pont qu'elle ouvrira en mai, dit-elle.",
      "The council said that the new bridge will open in May.",
      "Politik Wirtschaft Kultur Sport Wissen",
      "بدأت المدينة في بناء الجسر الذي سيفتح في شهر مايو، وهو مشروع مهم للسكان.",
      "城市开始建造新桥。",
      "12345 —",
      "",
      "a la de en",  // function words of several languages at once: the first language listed wins ties
  };
  for (const std::string& text : texts) {
    SCOPED_TRACE(text);
    const std::string_view language = stop_word_language(text);
    const ProseEvidence two_passes = measure_prose(text, language);
    const ProseEvidence own = measure_prose_in_own_language(text);
    StopWordHits hits;
    const ProseEvidence unset = measure_prose(text, hits);
    EXPECT_EQ(hits.by_language, stop_word_hits(text).by_language);
    EXPECT_EQ(unset.stop_words, 0);
    EXPECT_EQ(own, two_passes);
    ProseEvidence counted = unset;
    counted.stop_words = stop_words_in(hits, language);
    EXPECT_EQ(counted, two_passes);
  }
  StopWordHits hits;
  measure_prose("Die Stadt hat mit dem Bau begonnen.", hits);
  EXPECT_EQ(stop_words_in(hits, "de"), 4);  // "die", "hat", "mit", "dem"
  EXPECT_EQ(stop_words_in(hits, "xx"), 0);  // a language without a list
  EXPECT_EQ(stop_words_in(hits, ""), 0);
}

TEST(ProseEvidence, WideTextCountsItsOwnStops) {
  const ProseEvidence e = measure_prose("城市开始建造新桥。新桥将在五月开放！", "");
  EXPECT_EQ(e.wide, 18);
  EXPECT_EQ(e.sentence_stops, 2);
  EXPECT_TRUE(e.ends_sentence);
}

TEST(ProseEvidence, BoilerplateKindsNameWhyInManyLanguages) {
  EXPECT_EQ(boilerplate_kinds("Wir verwenden Cookies, um unsere Website zu verbessern"), kCookieNotice);
  EXPECT_EQ(boilerplate_kinds("Partager sur Facebook"), kSharing);
  EXPECT_EQ(boilerplate_kinds("Artikel teilen"), kSharing);
  EXPECT_EQ(boilerplate_kinds("Regístrate para recibir el boletín"), kAccount);
  EXPECT_EQ(boilerplate_kinds("Abonnieren Sie unseren Newsletter"), kSubscription);
  EXPECT_EQ(boilerplate_kinds("© 2024 Beispiel GmbH"), kLegal);
  EXPECT_EQ(boilerplate_kinds("3 Kommentare"), kComments);
  EXPECT_EQ(boilerplate_kinds("Czytaj także"), kRelated);
  for (const char* related : {"Veja também:", "Leia mais", "Noticias relacionadas", "Articles liés", "Otras noticias",
                              "Articoli correlati"}) {
    EXPECT_EQ(boilerplate_kinds(related), kRelated) << related;
  }
  EXPECT_EQ(boilerplate_kinds("O ministro também disse que as notícias eram falsas"), 0);  // "também" alone
  EXPECT_EQ(boilerplate_kinds("Zum Inhalt springen"), kNavigation);
  EXPECT_EQ(boilerplate_kinds("(Foto: Agentur)"), kCredit);
  EXPECT_EQ(boilerplate_kinds("Anzeige"), kAdvert);
}

TEST(ProseEvidence, TermsAreAnchoredToWords) {
  EXPECT_EQ(boilerplate_kinds("Die Pressemitteilungen der Stadt"), 0);  // not "teilen"
  EXPECT_EQ(boilerplate_kinds("shareholders approved the merger"), 0);  // not "share"
  EXPECT_EQ(boilerplate_kinds("Sie teilen die Sorge"), kSharing);       // the word itself counts: evidence, not a verdict
}

}  // namespace
}  // namespace folio::readers
