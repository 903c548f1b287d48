// Main-content extraction: which regions of a page are boilerplate (menus, page header and
// footer, cookie banners, share widgets, scripts) and which container holds the release.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_text.h"
#include "readers/html/html_tree.h"

namespace folio::readers::html {

/// A subtree left out of the content, with what kind of region it is ("navigation", "cookie banner").
struct DroppedRegion {
  NodeIndex node = kNoNode;
  std::string kind;
};

struct ContentChoice {
  NodeIndex root = kNoNode;            ///< the container whose blocks form the document
  std::vector<DroppedRegion> regions;  ///< in document order, reported and possibly kept
  std::vector<bool> dropped;           ///< per node: root of a dropped region (boilerplate or unrendered)
  std::vector<bool> on_path;           ///< per node: strict ancestor of `root`
  /// Siblings before `root` that hold the release's lead image (a featured photo and its caption
  /// placed between the headline and the text by the site's template), in document order.
  std::vector<NodeIndex> lead_ins;
};

/// Chooses the content under `body`: structure first (main, article, role=main,
/// itemprop=articleBody), text and link density otherwise. Every region with text that is left
/// out is reported as `html.region-dropped` (note); scripts and styles are counted in one note.
ContentChoice choose_main_content(const HtmlTree& tree, NodeIndex body, const base::SourceText& source,
                                  base::Diagnostics& diagnostics);

/// For fragments: no boilerplate removal; only unrendered elements (script, style) are dropped.
ContentChoice whole_fragment(const HtmlTree& tree, NodeIndex body);

/// True for elements whose content is never rendered (script, style, template, head elements).
bool is_unrendered(const HtmlNode& node);

}  // namespace folio::readers::html
