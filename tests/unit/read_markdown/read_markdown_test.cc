// Markdown reader: one fixture per behaviour, checked by golden dump and by direct assertions.
#include <gtest/gtest.h>

#include "markdown_test_util.h"
#include "support/golden.h"
#include "support/paths.h"

namespace folio::test {
namespace {

base::Warned<model::Document> read_fixture(const std::string& name) {
  return read_md(read_file(fixture("markdown/" + name + ".md")), name + ".md");
}

void expect_fixture_golden(const std::string& name) {
  expect_golden(dump_with_diagnostics(read_fixture(name)), "read_markdown/" + name + ".txt");
}

TEST(ReadMarkdownGolden, FrontMatter) { expect_fixture_golden("front_matter"); }
TEST(ReadMarkdownGolden, Structure) { expect_fixture_golden("structure"); }
TEST(ReadMarkdownGolden, GfmTable) { expect_fixture_golden("gfm_table"); }
TEST(ReadMarkdownGolden, Images) { expect_fixture_golden("images"); }
TEST(ReadMarkdownGolden, RawHtml) { expect_fixture_golden("raw_html"); }
TEST(ReadMarkdownGolden, CjkSoftBreaks) { expect_fixture_golden("cjk"); }
TEST(ReadMarkdownGolden, EndMark) { expect_fixture_golden("end_mark"); }
TEST(ReadMarkdownGolden, NotesStrikethroughTasksAndInlineImages) { expect_fixture_golden("notes"); }

TEST(ReadMarkdown, FrontMatterMetadata) {
  const auto read = read_fixture("front_matter");
  const auto& m = read.value.metadata;
  EXPECT_EQ(m.title, "Lumen Valley Co\u00f6perative opens its \"Night\u2060Market\" to all growers in\u00a0Brightwater");
  EXPECT_EQ(m.subtitle, "Forty stalls, one shared cold room");
  EXPECT_EQ(m.date, "2025-04-02");
  EXPECT_EQ(m.place, "Brightwater");
  EXPECT_EQ(m.language, "en-GB");
  EXPECT_EQ(m.organization, "Lumen Valley Cooperative");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Ada Quill", "Bram Otter"}));
  EXPECT_EQ(m.contacts, (std::vector<std::string>{"Press desk, press@lumen-valley.example", "+00 555 0100"}));
  EXPECT_EQ(m.summary, "The cooperative's evening market moves indoors.");
  EXPECT_EQ(m.keywords, (std::vector<std::string>{"markets", "farming"}));
  EXPECT_EQ(m.source, "https://lumen-valley.example/news/night-market");
  EXPECT_EQ(m.rights, "CC BY 4.0");
  EXPECT_TRUE(read.warnings.empty());
}

TEST(ReadMarkdown, HeadlineFromFrontMatterTitle) {
  const auto read = read_fixture("front_matter");
  ASSERT_FALSE(read.value.blocks.empty());
  const auto* heading = std::get_if<model::Heading>(&read.value.blocks.front().node);
  ASSERT_NE(heading, nullptr);
  EXPECT_EQ(heading->level, 1);
  EXPECT_EQ(model::plain_text(heading->content), read.value.metadata.title);
  EXPECT_EQ(read.value.blocks.front().info.span.line, 2u);  // the title: line
  // The body keeps the file's line numbers although the front matter was stripped.
  EXPECT_EQ(read.value.blocks.at(1).info.span.line, 24u);
}

TEST(ReadMarkdown, TitleFromLeadingHeading) {
  const auto read = read_fixture("structure");
  EXPECT_EQ(read.value.metadata.title, "Harbour Lantern Society restores the old lighthouse");
  EXPECT_EQ(std::count_if(read.value.blocks.begin(), read.value.blocks.end(),
                          [](const model::Block& b) { return std::holds_alternative<model::Heading>(b.node); }),
            3);
}

TEST(ReadMarkdown, PublishedTimeWhenDateAbsent) {
  const auto read = read_md("---\npublished_time: 2024-11-05 07:01:34-04:00\ntitle: T\n---\nBody.\n");
  EXPECT_EQ(read.value.metadata.date, "2024-11-05");
}

TEST(ReadMarkdown, UnrecognisedDateIsReported) {
  const auto read = read_md("---\ndate: next Tuesday\n---\nBody.\n");
  EXPECT_EQ(read.value.metadata.date, "");
  ASSERT_TRUE(has_code(read.warnings, "markdown.date-unrecognised"));
  EXPECT_EQ(read.warnings.front().span.line, 2u);
}

TEST(ReadMarkdown, ListsKeepOrderStartAndNesting) {
  const auto read = read_fixture("structure");
  const auto lists = all_of<model::List>(read.value);
  ASSERT_EQ(lists.size(), 3u);
  EXPECT_TRUE(lists[0]->ordered);
  EXPECT_EQ(lists[0]->start, 3);
  EXPECT_EQ(lists[0]->items.size(), 3u);
  EXPECT_FALSE(lists[1]->ordered);
  EXPECT_EQ(lists[1]->items.size(), 2u);
  EXPECT_EQ(lists[2]->items.size(), 2u);  // the nested list
}

TEST(ReadMarkdown, GfmTableHasColumnHeaders) {
  const auto read = read_fixture("gfm_table");
  const auto tables = all_of<model::Table>(read.value);
  ASSERT_EQ(tables.size(), 1u);
  const model::Table& table = *tables[0];
  EXPECT_EQ(table.header_rows, 1);
  ASSERT_EQ(table.rows.size(), 4u);
  for (const auto& cell : table.rows[0].cells) {
    EXPECT_TRUE(cell.header);
    EXPECT_EQ(cell.scope, model::Scope::column);
  }
  EXPECT_FALSE(table.rows[1].cells[0].header);
  EXPECT_TRUE(table.rows[3].cells[1].blocks.empty());  // the empty cell
}

TEST(ReadMarkdown, ImagesAloneBecomeFiguresAndMissingAltIsReported) {
  const auto read = read_fixture("images");
  const auto figures = all_of<model::Figure>(read.value);
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0]->image.alt, "The new reading garden with wooden benches");
  EXPECT_EQ(model::plain_text(figures[0]->caption), "The garden on opening day");
  EXPECT_EQ(figures[1]->image.alt, std::nullopt);
  EXPECT_EQ(count_code(read.warnings, "markdown.image-alt-missing"), 2);
}

