// What every model node carries: identity, source span, language and direction.
#pragma once

#include <string>

#include "base/ids.h"
#include "base/span.h"

namespace folio::model {

enum class Direction { inherit, ltr, rtl };

/// "", "ltr", "rtl".
const char* direction_name(Direction direction);

/// Common header of blocks and inlines.
struct NodeInfo {
  base::NodeId id;        ///< assigned by assign_ids() in document order
  base::Span span;        ///< where the node came from; may be unknown for synthesised nodes
  std::string lang;       ///< BCP 47 tag when it differs from (or sets) the enclosing language
  Direction dir = Direction::inherit;
};

}  // namespace folio::model
