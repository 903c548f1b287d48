// Behaviours of the scraped-text reader that a golden dump shows less clearly than an assertion.
#include <gtest/gtest.h>

#include <algorithm>

#include "base/source_text.h"
#include "job/load_document.h"
#include "readers/text/read_text.h"
#include "support/paths.h"

namespace folio {
namespace {

model::Document load(const std::string& text, job::LoadOptions options = {}) {
  auto r = job::parse_document(text, "t.txt", options);
  EXPECT_TRUE(r.has_value());
  return r.has_value() ? r->value : model::Document{};
}

std::vector<std::string> block_texts(const model::Document& doc) {
  std::vector<std::string> out;
  for (const auto& b : doc.blocks) out.push_back(model::plain_text(b));
  return out;
}

TEST(ReadText, KeepBoilerplateKeepsNavigationAsMarkedSection) {
  const std::string text = test::read_file(test::fixture("text/navigation.txt"));
  const auto dropped = load(text);
  ASSERT_FALSE(dropped.blocks.empty());
  EXPECT_EQ(dropped.blocks.front().role, model::Role::headline);

  job::LoadOptions keep;
  keep.keep_boilerplate = true;
  const auto kept = load(text, keep);
  ASSERT_FALSE(kept.blocks.empty());
  EXPECT_EQ(kept.blocks.front().role, model::Role::navigation);
  const std::string nav = model::plain_text(kept.blocks.front());
  // The glued line is split into its menu heading and its description.
  EXPECT_NE(nav.find("Nos missions\nLa Société des Phares"), std::string::npos) << nav;
  EXPECT_EQ(kept.blocks[1].role, model::Role::headline);
}

TEST(ReadText, NoNavigationWithoutMenuEvidence) {
  // Two short lines before the text are a title and a subtitle, not a menu.
  const auto doc = load("Short Title\nA subtitle line\nThe body of the release is a sentence that is long enough to be prose.\n");
  ASSERT_GE(doc.blocks.size(), 2u);
  EXPECT_EQ(model::plain_text(doc.blocks[0]), "Short Title");
}

TEST(ReadText, SentenceEndingAFullLineDoesNotBreakTheParagraph) {
  // Every line is filled to the measure; a sentence ends exactly at a wrap point.
  const std::string text =
      "Title Of The Release\n"
      "The quick brown committee met on Monday to discuss plans.\n"
      "Members agreed that the timetable of the works is sensible\n"
      "and asked the secretary to publish the minutes this week.\n";
  const auto doc = load(text);
  const auto texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[1].rfind("The quick", 0), 0u);
  EXPECT_NE(texts[1].find("plans. Members agreed"), std::string::npos);
}

// "About X" opens a release's About part only as a title: a wrapped line that goes on with "über
// die …" or "about making …", or a quantity ("About 300 …"), stays in its paragraph.
TEST(ReadText, ALineOpeningWithAboutInASentenceStaysInItsParagraph) {
  const std::string text =
      "Title Of The Release\n"
      "The committee met on Monday and the members then talked\n"
      "about the timetable of the works for the whole afternoon.\n"
      "About 300 people from the town came to the open meeting,\n"
      "and many of them asked questions about the new bridge.\n"
      "About Example Works\n"
      "Example Works builds bridges and piers in the region.\n";
  const auto doc = load(text);
  const auto texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 3u) << ::testing::PrintToString(texts);
  EXPECT_NE(texts[1].find("talked about the timetable"), std::string::npos) << texts[1];
  EXPECT_NE(texts[1].find("afternoon. About 300 people"), std::string::npos) << texts[1];
  EXPECT_EQ(doc.blocks[2].role, model::Role::about_us);
}

// A label's word the wrap put at a line's start goes on with the sentence of the full line above
// ("… viele alte" / "Kontakte wieder gefunden"); its lines were kept as a contacts block's, one by
// one. An About title run in with a colon still opens the About part.
TEST(ReadText, ALabelsWordGoingOnWithASentenceStaysInItsParagraph) {
  const std::string text =
      "Titel der Mitteilung\n"
      "Dank der neuen Plattform habe ich schon viele alte und neue\n"
      "Kontakte wieder gefunden, und wir treffen uns jetzt einmal im\n"
      "Monat in der Stadt, meistens am ersten Freitag des Monats.\n"
      "Über die Beispiel-Stiftung: Die Stiftung wurde im Jahr 2010\n"
      "gegründet und fördert seitdem Projekte in der ganzen Region.\n";
  const auto doc = load(text);
  const auto texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 3u) << ::testing::PrintToString(texts);
  EXPECT_NE(texts[1].find("viele alte und neue Kontakte wieder gefunden, und wir"), std::string::npos) << texts[1];
  EXPECT_EQ(doc.blocks[2].role, model::Role::about_us);
  EXPECT_NE(texts[2].find("Jahr 2010 gegründet"), std::string::npos) << texts[2];
}

