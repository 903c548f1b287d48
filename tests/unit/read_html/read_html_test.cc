// Behaviour of the HTML reader, one property per test, on small inline pages.
#include <gtest/gtest.h>

#include "html_test_util.h"
#include "support/paths.h"

namespace folio::test {
namespace {

using model::Block;

template <typename T>
const T& node_at(const model::Document& doc, std::size_t i) {
  EXPECT_LT(i, doc.blocks.size());
  return std::get<T>(doc.blocks.at(i).node);
}

TEST(ReadHtml, DropsNavigationHeaderFooterAndCookieBanner) {
  const auto read = read_html_string(R"(<html><body>
<header><nav><a href="/">Home</a> <a href="/news">Newsroom</a></nav></header>
<div class="cookie-banner">We use cookies to improve the site.</div>
<main><h1>Mill opens</h1><p>The old mill opens its doors to visitors this weekend.</p></main>
<footer>Copyright Example Mill</footer></body></html>)");
  const std::string text = body_text(read.value);
  EXPECT_EQ(text, "Mill opens\nThe old mill opens its doors to visitors this weekend.\n");
  EXPECT_GE(count_code(read.warnings, "html.region-dropped"), 3);
  for (const auto& d : read.warnings) {
    if (d.code == "html.region-dropped") {
      EXPECT_EQ(d.severity, base::Severity::note);
    }
  }
  EXPECT_EQ(read.value.blocks[0].role, model::Role::headline);
}

// A heading inside the article that labels the page's furniture ("Mehr zum Thema" over a list
// of links the site left out, "Anzeige" over an advert) is no part of the text, though a heading
// before kept text is kept with it.
TEST(ReadHtml, AHeadingLabellingFurnitureIsDropped) {
  const auto read = read_html_string(R"(<html lang="de"><body>
<header><nav><a href="/">Startseite</a> <a href="/stadt">Stadt</a> <a href="/kultur">Kultur</a></nav></header>
<main><article><h1>Neue Fährlinie verbindet die Altstadt mit dem Hafen</h1>
<p>Ab dem kommenden Montag fährt eine neue Fähre im Halbstundentakt zwischen der Altstadt und dem Hafen. Die
Stadtwerke haben dafür zwei elektrische Boote angeschafft.</p>
<h2>Mehr zum Thema</h2>
<p>Die Überfahrt dauert zwölf Minuten und ist mit dem normalen Stadtticket möglich. Wer ein Fahrrad mitnimmt,
muss keinen Zuschlag bezahlen.</p>
<h3>Anzeige</h3>
<p>In den ersten drei Monaten wird gezählt, wie viele Fahrgäste die Linie nutzen. Danach entscheidet der Stadtrat
über weitere Fahrten.</p></article></main>
<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer></body></html>)");
  const std::string text = body_text(read.value);
  EXPECT_EQ(text.find("Mehr zum Thema"), std::string::npos) << text;
  EXPECT_EQ(text.find("Anzeige"), std::string::npos) << text;
  for (const char* opening : {"Ab dem kommenden Montag", "Die Überfahrt dauert", "In den ersten drei Monaten"}) {
    EXPECT_NE(text.find(opening), std::string::npos) << opening << "\n" << text;
  }
}

// A news page titled `title` whose article text follows `head` (its header, menu and headline).
std::string ferry_page(const std::string& title, const std::string& head) {
  return R"(<html lang="de"><head><title>)" + title + "</title></head><body>\n" + head + R"(
<div class="text">
<p>Ab dem kommenden Montag fährt eine neue Fähre im Halbstundentakt zwischen der Altstadt und dem Hafen. Die Stadtwerke haben dafür zwei elektrische Boote angeschafft.</p>
<p>Die Überfahrt dauert zwölf Minuten und ist mit dem normalen Stadtticket möglich. Wer ein Fahrrad mitnimmt, muss keinen Zuschlag bezahlen.</p>
</div>
<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
</body></html>)";
}

// The page's one <h1> above its text, with only a date and a share link between, is the
// headline though the classifier dropped it with the menus; an <h1> naming the site above its
// menu is not, and the page's <title> titles the document.
TEST(ReadHtml, TheOneH1RightAboveTheTextIsTheHeadline) {
  const auto article = read_html_string(ferry_page("Stadtanzeiger Beispielstadt", R"(<header><nav><a href="/">Startseite</a> <a href="/stadt">Stadt</a> <a href="/kultur">Kultur</a> <a href="/sport">Sport</a></nav></header>
<div class="teaser-head"><h1>Neue Fährlinie zum Hafen</h1><span>12.03.2024</span> <a href="/share">Teilen</a></div>)"));
  ASSERT_FALSE(article.value.blocks.empty());
  EXPECT_EQ(article.value.blocks[0].role, model::Role::headline);
  EXPECT_EQ(model::plain_text(article.value.blocks[0]), "Neue Fährlinie zum Hafen");
  EXPECT_EQ(article.value.metadata.title, "Neue Fährlinie zum Hafen");
  const auto logo = read_html_string(ferry_page("Neue Fährlinie", R"(<header><h1>Stadtanzeiger</h1><nav><a href="/">Startseite</a> <a href="/stadt">Stadt</a> <a href="/kultur">Kultur</a> <a href="/sport">Sport</a>
<a href="/wirtschaft">Wirtschaft</a> <a href="/politik">Politik</a> <a href="/wetter">Wetter</a> <a href="/verkehr">Verkehr</a> <a href="/leute">Leute</a>
<a href="/termine">Termine und Veranstaltungen in der Region</a> <a href="/anzeigen">Anzeigen</a> <a href="/abo">Abonnement</a> <a href="/epaper">E-Paper</a>
<a href="/archiv">Archiv</a> <a href="/kontakt">Kontakt</a> <a href="/hilfe">Hilfe und häufige Fragen</a> <a href="/leserbriefe">Leserbriefe</a></nav></header>)"));
  EXPECT_EQ(body_text(logo.value).find("Stadtanzeiger"), std::string::npos) << body_text(logo.value);
  EXPECT_EQ(logo.value.metadata.title, "Neue Fährlinie");
}

TEST(ReadHtml, KeepBoilerplateTurnsRegionsIntoNavigationSections) {
  const auto read = read_html_string(
      R"(<body><nav><a href="/">Home</a></nav><main><p>Body text of the release that matters.</p></main></body>)",
      {.keep_boilerplate = true});
  ASSERT_EQ(read.value.blocks.size(), 2u);
  EXPECT_EQ(read.value.blocks[0].role, model::Role::navigation);
  EXPECT_TRUE(std::holds_alternative<model::Section>(read.value.blocks[0].node));
}

TEST(ReadHtml, ImagesAltDecorativeAndMissing) {
  const auto read = read_html_string(
      R"(<body><img src="a.png" alt="A lighthouse"><img src="b.png" alt=""><img src="c.png"><p>x <img src="d.png" alt="d"> y</p></body>)",
      {.fragment = true});
  ASSERT_EQ(read.value.blocks.size(), 4u);
  EXPECT_EQ(node_at<model::Figure>(read.value, 0).image.alt, "A lighthouse");
  EXPECT_EQ(node_at<model::Figure>(read.value, 1).image.alt, "");
  EXPECT_FALSE(node_at<model::Figure>(read.value, 2).image.alt.has_value());
  const auto& p = node_at<model::Paragraph>(read.value, 3);
  ASSERT_EQ(p.content.size(), 3u);
  EXPECT_TRUE(std::holds_alternative<model::Image>(p.content[1].node));
  ASSERT_EQ(count_code(read.warnings, "html.image-alt-missing"), 1);
  EXPECT_EQ(read.warnings[0].severity, base::Severity::warning);
}

TEST(ReadHtml, AParagraphOfImagesAloneIsAFigurePerImage) {
  // As CMSs write them: <p><img></p>, and two images with only spaces between.
  const auto read = read_html_string(
      R"(<body><p><img src="a.png" alt="The harbour at dawn"></p><p> <img src="b.png" alt="The quay"> <img src="c.png" alt="The boats"> </p><p>Text <img src="d.png" alt="d"></p></body>)",
      {.fragment = true});
  ASSERT_EQ(read.value.blocks.size(), 4u);
  EXPECT_EQ(node_at<model::Figure>(read.value, 0).image.alt, "The harbour at dawn");
  EXPECT_EQ(node_at<model::Figure>(read.value, 1).image.src, "b.png");
  EXPECT_EQ(node_at<model::Figure>(read.value, 2).image.src, "c.png");
  EXPECT_EQ(node_at<model::Paragraph>(read.value, 3).content.size(), 2u);  // text and an image: a paragraph
}

TEST(ReadHtml, ALinkThatShowsNothingIsNamedByItsAriaLabelOrTitle) {
  // An author's avatar and a social icon: links whose content reads as nothing.
  const auto read = read_html_string(
      R"(<body><p><a href="/jane" title="Jane Doe, press officer"><img src="jane.png" alt=""></a> Jane Doe writes.</p>)"
      R"(<p>Follow <a href="https://social.example/@mill" aria-label="The mill on Social" title="ignored"><i class="icon"></i></a> today.</p></body>)",
      {.fragment = true});
  ASSERT_EQ(read.value.blocks.size(), 2u);
  const auto& avatar = std::get<model::Link>(node_at<model::Paragraph>(read.value, 0).content.at(0).node);
  EXPECT_EQ(std::get<model::Image>(avatar.children.at(0).node).alt, "Jane Doe, press officer");
  EXPECT_EQ(body_text(read.value), "[Jane Doe, press officer] Jane Doe writes.\nFollow The mill on Social today.\n");
}

TEST(ReadHtml, DataTableHeadersScopesAndSpans) {
  const auto read = read_html_string(R"(<table><caption>Cap</caption>
<tr><th>Name</th><th scope="col">Q1</th></tr>
<tr><th scope="rowgroup">North</th><td rowspan="2" colspan="1">5</td></tr>
<tr><th>South</th></tr></table>)",
                                     {.fragment = true});
  const auto& t = node_at<model::Table>(read.value, 0);
  EXPECT_EQ(model::plain_text(t.caption), "Cap");
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].cells[0].scope, model::Scope::column);
  EXPECT_EQ(t.rows[1].cells[0].scope, model::Scope::row);
  EXPECT_EQ(t.rows[1].cells[1].rowspan, 2);
  EXPECT_FALSE(t.rows[1].cells[1].header);
}

