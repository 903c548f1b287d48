// Golden page dumps of small documents written for these tests, each showing one behaviour.
#include <gtest/gtest.h>

#include "fixtures.h"
#include "layout/layout_document.h"
#include "page_checks.h"
#include "support/golden.h"
#include "support/paths.h"

namespace folio::layout {
namespace {

using namespace fixtures;

/// A small page so a few sentences make several lines and pages.
style::Style small_style(const std::string& extra = {}) {
  auto s = style::parse_style(R"(
[page]
width = 300
height = 400
margins = { top = 40, right = 36, bottom = 40, left = 36 }
[text]
size = 10
leading = 1.3
)" + extra,
                              "small.toml");
  if (!s) throw std::runtime_error(s.error().front().message);
  return *s;
}

style::Style with(std::string toml) { return small_style(std::move(toml)); }

void expect_layout(const model::Document& doc, const style::Style& style, const std::string& name,
                   bool glyphs = false) {
  auto paged = layout_document(doc, style, book());
  for (const auto& p : checks::check_pages(paged.value, doc, style)) ADD_FAILURE() << p;
  std::string out = dump_pages(paged.value, {.glyphs = glyphs});
  for (const auto& w : paged.warnings) out += "warning " + w.code + ": " + w.message + "\n";
  // Fixture images are named by absolute paths: the golden holds them relative to the fixtures,
  // so that it does not depend on where the project is checked out.
  const std::string fixtures = test::fixture("").string();
  for (auto at = out.find(fixtures); at != std::string::npos; at = out.find(fixtures, at)) {
    out.replace(at, fixtures.size(), "fixtures/");
  }
  test::expect_golden(out, "layout/" + name + ".txt");
}

TEST(LayoutGolden, Ligatures) {
  auto doc = Builder("en").para("The official affluent office shuffled five flat baffles.").finish();
  expect_layout(doc, small_style(), "ligatures", true);
}

TEST(LayoutGolden, Kerning) {
  auto doc = Builder("en").para("AVAV To Tokyo, WAVE Yo.").finish();
  expect_layout(doc, small_style(), "kerning", true);
}

TEST(LayoutGolden, ArabicRightToLeft) {
  Builder b("ar");
  b.doc.dir = model::Direction::rtl;
  b.para("تعلن المنظمة عن برنامج جديد للتعاون بين المدن في عام ٢٠٢٤ من أجل التعليم والصحة.");
  expect_layout(b.finish(), small_style(), "arabic", true);
}

TEST(LayoutGolden, MixedFrenchArabic) {
  auto doc = Builder("fr")
                 .para({text("La délégation a salué ses hôtes d’un «\u00a0"), span("ar", "السلام عليكم"),
                        text("\u00a0» avant d’ouvrir la séance consacrée à la coopération régionale.")})
                 .finish();
  expect_layout(doc, small_style(), "mixed-fr-ar");
}

TEST(LayoutGolden, ChineseLineBreaking) {
  auto doc = Builder("zh")
                 .para("本组织今天宣布启动一项新的城市合作计划，旨在改善教育和公共卫生服务。该计划将在三年内覆盖十个城市，"
                       "并由地方政府与社区共同管理。")
                 .finish();
  expect_layout(doc, small_style(), "chinese");
}

TEST(LayoutGolden, HyphenationFrench) {
  auto doc = Builder("fr")
                 .para("L’organisation internationale recommande systématiquement l’harmonisation des "
                       "réglementations professionnelles et l’interopérabilité des infrastructures administratives.")
                 .finish();
  expect_layout(doc, small_style(), "hyphenation-fr");
}

TEST(LayoutGolden, HyphenationEnglish) {
  auto doc = Builder("en-US")
                 .para("The international organization recommends systematically harmonizing professional "
                       "regulations and the interoperability of administrative infrastructures.")
                 .finish();
  expect_layout(doc, small_style(), "hyphenation-en");
}

TEST(LayoutGolden, HyphenationGerman) {
  auto doc = Builder("de")
                 .para("Die Bundesregierung veröffentlicht die Rahmenvereinbarung zur Verwaltungsdigitalisierung "
                       "und Zusammenarbeit der Gemeindeverwaltungen mit Landesbehörden.")
                 .finish();
  expect_layout(doc, small_style(), "hyphenation-de");
}

TEST(LayoutGolden, HyphenationSpanish) {
  auto doc = Builder("es")
                 .para("La organización internacional recomienda sistemáticamente la armonización de las "
                       "reglamentaciones profesionales y la interoperabilidad administrativa.")
                 .finish();
  expect_layout(doc, small_style(), "hyphenation-es");
}

const char* kLongEnglish =
    "The regional office opened its doors to the public on Monday with a short ceremony, a guided tour of the new "
    "reading room and an exhibition of photographs taken by local students. Visitors were invited to leave "
    "comments, and many asked for longer opening hours on weekends.";

TEST(LayoutGolden, Justified) {
  auto doc = Builder("en").para(kLongEnglish).finish();
  expect_layout(doc, small_style(), "justified");
}

TEST(LayoutGolden, Ragged) {
  auto doc = Builder("en").para(kLongEnglish).finish();
  expect_layout(doc, with("align = \"ragged\"\nhyphenate = false\n"), "ragged");
}

// Images of three sizes in the line (a 12 pt icon on the baseline, a square and a wide badge
// scaled to the line's height, lowered to stay inside it), a decorative one, a struck word with
// its line, a raised note marker, a task list's boxes and the notes after a short rule.
TEST(LayoutGolden, InlineImagesStruckTextNotesAndTasks) {
  Builder b("en");
  b.para({text("Audio guides "), image("markdown/headphones.png", "Headphones"), text(" at the desk, large print "),
          image("markdown/large-print.png", "Large"), text(" by the door, the badge "),
          image("markdown/wheelchair-badge.png", "Wheelchair"), text(" outside"), image("markdown/headphones.png", ""),
          text(". Open at "), struck("ten"), text(" nine."), note_ref("n1", "1")});
  model::List tasks;
  for (bool done : {true, false}) {
    model::ListItem item;
    item.checked = done;
    model::Block p;
    p.node = model::Paragraph{{text(done ? "Hours agreed" : "Signs ordered")}};
    item.blocks.push_back(std::move(p));
    tasks.items.push_back(std::move(item));
  }
  model::Block list;
  list.node = std::move(tasks);
  b.block(std::move(list));
  model::Note note{{}, "n1", "1", {}};
  model::Block body;
  body.node = model::Paragraph{{text("The survey ran in March.")}};
  note.blocks.push_back(std::move(body));
  model::Block notes;
  notes.node = model::Notes{{std::move(note)}};
  b.block(std::move(notes));
  expect_layout(b.finish(), small_style(), "inline-images-notes-tasks");
}

TEST(LayoutGolden, InlineStylesAndLinks) {
  auto doc = Builder("en")
                 .para({text("Read the "), strong("full report"), text(" and the "), emphasis("summary"),
                        text(" on "), link("https://example.org/report", "our website"), text(".")})
                 .finish();
  expect_layout(doc, small_style(), "inline-styles");
}

TEST(LayoutGolden, LongUrl) {
  auto doc = Builder("en")
                 .para({text("Documents: "),
                        link("https://example.org/press/2024/05/02/regional-office-opening-ceremony-photographs-and-"
                             "statements.html",
                             "https://example.org/press/2024/05/02/regional-office-opening-ceremony-photographs-and-"
                             "statements.html"),
                        text(" (updated).")})
                 .finish();
  expect_layout(doc, small_style(), "long-url");
}

}  // namespace
}  // namespace folio::layout