// A paragraph that opens with "Über", "About", "Sobre" or "À propos" is the About part only when
// that is a title: a line of its own, or run in with a colon. "Über die Jahre hinweg …" was made a
// one-line heading, its sentence cut, and the paragraph an About aside.
TEST(ReadText, ASentenceOpeningWithAboutIsNoAboutPart) {
  const std::string text =
      "Titel der Mitteilung\n"
      "Die Stadt hat am Montag den neuen Hafen eröffnet, nach zwei\n"
      "Jahren Bauzeit und mit vielen Gästen aus der ganzen Region.\n"
      "Über die Jahre hinweg haben die Fischer dort ihren Fang an\n"
      "Land gebracht, und sie werden das auch künftig tun können.\n"
      "\n"
      "Über Beispielhafen\n"
      "Beispielhafen betreibt die Häfen der Region seit 1990.\n";
  const auto doc = load(text);
  const auto texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 4u) << ::testing::PrintToString(texts);
  EXPECT_NE(texts[1].find("Bauzeit und mit vielen Gästen"), std::string::npos) << texts[1];
  EXPECT_NE(texts[2].find("ihren Fang an Land gebracht"), std::string::npos) << texts[2];
  EXPECT_NE(doc.blocks[2].role, model::Role::about_us);
  EXPECT_EQ(doc.blocks[3].role, model::Role::about_us);
}

// A headline longer than the page's measure, wrapped by the browser that saved the page.
constexpr const char* kWrappedBody =
    "The harbour authority opened the new ferry terminal on Monday,\n"
    "two years after the first stone was laid on the northern quay.\n"
    "Ferries to the islands will leave from the new piers from June.\n";

TEST(ReadText, WrappedHeadlineIsReadWhole) {
  // The first line is full, and the next goes on with a capitalised noun.
  auto doc = load(std::string("Harbour Authority Opens The New Ferry Terminal After Long\nConstruction Works\n") +
                  kWrappedBody);
  auto texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(doc.blocks[0].role, model::Role::headline);
  EXPECT_EQ(texts[0], "Harbour Authority Opens The New Ferry Terminal After Long Construction Works");
  EXPECT_EQ(doc.metadata.title, texts[0]);
  EXPECT_EQ(texts[1].rfind("The harbour authority", 0), 0u);

  // A line cut short that goes on in lower case.
  doc = load(std::string("Ferry terminal opens on the northern quay\nafter two years of works\n") + kWrappedBody);
  texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0], "Ferry terminal opens on the northern quay after two years of works");

  // A number is no byline: only a date or a time of day is.
  doc = load(std::string("Ferry terminal opens on the northern quay\nwith 2 new piers\n") + kWrappedBody);
  texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0], "Ferry terminal opens on the northern quay with 2 new piers");
}

TEST(ReadText, BylinePictureAndParagraphStayOutOfAWrappedHeadline) {
  const std::string title = "Harbour Authority Opens The New Ferry Terminal After Long\n";
  for (const char* below : {"By Maren Holt, 12 May 2026\n", "von Maren Holt\n", "[ferry-terminal-photo-2026]\n"}) {
    const auto doc = load(title + below + kWrappedBody);
    const auto texts = block_texts(doc);
    ASSERT_EQ(texts.size(), 3u) << below;
    EXPECT_EQ(texts[0], "Harbour Authority Opens The New Ferry Terminal After Long") << below;
  }
  // A line whose words go on in lower case below it opens a paragraph: there is no headline.
  const auto doc = load(title + "terminal and its piers were opened to the public this morning.\n" + kWrappedBody);
  const auto texts = block_texts(doc);
  ASSERT_FALSE(texts.empty());
  EXPECT_NE(doc.blocks[0].role, model::Role::headline);
  EXPECT_EQ(texts[0].rfind("Harbour Authority Opens The New Ferry Terminal After Long terminal and its piers", 0), 0u)
      << texts[0];
}

