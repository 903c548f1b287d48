// Page breaking: widows and orphans, headings kept with what follows, tables with repeated
// heads, lists, quotes and figures; golden dumps plus the structural facts asserted directly.
#include <gtest/gtest.h>

#include <map>

#include "fixtures.h"
#include "layout/layout_document.h"
#include "page_checks.h"
#include "support/golden.h"

namespace folio::layout {
namespace {

using namespace fixtures;

/// No header or footer.
style::Style tiny_page() { return small_page(); }

PagedDocument lay(const model::Document& doc, const style::Style& style, const std::string& golden) {
  auto paged = layout_document(doc, style, book());
  for (const auto& p : checks::check_pages(paged.value, doc, style)) ADD_FAILURE() << p;
  std::string out = dump_pages(paged.value);
  for (const auto& w : paged.warnings) out += "warning " + w.code + ": " + w.message + "\n";
  test::expect_golden(out, "layout/" + golden + ".txt");
  return std::move(paged.value);
}

/// Lines of each block on each page: block id → page → count.
std::map<std::uint32_t, std::map<std::size_t, int>> lines_per_page(const PagedDocument& doc) {
  std::map<std::uint32_t, std::map<std::size_t, int>> out;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    double last_y = -1;
    std::uint32_t last_block = 0;
    for (const auto& item : doc.pages[p].items) {
      const auto* run = std::get_if<GlyphRun>(&item);
      if (!run || run->block.value == 0) continue;
      if (run->y != last_y || run->block.value != last_block) ++out[run->block.value][p];
      last_y = run->y;
      last_block = run->block.value;
    }
  }
  return out;
}

/// `n` sentences, about one line each on the tiny page.
std::string lines_of(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += (i ? " " : "") + std::string("Line ") + std::to_string(i + 1) + " of a short notice goes here ok.";
  return out;
}

TEST(Pagination, OrphanMovesToTheNextPage) {
  // 15 one-line paragraphs fill 15 of 16 lines; a 4-line paragraph may not leave 1 line behind.
  Builder b("en");
  for (int i = 0; i < 15; ++i) b.para("Filler paragraph number " + std::to_string(i + 1) + ".");
  b.para(lines_of(4));
  auto doc = b.finish();
  auto paged = lay(doc, tiny_page(), "orphan");
  const auto counts = lines_per_page(paged);
  const std::uint32_t last = doc.blocks.back().info.id.value;
  ASSERT_EQ(counts.at(last).size(), 1u);
  EXPECT_EQ(counts.at(last).begin()->first, 1u);
  EXPECT_EQ(counts.at(last).begin()->second, 4);
}

TEST(Pagination, WidowPullsALineOver) {
  // 13 lines used; a 4-line paragraph would leave 1 line (a widow) for the next page: 2 and 2.
  Builder b("en");
  for (int i = 0; i < 13; ++i) b.para("Filler paragraph number " + std::to_string(i + 1) + ".");
  b.para(lines_of(4));
  auto doc = b.finish();
  auto paged = lay(doc, tiny_page(), "widow");
  const auto counts = lines_per_page(paged).at(doc.blocks.back().info.id.value);
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts.at(0), 2);
  EXPECT_EQ(counts.at(1), 2);
}

TEST(Pagination, HeadingAtThePageBottomMovesToTheNextPage) {
  Builder b("en");
  for (int i = 0; i < 14; ++i) b.para("Filler paragraph number " + std::to_string(i + 1) + ".");
  b.heading(2, "Next steps");
  b.para(lines_of(3));
  auto doc = b.finish();
  auto paged = lay(doc, tiny_page(), "heading-at-bottom");
  const auto counts = lines_per_page(paged);
  const std::uint32_t heading = doc.blocks[14].info.id.value;
  ASSERT_EQ(counts.at(heading).size(), 1u);
  EXPECT_EQ(counts.at(heading).begin()->first, 1u);
}

/// A table cell holding one paragraph; header cells head their column.
model::TableCell cell(std::string s, bool header) {
  model::TableCell c;
  c.header = header;
  c.scope = header ? model::Scope::column : model::Scope::none;
  model::Block p;
  p.node = model::Paragraph{{text(std::move(s))}};
  c.blocks.push_back(std::move(p));
  return c;
}