TEST(ReadMarkdown, InlineHtmlImagesGoThroughTheHtmlReader) {
  const auto read = read_fixture("images");
  const auto paragraphs = all_of<model::Paragraph>(read.value);
  ASSERT_FALSE(paragraphs.empty());
  std::vector<const model::Image*> images;
  for (const auto& inl : paragraphs.back()->content) {
    if (const auto* image = std::get_if<model::Image>(&inl.node)) images.push_back(image);
  }
  ASSERT_EQ(images.size(), 2u);
  EXPECT_EQ(images[0]->src, "badge.png");
  EXPECT_EQ(images[0]->alt, "Reading award badge");
  EXPECT_EQ(images[1]->alt, std::nullopt);
  const auto reported = std::find_if(read.warnings.begin(), read.warnings.end(), [](const base::Diagnostic& d) {
    return d.code != "markdown.image-alt-missing" && d.code.ends_with("image-alt-missing");
  });
  ASSERT_NE(reported, read.warnings.end());
  EXPECT_EQ(reported->span.line, 10u);
  EXPECT_EQ(reported->span.column, 1u);
  EXPECT_EQ(reported->span.file, "images.md");
}

TEST(ReadMarkdown, InlineHtmlKeepsTextAndBreaks) {
  const auto read = read_fixture("raw_html");
  const auto paragraphs = all_of<model::Paragraph>(read.value);
  ASSERT_FALSE(paragraphs.empty());
  const model::Inlines& first = paragraphs.front()->content;
  EXPECT_EQ(model::plain_text(first),
            "The new routes start on 1 June, the 1st night service.\nTickets cost the same as by day.");
  EXPECT_TRUE(std::any_of(first.begin(), first.end(),
                          [](const model::Inline& i) { return std::holds_alternative<model::LineBreak>(i.node); }));
}

