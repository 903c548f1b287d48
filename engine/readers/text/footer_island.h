// An island the main-text model kept in a web page's footer: after the text's end, past the
// comments, related links, the newsletter or the legal notice, a block or two it liked (a teaser, the author's
// portrait, a call to subscribe). The text does not resume after its footer.
#pragma once

#include <vector>

#include "readers/text/main_text.h"

namespace folio::readers {

/// Unmarks, after the page's main run of kept blocks (the most text), each kept run of one or two
/// blocks, shorter than a third of the main run, with at least three blocks before it not kept
/// and, between the main run and it, a block naming comments, related links, a newsletter or the
/// legal notice (share buttons stand under a text's byline as often as after its end).
void drop_islands_after_text(const std::vector<TextBlock>& blocks, std::vector<bool>& kept);

}  // namespace folio::readers