TEST(ReadHtml, LayoutTableBecomesParagraphs) {
  const auto read = read_html_string(
      R"(<table><tr><td>Jane Roe<br>Press officer</td><td>jane@example.org</td></tr><tr><td>A</td><td>B</td></tr></table>)",
      {.fragment = true});
  ASSERT_FALSE(read.value.blocks.empty());
  for (const auto& b : read.value.blocks) EXPECT_TRUE(std::holds_alternative<model::Paragraph>(b.node));
  EXPECT_EQ(count_code(read.warnings, "html.layout-table"), 1);
}

TEST(ReadHtml, OrderedListStart) {
  const auto read = read_html_string(R"(<ol start="4"><li>four</li><li>five</li></ol>)", {.fragment = true});
  const auto& l = node_at<model::List>(read.value, 0);
  EXPECT_TRUE(l.ordered);
  EXPECT_EQ(l.start, 4);
  EXPECT_EQ(l.items.size(), 2u);
}

TEST(ReadHtml, BlockquoteWithFooterAttribution) {
  const auto read = read_html_string(R"(<blockquote><p>Words.</p><footer>Ann Example</footer></blockquote>)",
                                     {.fragment = true});
  const auto& q = node_at<model::Quote>(read.value, 0);
  EXPECT_EQ(model::plain_text(q.attribution), "Ann Example");
  EXPECT_EQ(q.blocks.size(), 1u);
}

