#include <gtest/gtest.h>

#include "model/document.h"
#include "model/dump.h"
#include "model/table_grid.h"

namespace folio::model {
namespace {

Document sample() {
  Document doc;
  doc.metadata.title = "Titre";
  doc.metadata.language = "fr";
  Block h;
  h.role = Role::headline;
  h.node = Heading{1, {make_text("Titre")}};
  Block p;
  Inline link;
  link.node = Link{"https://exemple.org", {make_text("lien")}};
  Inline span;
  span.info.lang = "ar";
  span.info.dir = Direction::rtl;
  span.node = Span{{make_text("سلام")}};
  p.node = Paragraph{{make_text("Un\u202f« mot »\u00a0et un "), link, span}};
  Block list;
  List l{true, 3, {}};
  ListItem item;
  Block inner;
  inner.node = Paragraph{{make_text("élément")}};
  item.blocks.push_back(inner);
  l.items.push_back(item);
  list.node = l;
  Block fig;
  fig.node = Figure{Image{"a.png", std::nullopt}, {make_text("Légende")}};
  Block table;
  Table t;
  t.header_rows = 1;
  TableRow row;
  TableCell th;
  th.header = true;
  th.scope = Scope::column;
  th.colspan = 2;
  th.blocks.push_back(inner);
  row.cells.push_back(th);
  t.rows.push_back(row);
  table.node = t;
  doc.blocks = {h, p, list, fig, table};
  return doc;
}

TEST(Model, IdsFollowDocumentOrder) {
  Document doc = sample();
  assign_ids(doc);
  EXPECT_EQ(doc.blocks[0].info.id.value, 1u);
  EXPECT_EQ(std::get<Heading>(doc.blocks[0].node).content[0].info.id.value, 2u);
  EXPECT_EQ(doc.blocks[1].info.id.value, 3u);
  std::uint32_t last = 0;
  for_each_block(doc.blocks, [&](const Block& b) {
    EXPECT_GT(b.info.id.value, last);
    last = b.info.id.value;
  });
}

TEST(Model, PlainTextOfBlocks) {
  const Document doc = sample();
  EXPECT_EQ(plain_text(doc.blocks[1]), "Un\u202f« mot »\u00a0et un lienسلام");
  EXPECT_EQ(plain_text(doc.blocks[3]), "Légende");  // missing alt contributes nothing
}

TEST(Model, DumpIsStableAndShowsInvisibleCharacters) {
  Document doc = sample();
  assign_ids(doc);
  const std::string dump = dump_document(doc, {.spans = false});
  EXPECT_EQ(dump, dump_document(doc, {.spans = false}));
  EXPECT_NE(dump.find("text \"Un\\u202f« mot »\\u00a0et un \""), std::string::npos) << dump;
  EXPECT_NE(dump.find("span lang=ar dir=rtl"), std::string::npos);
  EXPECT_NE(dump.find("list ordered start=3"), std::string::npos);
  EXPECT_NE(dump.find("figure src=\"a.png\" alt=missing"), std::string::npos);
  EXPECT_NE(dump.find("header-cell scope=column colspan=2"), std::string::npos);
  EXPECT_NE(dump.find("link href=\"https://exemple.org\""), std::string::npos);
}

TEST(Model, ContentIdentifierDependsOnContentOnly) {
  Document a = sample();
  Document b = sample();
  b.metadata.source = "elsewhere.txt";
  b.blocks[0].info.span = base::Span{"x", 1, 2, 3, 4};
  EXPECT_EQ(content_identifier(a), content_identifier(b));
  std::get<Heading>(b.blocks[0].node).content[0] = make_text("Autre");
  EXPECT_NE(content_identifier(a), content_identifier(b));
  EXPECT_EQ(content_identifier(a).rfind("urn:folio:", 0), 0u);
}

TEST(Model, TableGridShiftsCellsPastRowspans) {
  // r0: A(rowspan 3) B C   r1: D(colspan 2)   r2: E F(rowspan 5: cut at the last row)   r3: G H
  const auto grid = place_cells({{{1, 3}, {1, 1}, {1, 1}}, {{2, 1}}, {{1, 1}, {1, 5}}, {{1, 1}, {1, 1}}});
  EXPECT_EQ(grid.columns, 3);
  ASSERT_EQ(grid.column.size(), 4u);
  EXPECT_EQ(grid.column[0], (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(grid.column[1], (std::vector<int>{1}));        // A covers column 0
  EXPECT_EQ(grid.column[2], (std::vector<int>{1, 2}));
  EXPECT_EQ(grid.column[3], (std::vector<int>{0, 1}));     // A ended; F covers column 2
  // Where a cell goes on into the next row: A below rows 0 and 1, F below row 2.
  EXPECT_EQ(grid.continues[0], (std::vector<bool>{true, false, false}));
  EXPECT_EQ(grid.continues[1], (std::vector<bool>{true, false, false}));
  EXPECT_EQ(grid.continues[2], (std::vector<bool>{false, false, true}));
  EXPECT_EQ(grid.continues[3], (std::vector<bool>{false, false, false}));
  // Spans below 1 count as 1; a wider row widens the grid.
  const auto odd = place_cells({{{0, 0}, {-3, 1}}, {{1, 1}, {1, 1}, {1, 1}, {1, 1}}});
  EXPECT_EQ(odd.column[0], (std::vector<int>{0, 1}));
  EXPECT_EQ(odd.columns, 4);
  EXPECT_EQ(place_cells({}).columns, 0);
}

TEST(Model, RoleTableIsComplete) {
  for (int r = 0; r <= static_cast<int>(Role::navigation); ++r) {
    const auto& info = role_info(static_cast<Role>(r));
    EXPECT_EQ(static_cast<int>(info.role), r);
    EXPECT_EQ(role_from_name(info.name), info.role);
  }
  EXPECT_FALSE(role_info(Role::navigation).text_output);
}

}  // namespace
}  // namespace folio::model
