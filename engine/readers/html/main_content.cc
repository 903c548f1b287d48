#include "readers/html/main_content.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "readers/html/html_notes.h"
#include "readers/html/html_strings.h"

namespace folio::readers::html {

namespace {

struct Pattern {
  std::string_view word;
  std::string_view kind;
  bool exact;  ///< the class part must equal `word` instead of starting with it
};

// Class and id words of boilerplate containers, as readability and trafilatura use them.
constexpr std::array<Pattern, 33> kPatterns{{
    {"cookie", "cookie banner", false},     {"consent", "cookie banner", false},
    {"gdpr", "cookie banner", false},       {"share", "share widget", false},
    {"sharing", "share widget", false},     {"social", "share widget", false},
    {"newsletter", "newsletter box", false},{"subscribe", "newsletter box", false},
    {"related", "related links", false},    {"sidebar", "sidebar", false},
    {"widget", "sidebar", false},           {"breadcrumb", "breadcrumb", false},
    {"comment", "comments", false},         {"respond", "comments", true},
    {"menu", "menu", false},                {"nav", "navigation", false},
    {"navbar", "navigation", false},        {"pagination", "navigation", false},
    {"skip", "navigation", true},           {"ad", "advertisement", true},
    {"ads", "advertisement", true},         {"advert", "advertisement", false},
    {"advertisement", "advertisement", false},{"promo", "advertisement", false},
    {"footer", "page footer", false},       {"header", "page header", true},
    {"masthead", "page header", false},     {"placeholder", "consent placeholder", false},
    {"petition", "campaign teaser", false}, {"donat", "campaign teaser", false},
    {"tags", "tag list", true},             {"keywords", "tag list", true},
    {"teaser", "teaser list", false},
}};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The kind of boilerplate the class/id words of `node` name, or "".
std::string_view pattern_kind(const HtmlNode& node) {
  std::string words;
  for (const char* attr : {"class", "id"}) {
    if (const auto* v = node.attribute(attr)) words += lower_ascii(*v) + ' ';
  }
  std::size_t i = 0;
  bool negated = false;
  while (i < words.size()) {
    const std::size_t end = words.find_first_of(" \t\n-_", i);
    const std::string_view part = std::string_view(words).substr(i, end - i);
    i = end == std::string::npos ? words.size() : end + 1;
    if (part.empty()) continue;
    // "no-share", "without-sidebar": the word says what the element is not.
    if (part == "no" || part == "without" || part == "has") {
      negated = true;
      continue;
    }
    if (std::exchange(negated, false)) continue;
    for (const auto& p : kPatterns) {
      if (p.exact ? part == p.word : part.starts_with(p.word)) return p.kind;
    }
  }
  return {};
}

// Class words of content containers (readability's "positive" candidates).
bool names_content(const HtmlNode& node) {
  for (const char* attr : {"class", "id", "itemprop"}) {
    const auto* v = node.attribute(attr);
    if (!v) continue;
    const std::string s = lower_ascii(*v);
    for (std::string_view word : {"content", "article", "entry", "story", "main", "body"}) {
      if (s.find(word) != std::string::npos) return true;
    }
  }
  return false;
}

std::string_view role_kind(const HtmlNode& node) {
  const auto* role = node.attribute("role");
  if (!role) return {};
  const std::string r = lower_ascii(*role);
  if (r == "navigation" || r == "menu" || r == "menubar") return "navigation";
  if (r == "banner") return "page header";
  if (r == "contentinfo") return "page footer";
  if (r == "complementary") return "aside";
  if (r == "search") return "search form";
  if (r == "dialog" || r == "alertdialog") return "dialog";
  return {};
}

std::string_view tag_kind(const HtmlNode& node) {
  const std::string& n = node.name;
  if (n == "nav") return "navigation";
  if (n == "aside") return "aside";
  if (n == "form") return "form";
  if (n == "iframe" || n == "object" || n == "embed") return "embedded frame";
  if (n == "svg" || n == "canvas") return "graphic";
  if (n == "noscript") return "noscript";
  if (n == "button" || n == "select" || n == "input" || n == "textarea") return "form control";
  if (n == "dialog") return "dialog";
  // FSFE page sources: the tag list is metadata (keywords), the version is the page's.
  if (n == "tags") return "tag list";
  if (n == "version") return "page version";
  return {};
}

bool is_hidden(const HtmlNode& node) {
  if (node.attribute("hidden")) return true;
  const auto* aria = node.attribute("aria-hidden");
  return aria && lower_ascii(*aria) == "true";
}

std::string first_words(const HtmlTree& tree, NodeIndex node) {
  std::string joined;  // text nodes joined by spaces so that menu items stay apart
  const NodeIndex end = tree.subtree_end(node);
  for (NodeIndex i = node; i < end && joined.size() < 400; ++i) {
    if (tree[i].is_text) joined += tree[i].text + ' ';
  }
  std::string text = collapse_whitespace(joined);
  int words = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' && ++words == 8) return text.substr(0, i) + " …";
  }
  if (text.size() > 80) {
    std::size_t cut = 80;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "…";
  }
  return text;
}

class Chooser {
 public:
  Chooser(const HtmlTree& tree, NodeIndex body) : tree_(tree), body_(body) {
    const auto n = static_cast<std::size_t>(tree.size());
    choice_.dropped.assign(n, false);
    choice_.on_path.assign(n, false);
    text_.assign(n, 0);
    link_.assign(n, 0);
  }