TEST(ReadHtml, InlineElementsMapToModel) {
  const auto read = read_html_string(
      R"(<p><a href="/x">link</a> <em>em</em> <b>bold</b> <kbd>key</kbd> <q>said</q> <abbr title="t">abbr</abbr><br>next</p>)",
      {.fragment = true});
  const auto& p = node_at<model::Paragraph>(read.value, 0);
  EXPECT_EQ(model::plain_text(p.content), "link em bold key said abbr\nnext");
  std::string kinds;
  for (const auto& inl : p.content) kinds += std::to_string(inl.node.index());
  // Link, " ", Emphasis, " ", Strong, " ", Code, " ", InlineQuote, " abbr" (abbr is transparent), LineBreak, "next"
  EXPECT_EQ(kinds, "401020307050");
  EXPECT_EQ(model::plain_text(std::get<model::Link>(p.content[0].node).children), "link");
}

TEST(ReadHtml, LangAndDirOnBlocksAndSpans) {
  const auto read = read_html_string(
      R"(<html lang="fr"><body><p>Il a dit <span lang="ar" dir="rtl">مرحبا</span>.</p><p lang="ar" dir="rtl">نص</p></body></html>)");
  EXPECT_EQ(read.value.metadata.language, "fr");
  const auto& p = node_at<model::Paragraph>(read.value, 0);
  ASSERT_EQ(p.content.size(), 3u);
  EXPECT_EQ(p.content[1].info.lang, "ar");
  EXPECT_EQ(p.content[1].info.dir, model::Direction::rtl);
  EXPECT_TRUE(std::holds_alternative<model::Span>(p.content[1].node));
  EXPECT_EQ(read.value.blocks[1].info.lang, "ar");
  EXPECT_EQ(read.value.blocks[0].info.lang, "");  // same as the document
}

