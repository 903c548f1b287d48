// The evidence the main-text classifier weighs for each TextBlock of a page, as numbers: what the
// text is like (length, link density, function words, punctuation, boilerplate vocabulary), where
// it sits (semantic elements and ARIA roles above it, class and id words of its ancestors, the
// page's structural content root and densest run of prose, the headline), and what is around it
// (neighbouring blocks, its container, blocks repeated or built from the same template).
// Nothing here names a site or a phrase of one: every feature says why a block is or is not prose.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "readers/html/html_tree.h"
#include "readers/html/text_blocks.h"

namespace folio::readers::html {

/// The names of the features, in the order of each row of block_features(); the model file names
/// its weights with them.
std::span<const std::string_view> block_feature_names();

struct PageContext {
  NodeIndex body = kNoNode;
  std::string title;      ///< the page's <title> / og:title, for the headline
  std::string language;   ///< ISO 639-1 of the page's function words ("" when none is known)
};

/// One row of features per block, block_feature_names().size() values each.
std::vector<std::vector<float>> block_features(const HtmlTree& tree, const std::vector<TextBlock>& blocks,
                                               const std::vector<bool>& block_like, const PageContext& page);

/// Why a dropped block is boilerplate, for the report: the kind of region its ancestors' elements,
/// roles or class words name ("navigation", "comments", "share widget"…), else what its text is
/// ("link list", "short text away from the main text").
std::string boilerplate_reason(const HtmlTree& tree, const TextBlock& block);

}  // namespace folio::readers::html