model::Block table_block(int rows) {
  model::Table t;
  t.caption = {text("Offices and opening hours")};
  t.header_rows = 1;
  model::TableRow head;
  head.cells = {cell("Office", true), cell("City", true), cell("Hours", true)};
  t.rows.push_back(std::move(head));
  for (int i = 1; i <= rows; ++i) {
    model::TableRow r;
    r.cells = {cell("Office " + std::to_string(i), false), cell(i % 3 ? "Lyon" : "Saint-Étienne-du-Rouvray", false),
               cell("9:00–17:00", false)};
    t.rows.push_back(std::move(r));
  }
  model::Block b;
  b.node = std::move(t);
  return b;
}

TEST(Pagination, TableHeadRepeatsOnEachPageAsAnArtifact) {
  auto doc = Builder("fr").para("Liste des bureaux.").block(table_block(24)).finish();
  auto paged = lay(doc, tiny_page(), "table-across-pages");
  ASSERT_GE(paged.pages.size(), 2u);
  for (std::size_t p = 1; p < paged.pages.size(); ++p) {
    bool in_artifact = false, repeated = false;
    for (const auto& item : paged.pages[p].items) {
      if (const auto* a = std::get_if<ArtifactStart>(&item)) in_artifact = a->type == ArtifactType::pagination;
      if (std::holds_alternative<ArtifactEnd>(item)) in_artifact = false;
      if (const auto* run = std::get_if<GlyphRun>(&item); run && in_artifact && run->text == "Office") repeated = true;
    }
    EXPECT_TRUE(repeated) << "page " << p + 1;
  }
}

TEST(Pagination, ListsQuotesFiguresAndRules) {
  model::List list;
  list.ordered = true;
  for (const char* item : {"Register before Friday.", "Bring an identity document and the invitation letter."}) {
    model::ListItem li;
    model::Block p;
    p.node = model::Paragraph{{text(item)}};
    li.blocks.push_back(std::move(p));
    list.items.push_back(std::move(li));
  }
  model::Block lb;
  lb.node = std::move(list);
  model::Quote quote;
  model::Block qp;
  qp.node = model::Paragraph{{text("We are glad to welcome the public in these new rooms.")}};
  quote.blocks.push_back(std::move(qp));
  quote.attribution = {text("The director")};
  model::Block qb;
  qb.node = std::move(quote);
  model::Figure fig;
  fig.image.src = "https://example.org/photo.jpg";
  fig.image.alt = "The new reading room, seen from the entrance";
  fig.caption = {text("The reading room.")};
  model::Block fb;
  fb.node = std::move(fig);
  model::Block rule;
  rule.node = model::Rule{};
  auto doc = Builder("en").heading(1, "Opening").block(std::move(lb)).block(std::move(qb)).block(std::move(rule))
                 .block(std::move(fb)).finish();
  lay(doc, tiny_page(), "blocks");
}