TEST(ReadHtml, LangOfContentAncestorsAppliesAndBodyDirIsTheDocuments) {
  const auto read = read_html_string(R"(<html lang="en"><body dir="rtl"><div lang="fr"><article>
<p>Un long paragraphe en français pour que cet article soit choisi comme contenu principal de la page.</p>
</article></div></body></html>)");
  ASSERT_EQ(read.value.blocks.size(), 1u);
  EXPECT_EQ(read.value.blocks[0].info.lang, "fr");
  EXPECT_EQ(read.value.blocks[0].info.dir, model::Direction::inherit);
  EXPECT_EQ(read.value.dir, model::Direction::rtl);
}

TEST(ReadHtml, BidiClassIsNotADirection) {
  const auto read = read_html_string(R"(<div class="bidi"><p>نص عربي</p></div>)");
  EXPECT_EQ(read.value.blocks.at(0).info.dir, model::Direction::inherit);
  EXPECT_EQ(read.value.dir, model::Direction::inherit);
}

TEST(ReadHtml, WhitespaceCollapsesAndCjkLineBreaksVanish) {
  const auto read = read_html_string(
      "<p>  one \n\t two <em> three </em>four</p><p>青山\n圖書館 and\nLatin</p><p>架構為：\nSun (sparc)、\nHP 和 LXDE 等桌\n面</p>",
      {.fragment = true});
  EXPECT_EQ(body_text(read.value), "one two three four\n青山圖書館 and Latin\n架構為：Sun (sparc)、HP 和 LXDE 等桌面\n");
}

TEST(ReadHtml, DeclaredCharsetIsIgnoredForDecodedText) {
  const auto read = read_html_string(R"(<html><head><meta charset="iso-8859-1"></head><body><p>Café «ouvert» — 東京</p></body></html>)");
  EXPECT_EQ(body_text(read.value), "Café «ouvert» — 東京\n");
}

TEST(ReadHtml, DoubleLineBreaksSeparateParagraphs) {
  const auto read = read_html_string("<div>First part.<br><br>\n<br>Second part,<br>same paragraph.</div>", {.fragment = true});
  ASSERT_EQ(read.value.blocks.size(), 2u);
  EXPECT_EQ(body_text(read.value), "First part.\nSecond part,\nsame paragraph.\n");
}

// A browser draws a break at an element's edge between the element and what follows: the text
// after "<a>…<br></a>" starts a new line (two breaks, a new paragraph) and is not glued to the link.
TEST(ReadHtml, LineBreaksAtAnElementsEdgeBreakTheLineOutsideIt) {
  const auto read = read_html_string(
      R"(<p>Details: <a href="https://example.org/report">example.org/report<br><br></a>The survey ran all year.</p>)"
      R"(<p>Call <strong>the desk<br></strong>before noon; <em><br>or write</em>.</p>)",
      {.fragment = true});
  EXPECT_EQ(body_text(read.value), "Details: example.org/report\nThe survey ran all year.\nCall the desk\nbefore noon;\nor write.\n");
  ASSERT_EQ(read.value.blocks.size(), 3u);
  const auto& first = node_at<model::Paragraph>(read.value, 0);
  ASSERT_EQ(first.content.size(), 2u);  // no break left at the paragraph's end, inside the link or out
  const auto& link = std::get<model::Link>(first.content.at(1).node);
  EXPECT_EQ(model::plain_text(link.children), "example.org/report");
  const auto& strong = std::get<model::Strong>(node_at<model::Paragraph>(read.value, 2).content.at(1).node);
  EXPECT_EQ(model::plain_text(strong.children), "the desk");
}

