// The semantic document model: what every reader produces and every writer consumes.
#pragma once

#include <functional>

#include "model/block.h"
#include "model/metadata.h"

namespace folio::model {

/// One release. Value type: copyable, no shared state.
struct Document {
  Metadata metadata;
  Blocks blocks;
  Direction dir = Direction::inherit;  ///< base direction of the document
};

/// Numbers every block, list item, cell, note and inline in document order, from 1.
void assign_ids(Document& document);

/// Calls `fn` for every block, depth first, parents before children.
void for_each_block(Blocks& blocks, const std::function<void(Block&)>& fn);
void for_each_block(const Blocks& blocks, const std::function<void(const Block&)>& fn);

/// Calls `fn` for every inline list directly held by a block (content, caption, attribution),
/// with the block that owns it.
void for_each_inlines(Blocks& blocks, const std::function<void(Block&, Inlines&)>& fn);

/// Calls `fn` for every Text node inside `inlines`, depth first, with the enclosing language
/// ("" when not set on any enclosing inline).
void for_each_text(Inlines& inlines, const std::function<void(Inline&, Text&)>& fn);

/// A stable identifier derived from the document's content ("urn:folio:<hex>").
std::string content_identifier(const Document& document);

}  // namespace folio::model
