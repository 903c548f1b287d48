// The scraped-text reader's main-text classifier on pages written for these tests
// (tests/fixtures/text/furniture): each kind of page furniture is dropped and reported, the
// article stays whole, and --keep-boilerplate keeps the furniture in place, marked.
#include <gtest/gtest.h>

#include <algorithm>

#include "base/utf8.h"
#include "job/load_document.h"
#include "readers/text/line_scan.h"
#include "readers/text/main_text.h"
#include "support/paths.h"

namespace folio {
namespace {

struct Read {
  model::Document doc;
  base::Diagnostics diagnostics;
  std::string text;
};

Read read_page(const std::string& page, const std::string& name, bool keep = false) {
  job::LoadOptions options;
  options.keep_boilerplate = keep;
  auto r = job::parse_document(page, name, options);
  EXPECT_TRUE(r.has_value());
  Read out;
  if (!r) return out;
  out.doc = r->value;
  out.diagnostics = r->warnings;
  for (const auto& b : out.doc.blocks) out.text += model::plain_text(b) + "\n";
  return out;
}

Read read_fixture(const std::string& name, bool keep = false) {
  return read_page(test::read_file(test::fixture("text/furniture/" + name)), name, keep);
}

// The news page fixture with `lines` inserted where `anchor` starts.
std::string news_page_with(const std::string& anchor, const std::string& lines) {
  std::string page = test::read_file(test::fixture("text/furniture/de_news_page.txt"));
  const auto at = page.find(anchor);
  EXPECT_NE(at, std::string::npos) << anchor;
  if (at != std::string::npos) page.insert(at, lines);
  return page;
}

int count(const base::Diagnostics& ds, const std::string& code) {
  int n = 0;
  for (const auto& d : ds) n += d.code == code;
  return n;
}

TEST(Furniture, NewsPageKeepsTheArticleOnly) {
  const Read r = read_fixture("de_news_page.txt");
  ASSERT_EQ(r.doc.blocks.size(), 5u);
  EXPECT_EQ(r.doc.blocks[0].role, model::Role::headline);
  EXPECT_EQ(model::plain_text(r.doc.blocks[0]), "Neue Fährlinie verbindet die Altstadt mit dem Hafen");
  for (const char* opening : {"Ab dem kommenden Montag", "Die Überfahrt dauert", "„Wir wollen", "In den ersten drei"}) {
    EXPECT_NE(r.text.find(opening), std::string::npos) << opening;
  }
  // Menu, login, breadcrumb, byline with share buttons, teasers, share list, comments,
  // newsletter, cookie notice, legal footer.
  for (const char* furniture : {"Startseite", "Anmelden", "Teilen", "Weitere Artikel", "Baustelle", "Facebook",
                                "Kommentare", "Leser123", "Antworten", "Newsletter", "Cookies", "©", "Impressum"}) {
    EXPECT_EQ(r.text.find(furniture), std::string::npos) << furniture;
  }
  EXPECT_EQ(count(r.diagnostics, "reader.navigation-dropped"), 1);
  EXPECT_GE(count(r.diagnostics, "reader.boilerplate-dropped"), 3);
  for (const auto& d : r.diagnostics) {
    if (d.code == "reader.boilerplate-dropped") {
      EXPECT_GT(d.span.line, 1u) << d.message;
    }
  }
}

// The excerpt a dropped region's note quotes is cut before a character, never inside one: a
// teaser's "39.000 €" cut at a byte count wrote half a euro sign to the terminal.
TEST(Furniture, NotesQuoteWholeCharacters) {
  const Read r = read_page(news_page_with("Baustelle an der", "Teaser: Brückenbau kostet nur 39.000 € mehr\n"),
                           "teaser_euro.txt");
  bool quoted = false;
  for (const auto& d : r.diagnostics) {
    EXPECT_TRUE(base::round_trips(d.message)) << d.message;
    quoted = quoted || d.message.find("Teaser: Brückenbau kostet nur 39.000 ") != std::string::npos;
  }
  EXPECT_TRUE(quoted);
}

// A scraper wraps a page in columns, and an ideograph takes two: a line of 31 is as full as one
// of 62 Latin letters. Measured in code points, no line of a Chinese article was prose, and the
// site's menu ran on to the article's last repeated picture placeholder, swallowing the article.
TEST(Furniture, HardWrappedChineseIsMeasuredInColumns) {
  const Read r = read_fixture("zh_news_page.txt");
  for (const char* opening : {"市图书馆新馆将于下周一正式向公众开放", "新馆位于河滨公园北侧", "图书馆负责人说"}) {
    EXPECT_NE(r.text.find(opening), std::string::npos) << opening;
  }
  // A paragraph's wrapped lines join without a space between ideographs, and a line opening
  // with ideographic spaces starts a paragraph.
  EXPECT_NE(r.text.find("八十万册，并设有儿童阅读区"), std::string::npos);
  EXPECT_NE(r.text.find("前来借阅。\n新馆位于"), std::string::npos);
  // The list the second paragraph announces, item by item.
  EXPECT_NE(r.text.find("安排如下：\n一层：报刊阅览\n二层：儿童阅读区\n三层：自习室\n"), std::string::npos);
  // Link titles the page ran together: forty ideographs without a comma or a stop are no prose.
  for (const char* furniture : {"首页", "视频", "暑期阅读活动", "[图片]", "分享到", "相关新闻", "Copyright", "网站地图"}) {
    EXPECT_EQ(r.text.find(furniture), std::string::npos) << furniture;
  }
  EXPECT_EQ(readers::display_width("图书馆 ok"), 9u);
  EXPECT_EQ(readers::display_width("ＡＢ"), 4u);  // fullwidth Latin
  EXPECT_EQ(readers::width_to_first_break("图书馆"), 2u);  // a line may break after any ideograph
  EXPECT_EQ(readers::width_to_first_break("Library opens"), 8u);  // a space and the word
  EXPECT_EQ(readers::width_to_first_break(""), 1u);
}

// A name's initial at the end of a full line is no sentence's end: the surname on the next line
// goes on in the same paragraph ("Robert J." / "Stephens, 73, …" was split in two).
TEST(Furniture, AnInitialAtTheWrapDoesNotEndTheParagraph) {
  std::string page = test::read_file(test::fixture("text/furniture/en_blog_page.txt"));
  const std::string anchor = "If blight arrives anyway";
  const auto at = page.find(anchor);
  ASSERT_NE(at, std::string::npos);
  page.insert(at,
              "The grower who showed us this trick, our neighbour Ann B.\n"
              "Cole, ties every stem to a cane once a week, and she has not\n"
              "lost a single plant to blight in the last ten summers.\n");
  const Read r = read_page(page, "page.txt");
  EXPECT_NE(r.text.find("our neighbour Ann B. Cole, ties every stem"), std::string::npos) << r.text;
  // A stop after a word still ends a sentence at the wrap.
  EXPECT_NE(r.text.find("after each shower.\n"), std::string::npos) << r.text;
}

TEST(Furniture, AWrappedHeadlineAboveTheArticleIsKeptWhole) {
  std::string page = test::read_file(test::fixture("text/furniture/de_news_page.txt"));
  const std::string title = "Neue Fährlinie verbindet die Altstadt mit dem Hafen\n";
  const auto at = page.find(title);
  ASSERT_NE(at, std::string::npos);
  page.replace(at, title.size(),
               "Neue Fährlinie verbindet die Altstadt mit dem alten Hafen und\nden Stadtteilen am Nordufer\n");
  auto r = job::parse_document(page, "page.txt", {});
  ASSERT_TRUE(r.has_value());
  ASSERT_FALSE(r->value.blocks.empty());
  EXPECT_EQ(r->value.blocks[0].role, model::Role::headline);
  EXPECT_EQ(model::plain_text(r->value.blocks[0]),
            "Neue Fährlinie verbindet die Altstadt mit dem alten Hafen und den Stadtteilen am Nordufer");
}

// The news page fixture with its headline and byline replaced by `head`.
std::string news_page_with_head(const std::string& head) {
  std::string page = test::read_file(test::fixture("text/furniture/de_news_page.txt"));
  const std::string was = "Neue Fährlinie verbindet die Altstadt mit dem Hafen\nVon Jana Beispiel | 12. März 2024\n";
  const auto at = page.find(was);
  EXPECT_NE(at, std::string::npos);
  if (at != std::string::npos) page.replace(at, was.size(), head);
  return page;
}

// The page's title is `headline`, and its text begins with the article's first paragraph.
void expect_headline(const Read& r, const std::string& headline) {
  ASSERT_FALSE(r.doc.blocks.empty());
  EXPECT_EQ(r.doc.blocks[0].role, model::Role::headline);
  EXPECT_EQ(model::plain_text(r.doc.blocks[0]), headline) << r.text;
  EXPECT_NE(r.text.find("\nAb dem kommenden Montag"), std::string::npos) << r.text;
}

// Between a news page's headline and its text stand the article's picture, its caption and
// credit, a count of comments and the date; above it, the section's name as a kicker. The
// headline is still the document's title, and the kicker no part of the text.
TEST(Furniture, TheHeadlineAboveThePictureAndTheDateIsTheTitle) {
  const Read r = read_page(news_page_with_head("Hafenviertel\nNeue Fährlinie verbindet die Altstadt mit dem Hafen\n"
                                               "[faehre-anleger]\nDie neue Fähre am Anleger. Foto: Stadtwerke\n"
                                               "12 Kommentare\n12. März 2024\n"),
                           "page.txt");
  expect_headline(r, "Neue Fährlinie verbindet die Altstadt mit dem Hafen");
  for (const char* not_text : {"Hafenviertel", "Kommentare", "faehre-anleger"}) {
    EXPECT_EQ(r.text.find(not_text), std::string::npos) << not_text << "\n" << r.text;
  }
}

// A headline with a subtitle under it, the authors' names ("Von …", no date, longer than the
// headline), a picture's caption without a credit and a rule: the headline, the longer of the two
// titles, is the title; neither the names nor a rule of box-drawing characters is one.
TEST(Furniture, TheHeadlineIsFoundOverTheAuthorsAndACaption) {
  const Read r = read_page(news_page_with_head("Neue Fährlinie zum Hafen\nZwei Boote ab Montag\n"
                                               "Von Jana Beispiel und Tom Muster\n"
                                               "Die beiden Boote am Anleger beim Probebetrieb.\n"
                                               "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"),
                           "page.txt");
  expect_headline(r, "Neue Fährlinie zum Hafen");
}

// The text's last sentence, short and followed by the share buttons, is the text's; the model
// doubts it for what follows it.
TEST(Furniture, TheTextsLastSentenceBeforeTheShareButtonsIsKept) {
  const Read r = read_page(news_page_with("Teilen Sie diesen Artikel", "Die Fahrpläne hängen ab sofort an den Anlegern aus.\n"),
                           "page.txt");
  EXPECT_NE(r.text.find("Die Fahrpläne hängen ab sofort an den Anlegern aus."), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("Teilen Sie"), std::string::npos) << r.text;
}

// A picture between two paragraphs, as a browser saves it: its name in brackets, then its
// caption with the credit at the end, wrapped as the paragraphs are.
// Short bullet items look like a menu's; announced by the text ("an diesen Stationen:") and
// followed by it, they are the text's own list, every item.
TEST(Furniture, AListTheTextAnnouncesAndGoesOnAfterIsKept) {
  const Read r = read_page(news_page_with("Die Überfahrt dauert",
                                          "Die Fähre legt unterwegs an drei Stellen an, an diesen Stationen:\n"
                                          "  • Altstadt\n  • Museumshafen\n  • Werft Nord\n"),
                           "announced_list.txt");
  for (const char* item : {"Altstadt", "Museumshafen", "Werft Nord"}) {
    EXPECT_NE(r.text.find(std::string(item) + "\n"), std::string::npos) << item;
  }
  EXPECT_NE(r.text.find("Die Überfahrt dauert"), std::string::npos);
  // A teaser list after the text announces nothing and stays out.
  EXPECT_EQ(r.text.find("Baustelle"), std::string::npos);
  // A numbered list as well.
  const Read numbered = read_page(news_page_with("Die Überfahrt dauert",
                                                 "Die Fähre legt unterwegs an drei Stellen an, in dieser Folge:\n"
                                                 " 1. Altstadt\n 2. Museumshafen\n 3. Werft Nord\n"),
                                  "announced_numbered_list.txt");
  EXPECT_NE(numbered.text.find("in dieser Folge:\nAltstadt\nMuseumshafen\nWerft Nord\nDie Überfahrt"),
            std::string::npos)
      << numbered.text;
}

// A numbered paragraph whose lines wrap back to the number's column, not under its text, is one
// paragraph: "1. Erstelle ein …" / "Haartransformation auf …" was cut in two; and so is one a
// quotation dash opens ("– Stosunkowo prosta w uprawie, … Jest bardzo" / "odporna na zimno, …"),
// and one whose next line a browser started with a space ("etwa 1 cm" / " tief aus …").
TEST(Furniture, AParagraphWhoseLinesWrapOffItsColumnStaysWhole) {
  const Read r = read_page(news_page_with("Die Überfahrt dauert",
                                          "Die Stadtwerke nennen zwei Gründe für die neue Linie:\n"
                                          "1. Die Brücke am Hafen wird im nächsten Jahr für mehrere\n"
                                          "Monate gesperrt, und die Busse brauchen dann einen Umweg.\n"
                                          "2. Viele Pendler aus dem Norden der Stadt wollen schneller\n"
                                          "in die Altstadt kommen, ohne dort einen Parkplatz zu suchen.\n"),
                           "numbered_paragraphs.txt");
  EXPECT_NE(r.text.find("für mehrere Monate gesperrt"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("schneller in die Altstadt"), std::string::npos) << r.text;
  // The next number still opens an item of its own.
  EXPECT_NE(r.text.find("einen Umweg.\nViele Pendler"), std::string::npos) << r.text;

  const Read quoted = read_page(news_page_with("Die Überfahrt dauert",
                                               "– Wir haben lange auf diese Boote gewartet, und jetzt sind\n"
                                               "sie endlich da – sagte der Bürgermeister bei der Taufe der\n"
                                               "beiden Boote am Anleger in der Altstadt am Samstagmorgen.\n"),
                                "quotation_dash.txt");
  EXPECT_NE(quoted.text.find("und jetzt sind sie endlich da – sagte der Bürgermeister bei der Taufe"),
            std::string::npos)
      << quoted.text;

  // A browser that wrapped at a run of spaces leaves one at the next line's start.
  const Read spaced = read_page(news_page_with("Die Überfahrt dauert",
                                               "Die beiden Boote sind je zwanzig Meter lang und etwa 6 m\n"
                                               " breit, und sie fahren mit Strom aus den Solaranlagen auf\n"
                                               "dem Dach der Werft, die die Stadtwerke gebaut haben.\n"),
                                "spaced_wrap.txt");
  EXPECT_NE(spaced.text.find("etwa 6 m breit, und sie fahren"), std::string::npos) << spaced.text;
}

TEST(Furniture, ACaptionEndingWithItsCreditIsDroppedWithThePicture) {
  const Read r = read_page(news_page_with("Die Überfahrt dauert zwölf Minuten",
                                          "[faehre-anleger-altstadt]\n"
                                          "Eines der beiden neuen Boote legt am Anleger in der Altstadt\n"
                                          "an. Die Stadtwerke hatten es im Winter bei einer Werft an der\n"
                                          "Küste bauen lassen und im Februar zum ersten Mal mit vollen\n"
                                          "Tanks und mit vielen Fahrgästen an Bord auf dem Fluss getestet,\n"
                                          "kurz nach der ersten Probefahrt. Foto: Stadtwerke/Jana Beispiel\n"),
                           "page.txt");
  EXPECT_EQ(r.text.find("Probefahrt"), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("Stadtwerke/Jana"), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("faehre-anleger"), std::string::npos) << r.text;
  // Both paragraphs stay whole, each a paragraph of its own.
  EXPECT_NE(r.text.find("zwanzig Fahrräder mitnehmen können.\n"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("\nDie Überfahrt dauert zwölf Minuten"), std::string::npos) << r.text;
}

// A page saved without running its scripts: minified script between two paragraphs, wrapped
// as the browser wraps it (a string of words in it on a line of its own), and a template whose
// placeholders no script filled in.
TEST(Furniture, AProgramsTextIsDroppedAndReported) {
  std::string page = news_page_with("Die Überfahrt dauert zwölf Minuten",
                                    "(function(w,d){var q=[],s=d.createElement(\"script\");s.async=!0;\n"
                                    "s.src=w.location.protocol+\"//static.example.org/a.js\";q.push(s);\n"
                                    "d.head&&d.head.appendChild(s)})(window,document);var t=function\n"
                                    "(e,n){return e&&e.length?e.map(function(o){return o.id||n}):[]};\n"
                                    "if(!e){var m=q.length?q[0]:null;throw new TypeError(m||\"Die\n"
                                    "Liste muss eine Reihe von Zahlen sein, nicht leer und nicht\n"
                                    "\"+typeof e)}e.forEach(function(x){q.push(x)});return q};t(q,0);\n"
                                    "if(typeof t===\"function\"){t([],0)}else{throw new Error(\"t\")}\n");
  const auto third = page.find("In den ersten drei Monaten");
  ASSERT_NE(third, std::string::npos);
  page.insert(third, "{{#teaser}}{{{ teaser_title }}}{{/teaser}}\n");
  const Read r = read_page(page, "page.txt");
  for (const char* program : {"createElement", "appendChild", "return", "Reihe von", "teaser_title", "{{"}) {
    EXPECT_EQ(r.text.find(program), std::string::npos) << program << "\n" << r.text;
  }
  ASSERT_FALSE(r.doc.blocks.empty());
  EXPECT_EQ(model::plain_text(r.doc.blocks[0]), "Neue Fährlinie verbindet die Altstadt mit dem Hafen");
  EXPECT_NE(r.text.find("zwanzig Fahrräder mitnehmen können.\n"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("\nDie Überfahrt dauert zwölf Minuten"), std::string::npos) << r.text;
  bool reported = false;
  for (const auto& d : r.diagnostics) {
    reported |= d.code == "reader.boilerplate-dropped" && d.message.find("(function(w,d)") != std::string::npos;
  }
  EXPECT_TRUE(reported);
}

// The page's stamp between the article's paragraphs: how long it takes to read, when it was
// changed.
TEST(Furniture, ThePagesDateAndReadingTimeAreNoText) {
  std::string page = news_page_with("Die Überfahrt dauert", "4 Min. Lesezeit\n");
  const auto teasers = page.find("Weitere Artikel");
  ASSERT_NE(teasers, std::string::npos);
  page.insert(teasers, "Aktualisiert: 12.03.2024, 14:05\n");
  const Read r = read_page(page, "page.txt");
  for (const char* stamp : {"Lesezeit", "Aktualisiert", "14:05"}) {
    EXPECT_EQ(r.text.find(stamp), std::string::npos) << stamp << "\n" << r.text;
  }
  ASSERT_FALSE(r.doc.blocks.empty());
  EXPECT_EQ(model::plain_text(r.doc.blocks[0]), "Neue Fährlinie verbindet die Altstadt mit dem Hafen");
  for (const char* opening : {"Ab dem kommenden Montag", "Die Überfahrt dauert", "„Wir wollen", "In den ersten drei"}) {
    EXPECT_NE(r.text.find(std::string("\n") + opening), std::string::npos) << opening << "\n" << r.text;
  }
}

// The page's path through its site, between two paragraphs of the article.
TEST(Furniture, ABreadcrumbTrailIsNoText) {
  const Read r = read_page(news_page_with("Die Überfahrt dauert", "Stadt › Verkehr › Fähren › Neue Linie\n"), "page.txt");
  EXPECT_EQ(r.text.find("Fähren"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("zwanzig Fahrräder mitnehmen können.\n"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("\nDie Überfahrt dauert zwölf Minuten"), std::string::npos) << r.text;
}

// A release's contacts after its text are its own, though the model takes their short lines for
// furniture; a contact link above a menu, or an "about us" box of links, holds no contact and
// no prose, and is furniture.
TEST(Furniture, TheContactsAfterTheTextAreKeptAMenusContactLinkIsNot) {
  const Read r = read_page(news_page_with("Teilen Sie diesen Artikel",
                                          "Pressekontakt:\nJana Beispiel\nTelefon +49 30 1234567\n"
                                          "presse@stadtwerke-beispiel.de\nMEHR AUS DER STADT\n"),
                           "page.txt");
  EXPECT_NE(r.text.find("Jana Beispiel"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("presse@stadtwerke-beispiel.de"), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("MEHR AUS DER STADT"), std::string::npos) << r.text;
  const Read menu = read_page(news_page_with("Teilen Sie diesen Artikel",
                                             "Über uns\n  • Unser Auftrag\n  • Geschichte\n  • Kontakt\n"),
                              "page.txt");
  EXPECT_EQ(menu.text.find("Über uns"), std::string::npos) << menu.text;
  EXPECT_EQ(menu.text.find("Auftrag"), std::string::npos) << menu.text;
  EXPECT_NE(menu.text.find("weitere Fahrten angeboten werden."), std::string::npos) << menu.text;
}

TEST(Furniture, BlogPageKeepsListsAndDropsCommentsAndRelatedPosts) {
  const Read r = read_fixture("en_blog_page.txt");
  ASSERT_FALSE(r.doc.blocks.empty());
  EXPECT_EQ(model::plain_text(r.doc.blocks[0]), "How to keep tomatoes healthy in a wet summer");
  EXPECT_NE(r.text.find("What to water, and when"), std::string::npos);
  EXPECT_NE(r.text.find("Feed every two weeks"), std::string::npos);  // a list inside the article
  EXPECT_NE(r.text.find("If blight arrives anyway"), std::string::npos);
  for (const char* furniture : {"Skip to content", "Home | About", "Share this", "Pinterest", "Related posts",
                                "courgettes", "12 comments", "Alex says", "straw under the plants", "Leave a Reply",
                                "Privacy & Cookies", "All rights reserved"}) {
    EXPECT_EQ(r.text.find(furniture), std::string::npos) << furniture;
  }
}

TEST(Furniture, KeepBoilerplateKeepsItInPlaceMarked) {
  const Read r = read_fixture("de_news_page.txt", /*keep=*/true);
  EXPECT_EQ(count(r.diagnostics, "reader.boilerplate-dropped"), 0);
  EXPECT_GE(count(r.diagnostics, "reader.boilerplate-kept"), 3);
  // The teaser box stays between the second and the third paragraph, as a navigation section.
  std::size_t teasers = 0, second = 0, quote = 0;
  for (std::size_t i = 0; i < r.doc.blocks.size(); ++i) {
    const std::string t = model::plain_text(r.doc.blocks[i]);
    if (t.find("Weitere Artikel") != std::string::npos) {
      teasers = i;
      EXPECT_EQ(r.doc.blocks[i].role, model::Role::navigation);
    }
    if (t.rfind("Die Überfahrt", 0) == 0) second = i;
    if (t.find("Wir wollen") != std::string::npos) quote = i;
  }
  EXPECT_LT(second, teasers);
  EXPECT_LT(teasers, quote);
  EXPECT_NE(r.text.find("Impressum"), std::string::npos);
}

TEST(Furniture, ReleaseWithoutFurnitureIsNotClassified) {
  const std::string text = test::read_file(test::fixture("text/hard_wrapped.txt"));
  auto r = job::parse_document(text, "hard_wrapped.txt", {});
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(count(r->warnings, "reader.boilerplate-dropped"), 0);
}

// The blocks of a page, as the classifier sees them (their texts are copies: the page may go).
std::vector<readers::TextBlock> blocks_of(const std::string& page) {
  const base::SourceText source("t.txt", page);
  return readers::group_wrapped_lines(readers::scan_lines(source), 0);
}

TEST(Furniture, WrappedLinesGroupIntoTheirBlocks) {
  const auto blocks = blocks_of(
      "A paragraph that a browser wrapped at sixty-one columns goes\n"
      "on here on the next line of the page.\n"
      "  • First item\n"
      "  • Second item that is long enough to be wrapped by the page\n"
      "    and goes on, indented under its bullet.\n"
      "A heading\n"
      "A sentence that ends exactly at the end of this line of text.\n"
      "Another sentence starts here.\n");
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[0].last, 1u);
  EXPECT_TRUE(blocks[1].bullet);
  EXPECT_EQ(blocks[1].text, "First item");
  EXPECT_EQ(blocks[2].text, "Second item that is long enough to be wrapped by the page and goes on, indented under its bullet.");
  EXPECT_EQ(blocks[3].text, "A heading");
  EXPECT_EQ(blocks[5].text, "Another sentence starts here.");  // a stop and a capital after a full line
}

TEST(Furniture, ADashTheWrapMovedIsNoBullet) {
  const auto blocks = blocks_of(
      "The new ferries are much quieter than the old ones, and they use\n"
      "– as the crews found in the first winter – far less fuel than the\n"
      "old boats did on the long crossing to the outer islands in storms.\n"
      "They will serve three islands from the spring of the next year:\n"
      "- the northern island with its harbour and its old lighthouse\n"
      "- the eastern island\n");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_FALSE(blocks[0].bullet);
  EXPECT_EQ(blocks[0].last, 2u);
  EXPECT_NE(blocks[0].text.find("use – as the crews"), std::string::npos) << blocks[0].text;
  EXPECT_TRUE(blocks[2].bullet);  // after a colon a dash opens a list item
  EXPECT_TRUE(blocks[3].bullet);
}

TEST(Furniture, TheModelFileNamesEveryFeature) {
  // main_text_model.tsv is read on first use; a missing or unknown feature throws.
  const std::vector<readers::BlockFeatures> one(1, readers::BlockFeatures{});
  EXPECT_NO_THROW(readers::main_text_scores(one));
  EXPECT_EQ(readers::main_text_feature_names().size(), readers::kMainTextFeatures);
}

TEST(Furniture, EchoAndALeadingDigitAreMeasured) {
  const base::SourceText source("t.txt",
                                "Rezepte Rezepte Rezepte\n\n"
                                "Weisse Daphne-Torte weisse daphne torte\n\n"
                                "The committee met on Tuesday and agreed on the budget for the coming year.\n\n"
                                "200 g Zucker\n");
  const auto blocks = readers::group_wrapped_lines(readers::scan_lines(source), 0);
  ASSERT_EQ(blocks.size(), 4u);
  const auto features = readers::main_text_features(blocks);
  const auto& names = readers::main_text_feature_names();
  const auto at = [&](std::string_view name) {
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
  };
  const std::size_t echo = at("echo"), digit = at("starts_digit");
  ASSERT_LT(echo, names.size());
  ASSERT_LT(digit, names.size());
  EXPECT_NEAR(features[0][echo], 2.0 / 3, 1e-9);  // one word said three times
  EXPECT_NEAR(features[1][echo], 0.5, 1e-9);      // three words said twice, case folded
  EXPECT_LT(features[2][echo], 0.1);              // "the" and "on" again, at no fixed distance
  EXPECT_EQ(features[3][digit], 1.0);
  EXPECT_EQ(features[2][digit], 0.0);
}

// Between two paragraphs the model is sure of, a subheading and a short list it doubts a little
// (each near, none good) are the text's: five such blocks are a hole in the text, not furniture.
// Six are not, nor is a run of three with one block the model is sure is furniture.
TEST(Furniture, AHoleOfNearBlocksBetweenTwoParagraphsIsKept) {
  const auto kept_with = [](std::vector<double> scores) {
    const std::vector<readers::BlockFeatures> features(scores.size(), readers::BlockFeatures{});
    return readers::main_text_kept(std::vector<readers::TextBlock>(scores.size()), features, scores);
  };
  const auto five = kept_with({0.9, 0.35, 0.35, 0.35, 0.35, 0.35, 0.9});
  EXPECT_TRUE(std::all_of(five.begin(), five.end(), [](bool k) { return k; }));
  const auto six = kept_with({0.9, 0.35, 0.35, 0.35, 0.35, 0.35, 0.35, 0.9});
  EXPECT_FALSE(six[1]);
  const auto doubted = kept_with({0.9, 0.35, 0.1, 0.35, 0.9});
  EXPECT_FALSE(doubted[2]);
  EXPECT_FALSE(doubted[1]);
}

TEST(Furniture, ScoresAreJudgedAgainstThePagesBest) {
  // Nothing scores 0.5, but the page's best block is its text: divided by the best score, the
  // best is kept, and a block at two thirds of it too; one at a fifth is not.
  const std::vector<readers::BlockFeatures> features(3, readers::BlockFeatures{});
  const auto kept = readers::main_text_kept(std::vector<readers::TextBlock>(3), features, {0.45, 0.3, 0.09});
  EXPECT_TRUE(kept[0]);
  EXPECT_TRUE(kept[1]);
  EXPECT_FALSE(kept[2]);
}

}  // namespace
}  // namespace folio
