// The page's text cut the way the reader maps it: each run of inline content (a paragraph, a
// heading, a list item's or a cell's text, text between two blocks of a div) is one TextBlock, in
// document order. The main-text classifier decides per TextBlock.
#pragma once

#include <string>
#include <vector>

#include "readers/html/html_tree.h"

namespace folio::readers::html {

struct TextBlock {
  NodeIndex owner = kNoNode;  ///< the element whose children the run is made of
  std::size_t begin = 0;      ///< the run is owner.children[begin, end)
  std::size_t end = 0;
  std::string text;           ///< the run's text, whitespace collapsed
  int chars = 0;              ///< code points other than whitespace
  int link_chars = 0;         ///< of those, the ones inside a link
  int links = 0;              ///< links that start in the run
};

/// The runs of visible text under `root`. `skip[node]` marks subtrees that are not shown (scripts,
/// hidden elements); `block_like` is block_like_nodes(tree). Runs with no visible character are
/// left out.
std::vector<TextBlock> text_blocks(const HtmlTree& tree, NodeIndex root, const std::vector<bool>& skip,
                                   const std::vector<bool>& block_like);

}  // namespace folio::readers::html