  ContentChoice run(const base::SourceText& source, base::Diagnostics& diagnostics) {
    measure();
    const std::size_t total = text_[idx(body_)];
    mark_boilerplate(total);
    measure();
    choice_.root = structural_root();
    if (choice_.root == kNoNode) choice_.root = densest_root();
    for (NodeIndex a = tree_[choice_.root].parent; a != kNoNode; a = tree_[a].parent) choice_.on_path[idx(a)] = true;
    find_lead_ins();
    mark_outside();
    report(source, diagnostics);
    return std::move(choice_);
  }

  ContentChoice fragment() {
    for (NodeIndex i = 0; i < tree_.size(); ++i) {
      if (!tree_[i].is_text && is_unrendered(tree_[i])) choice_.dropped[idx(i)] = true;
    }
    choice_.root = body_;
    for (NodeIndex a = tree_[body_].parent; a != kNoNode; a = tree_[a].parent) choice_.on_path[idx(a)] = true;
    return std::move(choice_);
  }

 private:
  static std::size_t idx(NodeIndex i) { return static_cast<std::size_t>(i); }

  bool inside(NodeIndex node, std::initializer_list<std::string_view> tags) const {
    for (NodeIndex a = tree_[node].parent; a != kNoNode; a = tree_[a].parent) {
      for (auto t : tags) {
        if (tree_[a].is(t)) return true;
      }
    }
    return false;
  }

  bool dropped_above(NodeIndex node) const {
    for (NodeIndex a = tree_[node].parent; a != kNoNode; a = tree_[a].parent) {
      if (choice_.dropped[idx(a)]) return true;
    }
    return false;
  }

  // Visible text and linked text per node, bottom-up over the kept tree (children follow parents).
  void measure() {
    std::fill(text_.begin(), text_.end(), 0);
    std::fill(link_.begin(), link_.end(), 0);
    for (NodeIndex i = tree_.size() - 1; i >= 0; --i) {
      const HtmlNode& n = tree_[i];
      if (n.is_text) {
        for (char c : n.text) text_[idx(i)] += is_space(c) ? 0 : 1;
      }
      if (n.is("a")) link_[idx(i)] = text_[idx(i)];
      if (n.parent != kNoNode && !choice_.dropped[idx(i)]) {
        text_[idx(n.parent)] += text_[idx(i)];
        link_[idx(n.parent)] += link_[idx(i)];
      }
    }
  }

