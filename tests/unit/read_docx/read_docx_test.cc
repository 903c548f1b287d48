// DOCX reader: one WordprocessingML fixture per feature (tests/fixtures/docx), zipped here, checked
// by a golden dump and by assertions on what each feature must become.
#include <gtest/gtest.h>

#include <algorithm>

#include "docx_fixture.h"
#include "model/dump.h"
#include "readers/docx/read_docx.h"
#include "support/golden.h"

namespace folio::test {
namespace {

base::Warned<model::Document> read_fixture(const std::string& name) {
  auto read = readers::read_docx(docx_fixture(name), name + ".docx");
  if (!read) {
    ADD_FAILURE() << name << ": " << read.error().front().message;
    return {};
  }
  return std::move(*read);
}

std::string dump_with_diagnostics(const base::Warned<model::Document>& read) {
  std::string out = model::dump_document(read.value, {});
  for (const auto& d : read.warnings) {
    out += std::string(base::severity_name(d.severity)) + " " + d.code + " " + std::to_string(d.span.line) + ":" +
           std::to_string(d.span.column) + " " + d.message + "\n";
  }
  return out;
}

int count_code(const base::Diagnostics& diagnostics, const std::string& code) {
  return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(), [&](const auto& d) { return d.code == code; }));
}

const base::Diagnostic* find_code(const base::Diagnostics& diagnostics, const std::string& code) {
  for (const auto& d : diagnostics) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

template <typename T>
std::vector<const model::Block*> blocks_with(const model::Blocks& blocks) {
  std::vector<const model::Block*> found;
  model::for_each_block(blocks, [&](const model::Block& b) {
    if (std::holds_alternative<T>(b.node)) found.push_back(&b);
  });
  return found;
}

// Every inline of `inlines`, depth first.
void walk(const model::Inlines& inlines, std::vector<const model::Inline*>& out) {
  for (const auto& i : inlines) {
    out.push_back(&i);
    if (const auto* kids = model::children_of(i)) walk(*kids, out);
  }
}

std::vector<const model::Inline*> all_inlines(const model::Document& doc) {
  std::vector<const model::Inline*> out;
  model::for_each_block(doc.blocks, [&](const model::Block& b) {
    if (const auto* content = model::inline_content(b)) walk(*content, out);
    if (const auto* t = std::get_if<model::Table>(&b.node)) walk(t->caption, out);
    if (const auto* f = std::get_if<model::Figure>(&b.node)) walk(f->caption, out);
  });
  return out;
}

class ReadDocxGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(ReadDocxGolden, MatchesDump) {
  expect_golden(dump_with_diagnostics(read_fixture(GetParam())), "read_docx/" + GetParam() + ".txt");
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ReadDocxGolden, ::testing::ValuesIn(docx_fixture_names()),
                         [](const auto& info) { return info.param; });

TEST(ReadDocx, HeadingsByStyleAndOutlineLevel) {
  const auto read = read_fixture("headings");
  std::vector<std::pair<int, std::string>> headings;
  for (const auto* b : blocks_with<model::Heading>(read.value.blocks)) {
    headings.emplace_back(std::get<model::Heading>(b->node).level, model::plain_text(*b));
  }
  // The Title is the one level-1 heading, so Heading 1 and below move one level down; the
  // localised styleId, the custom styles and the direct outline level are headings too; a level
  // below 6 stays at 6.
  const std::vector<std::pair<int, std::string>> expected{
      {1, "Northfield Tram Museum reopens the depot hall"}, {2, "What visitors will see"},
      {3, "The horse tram of 1881"}, {3, "The two electric cars"}, {4, "Car 12"}, {6, "Its brake lever"},
      {2, "Opening hours"}, {3, "Weekdays and weekends"}};
  EXPECT_EQ(headings, expected);
  EXPECT_EQ(read.value.blocks.front().role, model::Role::headline);
  EXPECT_EQ(read.value.blocks.at(1).role, model::Role::subheadline);
  EXPECT_EQ(count_code(read.warnings, "docx.empty-heading"), 1);
  EXPECT_EQ(count_code(read.warnings, "docx.headings-below-title"), 1);
  // A looping basedOn chain, the TOC Heading (outline level 9) and a custom bold style are body text.
  EXPECT_EQ(blocks_with<model::Paragraph>(read.value.blocks).size(), 7u);
}

TEST(ReadDocx, ListsFollowTheNumbering) {
  const auto read = read_fixture("lists");
  std::vector<const model::List*> top;
  for (const auto& b : read.value.blocks) {
    if (const auto* l = std::get_if<model::List>(&b.node)) top.push_back(l);
  }
  ASSERT_EQ(top.size(), 5u);
  // Bullets, three levels deep.
  EXPECT_FALSE(top[0]->ordered);
  ASSERT_EQ(top[0]->items.size(), 2u);
  const auto& nested = std::get<model::List>(top[0]->items[0].blocks.at(1).node);
  ASSERT_EQ(nested.items.size(), 2u);
  EXPECT_EQ(std::get<model::List>(nested.items[0].blocks.at(1).node).items.size(), 1u);
  // Numbers with lettered sub-items; the empty paragraph does not end the list.
  EXPECT_TRUE(top[1]->ordered);
  EXPECT_EQ(top[1]->start, 1);
  EXPECT_EQ(top[1]->items.size(), 3u);
  EXPECT_EQ(std::get<model::List>(top[1]->items[0].blocks.at(1).node).items.size(), 2u);
  // startOverride 1 counts from one again; startOverride 5 from five.
  EXPECT_EQ(top[2]->start, 1);
  EXPECT_EQ(top[2]->items.size(), 2u);
  EXPECT_EQ(top[3]->start, 5);
  EXPECT_EQ(top[3]->items.size(), 2u);
  // The List Bullet style carries its numbering; numId 0 takes it away.
  EXPECT_FALSE(top[4]->ordered);
  EXPECT_EQ(top[4]->items.size(), 1u);
  EXPECT_EQ(model::plain_text(read.value.blocks.back()), "The same style with its numbering removed.");
}

TEST(ReadDocx, RunsKeepFormattingLanguageAndDirection) {
  const auto read = read_fixture("runs");
  const auto& blocks = read.value.blocks;
  // Adjacent bold runs are one Strong; a bold run in the Emphasis character style is both.
  const auto& names = std::get<model::Paragraph>(blocks.at(1).node).content;
  ASSERT_GE(names.size(), 2u);
  const auto* strong = std::get_if<model::Strong>(&names[1].node);
  ASSERT_NE(strong, nullptr);
  EXPECT_EQ(model::plain_text(strong->children), "Marta Okafor");
  EXPECT_EQ(model::plain_text(blocks.at(1)),
            "The board chose Marta Okafor, who ran the Lakeside Steam Railway for nine years. She starts on 1 April; "
            "her title is director of collections.");
  // Code fonts, by character style and by direct font, split runs joined.
  std::vector<std::string> code;
  std::vector<std::pair<std::string, std::string>> spans;  // (lang, text)
  for (const auto* i : all_inlines(read.value)) {
    if (const auto* c = std::get_if<model::Code>(&i->node)) code.push_back(c->text);
    if (const auto* s = std::get_if<model::Span>(&i->node)) {
      spans.emplace_back(i->info.lang + (i->info.dir == model::Direction::rtl ? "/rtl" : ""), model::plain_text(s->children));
    }
  }
  EXPECT_EQ(code, (std::vector<std::string>{"/data/timetable.csv", "register.xlsx"}));
  EXPECT_EQ(spans, (std::vector<std::pair<std::string, std::string>>{{"fr-FR", "« le tramway est une promesse »"},
                                                                      {"ar-EG/rtl", "أهلا وسهلا"}}));
  // A paragraph all in one other language carries it itself.
  EXPECT_EQ(blocks.at(4).info.lang, "ar-EG");
  EXPECT_EQ(blocks.at(4).info.dir, model::Direction::rtl);
  EXPECT_EQ(blocks.at(5).info.lang, "de-DE");
  // Hidden text is left out; a Wingdings symbol means nothing, a Unicode one is itself.
  EXPECT_EQ(model::plain_text(blocks.at(6)), "Tickets cost five pounds; members go free and children pay ½ price.");
  EXPECT_EQ(count_code(read.warnings, "docx.hidden-text"), 1);
  EXPECT_EQ(model::plain_text(blocks.at(7)),
            "Opening Saturday\nGuided tours every hour Reopening day is a self\u2011guided day too.");
  const auto* colour = find_code(read.warnings, "docx.colour-only");
  ASSERT_NE(colour, nullptr);
  EXPECT_NE(colour->message.find("\"red\""), std::string::npos);
  EXPECT_EQ(colour->span.file, "runs.docx/word/document.xml");
  EXPECT_GT(colour->span.column, 1u);
  EXPECT_EQ(read.value.metadata.language, "en-GB");
}

TEST(ReadDocx, LinksFromRelationshipsFieldsAndBookmarks) {
  const auto read = read_fixture("links");
  std::vector<std::pair<std::string, std::string>> links;
  for (const auto* i : all_inlines(read.value)) {
    if (const auto* l = std::get_if<model::Link>(&i->node)) links.emplace_back(l->href, model::plain_text(l->children));
  }
  const std::vector<std::pair<std::string, std::string>> expected{
      {"https://tram-museum.example/visit", "visitor page"},
      {"mailto:press@tram-museum.example", "the press office"},
      {"#directions", "further down"},
      {"https://tram-museum.example/timetable", "heritage timetable"},
      {"https://tram-museum.example/shop", "museum shop"},
      {"#archive-plans", "in the archive"},
      {"https://tram-museum.example/cars", "click here"}};
  EXPECT_EQ(links, expected);
  const auto* missing = find_code(read.warnings, "docx.bookmark-missing");
  ASSERT_NE(missing, nullptr);
  EXPECT_NE(missing->message.find("archive-plans"), std::string::npos);
  EXPECT_EQ(count_code(read.warnings, "docx.bookmark-missing"), 1);
}

TEST(ReadDocx, TablesKeepSpansHeaderRowsAndCaptions) {
  const auto read = read_fixture("tables");
  const auto tables = blocks_with<model::Table>(read.value.blocks);
  // The one-row table is layout and the one without a header row is read as blocks; the nested
  // table counts, and so do the two whose header row is shown by a style or by bold type.
  ASSERT_EQ(tables.size(), 5u);
  const auto& visitors = std::get<model::Table>(tables[0]->node);
  EXPECT_EQ(model::plain_text(visitors.caption), "Table 1: Visitors by season");
  EXPECT_EQ(visitors.header_rows, 1);
  ASSERT_EQ(visitors.rows.size(), 4u);
  EXPECT_TRUE(visitors.rows[0].cells[0].header);
  EXPECT_EQ(visitors.rows[0].cells[0].scope, model::Scope::column);
  EXPECT_EQ(visitors.rows[1].cells[0].rowspan, 2);
  EXPECT_EQ(visitors.rows[2].cells.size(), 2u);  // the merged cell is not repeated
  EXPECT_EQ(visitors.rows[3].cells[1].colspan, 2);
  EXPECT_EQ(model::plain_text(std::get<model::Table>(tables[1]->node).caption), "Ticket prices");
  EXPECT_EQ(std::get<model::Table>(tables[2]->node).header_rows, 1);  // nested
  for (std::size_t i : {3u, 4u}) {
    const auto& implied = std::get<model::Table>(tables[i]->node);
    EXPECT_EQ(implied.header_rows, 1);
    EXPECT_TRUE(implied.rows[0].cells[1].header);
  }
  EXPECT_EQ(count_code(read.warnings, "docx.header-row-implied"), 2);
  EXPECT_EQ(count_code(read.warnings, "docx.table-without-header"), 1);
  EXPECT_EQ(count_code(read.warnings, "docx.layout-table"), 1);
  std::vector<std::string> texts;
  for (const auto& b : read.value.blocks) texts.push_back(model::plain_text(b));
  EXPECT_EQ(std::vector<std::string>(texts.begin() + 3, texts.begin() + 9),
            (std::vector<std::string>{"Horse tram", "1881–1902", "Car 12", "1925–1962", "Press contact: Jo Lindqvist",
                                      "Phone: 0161 496 0000"}));
}

TEST(ReadDocx, PicturesWithAltTextDecorationAndTextBoxes) {
  const auto read = read_fixture("images");
  std::vector<std::pair<std::string, std::string>> images;  // (src, alt or why none)
  for (const auto* b : blocks_with<model::Figure>(read.value.blocks)) {
    const auto& image = std::get<model::Figure>(b->node).image;
    images.emplace_back(image.src, image.alt ? (image.alt->empty() ? "(decorative)" : *image.alt) : "(missing)");
  }
  for (const auto* i : all_inlines(read.value)) {
    if (const auto* image = std::get_if<model::Image>(&i->node)) {
      images.emplace_back(image->src, image->alt ? *image->alt : "(missing)");
    }
  }
  // The floating (anchored) picture is a figure after its paragraph, not a word in it.
  const std::vector<std::pair<std::string, std::string>> expected{
      {"word/media/tram.png", "Tram car 12 in green and cream livery outside the depot hall"},
      {"word/media/rule.png", "(decorative)"},
      {"word/media/depot.png", "(missing)"},
      {"word/media/ticket.png", "Entrance ticket of 1925"},
      {"word/media/map.png", "Map of the tram line from the depot to the harbour"},
      {"", "Bar chart: visitors rose from 3,000 in 2021 to 5,250 in 2024"}};
  EXPECT_EQ(images, expected);
  EXPECT_EQ(model::plain_text(std::get<model::Figure>(blocks_with<model::Figure>(read.value.blocks)[0]->node).caption),
            "Car 12 after its restoration, March 2025");
  EXPECT_EQ(count_code(read.warnings, "docx.image-alt-missing"), 1);
  // The text box is read once (choice, not fallback), right after the paragraph it is anchored in.
  std::vector<std::string> texts;
  for (const auto& b : read.value.blocks) texts.push_back(model::plain_text(b));
  EXPECT_NE(std::find(texts.begin(), texts.end(), "The restoration team worked in the old depot for two winters."),
            texts.end());
  const auto sponsors = std::find(texts.begin(), texts.end(), "The museum thanks its sponsors.");
  ASSERT_NE(sponsors, texts.end());
  ASSERT_LT(sponsors + 2, texts.end());
  EXPECT_EQ(*(sponsors + 1), "Did you know?");
  EXPECT_EQ(*(sponsors + 2), "Car 12 carried two million passengers.");
  EXPECT_EQ(std::count(texts.begin(), texts.end(), "Did you know?"), 1);
}

TEST(ReadDocx, NotesAreNumberedInReadingOrder) {
  const auto read = read_fixture("notes");
  const auto& blocks = read.value.blocks;
  EXPECT_EQ(model::plain_text(blocks.at(1)),
            "The museum receives a grant of £80,000 from the regional heritage fund.¹ It will pay for a new roof over "
            "the depot hall².");
  EXPECT_EQ(model::plain_text(blocks.at(2)), "Work begins in the autumn.³ A second phase follows.⁴");
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(model::plain_text(blocks.at(3)), "Notes");
  const auto& notes = std::get<model::List>(blocks.at(4).node);
  EXPECT_TRUE(notes.ordered);
  ASSERT_EQ(notes.items.size(), 4u);
  EXPECT_EQ(model::plain_text(notes.items[0].blocks.at(0)),
            "The fund's decision of 20 February 2025; see the museum history page.");
  EXPECT_EQ(model::plain_text(notes.items[2].blocks.at(0)), "The second phase depends on a further grant.");
  EXPECT_TRUE(notes.items[3].blocks.empty());
  EXPECT_EQ(count_code(read.warnings, "docx.note-missing"), 1);
  bool linked = false;
  for (const auto* i : all_inlines(read.value)) {
    if (const auto* l = std::get_if<model::Link>(&i->node)) linked = linked || l->href == "https://tram-museum.example/history";
  }
  EXPECT_TRUE(linked);  // a note's link comes from footnotes.xml's own relationships
}

TEST(ReadDocx, TrackedChangesCommentsFieldsAndHeaders) {
  const auto read = read_fixture("review");
  const auto& blocks = read.value.blocks;
  EXPECT_EQ(model::plain_text(blocks.at(1)),
            "From June the museum runs evening rides on Fridays and Saturdays on its restored cars.");
  EXPECT_EQ(model::plain_text(blocks.at(2)), "This release was updated on 12 May 2025 and has 1 page. Tickets sell out fast.");
  ASSERT_EQ(blocks.size(), 4u);  // the placeholder of the empty content control is left out
  EXPECT_EQ(model::plain_text(blocks.at(3)), "Press contact: Jo Lindqvist, press@tram-museum.example");
  const auto* changes = find_code(read.warnings, "docx.tracked-changes");
  ASSERT_NE(changes, nullptr);
  EXPECT_EQ(changes->severity, base::Severity::warning);
  EXPECT_NE(changes->message.find("2 insertions kept, 2 deletions dropped"), std::string::npos) << changes->message;
  EXPECT_EQ(count_code(read.warnings, "docx.comments-dropped"), 1);
  const auto* headers = find_code(read.warnings, "docx.headers-footers-dropped");
  ASSERT_NE(headers, nullptr);
  EXPECT_NE(headers->message.find("(2, such as \"Northfield Tram Museum · Press release\")"), std::string::npos)
      << headers->message;
  const auto& m = read.value.metadata;
  EXPECT_EQ(m.title, "Night tram rides return for the summer");
  EXPECT_EQ(m.subtitle, "Summer programme 2025");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Jo Lindqvist", "Marta Okafor"}));
  EXPECT_EQ(m.keywords, (std::vector<std::string>{"tram", "museum", "summer"}));
  EXPECT_EQ(m.summary, "The museum runs evening rides on its restored cars from June.");
  EXPECT_EQ(m.date, "");  // created and modified are the file's dates, not the release's
  EXPECT_EQ(m.language, "en-GB");
}

TEST(ReadDocx, QuotationsAndCodeBlocksJoinTheirParagraphs) {
  const auto read = read_fixture("quotes");
  const auto quotes = blocks_with<model::Quote>(read.value.blocks);
  ASSERT_EQ(quotes.size(), 2u);
  // Two Quote paragraphs are one quotation; the third, after a dash, says who is quoted.
  const auto& first = std::get<model::Quote>(quotes[0]->node);
  EXPECT_EQ(first.blocks.size(), 2u);
  EXPECT_EQ(model::plain_text(first.attribution), "Marta Okafor, director of collections");
  EXPECT_EQ(model::plain_text(*quotes[1]), "Open data keeps the old network alive.");
  std::vector<std::string> code;
  for (const auto* i : all_inlines(read.value)) {
    if (const auto* c = std::get_if<model::Code>(&i->node)) code.push_back(c->text);
  }
  EXPECT_EQ(code, (std::vector<std::string>{"line,stop,time\n4,Depot Lane,07:12\n4,Harbour,07:31"}));
}

TEST(ReadDocx, StrictDocumentsReadLikeTransitionalOnes) {
  const auto read = read_fixture("strict");
  ASSERT_EQ(read.value.blocks.size(), 2u);
  EXPECT_EQ(std::get<model::Heading>(read.value.blocks[0].node).level, 1);
  EXPECT_EQ(read.value.metadata.language, "sv-SE");
  EXPECT_NE(model::dump_document(read.value, {.spans = false}).find("link href=\"https://tram-museum.example/\""),
            std::string::npos);
  EXPECT_EQ(count_code(read.warnings, "docx.missing-part"), 0) << dump_with_diagnostics(read);
}

TEST(ReadDocx, SpansPointIntoTheirPart) {
  const auto read = read_fixture("headings");
  const base::Span& span = read.value.blocks.at(3).info.span;  // "What visitors will see"
  EXPECT_EQ(span.file, "headings.docx/word/document.xml");
  const std::string xml = docx_fixture_parts("headings").at("word/document.xml");
  ASSERT_LT(span.begin, xml.size());
  EXPECT_EQ(xml.compare(span.begin, 4, "<w:p"), 0);
  EXPECT_EQ(span.line, static_cast<std::uint32_t>(std::count(xml.begin(), xml.begin() + span.begin, '\n') + 1));
}

}  // namespace
}  // namespace folio::test
