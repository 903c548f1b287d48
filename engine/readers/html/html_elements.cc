#include "readers/html/html_elements.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "readers/html/html_strings.h"

namespace folio::readers::html {

namespace {

constexpr std::array<std::string_view, 48> kBlockElements{
    "address", "article", "aside",  "blockquote", "body",    "caption", "center",   "dd",     "details", "dialog",
    "dir",     "div",     "dl",     "dt",         "fieldset", "figcaption", "figure", "footer", "form",    "h1",
    "h2",      "h3",      "h4",     "h5",         "h6",      "header",  "hgroup",   "hr",     "html",    "li",
    "main",    "menu",    "nav",    "ol",         "p",       "pre",     "section",  "summary", "table",  "tbody",
    "td",      "tfoot",   "th",     "thead",      "tr",      "ul",      "legend",   "search"};

}  // namespace

bool is_block_level(const HtmlNode& n) {
  return !n.is_text && std::find(kBlockElements.begin(), kBlockElements.end(), n.name) != kBlockElements.end();
}

bool is_unrendered(const HtmlNode& node) {
  const std::string& n = node.name;
  return n == "script" || n == "style" || n == "template" || n == "head" || n == "title" || n == "meta" ||
         n == "link" || n == "base";
}

int heading_level(const HtmlNode& n) {
  if (n.is_text || n.name.size() != 2 || n.name[0] != 'h' || n.name[1] < '1' || n.name[1] > '6') return 0;
  return n.name[1] - '0';
}

bool is_content_root(const HtmlNode& n) {
  if (n.is_text) return false;
  const auto* role = n.attribute("role");
  const auto* prop = n.attribute("itemprop");
  return n.is("main") || n.is("article") || (role && lower_ascii(*role) == "main") ||
         (prop && lower_ascii(*prop) == "articlebody");
}

std::vector<bool> block_like_nodes(const HtmlTree& tree) {
  std::vector<bool> block(static_cast<std::size_t>(tree.size()), false);
  // Children have larger indices than their parent: one backward pass sees every child first.
  for (NodeIndex i = tree.size() - 1; i >= 0; --i) {
    const HtmlNode& n = tree[i];
    const auto at = static_cast<std::size_t>(i);
    if (!n.is_text && is_block_level(n)) block[at] = true;
    if (block[at] && n.parent != kNoNode) {
      const auto parent = static_cast<std::size_t>(n.parent);
      // The parent holds a block; it is block-like only if it is an element at all.
      if (!tree[n.parent].is_text) block[parent] = true;
    }
  }
  return block;
}

}  // namespace folio::readers::html