  void mark_boilerplate(std::size_t total) {
    const NodeIndex end = tree_.subtree_end(body_);
    for (NodeIndex i = body_; i < end; ++i) {
      const HtmlNode& n = tree_[i];
      if (n.is_text || i == body_ || n.is("html") || n.is("main") || n.is("article") || dropped_above(i)) continue;
      if (declares_note(n)) continue;  // a footnote in an <aside> is the article's
      std::string_view kind;
      if (is_unrendered(n)) {
        kind = "script";
      } else if (!(kind = tag_kind(n)).empty() || !(kind = role_kind(n)).empty()) {
      } else if ((n.is("header") || n.is("footer")) && !inside(i, {"article", "main", "blockquote", "section"})) {
        kind = n.is("header") ? "page header" : "page footer";
      } else if (is_hidden(n)) {
        kind = "hidden";
      } else {
        kind = pattern_kind(n);
        // A class name alone never removes most of the page, nor a header that holds the h1.
        const std::size_t own_text = text_[idx(i)] - link_[idx(i)];
        if (!kind.empty() && (2 * text_[idx(i)] > total || contains_content_marker(i) ||
                              (names_content(n) && own_text >= 200 && 2 * link_[idx(i)] < text_[idx(i)]) ||
                              (own_text >= 1000 && 4 * link_[idx(i)] < text_[idx(i)]) ||
                              ((kind == "page header" || kind == "page footer") &&
                               inside(i, {"article", "main", "blockquote"})))) {
          kind = {};
        }
      }
      if (kind.empty()) continue;
      choice_.dropped[idx(i)] = true;
      choice_.regions.push_back({i, std::string(kind)});
    }
  }

  // Teaser lists hold <article>s too; only the page's h1 or main element mark the content.
  bool contains_content_marker(NodeIndex node) const {
    return tree_.find(node, "h1") != kNoNode || tree_.find(node, "main") != kNoNode;
  }

  bool kept(NodeIndex node) const { return !choice_.dropped[idx(node)] && !dropped_above(node); }

  NodeIndex structural_root() const {
    const NodeIndex end = tree_.subtree_end(body_);
    NodeIndex main = kNoNode, best_article = kNoNode, body_prop = kNoNode;
    for (NodeIndex i = body_; i < end; ++i) {
      const HtmlNode& n = tree_[i];
      if (n.is_text || !kept(i)) continue;
      const auto* role = n.attribute("role");
      if (main == kNoNode && (n.is("main") || (role && lower_ascii(*role) == "main"))) main = i;
      if (n.is("article") && (best_article == kNoNode || text_[idx(i)] > text_[idx(best_article)])) best_article = i;
      const auto* prop = n.attribute("itemprop");
      if (body_prop == kNoNode && prop && lower_ascii(*prop) == "articlebody") body_prop = i;
    }
    auto substantial = [&](NodeIndex i) { return i != kNoNode && text_[idx(i)] >= 200; };
    if (substantial(main)) {
      const NodeIndex article = tree_.find(main, "article");
      NodeIndex biggest = kNoNode;
      for (NodeIndex a = article; a != kNoNode && a < tree_.subtree_end(main); ++a) {
        if (tree_[a].is("article") && kept(a) && (biggest == kNoNode || text_[idx(a)] > text_[idx(biggest)])) biggest = a;
      }
      if (biggest != kNoNode && 2 * text_[idx(biggest)] >= text_[idx(main)]) return biggest;
      return main;
    }
    if (substantial(best_article)) return best_article;
    if (substantial(body_prop)) return body_prop;
    return kNoNode;
  }

  // Readability-style scoring: paragraphs give points to their parent and grandparent, and a
  // container's score is scaled down by its link density.
  NodeIndex densest_root() const {
    std::vector<double> score(idx(tree_.size()), 0.0);
    const NodeIndex end = tree_.subtree_end(body_);
    for (NodeIndex i = body_; i < end; ++i) {
      const HtmlNode& n = tree_[i];
      if (n.is_text || !kept(i) || !(n.is("p") || n.is("pre") || n.is("td") || n.is("blockquote") || n.is("li") ||
                                     has_direct_text(i))) {
        continue;
      }
      const double len = static_cast<double>(text_[idx(i)] - link_[idx(i)]);
      if (len < 25) continue;
      const double points = 1.0 + std::min(len / 100.0, 3.0);
      const NodeIndex parent = n.parent;
      if (parent == kNoNode) continue;
      score[idx(parent)] += points;
      if (parent != body_ && tree_[parent].parent != kNoNode) score[idx(tree_[parent].parent)] += points / 2;
    }
    NodeIndex best = body_;
    double best_score = 0;
    for (NodeIndex i = body_; i < end; ++i) {
      if (score[idx(i)] <= 0 || !kept(i)) continue;
      const double density = text_[idx(i)] ? static_cast<double>(link_[idx(i)]) / static_cast<double>(text_[idx(i)]) : 1.0;
      const double s = score[idx(i)] * (1.0 - density);
      if (s > best_score) {
        best_score = s;
        best = i;
      }
    }
    return best;
  }