TEST(ReadMarkdown, CommentSeparatorsDisappear) {
  const auto read = read_fixture("raw_html");
  const auto lists = all_of<model::List>(read.value);
  ASSERT_EQ(lists.size(), 2u);
  EXPECT_EQ(model::plain_text(read.value.blocks.back()), "Route N7 serves the university.");
}

// These two depend on the HTML reader mapping fragments (figure/img/figcaption, table/th).
TEST(ReadMarkdown, RawHtmlTableSplitByBlankLinesIsOneTable) {
  const auto read = read_fixture("raw_html");
  const auto tables = all_of<model::Table>(read.value);
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0]->rows.size(), 3u);
  EXPECT_TRUE(tables[0]->rows[0].cells.at(0).header);
  EXPECT_EQ(tables[0]->header_rows, 1);
  EXPECT_EQ(read.value.blocks.at(0).info.span.file, "raw_html.md");
}

TEST(ReadMarkdown, RawHtmlFigureSplitOverBlocksIsOneFigure) {
  const auto read = read_fixture("raw_html");
  const auto figures = all_of<model::Figure>(read.value);
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0]->image.alt, "A blue bus at a stop after dark");
  EXPECT_EQ(model::plain_text(figures[0]->caption), "Route N4 at Market Square");
  // Spans of the fragment are lines of the Markdown file.
  for (const auto& block : read.value.blocks) {
    if (std::holds_alternative<model::Figure>(block.node)) {
      EXPECT_GE(block.info.span.line, 6u);
      EXPECT_LE(block.info.span.line, 11u);
      EXPECT_EQ(block.info.span.file, "raw_html.md");
    }
  }
}

TEST(ReadMarkdown, CjkSoftBreakJoinsWithoutSpace) {
  const auto read = read_fixture("cjk");
  ASSERT_GE(read.value.blocks.size(), 6u);
  EXPECT_EQ(model::plain_text(read.value.blocks[1]), "青石镇图书馆今天宣布延长周末开放时间。读者可以在线预约座位。");
  EXPECT_EQ(model::plain_text(read.value.blocks[2]), "This line is English and continues here.");
  EXPECT_EQ(model::plain_text(read.value.blocks[3]), "新しい閲覧室は来月に開きます。");
  EXPECT_EQ(model::plain_text(read.value.blocks[4]), "도서관은 주말에도 문을 엽니다.");
  EXPECT_EQ(model::plain_text(read.value.blocks[5]), "图书馆与 Green Stone 合作。");
}

TEST(ReadMarkdown, EscapedEndMarkIsPlainText) {
  const auto read = read_fixture("end_mark");
  ASSERT_EQ(read.value.blocks.size(), 4u);
  const auto* mark = std::get_if<model::Paragraph>(&read.value.blocks[2].node);
  ASSERT_NE(mark, nullptr);
  ASSERT_EQ(mark->content.size(), 1u);
  EXPECT_EQ(std::get<model::Text>(mark->content[0].node).text, "###");
  EXPECT_EQ(model::plain_text(read.value.blocks[3]), "###");
}

TEST(ReadMarkdown, CodeBlockIsParagraphWithCode) {
  const auto read = read_fixture("structure");
  bool found = false;
  for (const auto* p : all_of<model::Paragraph>(read.value)) {
    if (p->content.size() == 1) {
      if (const auto* code = std::get_if<model::Code>(&p->content[0].node)) {
        EXPECT_EQ(code->text, "opening hours: 10:00-16:00");
        found = true;
      }
    }
  }
  EXPECT_TRUE(found);
}

