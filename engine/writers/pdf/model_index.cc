#include "writers/pdf/model_index.h"

#include "model/state_text.h"

namespace folio::pdf {

namespace {
template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;
}  // namespace

ModelIndex::ModelIndex(const model::Document& document) {
  // Notes first: the references to them come before them in the document.
  model::for_each_block(document.blocks, [&](const model::Block& block) {
    if (const auto* notes = std::get_if<model::Notes>(&block.node)) {
      for (const auto& note : notes->notes) notes_.try_emplace(note.id, note.info.id);
    }
  });
  add_blocks(document.blocks);
}

const NodeFacts* ModelIndex::find(base::NodeId node) const {
  auto it = facts_.find(node.value);
  return it == facts_.end() ? nullptr : &it->second;
}

void ModelIndex::add_blocks(const model::Blocks& blocks) {
  for (const model::Block& block : blocks) {
    NodeFacts& facts = facts_[block.info.id.value];
    facts.span = block.info.span;
    facts.lang = block.info.lang;
    facts.text = model::plain_text(block);
    std::visit(Overloaded{
                   [&](const model::Heading& h) { add_inlines(h.content); },
                   [&](const model::Paragraph& p) { add_inlines(p.content); },
                   [&](const model::List& list) {
                     for (const auto& item : list.items) {
                       facts_[item.info.id.value].span = item.info.span;
                       facts_[item.info.id.value].lang = item.info.lang;
                       add_blocks(item.blocks);
                     }
                   },
                   [&](const model::Quote& q) {
                     add_blocks(q.blocks);
                     add_inlines(q.attribution);
                   },
                   [&](const model::Figure& f) {
                     facts.alt = f.image.alt;
                     facts.is_image = true;
                     add_inlines(f.caption);
                   },
                   [&](const model::Table& table) {
                     add_inlines(table.caption);
                     for (std::size_t r = 0; r < table.rows.size(); ++r) {
                       const auto& row = table.rows[r];
                       facts_[row.info.id.value].span = row.info.span;
                       for (const auto& cell : row.cells) {
                         NodeFacts& cf = facts_[cell.info.id.value];
                         cf.span = cell.info.span;
                         cf.lang = cell.info.lang;
                         cf.scope = cell.scope;
                         cf.header = cell.header;
                         cf.in_header_rows = static_cast<int>(r) < table.header_rows;
                         cf.colspan = cell.colspan;
                         cf.rowspan = cell.rowspan;
                         add_blocks(cell.blocks);
                       }
                     }
                   },
                   [&](const model::Rule&) {},
                   [&](const model::Section& s) { add_blocks(s.blocks); },
                   [&](const model::Notes& notes) {
                     for (const auto& note : notes.notes) {
                       facts_[note.info.id.value].span = note.info.span;
                       facts_[note.info.id.value].lang = note.info.lang;
                       add_blocks(note.blocks);
                     }
                   },
               },
               block.node);
  }
}

void ModelIndex::add_inlines(const model::Inlines& inlines) {
  for (const model::Inline& inl : inlines) {
    NodeFacts& facts = facts_[inl.info.id.value];
    facts.span = inl.info.span;
    facts.lang = inl.info.lang;
    if (const auto* image = std::get_if<model::Image>(&inl.node)) {
      facts.alt = image->alt;
      facts.is_image = true;
    }
    if (const auto* link = std::get_if<model::Link>(&inl.node)) facts.href = link->href;
    if (const auto* ref = std::get_if<model::NoteRef>(&inl.node)) {
      facts.text = model::note_marker(ref->label);
      if (auto it = notes_.find(ref->note); it != notes_.end()) facts.note = it->second;
    }
    if (const model::Inlines* children = model::children_of(inl)) {
      facts.text = model::plain_text(*children);
      add_inlines(*children);
    }
    if (const auto* struck = std::get_if<model::Strikethrough>(&inl.node)) {
      facts.deleted = model::deleted_reading(*struck, facts.text);
    }
  }
}

}  // namespace folio::pdf