TEST(Pagination, ATableRowTallerThanAPageGoesOnFromPageToPage) {
  model::Table t;
  t.header_rows = 1;
  model::TableRow head, tall, last;
  head.cells = {cell("Name", true), cell("Notes", true)};
  tall.cells = {cell("Alphabetical", false), cell(lines_of(40), false)};
  last.cells = {cell("Beta", false), cell("A short note.", false)};
  t.rows = {head, tall, last};
  model::Block b;
  b.node = std::move(t);
  auto doc = Builder("en").para("Notes on the offices.").block(std::move(b)).finish();
  auto paged = layout_document(doc, tiny_page(), book());
  // Nothing below the text area, every paragraph's text whole (check_pages).
  for (const auto& p : checks::check_pages(paged.value, doc, tiny_page())) ADD_FAILURE() << p;
  ASSERT_GE(paged.value.pages.size(), 3u);
  int notices = 0, heads = 0;
  bool first_column_whole = false;
  // Distance from each page's "Name" (the head) to the first line of the row below it: the same
  // on every page, the row keeping its padding where it goes on under the repeated head.
  std::vector<double> gaps;
  for (const auto& page : paged.value.pages) {
    bool in_artifact = false, measured = false;
    std::optional<double> head_y;
    for (const auto& item : page.items) {
      if (const auto* a = std::get_if<ArtifactStart>(&item)) in_artifact = a->type == ArtifactType::pagination;
      if (std::holds_alternative<ArtifactEnd>(item)) in_artifact = false;
      const auto* run = std::get_if<GlyphRun>(&item);
      if (!run) continue;
      if (run->text == "Name") head_y = run->y;
      if (head_y && !measured && run->text != "Name" && run->text != "Notes") {
        gaps.push_back(std::abs(run->y - *head_y));
        measured = true;
      }
      if (in_artifact && run->text == "Name") ++heads;
      if (in_artifact) continue;
      // The first column is as wide as its longest word: not broken into letters.
      if (run->text == "Alphabetical") first_column_whole = true;
      for (std::size_t at = run->text.find("notice"); at != std::string::npos; at = run->text.find("notice", at + 1)) {
        ++notices;
      }
    }
  }
  EXPECT_EQ(notices, 40);
  EXPECT_TRUE(first_column_whole);
  EXPECT_EQ(heads, static_cast<int>(paged.value.pages.size()) - 1);  // the head repeats on every later page
  ASSERT_EQ(gaps.size(), paged.value.pages.size());
  for (double gap : gaps) EXPECT_NEAR(gap, gaps.front(), 0.01);
}

TEST(Pagination, ACellSpanningRowsKeepsItsColumnsFromTheRowsBelow) {
  model::Table t;
  t.header_rows = 1;
  model::TableRow head, first, second, third;
  head.cells = {cell("Region", true), cell("Office", true), cell("Hours", true)};
  model::TableCell north = cell("North", true);
  north.rowspan = 2;
  first.cells = {north, cell("Harbour Street", false), cell("9-17", false)};
  second.cells = {cell("Station Square", false), cell("10-16", false)};
  model::TableCell closed = cell("Closed", false);
  closed.colspan = 2;
  third.cells = {cell("South", true), closed};
  t.rows = {head, first, second, third};
  model::Block b;
  b.node = std::move(t);
  auto doc = Builder("en").block(std::move(b)).finish();
  auto paged = layout_document(doc, tiny_page(), book());
  for (const auto& p : checks::check_pages(paged.value, doc, tiny_page())) ADD_FAILURE() << p;
  ASSERT_EQ(paged.value.pages.size(), 1u);
  std::map<std::string, const GlyphRun*> runs;
  std::vector<const Rule*> rules;
  for (const auto& item : paged.value.pages[0].items) {
    if (const auto* run = std::get_if<GlyphRun>(&item)) runs[run->text.substr(0, run->text.find(' '))] = run;
    if (const auto* rule = std::get_if<Rule>(&item)) rules.push_back(rule);
  }
  ASSERT_TRUE(runs.count("Harbour") && runs.count("Station") && runs.count("North") && runs.count("10-16") &&
              runs.count("9-17") && runs.count("Closed"));
  EXPECT_DOUBLE_EQ(runs["Station"]->x, runs["Harbour"]->x);  // column 1, not under "North"
  EXPECT_DOUBLE_EQ(runs["10-16"]->x, runs["9-17"]->x);
  EXPECT_DOUBLE_EQ(runs["Closed"]->x, runs["Harbour"]->x);
  // The rule under the first body row starts after the North column; the others span the table.
  const double left = runs["North"]->x - 4;  // kCellPadding
  int short_rules = 0;
  for (const Rule* r : rules) {
    if (r->x1 > left + 1) ++short_rules;
  }
  EXPECT_EQ(short_rules, 1);
}

