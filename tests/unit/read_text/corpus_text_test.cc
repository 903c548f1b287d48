// Every .txt release of ../shared/corpus, checked against what a reader verified by reading the
// source and folio's output side by side. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <utility>

#include "job/load_document.h"
#include "support/paths.h"

namespace folio {
namespace {

struct Loaded {
  model::Document doc;
  base::Diagnostics diagnostics;
  std::string text;  // plain text of all blocks, one per line
};

Loaded load_corpus(const std::string& name) {
  Loaded out;
  const auto shared = test::shared_dir();
  if (!shared) return out;
  auto r = job::load_document((*shared / "corpus" / name).string(), {});
  EXPECT_TRUE(r.has_value()) << name;
  if (!r) return out;
  out.doc = r->value;
  out.diagnostics = r->warnings;
  for (const auto& b : out.doc.blocks) out.text += model::plain_text(b) + "\n";
  return out;
}

int count_code(const base::Diagnostics& ds, const std::string& code) {
  int n = 0;
  for (const auto& d : ds) n += d.code == code;
  return n;
}

#define REQUIRE_SHARED() \
  if (!test::shared_dir()) GTEST_SKIP() << "../shared absent"

TEST(CorpusText, SeedHasNoMenuAndTheAuthorsParagraphs) {
  REQUIRE_SHARED();
  const auto r = load_corpus("fr-txt-iom-seed.txt");
  for (const char* menu : {"Qui sommes nous", "Structure organisationnelle", "Directrice générale", "Notre travail",
                           "Engagez-vous", "2030 AGENDA", "Travailler avec nous", "Où travaillons-nous"}) {
    EXPECT_EQ(r.text.find(menu), std::string::npos) << menu;
  }
  ASSERT_FALSE(r.doc.blocks.empty());
  EXPECT_EQ(r.doc.blocks[0].role, model::Role::headline);
  EXPECT_EQ(model::plain_text(r.doc.blocks[0]),
            "La Migration Revêt Une Importance Cruciale Pour Le Succès Des Stratégies De Développement Et De "
            "Réduction De La Pauvreté");
  // The author's fifteen paragraphs, by their opening words (checked by eye against the source).
  const std::vector<std::string> openings{
      "A la veille", "Si l’on veut", "L’OIM perçoit", "«\u202fL’OIM favorise", "Bon nombre", "Bien souvent",
      "«\u202fLa plupart", "Grâce à", "L’instauration", "Des programmes", "Avec l’appui", "En Asie",
      "L’OIM a mis", "L’OIM s’est", "L’OIM se tient"};
  ASSERT_EQ(r.doc.blocks.size(), openings.size() + 1);
  for (std::size_t i = 0; i < openings.size(); ++i) {
    const std::string p = model::plain_text(r.doc.blocks[i + 1]);
    EXPECT_EQ(p.rfind(openings[i], 0), 0u) << "paragraph " << i + 1 << ": " << p.substr(0, 60);
    EXPECT_TRUE(std::holds_alternative<model::Paragraph>(r.doc.blocks[i + 1].node));
  }
  EXPECT_NE(r.text.find("migration de main-d’œuvre sûre"), std::string::npos);
  EXPECT_NE(r.text.find("exportateurs de main-d’œuvre ont"), std::string::npos);
  EXPECT_EQ(r.text.find("d’uvre"), std::string::npos);
  EXPECT_EQ(count_code(r.diagnostics, "repair.lost-ligature"), 2);
  EXPECT_EQ(r.doc.metadata.language, "fr");
  EXPECT_NE(r.text.find("mondiale\u202f», affirme"), std::string::npos);
  EXPECT_EQ(r.text.find(" »"), std::string::npos) << "ordinary space left inside guillemets";
  EXPECT_EQ(r.doc.blocks[4].role, model::Role::quote);
  EXPECT_EQ(count_code(r.diagnostics, "reader.navigation-dropped"), 1);
  EXPECT_EQ(count_code(r.diagnostics, "reader.glued-heading"), 2);
}

TEST(CorpusText, SenateEventNotice) {
  REQUIRE_SHARED();
  const auto r = load_corpus("en-txt-senate-003.txt");
  ASSERT_EQ(r.doc.blocks.size(), 7u);
  EXPECT_EQ(model::plain_text(r.doc.blocks[0]), "SEN. CRAIG TO HOLD TOWNHALL MEETING IN MERIDIAN");
  EXPECT_EQ(model::plain_text(r.doc.blocks[2]).rfind("WHO:", 0), 0u);
  EXPECT_EQ(model::plain_text(r.doc.blocks[3]).rfind("WHEN:", 0), 0u);
  EXPECT_EQ(model::plain_text(r.doc.blocks[4]), "WHERE: Meridian City Hall, 33 East Idaho Avenue");
  EXPECT_EQ(r.doc.blocks[5].role, model::Role::contacts);
  EXPECT_EQ(r.doc.blocks[6].role, model::Role::contacts);
  EXPECT_EQ(r.doc.metadata.language, "en");
}

TEST(CorpusText, SenateBudgetMojibakeIsRepaired) {
  REQUIRE_SHARED();
  const auto r = load_corpus("en-txt-senate-005.txt");
  EXPECT_EQ(r.text.find("â"), std::string::npos);
  EXPECT_NE(r.text.find("President Bush’s proposed"), std::string::npos);
  EXPECT_NE(r.text.find("“The President’s war"), std::string::npos);
  EXPECT_NE(r.text.find("America’s families,” Boxer said."), std::string::npos);
  EXPECT_EQ(r.doc.metadata.place, "Washington, D.C.");
  EXPECT_EQ(r.doc.blocks[0].role, model::Role::dateline);
  int headings = 0;
  for (const auto& b : r.doc.blocks) headings += std::holds_alternative<model::Heading>(b.node);
  EXPECT_EQ(headings, 14);  // run-in section titles, level 1 as there is no headline
  EXPECT_EQ(count_code(r.diagnostics, "outline.title-derived"), 1);
  EXPECT_EQ(count_code(r.diagnostics, "reader.no-headline"), 1);
}

TEST(CorpusText, CentralBankGluedParagraphsAndHomoglyph) {
  REQUIRE_SHARED();
  const auto r = load_corpus("ru-txt-cbr-002.txt");
  ASSERT_EQ(r.doc.blocks.size(), 3u);
  EXPECT_NE(r.text.find("ключевую ставку с 28 февраля"), std::string::npos);  // Cyrillic с
  EXPECT_EQ(model::plain_text(r.doc.blocks[1]).rfind("Банк России будет", 0), 0u);
  EXPECT_EQ(model::plain_text(r.doc.blocks[2]).rfind("Заявление Председателя", 0), 0u);
  EXPECT_EQ(r.doc.metadata.language, "ru");
  EXPECT_EQ(count_code(r.diagnostics, "repair.homoglyph"), 1);
}

TEST(CorpusText, SinhalaPoliceRelease) {
  REQUIRE_SHARED();
  const auto r = load_corpus("si-txt-lkpolice-001.txt");
  EXPECT_EQ(r.doc.metadata.language, "si");
  ASSERT_FALSE(r.doc.blocks.empty());
  EXPECT_EQ(r.doc.blocks[0].role, model::Role::headline);
  EXPECT_NE(r.text.find("Cyber Crime Headquarters Colombo, Sri lanka"), std::string::npos);
  EXPECT_NE(r.text.find("D/Media/Out /892 /2025"), std::string::npos);
}

// Real scraped pages of ../shared/extraction whose wrapped title the main-text model drops as
// furniture: the title above the first kept block is kept whole, as the headline.
TEST(CorpusText, WrappedTitleAboveTheArticleOfScrapedPages) {
  REQUIRE_SHARED();
  const std::pair<const char*, const char*> pages[] = {
      {"decohome.de.magenta.txt", "Viva Magenta: „Eine unkonventionelle Farbe für eine unkonventionelle Zeit“"},
      {"lanacion.com.ar-jugada.txt",
       "Jugada del oficialismo para evitar que JxC avance con la boleta única en Diputados"},
      {"observer.com-LVMH.txt",
       "Bernard Arnault’s LVMH Gives the Louvre a $16M Boost to Acquire a Chardin Masterpiece"}};
  for (const auto& [name, title] : pages) {
    auto r = job::load_document((*test::shared_dir() / "extraction" / "scraped" / name).string(), {});
    ASSERT_TRUE(r.has_value()) << name;
    ASSERT_FALSE(r->value.blocks.empty()) << name;
    EXPECT_EQ(r->value.blocks[0].role, model::Role::headline) << name;
    EXPECT_EQ(model::plain_text(r->value.blocks[0]), title) << name;
  }
}

TEST(CorpusText, EveryTextFileLoads) {
  REQUIRE_SHARED();
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(*test::shared_dir() / "corpus")) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    auto r = job::load_document(entry.path().string(), {});
    ASSERT_TRUE(r.has_value()) << entry.path();
    EXPECT_FALSE(r->value.blocks.empty()) << entry.path();
    EXPECT_FALSE(r->value.metadata.language.empty()) << entry.path();
  }
  EXPECT_GE(files, 5);
}

}  // namespace
}  // namespace folio
