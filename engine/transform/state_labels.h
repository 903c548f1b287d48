// The words that say a task box's state and that text is struck through, in the language around
// them (transform/wording.h), stored in the model for every writer (model/state_text.h).
#pragma once

#include "model/document.h"

namespace folio::transform {

/// Gives every task item its state's words ("erledigt") and every strikethrough its word
/// ("gelöscht") in the language in force where it stands; where folio has no words in that
/// language, the model's English default stays. Returns how many nodes were labelled.
int label_states(model::Document& document);

}  // namespace folio::transform
