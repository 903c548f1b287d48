// Every Markdown release of the shared corpus, read and checked against what a reader of the
// source sees: title (escapes decoded), date, first and last words of the body in order, lists,
// tables, figures and missing alternative text.
#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <set>

#include "markdown_test_util.h"
#include "support/paths.h"

namespace folio::test {
namespace {

struct Expected {
  std::string file;
  std::string title;
  std::string date;
  std::string first_words;   ///< start of the first body block after the headline
  std::string last_words;    ///< end of the last block
  int lists = 0;             ///< top-level lists
  int list_items = 0;        ///< items of all lists
  int figures_missing_alt = 0;
  std::vector<std::string> also_present;  ///< text that must survive (raw HTML, inline HTML)
};

const std::vector<Expected>& expectations() {
  static const std::vector<Expected> all = {
      {"en-md-whitehouse-002.md",
       "FACT SHEET: President\u00a0Biden\u00a0Announces Major Milestone in Administration\u2019s Global Vaccination "
       "Efforts: More Than 100 Million U.S. COVID-\u206019 Vaccine Doses Donated and Shipped\u00a0Abroad",
       "2021-08-03", "Building off of last week\u2019s announcement of additional actions", "###", 0, 0, 0,
       {"Afghanistan", "3,300,000", "Malaysia", "111,701,000"}},
      {"en-md-whitehouse-003.md",
       "Joint Message on the Passing of 10 Years Since the Great East Japan\u00a0Earthquake", "2021-03-11",
       "Ten years ago,", "###", 0, 0, 0, {"T\u014dhoku", "SUGA Yoshihide", "Joseph R. Biden Jr."}},
      {"es-md-whitehouse-001.md",
       "Si se lo perdi\u00f3: Administraci\u00f3n Biden-\u2060Harris da inicio al Mes de Nacional de la "
       "Herencia\u00a0Hispana",
       "2022-09-21", "La semana pasada, la administraci\u00f3n Biden-Harris", "###", 0, 0, 2,
       {"45\u00aa Gala", "Voz de Am\u00e9rica:"}},
      {"fr-md-whitehouse-001.md",
       "D\u00e9claration de Los Angeles sur les migrations et la protection: Mesures \u00e0 prendre par le "
       "gouvernement des \u00c9tats-Unis et ses pays\u00a0partenaires",
       "2022-06-10", "Le pr\u00e9sident Biden se joint aujourd\u2019hui", "###", 21, 23, 0,
       {"Le 1er\u00a0juin", "Pilier\u00a0I"}},
      {"fr-md-whitehouse-002.md", "D\u00e9claration de Los Angeles sur les migrations et la\u00a0protection",
       "2022-06-10", "Nous, chefs d\u2019\u00c9tat et de gouvernement",
       "la non-discrimination et la souverainet\u00e9 des \u00c9tats.", 5, 5, 0, {"du 9e\u00a0sommet des Am\u00e9riques"}},
      {"pt-md-whitehouse-002.md",
       "A Declara\u00e7\u00e3o de Los Angeles sobre Migra\u00e7\u00e3o e Prote\u00e7\u00e3o: Resultados das "
       "Conclus\u00f5es do Governo dos EUA e dos Parceiros\u00a0Estrangeiros",
       "2022-06-10", "Hoje, o presidente Biden junta-se", "###", 23, 23, 0, {"Opera\u00e7\u00e3o Sting"}},
      {"sv-md-regeringen-001.md",
       "Hundra miljoner till FN:s migrationsorganisation IOM med fokus p\u00e5 \u00e5terv\u00e4ndande och Ukraina",
       "", "\u2013 Situationen i Ukraina", "halvera k\u00e4rnst\u00f6det fr\u00e5n 80 till 40 miljoner.", 0, 0, 0, {}},
  };
  return all;
}

std::string body_text(const model::Blocks& blocks) {
  std::string text;
  for (const auto& block : blocks) {
    text += model::plain_text(block);
    text += '\n';
  }
  return text;
}

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }
bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void check_release(const std::filesystem::path& path, const Expected& expected) {
  SCOPED_TRACE(expected.file);
  const auto read = read_md(read_file(path), expected.file);
  const model::Document& doc = read.value;
  EXPECT_EQ(doc.metadata.title, expected.title);
  EXPECT_EQ(doc.metadata.date, expected.date);
  ASSERT_GE(doc.blocks.size(), 3u);

  // The headline comes first, whether from the front matter or from the `#` line.
  const auto* headline = std::get_if<model::Heading>(&doc.blocks.front().node);
  ASSERT_NE(headline, nullptr);
  EXPECT_EQ(headline->level, 1);
  EXPECT_EQ(model::plain_text(headline->content), expected.title);
  EXPECT_EQ(all_of<model::Heading>(doc).size(), 1u);

  // First body block (after the headline and any leading figure) and last block.
  std::size_t first = 1;
  while (first < doc.blocks.size() && std::holds_alternative<model::Figure>(doc.blocks[first].node)) ++first;
  ASSERT_LT(first, doc.blocks.size());
  EXPECT_TRUE(starts_with(model::plain_text(doc.blocks[first]), expected.first_words))
      << model::plain_text(doc.blocks[first]).substr(0, 200);
  EXPECT_TRUE(ends_with(model::plain_text(doc.blocks.back()), expected.last_words))
      << model::plain_text(doc.blocks.back());

  const std::string text = body_text(doc.blocks);
  std::size_t previous = text.find(expected.first_words);
  for (const auto& piece : expected.also_present) {
    const std::size_t at = text.find(piece, previous);
    EXPECT_NE(at, std::string::npos) << "missing or out of order: " << piece;
    if (at != std::string::npos) previous = at;
  }
  EXPECT_EQ(text.find("<td"), std::string::npos);
  EXPECT_EQ(text.find("<sup"), std::string::npos);
  EXPECT_EQ(text.find("<!--"), std::string::npos);

  const int top_lists = static_cast<int>(std::count_if(doc.blocks.begin(), doc.blocks.end(), [](const auto& b) {
    return std::holds_alternative<model::List>(b.node);
  }));
  EXPECT_EQ(top_lists, expected.lists);
  int items = 0;
  for (const auto* list : all_of<model::List>(doc)) items += static_cast<int>(list->items.size());
  EXPECT_EQ(items, expected.list_items);

  int missing_alt = 0;
  for (const auto* figure : all_of<model::Figure>(doc)) missing_alt += figure->image.alt ? 0 : 1;
  EXPECT_EQ(missing_alt, expected.figures_missing_alt);
  int reported = 0;
  for (const auto& w : read.warnings) reported += ends_with(w.code, "image-alt-missing") ? 1 : 0;
  EXPECT_EQ(reported, expected.figures_missing_alt);

  // The corpus has no data tables with headers in Markdown; the raw HTML tables are layout.
  for (const auto* table : all_of<model::Table>(doc)) {
    for (const auto& row : table->rows) {
      for (const auto& cell : row.cells) EXPECT_FALSE(cell.header);
    }
  }
  for (const auto& w : read.warnings) {
    EXPECT_EQ(w.span.file, expected.file) << w.code;
    EXPECT_GT(w.span.line, 0u) << w.code;
  }
}

TEST(CorpusMarkdown, EveryReleaseReadsFaithfully) {
  const auto shared = shared_dir();
  if (!shared) GTEST_SKIP() << "../shared absent";
  std::set<std::string> checked;
  for (const auto& entry : std::filesystem::directory_iterator(*shared / "corpus")) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".md" || name == "README.md") continue;
    const auto it = std::find_if(expectations().begin(), expectations().end(),
                                 [&](const Expected& e) { return e.file == name; });
    ASSERT_NE(it, expectations().end()) << "no expectations for " << name << ": read it and add them";
    check_release(entry.path(), *it);
    checked.insert(name);
  }
  EXPECT_EQ(checked.size(), expectations().size());
}

