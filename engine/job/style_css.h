// The EPUB stylesheet of a house style: the style's colours, proportions and alignment in
// relative units only, so readers' own font and size settings still apply.
#pragma once

#include <string>

#include "style/style.h"

namespace folio::job {

/// The writer's default CSS followed by the style's overrides.
std::string epub_css(const style::Style& style);

}  // namespace folio::job
