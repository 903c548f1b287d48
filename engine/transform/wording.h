// The few words folio writes itself rather than takes from the source (what an undescribed image,
// a task's box and struck-through text say), in the languages it has them in.
#pragma once

#include <string>

namespace folio::transform {

enum class Phrase {
  image_without_description,  ///< stands for an image the source did not describe
  deleted,                    ///< said before struck-through text
  done,                       ///< a ticked task box
  not_done,                   ///< a task box not ticked
};

/// `phrase` in the language `lang` (BCP 47; Traditional Chinese by script or region), or "" when
/// folio has no wording in that language: writers then use the English default, marked English.
std::string wording(Phrase phrase, const std::string& lang);

}  // namespace folio::transform