TEST(ReadHtml, PreformattedTextKeepsItsLines) {
  const auto read = read_html_string("<pre>line one\nline two</pre>", {.fragment = true});
  const auto& p = node_at<model::Paragraph>(read.value, 0);
  EXPECT_EQ(model::plain_text(p.content), "line one\nline two");
  EXPECT_TRUE(std::holds_alternative<model::LineBreak>(p.content.at(1).node));
}

TEST(ReadHtml, MetadataFromMetaAndJsonLd) {
  const auto read = read_html_string(R"(<html lang="en"><head><title>Plain title - Site</title>
<meta property="article:published_time" content="2024-05-06T10:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","author":{"name":"A. Writer"},"publisher":{"name":"Pub Co"}}</script>
</head><body><p>Text</p></body></html>)");
  const auto& m = read.value.metadata;
  EXPECT_EQ(m.title, "LD headline");
  EXPECT_EQ(m.date, "2024-05-06");
  EXPECT_EQ(m.organization, "Pub Co");
  ASSERT_EQ(m.authors.size(), 1u);
  EXPECT_EQ(m.authors[0], "A. Writer");
}

TEST(ReadHtml, TitleSuffixRemovedAndH1Preferred) {
  EXPECT_EQ(read_html_string("<title>Big news | Example Org</title><p>x</p>").value.metadata.title, "Big news");
  EXPECT_EQ(read_html_string("<title>Page</title><h1>Headline</h1><p>x</p>").value.metadata.title, "Headline");
}

TEST(ReadHtml, FirstTimeElementGivesDate) {
  const auto read = read_html_string(R"(<article><p><time datetime="2023-01-02">2 Jan</time> text</p></article>)");
  EXPECT_EQ(read.value.metadata.date, "2023-01-02");
}

// An og:title that is the page's slug ("neue-faehrlinie-2024") is no title: the page's <title>
// and headline are.
TEST(ReadHtml, ASlugIsNoTitle) {
  const auto read = read_html_string(R"(<html><head><meta property="og:title" content="neue-faehrlinie-2024">
<title>Neue Fährlinie zum Hafen</title></head><body><p>Ab Montag fährt eine neue Fähre.</p></body></html>)");
  EXPECT_EQ(read.value.metadata.title, "Neue Fährlinie zum Hafen");
}

TEST(ReadHtml, FragmentHasNoMetadataAndNoBoilerplateRemoval) {
  const auto read = read_html_string(R"(<html lang="en"><body><nav>menu words</nav><p>para</p></body></html>)",
                                     {.fragment = true});
  EXPECT_EQ(read.value.metadata.language, "");
  EXPECT_NE(body_text(read.value).find("menu words"), std::string::npos);
  EXPECT_EQ(count_code(read.warnings, "html.region-dropped"), 0);
}

TEST(ReadHtml, WmlDirectivesAndPlaceholders) {
  const auto read = read_html_string(R"(<define-tag pagetitle>Tool 2.0 out</define-tag>
<define-tag release_date>2020-01-31</define-tag>
#use wml::debian::news
<p>See <a href="$(HOME)/News/">the news</a>.</p>
)",
                                     {}, "x.wml");
  const auto& m = read.value.metadata;
  EXPECT_EQ(m.title, "Tool 2.0 out");
  EXPECT_EQ(m.date, "2020-01-31");
  const auto& h = node_at<model::Heading>(read.value, 0);
  EXPECT_EQ(h.level, 1);
  EXPECT_EQ(read.value.blocks[0].info.span.line, 1u);
  const auto& p = node_at<model::Paragraph>(read.value, 1);
  EXPECT_EQ(std::get<model::Link>(p.content[1].node).href, "/News/");
  EXPECT_EQ(read.value.blocks[1].info.span.line, 4u);
  EXPECT_EQ(count_code(read.warnings, "html.template-directive-dropped"), 2);
}

TEST(ReadHtml, DensityChoosesTextOverLinkLists) {
  const auto read = read_html_string(R"(<body>
<div><a href="/1">One</a> <a href="/2">Two</a> <a href="/3">Three</a> <a href="/4">Four links here</a></div>
<div><p>This is a long paragraph of real release text that says something important.</p>
<p>And a second paragraph with more real words, commas, and sentences in it.</p></div>
<div><a href="/x">Footer link one</a> <a href="/y">Footer link two</a></div></body>)");
  EXPECT_EQ(read.value.blocks.size(), 2u);
  EXPECT_EQ(body_text(read.value).find("Footer"), std::string::npos);
}

