#include "model/list_marker.h"

namespace folio::model {

namespace {

std::string marker(const List& list, std::size_t index, const char* checked, const char* open) {
  const auto& task = list.items[index].checked;
  std::string number;
  if (list.ordered) {
    number = std::to_string(static_cast<long long>(list.start) + static_cast<long long>(index)) + ".";
  }
  if (!task) return list.ordered ? number : std::string("\u2022");
  return (number.empty() ? "" : number + " ") + (*task ? checked : open);
}

}  // namespace

std::string list_marker(const List& list, std::size_t index) { return marker(list, index, "\u2611", "\u2610"); }

std::string list_marker_text(const List& list, std::size_t index) { return marker(list, index, "[x]", "[ ]"); }

}  // namespace folio::model
