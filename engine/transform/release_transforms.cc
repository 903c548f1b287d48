#include "transform/release_transforms.h"

namespace folio::transform {
base::Diagnostics apply_release_transforms(model::Document& document, const TransformOptions&) {
  model::assign_ids(document);
  return {};
}
}  // namespace folio::transform
