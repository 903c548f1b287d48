#include <gtest/gtest.h>

#include "model/document.h"
#include "model/dump.h"
#include "model/list_marker.h"
#include "model/state_text.h"
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

// A paragraph with a struck word and a note reference, a task list, and the note at the end.
Document notes_sample() {
  Document doc;
  Block p;
  Inline struck;
  struck.node = Strikethrough{{make_text("lundi")}};
  Inline ref;
  ref.node = NoteRef{"fn-a", "1"};
  p.node = Paragraph{{make_text("Le "), struck, make_text(" mardi"), ref, make_text(".")}};
  Block tasks;
  List l;
  for (bool done : {true, false}) {
    ListItem item;
    item.checked = done;
    Block b;
    b.node = Paragraph{{make_text(done ? "fait" : "à faire")}};
    item.blocks.push_back(b);
    l.items.push_back(item);
  }
  tasks.node = l;
  Block notes;
  Note note{{}, "fn-a", "1", {}};
  Block body;
  body.node = Paragraph{{make_text("Voir le rapport.")}};
  note.blocks.push_back(body);
  notes.node = Notes{{note}};
  doc.blocks = {p, tasks, notes};
  return doc;
}

TEST(Model, NotesStruckTextAndTasksInPlainTextIdsAndDump) {
  Document doc = notes_sample();
  assign_ids(doc);
  // The note reference reads as its marker; struck text as itself (writers add the line).
  EXPECT_EQ(plain_text(doc.blocks[0]), "Le lundi mardi[1].");
  EXPECT_EQ(plain_text(doc.blocks[2]), "Voir le rapport.");
  // The note and the blocks inside it are numbered and walked like list items.
  const auto& note = std::get<Notes>(doc.blocks[2].node).notes[0];
  EXPECT_GT(note.info.id.value, doc.blocks[2].info.id.value);
  EXPECT_EQ(note.blocks[0].info.id.value, note.info.id.value + 1);
  int walked = 0;
  for_each_block(doc.blocks, [&](const Block& b) { walked += &b == &note.blocks[0] ? 1 : 0; });
  EXPECT_EQ(walked, 1);
  const std::string dump = dump_document(doc, {.spans = false});
  EXPECT_NE(dump.find("strikethrough edit"), std::string::npos) << dump;
  EXPECT_NE(dump.find("note-ref note=\"fn-a\" label=\"1\""), std::string::npos) << dump;
  EXPECT_NE(dump.find("item task=done"), std::string::npos) << dump;
  EXPECT_NE(dump.find("item task=open"), std::string::npos) << dump;
  EXPECT_NE(dump.find("notes\n    note id=\"fn-a\" label=\"1\""), std::string::npos) << dump;
}

TEST(Model, TaskMarkersAndStateWords) {
  Document doc = notes_sample();
  const auto& list = std::get<List>(doc.blocks[1].node);
  EXPECT_EQ(list_marker(list, 0), "\u2611");
  EXPECT_EQ(list_marker(list, 1), "\u2610");
  EXPECT_EQ(list_marker_text(list, 0), "[x]");
  EXPECT_EQ(list_marker_text(list, 1), "[ ]");
  List ordered = list;
  ordered.ordered = true;
  ordered.start = 4;
  EXPECT_EQ(list_marker(ordered, 1), "5. \u2610");
  EXPECT_EQ(list_marker_text(ordered, 0), "4. [x]");
  ordered.items[0].checked.reset();
  EXPECT_EQ(list_marker_text(ordered, 0), "4.");
  // English until the transforms give the item's language its words.
  EXPECT_EQ(task_state(list.items[0]).text, "done");
  EXPECT_EQ(task_state(list.items[1]).text, "not done");
  ListItem labelled = list.items[1];
  labelled.task_label = "pas fait";
  labelled.task_label_lang = "fr";
  EXPECT_EQ(task_state(labelled).text, "pas fait");
  EXPECT_EQ(task_state(labelled).lang, "fr");
  Strikethrough struck{{make_text("lundi")}};
  EXPECT_EQ(deleted_reading(struck, "lundi"), "deleted: lundi");
  struck.label = "supprimé";
  EXPECT_EQ(deleted_reading(struck, "lundi"), "supprimé: lundi");
  EXPECT_EQ(note_marker("iv"), "[iv]");
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
