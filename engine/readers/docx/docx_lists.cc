#include "readers/docx/docx_lists.h"

#include <iterator>

namespace folio::readers::docx {

void ListBuilder::add(const ListPlace& place, model::Blocks item, const base::Span& span) {
  while (!open_.empty() && open_.back().place.level > place.level) open_.pop_back();
  if (!open_.empty() && open_.back().place.level == place.level) {
    const Open& top = open_.back();
    if (top.place.ordered != place.ordered || top.place.list != place.list || (place.ordered && place.number != top.next)) {
      open_.pop_back();
    }
  }
  if (open_.empty() || open_.back().place.level < place.level) {
    model::Blocks& parent = open_.empty() ? out_ : open_.back().list->items.back().blocks;
    model::Block block;
    block.info.span = span;
    model::List list;
    list.ordered = place.ordered;
    list.start = place.ordered ? place.number : 1;
    block.node = std::move(list);
    parent.push_back(std::move(block));
    open_.push_back({place, &std::get<model::List>(parent.back().node), place.number});
  }
  Open& top = open_.back();
  model::ListItem entry;
  entry.info.span = span;
  entry.blocks = std::move(item);
  top.list->items.push_back(std::move(entry));
  top.next = place.number + 1;
}

bool ListBuilder::append_to_item(model::Blocks& blocks) {
  if (open_.empty()) return false;
  auto& target = open_.back().list->items.back().blocks;
  target.insert(target.end(), std::make_move_iterator(blocks.begin()), std::make_move_iterator(blocks.end()));
  return true;
}

bool ListBuilder::continue_item(int level, model::Blocks& blocks) {
  while (!open_.empty() && open_.back().place.level > level) open_.pop_back();
  return append_to_item(blocks);
}

}  // namespace folio::readers::docx