// A site that serves its pages inside <noscript> (its scripts build a second version) has its
// text there; a <noscript> notice beside the text stays out.
TEST(ReadHtml, APageServedInsideNoscriptIsReadAndANoscriptNoticeIsNot) {
  const std::string article =
      R"(<div class="text"><h1>Bridge reopens</h1><p>The river bridge reopens on Monday after eight months of repairs to
its deck and railings, the county said in a statement.</p><p>Buses return to their old route the same day, and the
ferry that ran in the meantime stops on Sunday evening.</p></div>)";
  const auto served = read_html_string("<html><body><noscript><div class=\"menu\"><a href=\"/\">Home</a> "
                                       "<a href=\"/news\">News</a></div>" + article + "</noscript></body></html>");
  EXPECT_NE(body_text(served.value).find("The river bridge reopens on Monday"), std::string::npos);
  EXPECT_NE(body_text(served.value).find("ferry that ran"), std::string::npos);

  const auto notice = read_html_string("<html><body><noscript><p>Please turn on JavaScript to see the map of the new "
                                       "route.</p></noscript>" + article + "</body></html>");
  EXPECT_NE(body_text(notice.value).find("The river bridge reopens"), std::string::npos);
  EXPECT_EQ(body_text(notice.value).find("JavaScript"), std::string::npos);
}

// Notes as CMSs write them: a superscript number linking to a list item after the article, which
// links back. The reference becomes a NoteRef, the note joins the Notes block at the end, its
// back-link and its own leading number are gone, the list and rule around the notes are not read.
TEST(ReadHtml, CmsFootnotesAreNotesAndTheirBackLinksGo) {
  const auto read = read_html_string(read_file(fixture("html/notes_cms.html")), {}, "html/notes_cms.html");
  const auto& blocks = read.value.blocks;
  ASSERT_FALSE(blocks.empty());
  const auto* notes = std::get_if<model::Notes>(&blocks.back().node);
  ASSERT_NE(notes, nullptr);
  ASSERT_EQ(notes->notes.size(), 2u);
  EXPECT_EQ(notes->notes[0].id, "fn1");
  EXPECT_EQ(notes->notes[0].label, "1");
  EXPECT_EQ(model::plain_text(notes->notes[0].blocks.at(0)),
            "La consultation a recueilli 2 300 réponses entre novembre et janvier.");
  EXPECT_EQ(model::plain_text(notes->notes[1].blocks.at(0)),
            "Les jeux vidéo ne sont prêtés qu’aux abonnés de plus de douze ans.");
  const std::string text = body_text(read.value);
  EXPECT_NE(text.find("habitants[1]"), std::string::npos) << text;
  EXPECT_EQ(text.find("↩"), std::string::npos) << text;
  // An ordinary in-page link stays a link; no rule is left where the notes were.
  int rules = 0;
  model::for_each_block(blocks, [&](const model::Block& b) { rules += std::holds_alternative<model::Rule>(b.node); });
  EXPECT_EQ(rules, 0);
  EXPECT_NE(dump_with_diagnostics(read).find("link href=\"#contact\""), std::string::npos);
}

TEST(ReadHtml, DelSAndStrikeAreStruckAndCheckboxesMakeTaskItems) {
  const auto read = read_html_string(R"(<body><main><p>Open at <del>ten</del> nine, <s>members only</s>
<strike>old</strike>.</p><ul><li><input type="checkbox" checked disabled> Hours agreed</li>
<li><p><input type=checkbox> Staff hired</p></li><li>Plain item <input type=checkbox checked></li></ul></main></body>)");
  const auto& content = std::get<model::Paragraph>(read.value.blocks.at(0).node).content;
  std::vector<bool> edits;
  for (const auto& inl : content) {
    if (const auto* s = std::get_if<model::Strikethrough>(&inl.node)) edits.push_back(s->edit);
  }
  EXPECT_EQ(edits, (std::vector<bool>{true, false, false}));
  const auto& list = std::get<model::List>(read.value.blocks.at(1).node);
  ASSERT_EQ(list.items.size(), 3u);
  EXPECT_EQ(list.items[0].checked, std::optional<bool>(true));
  EXPECT_EQ(list.items[1].checked, std::optional<bool>(false));
  EXPECT_EQ(list.items[2].checked, std::nullopt);  // a box after the text does not make a task
  EXPECT_EQ(model::plain_text(list.items[0].blocks.at(0)), "Hours agreed");
}