// Footnotes: references numbered in order of first use (cmark-gfm), one note referred to twice,
// the definitions gathered in one Notes block at the end, unreferenced ones left out by cmark.
TEST(ReadMarkdown, FootnotesBecomeNoteReferencesAndANotesBlockAtTheEnd) {
  const auto read = read_md(
      "Second[^b] first[^a] again[^b] none[^zz].\n\n[^a]: Note A,\n    in two lines.\n\n"
      "[^b]: Note **B**.\n\n[^unused]: Never referred to.\n\nAfter the notes.\n");
  ASSERT_EQ(read.value.blocks.size(), 3u);
  const auto& content = std::get<model::Paragraph>(read.value.blocks[0].node).content;
  std::vector<std::pair<std::string, std::string>> refs;
  for (const auto& inl : content) {
    if (const auto* ref = std::get_if<model::NoteRef>(&inl.node)) refs.emplace_back(ref->note, ref->label);
  }
  EXPECT_EQ(refs, (std::vector<std::pair<std::string, std::string>>{
                      {"footnote-1", "1"}, {"footnote-2", "2"}, {"footnote-1", "1"}}));
  EXPECT_EQ(model::plain_text(read.value.blocks[0]), "Second[1] first[2] again[1] none[^zz].");
  // The text after the definitions stays where it was; the notes come last.
  EXPECT_EQ(model::plain_text(read.value.blocks[1]), "After the notes.");
  const auto* notes = std::get_if<model::Notes>(&read.value.blocks[2].node);
  ASSERT_NE(notes, nullptr);
  ASSERT_EQ(notes->notes.size(), 2u);
  EXPECT_EQ(notes->notes[0].id, "footnote-1");
  EXPECT_EQ(notes->notes[0].label, "1");
  EXPECT_EQ(model::plain_text(notes->notes[0].blocks.at(0)), "Note B.");
  EXPECT_EQ(notes->notes[1].id, "footnote-2");
  EXPECT_EQ(model::plain_text(notes->notes[1].blocks.at(0)), "Note A, in two lines.");
  EXPECT_EQ(notes->notes[1].info.span.line, 3u);
}

TEST(ReadMarkdown, StrikethroughAndTaskItems) {
  const auto read = read_md("Open at ~~ten~~ nine.\n\n- [x] done\n- [ ] open\n- plain\n\n1. [X] first\n");
  const auto& content = std::get<model::Paragraph>(read.value.blocks.at(0).node).content;
  ASSERT_EQ(content.size(), 3u);
  const auto* struck = std::get_if<model::Strikethrough>(&content[1].node);
  ASSERT_NE(struck, nullptr);
  EXPECT_TRUE(struck->edit);  // GFM renders ~~…~~ as <del>
  EXPECT_EQ(model::plain_text(struck->children), "ten");
  const auto& tasks = std::get<model::List>(read.value.blocks.at(1).node);
  ASSERT_EQ(tasks.items.size(), 3u);
  EXPECT_EQ(tasks.items[0].checked, std::optional<bool>(true));
  EXPECT_EQ(tasks.items[1].checked, std::optional<bool>(false));
  EXPECT_EQ(tasks.items[2].checked, std::nullopt);
  EXPECT_EQ(model::plain_text(tasks.items[0].blocks.at(0)), "done");  // the box is not text
  const auto& ordered = std::get<model::List>(read.value.blocks.at(2).node);
  EXPECT_EQ(ordered.items[0].checked, std::optional<bool>(true));
}

TEST(ReadMarkdown, EmptyInputGivesEmptyDocument) {
  const auto read = read_md("");
  EXPECT_TRUE(read.value.blocks.empty());
  EXPECT_TRUE(read.warnings.empty());
}

}  // namespace
}  // namespace folio::test
