// Links that say nothing: a link whose content reads as nothing (no text, only decorative
// images, or an image a reader dropped) has no accessible name (WCAG 2.2 SC 2.4.4 and 4.1.2;
// DAISY Ace / axe `link-name`).
#pragma once

#include <string>

#include "model/inline.h"

namespace folio::model {

/// True when the link's content gives no text to read: no text, only decorative images.
bool says_nothing(const Link& link);

/// Names `link` with `name` (not empty): its first decorative image takes the name as alt text
/// (the image is then the link's content, and a linked image's text alternative is the link's
/// name, WCAG technique H30); with no image, the name becomes the link's text. Every writer then
/// shows and reads the same words.
void give_name(Link& link, const std::string& name);

}  // namespace folio::model
