// Nested model lists from a run of numbered paragraphs: Word has no list element, only
// paragraphs that carry a list id, a level and the number they show.
#pragma once

#include <vector>

#include "model/block.h"

namespace folio::readers::docx {

/// Where one numbered paragraph belongs.
struct ListPlace {
  int level = 0;       ///< w:ilvl, 0 outermost
  bool ordered = false;
  int number = 1;      ///< the number it shows (ordered lists)
  int list = 0;        ///< the abstract numbering: items of one list share it
};

class ListBuilder {
 public:
  explicit ListBuilder(model::Blocks& out) : out_(out) {}

  /// Adds an item. A deeper level opens a list inside the last item; a change of list, of
  /// kind, or a number that does not follow (a restart, a skipped number) starts a new list
  /// with that start value.
  void add(const ListPlace& place, model::Blocks item, const base::Span& span);
  /// Blocks that belong to the current item (text boxes anchored in it); false when no list
  /// is open.
  bool append_to_item(model::Blocks& blocks);
  /// Blocks that go on the current item of `level` (or the deepest open one above it): a further
  /// paragraph of an item. False when no list is open.
  bool continue_item(int level, model::Blocks& blocks);
  /// Ends every open list: the next item starts a new one.
  void close() { open_.clear(); }

 private:
  struct Open {
    ListPlace place;
    model::List* list;
    int next = 1;
  };
  model::Blocks& out_;
  std::vector<Open> open_;
};

}  // namespace folio::readers::docx
