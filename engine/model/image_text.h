// The text that stands for an image wherever the image itself is not shown (plain text, and an
// image that is not a readable local file in the PDF and the EPUB): one wording for all writers.
#pragma once

#include <string>

#include "model/inline.h"

namespace folio::model {

/// "[alt]"; "[Image without description]" (or its missing_alt_label) when the source gave no
/// alternative text; "" for a decorative image (empty alt), which stands for nothing.
std::string image_stand_in(const Image& image);

/// The language of image_stand_in() when the image has no alt text ("en" for the default).
std::string missing_alt_language(const Image& image);

}  // namespace folio::model
