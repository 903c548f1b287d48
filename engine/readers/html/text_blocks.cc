#include "readers/html/text_blocks.h"

#include "readers/html/html_strings.h"

namespace folio::readers::html {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

int visible_chars(const std::string& text) {
  int n = 0;
  for (char c : text) n += !is_space(c) && (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

class Cutter {
 public:
  Cutter(const HtmlTree& tree, const std::vector<bool>& skip, const std::vector<bool>& block_like)
      : tree_(tree), skip_(skip), block_like_(block_like) {}

  std::vector<TextBlock> run(NodeIndex root) {
    if (!skipped(root)) container(root);
    return std::move(blocks_);
  }

 private:
  bool skipped(NodeIndex i) const { return skip_[static_cast<std::size_t>(i)]; }
  bool block(NodeIndex i) const { return !tree_[i].is_text && block_like_[static_cast<std::size_t>(i)]; }

  // As the reader maps an element: block children apart, runs of inline children as blocks.
  void container(NodeIndex node) {
    const auto& kids = tree_[node].children;
    std::size_t start = 0;
    for (std::size_t k = 0; k <= kids.size(); ++k) {
      if (k < kids.size() && !block(kids[k])) continue;
      if (k > start) flush(node, start, k);
      if (k < kids.size() && !skipped(kids[k])) container(kids[k]);
      start = k + 1;
    }
  }

  void flush(NodeIndex owner, std::size_t begin, std::size_t end) {
    TextBlock b;
    b.owner = owner;
    b.begin = begin;
    b.end = end;
    std::string raw;
    for (std::size_t k = begin; k < end; ++k) inline_text(tree_[owner].children[k], false, raw, b);
    b.text = collapse_whitespace(raw);
    if (b.chars > 0) blocks_.push_back(std::move(b));
  }

  void inline_text(NodeIndex node, bool in_link, std::string& raw, TextBlock& b) const {
    if (skipped(node)) return;
    const HtmlNode& n = tree_[node];
    if (n.is_text) {
      raw += n.text;
      const int c = visible_chars(n.text);
      b.chars += c;
      if (in_link) b.link_chars += c;
      return;
    }
    if (n.is("br")) raw += ' ';
    const bool link = n.is("a") && n.attribute("href");
    if (link) ++b.links;
    for (NodeIndex c : n.children) inline_text(c, in_link || link, raw, b);
  }

  const HtmlTree& tree_;
  const std::vector<bool>& skip_;
  const std::vector<bool>& block_like_;
  std::vector<TextBlock> blocks_;
};

}  // namespace

std::vector<TextBlock> text_blocks(const HtmlTree& tree, NodeIndex root, const std::vector<bool>& skip,
                                   const std::vector<bool>& block_like) {
  return Cutter(tree, skip, block_like).run(root);
}

}  // namespace folio::readers::html
