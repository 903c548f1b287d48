#include "readers/common/attribution.h"

#include <string_view>

namespace folio::readers {

bool strip_attribution_dash(model::Inlines& inlines) {
  if (inlines.empty()) return false;
  auto* t = std::get_if<model::Text>(&inlines.front().node);
  if (!t) return false;
  for (std::string_view dash : {"—", "–", "―", "-- ", "- "}) {
    if (!t->text.starts_with(dash)) continue;
    std::string_view rest = std::string_view(t->text).substr(dash.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    t->text = std::string(rest);
    return true;
  }
  return false;
}

}  // namespace folio::readers
