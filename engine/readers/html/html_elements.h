// What kind of element an HTML element is for reading: block-level (it starts a new block),
// never rendered (script, style, head elements), or hidden from every reader.
#pragma once

#include <vector>

#include "readers/html/html_tree.h"

namespace folio::readers::html {

/// Block-level elements: their content is a block of its own, apart from the text around them.
bool is_block_level(const HtmlNode& node);

/// True for elements whose content is never rendered (script, style, template, head elements).
bool is_unrendered(const HtmlNode& node);

/// 1–6 for h1–h6, 0 for anything else.
int heading_level(const HtmlNode& node);

/// An element that says it holds the page's content: main, article, role=main,
/// itemprop=articleBody.
bool is_content_root(const HtmlNode& node);

/// Per node: it is block-level or an inline element holding a block-level one (such an inline
/// element is read as a block, as a browser lays it out).
std::vector<bool> block_like_nodes(const HtmlTree& tree);

}  // namespace folio::readers::html