TEST(ReadText, HeadlineIsReadBelowAPictureOrADateLine) {
  const std::string title = "Harbour Authority Opens The New Ferry Terminal\n";
  for (const std::string above : {"[ferry-terminal-photo-2026]\n", "Updated: 12 May 2026, 10:27\n",
                                  "12.05.2026 · von Maren Holt\n", "[logo]\n[ ]\n"}) {
    auto r = job::parse_document(above + title + kWrappedBody, "t.txt", {});
    ASSERT_TRUE(r.has_value());
    const auto texts = block_texts(r->value);
    ASSERT_GE(texts.size(), 3u) << above;
    EXPECT_EQ(r->value.blocks[0].role, model::Role::headline) << above;
    EXPECT_EQ(texts[0], "Harbour Authority Opens The New Ferry Terminal") << above;
    // The lines above follow it, and the move is reported.
    EXPECT_EQ(texts[1].substr(0, 4), above.substr(0, 4)) << above;
    EXPECT_EQ(std::count_if(r->warnings.begin(), r->warnings.end(),
                            [](const base::Diagnostic& d) { return d.code == "reader.headline-below"; }),
              1)
        << above;
  }
  // A title with a number is a title; the first line of a paragraph is not one.
  EXPECT_EQ(block_texts(load("Ferry Timetable 2026\n" + std::string(kWrappedBody)))[0], "Ferry Timetable 2026");
  const auto texts = block_texts(load("[ferry-terminal-photo]\n"
                                     "The harbour authority opened the new ferry terminal on the\n"
                                     "northern quay on Monday, two years after the first stone was\n"
                                     "laid, and ferries to the islands will leave from it in June.\n"));
  EXPECT_EQ(texts[0], "[ferry-terminal-photo]");
}

TEST(ReadText, ADashTheWrapMovedStaysInItsParagraph) {
  const auto doc = load(
      "Ferries Of The Outer Islands\n"
      "The new ferries are much quieter than the old ones, and they use\n"
      "- as the crews found in the first winter - far less fuel than the\n"
      "old boats did on the long crossing to the outer islands in storms.\n"
      "They will serve three islands from the spring of the next year:\n"
      "- the northern island with its harbour and its old lighthouse\n"
      "- the eastern island\n");
  const auto texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_NE(texts[1].find("they use - as the crews found in the first winter - far less fuel"), std::string::npos)
      << texts[1];
  ASSERT_TRUE(std::holds_alternative<model::List>(doc.blocks[2].node));
  EXPECT_EQ(std::get<model::List>(doc.blocks[2].node).items.size(), 2u);
}

// In a release without furniture too, a caption ends with its picture's credit, however full its
// last line.
TEST(ReadText, APicturesCreditEndsItsCaptionsParagraph) {
  const auto doc = load(
      "Ferries Of The Outer Islands\n"
      "The new ferries are much quieter than the old ones, and they use\n"
      "far less fuel on the crossing.\n"
      "One of the two new boats at the pier of the old town, just after\n"
      "its first trip on the river. Photo: City Works/Jane Example\n"
      "The crossing takes twelve minutes and the normal city ticket is\n"
      "valid on board, with bicycles carried free when there is room.\n");
  const auto texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 4u) << ::testing::PrintToString(texts);
  EXPECT_TRUE(texts[2].ends_with("Photo: City Works/Jane Example")) << texts[2];
  EXPECT_TRUE(texts[3].starts_with("The crossing takes")) << texts[3];
}

// A text browser draws the items of nested lists with other glyphs than a writer's bullet.
TEST(ReadText, ItemsOfNestedListsAreListItems) {
  const auto doc = load(
      "☆ Which topics does this website cover, and where are\n"
      "  they found?\n"
      "○ What the main sections hold\n"
      "\n"
      "Ferries Of The Outer Islands\n"
      "\n"
      "The new ferries are much quieter than the old ones.\n"
      "They will serve three islands from the spring of the next year:\n"
      "□ the northern island\n"
      "□ the eastern island\n");
  ASSERT_FALSE(doc.blocks.empty());
  // A list item is no headline, and its wrapped line stays in it.
  EXPECT_NE(doc.blocks[0].role, model::Role::headline);
  ASSERT_TRUE(std::holds_alternative<model::List>(doc.blocks[0].node)) << model::plain_text(doc.blocks[0]);
  const auto& menu = std::get<model::List>(doc.blocks[0].node);
  ASSERT_EQ(menu.items.size(), 2u);
  EXPECT_NE(model::plain_text(doc.blocks[0]).find("where are they found?"), std::string::npos);
  EXPECT_EQ(model::plain_text(doc.blocks[0]).find("☆"), std::string::npos);
  const auto& last = doc.blocks.back();
  ASSERT_TRUE(std::holds_alternative<model::List>(last.node)) << model::plain_text(last);
  EXPECT_EQ(std::get<model::List>(last.node).items.size(), 2u);
  EXPECT_EQ(model::plain_text(last).find("□"), std::string::npos);
}

