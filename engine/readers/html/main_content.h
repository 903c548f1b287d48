// Main-content extraction: which parts of a page are the release and which are boilerplate
// (menus, page header and footer, teasers, share and newsletter boxes, comments, cookie banners).
//
// Elements that are never shown (scripts, hidden elements, form controls, embedded frames) are
// dropped by what they are. Every other run of text (a TextBlock) is weighed by a learned model,
// the main-text classifier (block_features.h lists its evidence; the weights are a reviewed data
// file, html_main_text_model.tsv, trained by scripts/main-text), then a few rules with reasons
// (scripts/main-text/README.md lists them). A subtree with no kept block is dropped as one region;
// images and rules are kept only between kept text or right before it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_text.h"
#include "readers/html/html_tree.h"

namespace folio::readers::html {

/// A subtree (or, inside an element that keeps other text, a run of inline nodes starting at
/// `node`) left out of the content, with what kind of region it is ("navigation", "comments").
struct DroppedRegion {
  NodeIndex node = kNoNode;
  std::string kind;
};

struct ContentChoice {
  std::vector<DroppedRegion> regions;  ///< in document order, reported and possibly kept
  std::vector<bool> dropped;           ///< per node: root of a dropped region (boilerplate or unrendered)
  std::map<NodeIndex, NodeIndex> run_end;  ///< dropped inline runs: first node → end of the run
  std::size_t dropped_images = 0;          ///< text-less subtrees with an image, outside the kept text

  /// True when `node` or one of its ancestors was dropped.
  bool dropped_at(const HtmlTree& tree, NodeIndex node) const;
};

/// Chooses the content under `body` with the main-text classifier. `page_title` is the page's
/// <title> and og:title (a block that repeats it is the headline).
ContentChoice choose_main_content(const HtmlTree& tree, NodeIndex body, const std::string& page_title);

/// Reports every region with text that `choice` left out as `html.region-dropped` (note), except
/// what was read elsewhere (a footnote read into the notes); scripts and styles in one note.
void report_dropped(const HtmlTree& tree, NodeIndex body, const ContentChoice& choice,
                    const std::vector<bool>& read_elsewhere, const base::SourceText& source,
                    base::Diagnostics& diagnostics);

/// For fragments: no boilerplate removal; only unrendered elements (script, style) are dropped.
ContentChoice whole_fragment(const HtmlTree& tree, NodeIndex body);

/// The classifier's probability that each text block under `body` is main text, with the blocks'
/// first words: what scripts/main-text trains on (folio-html-main-text-features prints it).
struct BlockScore {
  NodeIndex owner = kNoNode;
  std::string text;
  double probability = 0;
  bool kept = false;
  std::vector<float> features;
};
std::vector<BlockScore> score_text_blocks(const HtmlTree& tree, NodeIndex body, const std::string& page_title);

}  // namespace folio::readers::html
