#include "model/list_marker.h"

namespace folio::model {

std::string list_marker(const List& list, std::size_t index) {
  if (!list.ordered) return "\u2022";
  return std::to_string(static_cast<long long>(list.start) + static_cast<long long>(index)) + ".";
}

}  // namespace folio::model
