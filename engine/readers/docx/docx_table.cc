// BlockReader::table: WordprocessingML tables (w:tbl) as model tables. Columns spanned by a cell
// come from w:gridSpan (and w:gridBefore for rows that start later); rows spanned come from
// w:vMerge, where a "restart" cell is continued by the empty cells below it; rows marked
// "Repeat as header row" (w:tblHeader) at the top of the table are its head.
#include <algorithm>
#include <cstdlib>
#include <map>

#include "readers/docx/docx_blocks.h"
#include "readers/docx/docx_properties.h"
#include "readers/html/inline_whitespace.h"

namespace folio::readers::docx {

namespace {

// Rows and cells may sit inside content controls or custom XML: the elements named `name`
// among `parent`'s children, looking through those wrappers.
void collect(const XmlTree& tree, XmlIndex parent, std::string_view name, std::vector<XmlIndex>& out, int depth = 0) {
  if (depth > 8) return;
  for (XmlIndex c : tree.children(parent)) {
    if (tree.is(c, name)) {
      out.push_back(c);
    } else if (tree.is(c, "w:sdt")) {
      collect(tree, tree.child(c, "w:sdtContent"), name, out, depth + 1);
    } else if (tree.is(c, "w:customXml") || tree.is(c, "w:ins") || tree.is(c, "w:moveTo")) {
      collect(tree, c, name, out, depth + 1);
    }
  }
}

int positive(std::optional<int> value, int fallback, int limit) {
  return value && *value >= 1 ? std::min(*value, limit) : fallback;
}

// Whether the table's look has "Header Row" ticked (w:tblLook w:firstRow, or bit 0x0020 of the
// older hexadecimal w:val).
bool header_row_ticked(const XmlTree& tree, XmlIndex tbl_pr) {
  const XmlIndex look = tree.child(tbl_pr, "w:tblLook");
  if (look == kNoElement) return false;
  if (tree.attribute(look, "w:firstRow")) return on_off_value(*tree.attribute(look, "w:firstRow"));
  const std::string hex(tree.attribute(look, "w:val").value_or("0"));
  return (std::strtoul(hex.c_str(), nullptr, 16) & 0x0020) != 0;
}

// A cell whose text is all bold.
bool all_strong(const model::Blocks& blocks) {
  bool any = false;
  for (const auto& b : blocks) {
    const auto* p = std::get_if<model::Paragraph>(&b.node);
    if (p == nullptr) return false;
    for (const auto& i : p->content) {
      if (std::holds_alternative<model::Strong>(i.node)) {
        any = true;
      } else if (!html::is_blank({&i, 1})) {
        return false;
      }
    }
  }
  return any;
}

// Without rows marked "Repeat as header row", the first row is the head when Word shows it as
// one: "Header Row" ticked in a table style that sets the first row apart, or every cell of it
// in bold. Returns why, or "".
std::string implied_head(const XmlTree& tree, XmlIndex tbl, const StyleSheet& styles, const model::Table& t) {
  const XmlIndex tbl_pr = tree.child(tbl, "w:tblPr");
  const std::string_view style = tree.attribute(tree.child(tbl_pr, "w:tblStyle"), "w:val").value_or("");
  if (header_row_ticked(tree, tbl_pr) && styles.table_first_row_styled(style)) {
    return "its table style sets the first row apart";
  }
  const auto& first = t.rows.front().cells;
  if (!first.empty() && std::all_of(first.begin(), first.end(), [](const model::TableCell& c) { return all_strong(c.blocks); })) {
    return "the first row is all in bold";
  }
  return "";
}

}  // namespace

void BlockReader::table(XmlIndex tbl, Flow& flow) {
  const XmlTree& tree = part_.tree;
  std::vector<XmlIndex> rows;
  collect(tree, tbl, "w:tr", rows);

  model::Table t;
  bool head = true;
  int columns = 0;
  std::map<int, std::pair<std::size_t, std::size_t>> above;  // grid column → (row, cell) of the cell starting there
  for (XmlIndex tr : rows) {
    const XmlIndex tr_pr = tree.child(tr, "w:trPr");
    const XmlIndex header = tree.child(tr_pr, "w:tblHeader");
    head = head && header != kNoElement && on_off(tree, header);
    if (head) ++t.header_rows;
    model::TableRow row;
    row.info.span = part_.span(tr);
    int column = positive(int_attribute(tree, tree.child(tr_pr, "w:gridBefore"), "w:val"), 0, 1000);
    std::vector<XmlIndex> cells;
    collect(tree, tr, "w:tc", cells);
    for (XmlIndex tc : cells) {
      const XmlIndex tc_pr = tree.child(tc, "w:tcPr");
      const int span = positive(int_attribute(tree, tree.child(tc_pr, "w:gridSpan"), "w:val"), 1, 1000);
      const XmlIndex merge = tree.child(tc_pr, "w:vMerge");
      const bool continues = merge != kNoElement && tree.attribute(merge, "w:val").value_or("continue") != "restart";
      if (continues) {
        if (auto it = above.find(column); it != above.end()) {
          model::TableCell& owner = t.rows[it->second.first].cells[it->second.second];
          ++owner.rowspan;
          read(tc, owner.blocks);  // usually empty; text left in a merged cell still shows in Word
          column += span;
          continue;
        }
      }
      model::TableCell cell;
      cell.info.span = part_.span(tc);
      cell.colspan = span;
      cell.header = head;
      if (head) cell.scope = model::Scope::column;
      read(tc, cell.blocks);
      above[column] = {t.rows.size(), row.cells.size()};
      row.cells.push_back(std::move(cell));
      column += span;
    }
    columns = std::max(columns, column);
    t.rows.push_back(std::move(row));
  }
  if (t.rows.empty()) return;

  // One row or one column lays text out; it holds no data to relate across rows and columns.
  const bool layout = t.rows.size() <= 1 || columns <= 1;
  std::string why_head;
  if (!layout && t.header_rows == 0) {
    why_head = implied_head(tree, tbl, context_.styles, t);
    if (!why_head.empty()) {
      t.header_rows = 1;
      for (auto& cell : t.rows.front().cells) {
        cell.header = true;
        cell.scope = model::Scope::column;
      }
      context_.diagnostics.push_back(base::make_note("docx.header-row-implied", part_.span(tbl),
                                                     "the first row of a table is read as its header row: " + why_head,
                                                     "in Word: Table Properties > Row > Repeat as header row at the top of each page"));
    }
  }
  // A table with no header row cannot say what its cells are (ISO 14289-1 7.5, WCAG 1.3.1): as
  // in the HTML reader, its cells are read as blocks, and the author is told.
  if (layout || t.header_rows == 0) {
    if (layout) {
      context_.diagnostics.push_back(base::make_note("docx.layout-table", part_.span(tbl),
                                                     "a table of a single " + std::string(columns <= 1 ? "column" : "row") +
                                                         " was read as ordinary blocks"));
    } else {
      context_.diagnostics.push_back(base::make_warning(
          "docx.table-without-header", part_.span(tbl), "a table without a header row was read as ordinary blocks",
          "in Word: select the first row, Table Properties > Row > Repeat as header row at the top of each page"));
    }
    for (auto& row : t.rows) {
      for (auto& cell : row.cells) flow.push_all(cell.blocks);
    }
    return;
  }
  // The table's "Alt Text" title is the name the author gave it, unless a caption paragraph
  // next to it names it where everyone sees it (attach_captions).
  const auto title = tree.attribute(tree.child(tree.child(tbl, "w:tblPr"), "w:tblCaption"), "w:val");
  if (title && !title->empty()) t.caption.push_back(model::make_text(std::string(*title), part_.span(tbl)));
  model::Block block;
  block.info.span = part_.span(tbl);
  block.node = std::move(t);
  flow.push(std::move(block));
  if (title && !title->empty()) flow.titled_tables.push_back(flow.out.size() - 1);
}

}  // namespace folio::readers::docx