TEST(ReadText, CjkLinesJoinWithoutSpaces) {
  const auto doc = load("新聞稿標題\n本基金會今天宣布在市中心開設新的圖書\n館，歡迎所有市民免費使用。\n");
  const auto texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[1], "本基金會今天宣布在市中心開設新的圖書館，歡迎所有市民免費使用。");
}

TEST(ReadText, ContactsKeepTheirLineBreaks) {
  const auto doc = load(test::read_file(test::fixture("text/release_parts.txt")));
  const model::Block* contacts = nullptr;
  for (const auto& b : doc.blocks) {
    if (b.role == model::Role::contacts) contacts = &b;
  }
  ASSERT_NE(contacts, nullptr);
  EXPECT_EQ(model::plain_text(*contacts), "Contact presse\u202f:\nAnne Kervella\npresse@festival-marees.example\n02 99 00 00 00");
  EXPECT_EQ(doc.metadata.contacts.size(), 3u);
  EXPECT_EQ(doc.metadata.place, "SAINT-MALO");
  EXPECT_EQ(doc.metadata.date, "2026-04-03");
  EXPECT_EQ(doc.blocks.back().role, model::Role::end_mark);
}

TEST(ReadText, SpansPointAtTheSource) {
  const base::SourceText source("s.txt", "Title Line Here\nFirst line of the body text,\nsecond line.\n");
  const auto read = readers::read_text(source);
  ASSERT_EQ(read.value.blocks.size(), 2u);
  const auto& span = read.value.blocks[1].info.span;
  EXPECT_EQ(span.line, 2u);
  EXPECT_EQ(span.column, 1u);
  EXPECT_EQ(source.text().substr(span.begin, span.end - span.begin), "First line of the body text,\nsecond line.");
}

TEST(ReadText, WhitespaceOnlyLinesAreBlank) {
  const auto doc = load(" \n \t\nTitle Here\n  \nThe body paragraph is a complete sentence of some length.\n \n");
  const auto texts = block_texts(doc);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0], "Title Here");
}

// A long source is transformed while the check for damage all through runs (load_document.cc):
// when the check finds damage, that result is dropped and the repaired source read instead.
TEST(ReadText, LongDamagedSourceIsReadAsItsRepairedText) {
  std::string clean = "Le Café des Arts ouvre une galerie\n\n";
  for (int i = 0; i < 300; ++i) {
    clean += "Le café associatif numéro " + std::to_string(i) +
             " présente une exposition consacrée aux artistes du quartier, résume la gérante de l’été.\n\n";
  }
  ASSERT_GT(clean.size(), 24u * 1024);
  // UTF-8 read as Windows-1252: each é (C3 A9) shows as "Ã©", the apostrophe (E2 80 99) as "â€™".
  std::string damaged;
  for (std::size_t i = 0; i < clean.size(); ++i) {
    if (clean.compare(i, 2, "é") == 0) {
      damaged += "Ã©";
      ++i;
    } else if (clean.compare(i, 3, "’") == 0) {
      damaged += "â€™";
      i += 2;
    } else {
      damaged += clean[i];
    }
  }
  auto repaired = job::parse_document(damaged, "t.txt", {});
  auto read = job::parse_document(clean, "t.txt", {});
  ASSERT_TRUE(repaired.has_value());
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(block_texts(repaired->value), block_texts(read->value));
  EXPECT_EQ(repaired->value.metadata.title, "Le Café des Arts ouvre une galerie");
  const auto count = [](const base::Diagnostics& diagnostics, const std::string& code) {
    return std::count_if(diagnostics.begin(), diagnostics.end(), [&](const auto& d) { return d.code == code; });
  };
  EXPECT_EQ(count(repaired->warnings, "repair.mojibake"), 1);
  EXPECT_EQ(count(read->warnings, "repair.mojibake"), 0);
  // The dropped first reading left no diagnostic of its own: each note is the repaired text's.
  EXPECT_EQ(count(repaired->warnings, "language.detected"), 1);
  EXPECT_EQ(repaired->warnings.size(), read->warnings.size() + 1);
}

}  // namespace
}  // namespace folio
