// What the PDF writer needs to know about model nodes that layout tags refer to by NodeId:
// alternative text, table header scope, link and heading text, the notes references go to.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

#include "base/ids.h"
#include "base/span.h"
#include "model/document.h"

namespace folio::pdf {

/// Facts about one model node.
struct NodeFacts {
  std::optional<std::string> alt;   ///< Image or Figure: nullopt = none given, "" = decorative
  bool is_image = false;
  std::string text;                 ///< plain text (headings, links, figures' captions)
  std::string href;                 ///< Link
  model::Scope scope = model::Scope::none;  ///< TableCell
  bool header = false;              ///< TableCell is a header cell
  bool in_header_rows = false;      ///< TableCell sits in the table's leading header rows
  int colspan = 1, rowspan = 1;     ///< TableCell: columns and rows it covers
  base::NodeId note;                ///< NoteRef: the Note it refers to (0 when there is none)
  std::optional<std::string> deleted;  ///< Strikethrough: what a reader hears ("deleted: old text")
  std::string lang;                 ///< the node's own language (BCP 47), "" when inherited
  base::Span span;
};

/// Every block, list item, table cell and inline of a document by NodeId. Borrows nothing.
class ModelIndex {
 public:
  explicit ModelIndex(const model::Document& document);
  /// The facts of `node`, or nullptr for an unknown id.
  const NodeFacts* find(base::NodeId node) const;

 private:
  void add_blocks(const model::Blocks& blocks);
  void add_inlines(const model::Inlines& inlines);
  std::unordered_map<std::uint32_t, NodeFacts> facts_;
  std::unordered_map<std::string, base::NodeId> notes_;  ///< Note::id → the Note's node
};

}  // namespace folio::pdf
