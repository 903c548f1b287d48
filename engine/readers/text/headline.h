// The headline of a page saved as text: which lines are its title, and, on a web page, which
// block above the text the main-text model left out is the article's headline.
#pragma once

#include <cstddef>
#include <vector>

#include "readers/text/line_scan.h"
#include "readers/text/main_text.h"

namespace folio::readers {

/// Whether lines [first, last] read like a title: not a sentence, not too long, not a list item or
/// a label, and text follows, but not the title's own words going on in lower case.
bool looks_like_headline(const std::vector<Line>& lines, std::size_t first, std::size_t last, std::size_t wrap);

/// The last line of a headline starting at `first`: the lines the page's wrapping carries on, up
/// to a byline, a picture or a form field, when they read like a title together; else `first`.
std::size_t headline_end(const std::vector<Line>& lines, std::size_t first, std::size_t wrap);

/// The first line of the headline: the body's first line, or a line below the pictures, dates
/// and bylines above it (at most three lines) when it reads like a title.
std::size_t headline_start(const std::vector<Line>& lines, std::size_t body, std::size_t wrap);

/// Marks the article's headline among `blocks` as kept, and the short lines kept just above it
/// (a section's name, a kicker) as not: the title nearest above the text's first sentence over
/// the date, byline, picture, counts and share buttons between them, or the title right above
/// the first block kept, the longest of them.
void keep_headline(const std::vector<Line>& lines, const std::vector<TextBlock>& blocks, std::size_t wrap,
                   std::vector<bool>& kept);

}  // namespace folio::readers
