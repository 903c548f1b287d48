// The HTML reader's own DOM: a flat, index-linked tree built from libxml2's HTML parser so the
// rest of the reader never sees libxml2 and never recurses deeper than the depth limit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_text.h"

namespace folio::readers::html {

using NodeIndex = std::int32_t;
constexpr NodeIndex kNoNode = -1;

/// One element or text node. Children always have larger indices than their parent (document order).
struct HtmlNode {
  bool is_text = false;
  std::string name;  ///< lower-case tag name; empty for text
  std::string text;  ///< character data of a text node (raw, whitespace not collapsed)
  std::vector<std::pair<std::string, std::string>> attributes;  ///< names lower-cased
  std::uint32_t line = 0;                                        ///< 1-based source line, 0 unknown
  NodeIndex parent = kNoNode;
  std::vector<NodeIndex> children;

  /// The value of attribute `name`, or nullptr.
  const std::string* attribute(std::string_view attr) const;
  bool is(std::string_view tag) const { return !is_text && name == tag; }
};

/// Node 0 is the document root (name "#document").
struct HtmlTree {
  std::vector<HtmlNode> nodes;

  const HtmlNode& operator[](NodeIndex i) const { return nodes[static_cast<std::size_t>(i)]; }
  HtmlNode& operator[](NodeIndex i) { return nodes[static_cast<std::size_t>(i)]; }
  NodeIndex size() const { return static_cast<NodeIndex>(nodes.size()); }
  /// First descendant element of `from` (inclusive) named `tag`, in document order, or kNoNode.
  NodeIndex find(NodeIndex from, std::string_view tag) const;
  /// One past the last descendant of `node`: its subtree is [node, subtree_end(node)).
  NodeIndex subtree_end(NodeIndex node) const;
  /// Concatenated raw text of all text nodes under `node`.
  std::string text_content(NodeIndex node) const;
};

/// Parses `text` (UTF-8) with libxml2's HTML parser in recovery mode, without network access,
/// ignoring any declared charset. Elements nested deeper than `max_depth` are flattened into
/// their ancestor at the limit (reported as `html.nesting-too-deep`). Never fails.
HtmlTree parse_html_tree(std::string_view text, const base::SourceText& source, int max_depth,
                         base::Diagnostics& diagnostics);

}  // namespace folio::readers::html
