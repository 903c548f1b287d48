// Block content of the document model.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/inline.h"
#include "model/node.h"
#include "model/role.h"

namespace folio::model {

struct Block;
using Blocks = std::vector<Block>;

struct Heading {
  int level = 1;  ///< 1..6
  Inlines content;
};
struct Paragraph {
  Inlines content;
};
struct ListItem {
  NodeInfo info;
  Blocks blocks;
  /// A task-list item's box (`- [x]`, `<input type=checkbox>`): nullopt for an ordinary item,
  /// true when ticked (done), false when not. Writers show a box and say its state
  /// (model/state_text.h, model/list_marker.h).
  std::optional<bool> checked{};
  /// What the box says ("erledigt", "nicht erledigt") in the item's language, and that language;
  /// set by the release transforms; empty means the English default (model/state_text).
  std::string task_label{};
  std::string task_label_lang{};
};
struct List {
  bool ordered = false;
  int start = 1;
  std::vector<ListItem> items;
};
/// A block quotation; `attribution` is who said it (may be empty).
struct Quote {
  Blocks blocks;
  Inlines attribution;
};
struct Figure {
  Image image;
  Inlines caption;
};

enum class Scope { none, column, row, both };
const char* scope_name(Scope scope);

struct TableCell {
  NodeInfo info;
  bool header = false;
  Scope scope = Scope::none;  ///< for header cells
  int colspan = 1;
  int rowspan = 1;
  Blocks blocks;
};
struct TableRow {
  NodeInfo info;
  std::vector<TableCell> cells;
};
struct Table {
  Inlines caption;
  int header_rows = 0;  ///< leading rows that form the table head (repeated across pages)
  std::vector<TableRow> rows;
};
struct Rule {};
/// One footnote or endnote, the target of NoteRef inlines.
struct Note {
  NodeInfo info;
  std::string id;     ///< unique in the document: what NoteRef::note names
  std::string label;  ///< "1", "*": shown as note_marker(label), as its references show it
  Blocks blocks;      ///< the note's text
};
/// The notes of a release, footnotes and endnotes alike, in order. Readers put one Notes block
/// at the end of the document; writers show it where it stands (the PDF as Note elements, the
/// EPUB as an endnotes section, the text as "[1] …" paragraphs).
struct Notes {
  std::vector<Note> notes;
};
/// A group of blocks: an "About us" box, a contacts block, a chapter of a collection.
struct Section {
  Blocks blocks;
};

struct Block {
  NodeInfo info;
  Role role = Role::none;
  std::variant<Heading, Paragraph, List, Quote, Figure, Table, Rule, Section, Notes> node;
};

/// Inline content of a heading or paragraph; nullptr for other blocks.
Inlines* inline_content(Block& block);
const Inlines* inline_content(const Block& block);

/// Plain text of a block and everything in it, blocks separated by newlines.
std::string plain_text(const Block& block);

}  // namespace folio::model
