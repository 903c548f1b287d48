// The only file that includes libxml2.
#include "readers/html/html_tree.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <utility>

#include "readers/html/html_strings.h"

namespace folio::readers::html {

namespace {

std::string lower(const xmlChar* s) { return lower_ascii(s ? reinterpret_cast<const char*>(s) : ""); }

std::uint32_t line_of(xmlNode* node) {
  const long line = xmlGetLineNo(node);
  return line > 0 ? static_cast<std::uint32_t>(line) : 0;
}

// libxml2 numbers a text node with the line where it ends; readers want the line of its first
// visible character.
std::uint32_t text_line(const std::string& text, std::uint32_t end_line) {
  const std::size_t first = text.find_first_not_of(" \t\r\n\f");
  const auto newlines_after = static_cast<std::uint32_t>(
      std::count(text.begin() + static_cast<std::ptrdiff_t>(first == std::string::npos ? text.size() : first), text.end(), '\n'));
  return end_line > newlines_after ? end_line - newlines_after : end_line;
}

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct CtxtDeleter {
  void operator()(htmlParserCtxt* ctxt) const { htmlFreeParserCtxt(ctxt); }
};

class TreeBuilder {
 public:
  TreeBuilder(HtmlTree& tree, int max_depth) : tree_(tree), max_depth_(std::max(max_depth, 1)) {}

  // Pre-order walk over libxml2's tree by pointers: no recursion whatever the nesting.
  void build(xmlDoc* doc) {
    std::vector<NodeIndex> parents{0};
    xmlNode* n = doc->children;
    while (n) {
      const NodeIndex created = add(n, parents.back(), static_cast<int>(parents.size()));
      if (n->type == XML_ELEMENT_NODE && n->children) {
        parents.push_back(created);
        n = n->children;
        continue;
      }
      while (n && !n->next) {
        n = n->parent;
        parents.pop_back();
        if (parents.empty() || n == reinterpret_cast<xmlNode*>(doc)) n = nullptr;
      }
      if (n) n = n->next;
    }
  }

  std::uint32_t deepest_line() const { return too_deep_line_; }
  bool too_deep() const { return too_deep_; }

 private:
  // Returns the node that children of `n` attach to.
  NodeIndex add(xmlNode* n, NodeIndex parent, int depth) {
    switch (n->type) {
      case XML_ELEMENT_NODE: {
        if (depth > max_depth_) {
          if (!too_deep_) too_deep_line_ = line_of(n);
          too_deep_ = true;
          separate_next_text_ = true;
          return parent;
        }
        HtmlNode node;
        node.name = lower(n->name);
        node.line = line_of(n);
        for (xmlAttr* a = n->properties; a; a = a->next) {
          xmlChar* value = xmlNodeGetContent(reinterpret_cast<xmlNode*>(a));
          node.attributes.emplace_back(lower(a->name), value ? reinterpret_cast<const char*>(value) : "");
          xmlFree(value);
        }
        return push(std::move(node), parent);
      }
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE: {
        if (!n->content) return parent;
        // Adjacent text (split by a flattened element) joins the previous text node.
        auto& siblings = tree_[parent].children;
        if (!siblings.empty() && tree_[siblings.back()].is_text) {
          // The flattened element may have been a block: keep its words apart from the previous text.
          if (std::exchange(separate_next_text_, false)) tree_[siblings.back()].text += ' ';
          tree_[siblings.back()].text += reinterpret_cast<const char*>(n->content);
          return parent;
        }
        separate_next_text_ = false;
        HtmlNode node;
        node.is_text = true;
        node.text = reinterpret_cast<const char*>(n->content);
        node.line = text_line(node.text, line_of(n));
        push(std::move(node), parent);
        return parent;
      }
      default:
        return parent;  // comments, processing instructions, DTD nodes carry no content
    }
  }

  NodeIndex push(HtmlNode node, NodeIndex parent) {
    node.parent = parent;
    const NodeIndex index = tree_.size();
    tree_.nodes.push_back(std::move(node));
    tree_[parent].children.push_back(index);
    return index;
  }

  HtmlTree& tree_;
  int max_depth_;
  bool too_deep_ = false;
  bool separate_next_text_ = false;
  std::uint32_t too_deep_line_ = 0;
};

}  // namespace

const std::string* HtmlNode::attribute(std::string_view attr) const {
  for (const auto& [k, v] : attributes) {
    if (k == attr) return &v;
  }
  return nullptr;
}

NodeIndex HtmlTree::find(NodeIndex from, std::string_view tag) const {
  // Descendants of `from` occupy a contiguous index range in document order.
  const NodeIndex end = subtree_end(from);
  for (NodeIndex i = from; i < end; ++i) {
    if ((*this)[i].is(tag)) return i;
  }
  return kNoNode;
}

NodeIndex HtmlTree::subtree_end(NodeIndex node) const {
  NodeIndex n = node;
  while (n != kNoNode && !(*this)[n].children.empty()) n = (*this)[n].children.back();
  return n + 1;
}

std::string HtmlTree::text_content(NodeIndex node) const {
  std::string out;
  const NodeIndex end = subtree_end(node);
  for (NodeIndex i = node; i < end; ++i) {
    if ((*this)[i].is_text) out += (*this)[i].text;
  }
  return out;
}

HtmlTree parse_html_tree(std::string_view text, const base::SourceText& source, int max_depth,
                         base::Diagnostics& diagnostics) {
  HtmlTree tree;
  HtmlNode root;
  root.name = "#document";
  tree.nodes.push_back(std::move(root));
  if (text.empty() || text.size() > static_cast<std::size_t>(INT_MAX)) return tree;

  std::unique_ptr<htmlParserCtxt, CtxtDeleter> ctxt(htmlNewParserCtxt());
  if (!ctxt) return tree;
  // XML_PARSE_HUGE lifts libxml2's own nesting limit (256), which would silently stop the parse
  // and lose the rest of the page; the tree builder flattens deep nesting instead. The HTML
  // parser never expands DTD entities, so the option opens no entity-expansion attack.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
  std::unique_ptr<xmlDoc, DocDeleter> doc(
      htmlCtxtReadMemory(ctxt.get(), text.data(), static_cast<int>(text.size()), source.file().c_str(), "UTF-8", options));
  if (!doc) return tree;

  // Every element and text node starts at or next to a '<': a cheap bound that avoids regrowing.
  tree.nodes.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '<')) + 2);
  TreeBuilder builder(tree, max_depth);
  builder.build(doc.get());
  if (builder.too_deep()) {
    diagnostics.push_back(base::make_warning(
        "html.nesting-too-deep", source.line_span(builder.deepest_line()),
        "elements nested deeper than " + std::to_string(max_depth) + " levels were flattened into their ancestor"));
  }
  return tree;
}

}  // namespace folio::readers::html