  bool has_direct_text(NodeIndex node) const {
    for (NodeIndex c : tree_[node].children) {
      if (tree_[c].is_text && text_[idx(c)] >= 25) return true;
    }
    return false;
  }

  // Looks a few levels up, no further than the level of the headline.
  void find_lead_ins() {
    std::vector<NodeIndex> found;
    NodeIndex node = choice_.root;
    for (int level = 0; level < 3 && node != body_; ++level, node = tree_[node].parent) {
      bool headline_level = false;
      std::vector<NodeIndex> here;
      for (NodeIndex c : tree_[tree_[node].parent].children) {
        if (c == node) break;
        if (tree_[c].is_text || choice_.dropped[idx(c)]) continue;
        if (tree_.find(c, "h1") != kNoNode) {
          headline_level = true;
          continue;
        }
        if (text_[idx(c)] - link_[idx(c)] <= 300 && tree_.find(c, "img") != kNoNode) here.push_back(c);
      }
      found.insert(found.begin(), here.begin(), here.end());
      if (headline_level) break;
    }
    choice_.lead_ins = std::move(found);
  }

  // Siblings of the content root and of its ancestors hold the rest of the page.
  void mark_outside() {
    if (choice_.root == body_) return;
    for (NodeIndex a = tree_[choice_.root].parent; a != kNoNode; a = tree_[a].parent) {
      for (NodeIndex c : tree_[a].children) {
        if (c == choice_.root || choice_.on_path[idx(c)] || choice_.dropped[idx(c)] || text_[idx(c)] == 0 ||
            std::find(choice_.lead_ins.begin(), choice_.lead_ins.end(), c) != choice_.lead_ins.end()) {
          continue;
        }
        choice_.dropped[idx(c)] = true;
        choice_.regions.push_back({c, "outside the main content"});
      }
      if (a == body_) break;
    }
    std::sort(choice_.regions.begin(), choice_.regions.end(),
              [](const DroppedRegion& x, const DroppedRegion& y) { return x.node < y.node; });
  }

  void report(const base::SourceText& source, base::Diagnostics& diagnostics) const {
    std::size_t scripts = 0;
    std::uint32_t first_script_line = 0;
    for (const auto& r : choice_.regions) {
      if (r.kind == "script") {
        if (scripts++ == 0) first_script_line = tree_[r.node].line;
        continue;
      }
      const std::string words = first_words(tree_, r.node);
      diagnostics.push_back(base::make_note(
          "html.region-dropped", source.line_span(tree_[r.node].line),
          "dropped " + r.kind + " <" + tree_[r.node].name + ">" + (words.empty() ? "" : ": \"" + words + "\"")));
    }
    if (scripts > 0) {
      diagnostics.push_back(base::make_note("html.region-dropped", source.line_span(first_script_line),
                                            "dropped " + std::to_string(scripts) + " unrendered element(s) (script, style, template, head)"));
    }
  }

  const HtmlTree& tree_;
  NodeIndex body_;
  ContentChoice choice_;
  std::vector<std::size_t> text_;
  std::vector<std::size_t> link_;
};

}  // namespace

bool is_unrendered(const HtmlNode& node) {
  const std::string& n = node.name;
  return n == "script" || n == "style" || n == "template" || n == "head" || n == "title" || n == "meta" ||
         n == "link" || n == "base";
}

ContentChoice choose_main_content(const HtmlTree& tree, NodeIndex body, const base::SourceText& source,
                                  base::Diagnostics& diagnostics) {
  return Chooser(tree, body).run(source, diagnostics);
}

ContentChoice whole_fragment(const HtmlTree& tree, NodeIndex body) { return Chooser(tree, body).fragment(); }

}  // namespace folio::readers::html
