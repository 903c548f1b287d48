// The words that say what a glyph or a line shows to a reader who does not see it (a task's box,
// struck-through text): one wording for all writers, in the reader's language where the release
// transforms found it (transform/state_labels.h), else in English.
#pragma once

#include <cstddef>
#include <string>

#include "model/block.h"

namespace folio::model {

/// Words and the language (BCP 47) they are in.
struct Wording {
  std::string text;
  std::string lang;
};

/// A task item's state: its task_label, else "done" or "not done" (English). Only for items
/// whose `checked` is set.
Wording task_state(const ListItem& item);

/// What a task item's marker says when read: its state, after the number in an ordered list
/// ("3. not done"). Only for items whose `checked` is set.
Wording task_marker_reading(const List& list, std::size_t index);

/// The word said before struck-through text: its label, else "deleted" (English).
Wording deleted_state(const Strikethrough& struck);

/// "deleted: old text": what a reader hears for struck-through text whose plain text is `text`.
std::string deleted_reading(const Strikethrough& struck, const std::string& text);

}  // namespace folio::model