TEST(Pagination, ARightToLeftTableStartsAtTheRight) {
  model::Table t;
  t.header_rows = 1;
  model::TableRow head, body;
  head.cells = {cell("المدينة", true), cell("العدد", true)};
  body.cells = {cell("القاهرة", false), cell("١٢", false)};
  t.rows = {head, body};
  model::Block b;
  b.info.lang = "ar";
  b.info.dir = model::Direction::rtl;
  b.node = std::move(t);
  auto doc = Builder("ar").block(std::move(b)).finish();
  auto paged = layout_document(doc, tiny_page(), book());
  for (const auto& p : checks::check_pages(paged.value, doc, tiny_page())) ADD_FAILURE() << p;
  std::map<std::string, double> x;
  for (const auto& item : paged.value.pages.at(0).items) {
    if (const auto* run = std::get_if<GlyphRun>(&item)) x[run->text] = run->x;
  }
  ASSERT_TRUE(x.count("المدينة") && x.count("العدد") && x.count("القاهرة") && x.count("١٢"));
  EXPECT_GT(x["المدينة"], x["العدد"]);  // the first column is the rightmost
  EXPECT_GT(x["القاهرة"], x["١٢"]);
}

/// The language of the tag that is open around the first run whose text contains `needle`, and
/// that tag's type ("" and "" when no run has it).
std::pair<std::string, std::string> tag_around(const PagedDocument& doc, const std::string& needle) {
  for (const auto& page : doc.pages) {
    std::vector<const TagStart*> open;
    for (const auto& item : page.items) {
      if (const auto* t = std::get_if<TagStart>(&item)) open.push_back(t);
      if (std::holds_alternative<TagEnd>(item) && !open.empty()) open.pop_back();
      const auto* run = std::get_if<GlyphRun>(&item);
      if (run && run->text.find(needle) != std::string::npos && !open.empty()) {
        return {open.back()->type, open.back()->lang};
      }
    }
  }
  return {};
}

TEST(Pagination, AnUndescribedImageNoticeIsTaggedInItsOwnLanguage) {
  // Hungarian has no wording of its own (transform/image_labels): the notice stays English and
  // must say so to a screen reader, inline (a Span) and in a figure's box (its P).
  model::Inline image{{}, model::Image{"https://example.org/logo.png", std::nullopt}};
  model::Figure fig;
  fig.image.src = "https://example.org/map.png";
  model::Block fb;
  fb.node = std::move(fig);
  auto doc = Builder("hu").para({text("A logó: "), image, text(" a szöveg mellett.")}).block(std::move(fb)).finish();
  auto paged = layout_document(doc, tiny_page(), book());
  EXPECT_EQ(tag_around(paged.value, "Image"), std::make_pair(std::string("Span"), std::string("en")));
  EXPECT_EQ(tag_around(paged.value, "description]"), std::make_pair(std::string("Span"), std::string("en")));
  // The figure's box: the notice is the Figure's content, in a Span of its own language.
  int english_spans = 0;
  for (const auto& page : paged.value.pages) {
    for (const auto& item : page.items) {
      if (const auto* t = std::get_if<TagStart>(&item); t && t->type == "Span" && t->lang == "en") ++english_spans;
    }
  }
  EXPECT_EQ(english_spans, 2);
  // With a wording in the text's language nothing is added: the notice is Hungarian text.
  model::Inline described{{}, model::Image{"https://example.org/logo.png", std::nullopt, "Kép leírás nélkül", "hu"}};
  auto hu = Builder("hu").para({text("A logó: "), described}).finish();
  auto paged_hu = layout_document(hu, tiny_page(), book());
  EXPECT_EQ(tag_around(paged_hu.value, "leírás").first, "P");
}

TEST(Pagination, PageStartsPointAtTheFirstGlyphOfEachPage) {
  Builder b("en");
  for (int i = 0; i < 13; ++i) b.para("Filler paragraph number " + std::to_string(i + 1) + ".");
  b.para(lines_of(4));
  auto doc = b.finish();
  auto paged = layout_document(doc, tiny_page(), book());
  const auto starts = page_starts(paged.value);
  ASSERT_EQ(starts.size(), 2u);
  EXPECT_EQ(starts[0].block, doc.blocks.front().info.id);
  EXPECT_EQ(starts[0].offset, 0u);
  EXPECT_EQ(starts[1].block, doc.blocks.back().info.id);
  const std::string text = model::plain_text(doc.blocks.back());
  EXPECT_EQ(starts[1].offset, text.find("goes here ok. Line 4"));
}

}  // namespace
}  // namespace folio::layout