TEST(CorpusMarkdown, EndMarksAreEscapedHashes) {
  const auto shared = shared_dir();
  if (!shared) GTEST_SKIP() << "../shared absent";
  const auto read = read_md(read_file(*shared / "corpus/pt-md-whitehouse-002.md"), "pt.md");
  const auto* mark = std::get_if<model::Paragraph>(&read.value.blocks.back().node);
  ASSERT_NE(mark, nullptr);
  ASSERT_EQ(mark->content.size(), 1u);
  const auto* emphasis = std::get_if<model::Emphasis>(&mark->content[0].node);
  ASSERT_NE(emphasis, nullptr);
  EXPECT_EQ(model::plain_text(emphasis->children), "###");
}

TEST(CorpusMarkdown, SpansPointIntoTheFile) {
  const auto shared = shared_dir();
  if (!shared) GTEST_SKIP() << "../shared absent";
  const std::string text = read_file(*shared / "corpus/es-md-whitehouse-001.md");
  const auto read = read_md(text, "es.md");
  const base::SourceText source("es.md", text);
  int checked = 0;
  for (const auto* paragraph : all_of<model::Paragraph>(read.value)) {
    if (paragraph->content.empty()) continue;
    const model::Inline& first = paragraph->content.front();
    const auto* run = std::get_if<model::Text>(&first.node);
    if (run == nullptr || run->text.size() < 8 || run->text.front() == '#' || !first.info.span.known()) continue;
    EXPECT_EQ(text.substr(first.info.span.begin, 8), run->text.substr(0, 8));
    EXPECT_EQ(source.span(first.info.span.begin, first.info.span.end).line, first.info.span.line);
    ++checked;
  }
  EXPECT_GE(checked, 4);
}

}  // namespace
}  // namespace folio::test
