#include "model/state_text.h"

namespace folio::model {

Wording task_state(const ListItem& item) {
  if (!item.task_label.empty()) return {item.task_label, item.task_label_lang};
  return {item.checked.value_or(false) ? "done" : "not done", "en"};
}

Wording task_marker_reading(const List& list, std::size_t index) {
  Wording state = task_state(list.items[index]);
  if (list.ordered) {
    state.text = std::to_string(static_cast<long long>(list.start) + static_cast<long long>(index)) + ". " + state.text;
  }
  return state;
}

Wording deleted_state(const Strikethrough& struck) {
  if (!struck.label.empty()) return {struck.label, struck.label_lang};
  return {"deleted", "en"};
}

std::string deleted_reading(const Strikethrough& struck, const std::string& text) {
  return deleted_state(struck).text + ": " + text;
}

}  // namespace folio::model