// The semantic shapes: pandoc's doc-noteref and doc-endnotes, an EPUB noteref to an aside footnote
// (which the boilerplate filter would drop as an aside), Word's [3] and mso footnote list. A
// superscript linking back to the article's top is no note.
TEST(ReadHtml, SemanticEpubAndWordFootnotes) {
  const auto read = read_html_string(read_file(fixture("html/notes_semantic.html")), {}, "html/notes_semantic.html");
  const auto* notes = std::get_if<model::Notes>(&read.value.blocks.back().node);
  ASSERT_NE(notes, nullptr);
  ASSERT_EQ(notes->notes.size(), 3u);
  EXPECT_EQ(notes->notes[0].label, "1");
  EXPECT_EQ(model::plain_text(notes->notes[0].blocks.at(0)), "Seventeen gauges in all.");
  EXPECT_EQ(notes->notes[1].id, "n2");
  EXPECT_EQ(model::plain_text(notes->notes[1].blocks.at(0)), "Every six minutes for the gauges installed after 2010.");
  EXPECT_EQ(notes->notes[2].label, "3");
  EXPECT_EQ(model::plain_text(notes->notes[2].blocks.at(0)), "Two hundred of them, over three winters.");
  const std::string text = body_text(read.value);
  EXPECT_NE(text.find("volunteers[3]"), std::string::npos) << text;
  EXPECT_NE(text.find("how4 the readings"), std::string::npos) << text;  // "#top" is no note
  EXPECT_EQ(text.find("Seventeen gauges in all.\nReadings"), std::string::npos) << text;
}

// The page's encoding damage is repaired before the classifier weighs its words and before the
// description is matched against the text: each repair of kept text is reported at its line, the
// repairs of text left out in one note, and --no-repair leaves the bytes as they are.
TEST(ReadHtml, RepairsThePageBeforeReadingIt) {
  const std::string page = R"(<html><head><meta name="description" content="La mairie ouvre le moulin aux visiteurs cet Ã©tÃ©.">
</head><body><nav><a href="/">Accueil</a> <a href="/presse">CommuniquÃ©s de presse</a></nav>
<main><h1>Le moulin rouvre</h1>
<p>La mairie ouvre le moulin aux visiteurs cet Ã©tÃ©.</p>
<p>Les visites guidées commencent samedi &amp;agrave; dix heures, départ devant l&amp;rsquo;église, près du marché.</p>
<p>Après des années de travaux, la roue tourne à nouveau et l’équipe a réparé l’écluse déjà envasée.</p>
</main></body></html>)";
  const auto read = read_html_string(page);
  EXPECT_EQ(body_text(read.value),
            "Le moulin rouvre\nLa mairie ouvre le moulin aux visiteurs cet été.\n"
            "Les visites guidées commencent samedi à dix heures, départ devant l’église, près du marché.\n"
            "Après des années de travaux, la roue tourne à nouveau et l’équipe a réparé l’écluse déjà envasée.\n");
  EXPECT_EQ(read.value.metadata.summary, "La mairie ouvre le moulin aux visiteurs cet été.");
  int on_line_4 = 0;
  for (const auto& d : read.warnings) on_line_4 += d.code == "repair.mojibake" && d.span.line == 4 ? 1 : 0;
  EXPECT_EQ(on_line_4, 1);
  EXPECT_EQ(count_code(read.warnings, "repair.escaped-entity"), 1);
  // The menu's "CommuniquÃ©s" was repaired too, but the document leaves the menu out.
  EXPECT_EQ(count_code(read.warnings, "html.repaired-left-out"), 1);

  const auto raw = read_html_string(page, {.repair = false});
  EXPECT_NE(body_text(raw.value).find("cet Ã©tÃ©"), std::string::npos);
  EXPECT_EQ(count_code(raw.warnings, "repair.mojibake") + count_code(raw.warnings, "repair.escaped-entity"), 0);
}

}  // namespace
}  // namespace folio::test
