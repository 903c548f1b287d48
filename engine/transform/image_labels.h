// The words that stand for an undescribed image, in the language of the text around it.
#pragma once

#include <string>

#include "model/document.h"

namespace folio::transform {

/// "Image without description" in the language `lang` (BCP 47), or "" when folio has no
/// wording in that language (the English default is used, marked as English by the writers).
std::string missing_alt_label(const std::string& lang);

/// Gives every image without alt text (inline, or the image of a figure) its missing-alt label
/// in the language in force where it stands, so the PDF, the EPUB and the text say it alike in
/// the reader's language. Returns how many images were labelled.
int label_undescribed_images(model::Document& document);

}  // namespace folio::transform
