#include "readers/html/block_features.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cmath>
#include <unordered_map>
#include <utility>

#include "readers/common/prose_evidence.h"
#include "readers/html/html_elements.h"
#include "readers/html/html_strings.h"

namespace folio::readers::html {

namespace {

// Kinds of region that class and id words name, as readability, boilerpipe and trafilatura use
// them; the last kind names content containers. A word matches a whole class or id token.
struct ClassKind {
  std::string_view name;  ///< for the feature names and the report
  std::array<std::string_view, 16> words;
};
constexpr std::array<ClassKind, 15> kClassKinds{{
    {"navigation", {"nav", "navi", "navigation", "navbar", "menu", "menus", "submenu", "megamenu", "dropdown", "topbar",
                    "toolbar", "skip", "skiplinks", "sitemap", "offcanvas", "hamburger"}},
    {"breadcrumb", {"breadcrumb", "breadcrumbs", "crumb", "crumbs", "trail"}},
    {"pagination", {"pagination", "pager", "paging", "prev", "previous", "next", "pagenav"}},
    {"share widget", {"share", "sharing", "shares", "social", "socials", "shariff", "addthis", "follow", "print",
                      "sociallinks", "socialmedia"}},
    {"related links", {"related", "teaser", "teasers", "recommended", "recommendations", "similar", "popular", "trending",
                       "readmore", "more", "latest", "most", "also", "suggested", "recirculation", "outbrain"}},
    {"comments", {"comment", "comments", "commentlist", "respond", "reply", "replies", "discussion", "disqus",
                  "reactions"}},
    {"page footer", {"footer", "foot", "copyright", "legal", "colophon", "imprint", "impressum", "bottom"}},
    {"page header", {"header", "masthead", "banner", "branding", "logo", "brand"}},
    {"cookie banner", {"cookie", "cookies", "consent", "gdpr", "cmp", "privacy"}},
    {"sidebar", {"sidebar", "aside", "widget", "widgets", "rail", "sidebox", "marginal"}},
    {"advertisement", {"ad", "ads", "advert", "adverts", "advertisement", "adslot", "sponsor", "sponsored", "promo",
                       "anzeige", "werbung", "taboola", "commercial"}},
    {"newsletter box", {"newsletter", "subscribe", "subscription", "signup", "login", "register", "account", "paywall",
                        "donate", "donation"}},
    {"article metadata", {"tags", "tag", "category", "categories", "keywords", "meta", "byline", "author", "date",
                          "time", "info", "bio", "avatar", "label", "dateline", "published"}},
    {"hidden", {"hidden", "hide", "sr", "visually", "offscreen", "screenreader", "invisible", "collapse"}},
    {"content", {"content", "article", "entry", "post", "story", "text", "body", "main", "blog", "news", "detail",
                 "single", "richtext", "prose", "page", "copy"}},
}};
constexpr std::size_t kContentKind = kClassKinds.size() - 1;

// Semantic elements (and the ARIA roles that stand for them) above a block.
constexpr std::array<std::string_view, 16> kSemantic{"nav",  "header", "footer", "aside",      "form", "article",
                                                     "main", "section", "figure", "table",     "list", "li",
                                                     "blockquote", "dl", "address", "dialog"};

std::string_view role_as_element(std::string_view role) {
  if (role == "navigation" || role == "menu" || role == "menubar") return "nav";
  if (role == "banner") return "header";
  if (role == "contentinfo") return "footer";
  if (role == "complementary") return "aside";
  if (role == "main") return "main";
  if (role == "article") return "article";
  if (role == "search") return "form";
  if (role == "dialog" || role == "alertdialog") return "dialog";
  return {};
}

std::string_view element_as_semantic(const std::string& tag) {
  if (tag == "ul" || tag == "ol" || tag == "menu" || tag == "dir") return "list";
  return tag;
}

// Owner tags told apart; the others count as "other".
constexpr std::array<std::string_view, 13> kTags{"p",  "li", "h1",         "h2",  "h3", "h4", "td",
                                                 "div", "dd", "blockquote", "pre", "figcaption", "other"};

std::string_view tag_group(const std::string& tag) {
  if (tag == "h5" || tag == "h6") return "h4";
  if (tag == "th") return "td";
  if (tag == "dt") return "dd";
  if (tag == "caption") return "figcaption";
  for (auto t : kTags) {
    if (t == tag) return t;
  }
  return "other";
}

// Class, id words of an element: lower-cased tokens split at non-letters and at camelCase.
std::vector<std::string> class_tokens(const HtmlNode& n) {
  std::vector<std::string> out;
  for (const char* attr : {"class", "id"}) {
    const auto* v = n.attribute(attr);
    if (!v) continue;
    std::string cur;
    char prev = 0;
    for (char c : *v) {
      const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
      if (upper && prev >= 'a' && prev <= 'z' && !cur.empty()) out.push_back(std::exchange(cur, {}));
      if (lower || upper) {
        cur += static_cast<char>(upper ? c - 'A' + 'a' : c);
      } else if (!cur.empty()) {
        out.push_back(std::exchange(cur, {}));
      }
      prev = c;
    }
    if (!cur.empty()) out.push_back(std::move(cur));
  }
  return out;
}

// Bit k: kClassKinds[k] named by the element's class/id. "no-share", "has-sidebar",
// "without-comments" say what the element is not.
std::uint32_t class_kinds(const HtmlNode& n) {
  // Every vocabulary word → the kinds it names, built once.
  static const std::unordered_map<std::string_view, std::uint32_t> kKindsOfWord = [] {
    std::unordered_map<std::string_view, std::uint32_t> m;
    for (std::size_t k = 0; k < kClassKinds.size(); ++k) {
      for (std::string_view w : kClassKinds[k].words) {
        if (!w.empty()) m[w] |= 1u << k;
      }
    }
    return m;
  }();
  std::uint32_t kinds = 0;
  bool negated = false;
  for (const auto& token : class_tokens(n)) {
    if (token == "no" || token == "without" || token == "has" || token == "with") {
      negated = true;
      continue;
    }
    if (std::exchange(negated, false)) continue;
    if (const auto it = kKindsOfWord.find(token); it != kKindsOfWord.end()) kinds |= it->second;
  }
  return kinds;
}

bool is_date_like(std::string_view s) {
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    const bool year = (s.substr(i, 2) == "19" || s.substr(i, 2) == "20") && std::isdigit(static_cast<unsigned char>(s[i + 2])) &&
                      std::isdigit(static_cast<unsigned char>(s[i + 3]));
    const bool before = i == 0 || !std::isdigit(static_cast<unsigned char>(s[i - 1]));
    const bool after = i + 4 == s.size() || !std::isdigit(static_cast<unsigned char>(s[i + 4]));
    if (year && before && after) return true;
  }
  return false;
}

bool has_separator_glyph(std::string_view s) {
  for (std::string_view g : {"|", "•", "·", "»", "›", ">"}) {
    if (s.find(g) != std::string_view::npos) return true;
  }
  return false;
}

std::vector<std::string_view> make_names() {
  std::vector<std::string_view> n{"log_chars",   "log_words",   "link_density", "log_links",  "stop_density",
                                  "punct_density", "sentence_end", "cap_ratio",  "digit_ratio", "avg_word_len"};
  // prose_evidence's BoilerplateKind bits, in bit order.
  static_assert(kBoilerplateKinds == 10, "one name per BoilerplateKind");
  for (std::string_view l : {"lex_cookie", "lex_sharing", "lex_account", "lex_subscription", "lex_legal",
                             "lex_comments", "lex_related", "lex_navigation", "lex_credit", "lex_advert"}) {
    n.push_back(l);
  }
  static const std::vector<std::string> kTagNames = [] {
    std::vector<std::string> v;
    for (auto t : kTags) v.push_back("tag_" + std::string(t));
    return v;
  }();
  for (const auto& t : kTagNames) n.push_back(t);
  static const std::vector<std::string> kSemNames = [] {
    std::vector<std::string> v;
    for (auto s : kSemantic) v.push_back("in_" + std::string(s));
    return v;
  }();
  for (const auto& s : kSemNames) n.push_back(s);
  static const std::vector<std::string> kClassNames = [] {
    std::vector<std::string> v;
    for (const auto& k : kClassKinds) {
      std::string name(k.name);
      std::replace(name.begin(), name.end(), ' ', '_');
      v.push_back("cls_" + name);
      v.push_back("clsnear_" + name);
    }
    return v;
  }();
  for (const auto& c : kClassNames) n.push_back(c);
  for (std::string_view s :
       {"depth", "in_dense_root", "in_struct_root", "has_struct_root", "struct_frac", "dense_frac", "rel_pos",
        "rel_offset", "before_h1", "no_h1", "dist_longest", "after_longest", "prev_log_chars", "prev_link_density",
        "next_log_chars", "next_link_density", "prev2_log_chars", "prev2_link_density", "next2_log_chars",
        "next2_link_density", "parent_log_chars", "parent_link_density", "parent_log_blocks", "gp_link_density",
        "gp_log_chars", "repeated", "log_siblings_alike", "has_class_near", "heading_then_links", "in_title",
        "date_like", "page_log_blocks", "ends_colon", "separator_glyph", "lex_density"}) {
    n.push_back(s);
  }
  return n;
}

const std::vector<std::string_view>& names() {
  static const std::vector<std::string_view> kNames = make_names();
  return kNames;
}

class Measurer {
 public:
  Measurer(const HtmlTree& tree, const std::vector<TextBlock>& blocks, const std::vector<bool>& block_like,
           const PageContext& page)
      : tree_(tree), blocks_(blocks), block_like_(block_like), page_(page) {}

  std::vector<std::vector<float>> run() {
    const std::size_t n = blocks_.size();
    std::vector<std::vector<float>> rows(n);
    if (n == 0) return rows;
    per_node_totals();
    find_roots();
    count_alike();
    const int total = std::max(chars_[idx(page_.body)], 1);
    std::unordered_map<std::string_view, int> text_count;
    std::size_t h1 = n, longest = 0;
    for (std::size_t i = 0; i < n; ++i) {
      ++text_count[blocks_[i].text];
      if (h1 == n && tree_[blocks_[i].owner].is("h1")) h1 = i;
      if (own(i) > own(longest)) longest = i;
    }
    const std::string title = lower_ascii(page_.title);
    int offset = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const TextBlock& b = blocks_[i];
      const ProseEvidence e = measure_prose(b.text, page_.language);
      std::vector<float>& f = rows[i];
      f.reserve(names().size());
      const double words = std::max(e.words, 1);
      auto put = [&](double v) { f.push_back(static_cast<float>(v)); };
      put(std::log1p(b.chars));
      put(std::log1p(e.words));
      put(density(b.link_chars, b.chars));
      put(std::log1p(b.links));
      put(e.stop_density());
      put((e.sentence_stops + e.commas) / words);
      put(e.ends_sentence ? 1 : 0);
      put(e.capitalised / words);
      put(static_cast<double>(e.digits) / std::max(e.chars, 1));
      put(b.chars / words);  // characters per word, punctuation included
      for (int k = 0; k < kBoilerplateKinds; ++k) put((e.kinds >> k) & 1u);
      const std::string_view group = tag_group(tree_[b.owner].name);
      for (auto t : kTags) put(t == group ? 1 : 0);
      const Ancestry a = ancestry(b.owner);
      for (auto s : kSemantic) put(std::find(a.semantic.begin(), a.semantic.end(), s) != a.semantic.end() ? 1 : 0);
      for (std::size_t k = 0; k < kClassKinds.size(); ++k) {
        put(a.class_distance[k] >= 0 ? 1 : 0);
        put(a.class_distance[k] >= 0 ? 1.0 / (1 + a.class_distance[k]) : 0);
      }
      put(a.depth / 20.0);
      put(inside(b.owner, dense_root_) ? 1 : 0);
      put(inside(b.owner, struct_root_) ? 1 : 0);
      put(struct_root_ != kNoNode ? 1 : 0);
      put(struct_root_ != kNoNode ? static_cast<double>(chars_[idx(struct_root_)]) / total : 0);
      put(dense_root_ != kNoNode ? static_cast<double>(chars_[idx(dense_root_)]) / total : 0);
      put(static_cast<double>(i) / n);
      put(static_cast<double>(offset) / total);
      offset += b.chars;
      put(h1 < n && i < h1 ? 1 : 0);
      put(h1 == n ? 1 : 0);
      put(std::log1p(static_cast<double>(i > longest ? i - longest : longest - i)));
      put(i > longest ? 1 : 0);
      for (const long d : {-1L, 1L, -2L, 2L}) {
        const long j = static_cast<long>(i) + d;
        const bool in = j >= 0 && j < static_cast<long>(n);
        const TextBlock* o = in ? &blocks_[static_cast<std::size_t>(j)] : nullptr;
        put(o ? std::log1p(o->chars) : 0);
        put(o ? density(o->link_chars, o->chars) : 0);
      }
      const NodeIndex parent = block_parent(b.owner);
      const NodeIndex grandparent = parent == kNoNode ? kNoNode : block_parent(parent);
      const NodeIndex p = parent == kNoNode ? b.owner : parent;
      const NodeIndex g = grandparent == kNoNode ? p : grandparent;
      put(std::log1p(chars_[idx(p)]));
      put(density(links_[idx(p)], chars_[idx(p)]));
      put(std::log1p(blocks_under_[idx(p)]));
      put(density(links_[idx(g)], chars_[idx(g)]));
      put(std::log1p(chars_[idx(g)]));
      put(text_count[b.text] > 1 ? 1 : 0);
      put(std::log(siblings_alike(b.owner)));
      put(a.class_near ? 1 : 0);
      put(heading_level(tree_[b.owner]) > 0 ? links_after(i) : 0);
      const std::string text = lower_ascii(b.text);
      put(text.size() > 10 && title.find(text) != std::string::npos ? 1 : 0);
      put(is_date_like(b.text) ? 1 : 0);
      put(std::log1p(n));
      put(b.text.ends_with(":") ? 1 : 0);
      put(has_separator_glyph(b.text) ? 1 : 0);
      put(std::popcount(e.kinds) / words);
    }
    return rows;
  }

 private:
  struct Ancestry {
    std::vector<std::string_view> semantic;
    std::array<int, kClassKinds.size()> class_distance{};  ///< block-like levels up, -1 when none
    int depth = 0;
    bool class_near = false;  ///< the owner or one of its two nearest ancestors has a class or id
  };

  static std::size_t idx(NodeIndex i) { return static_cast<std::size_t>(i); }
  static double density(int part, int whole) { return whole > 0 ? static_cast<double>(part) / whole : 0.0; }
  int own(std::size_t i) const { return blocks_[i].chars - blocks_[i].link_chars; }

  bool inside(NodeIndex node, NodeIndex root) const {
    return root != kNoNode && node >= root && node < tree_.subtree_end(root);
  }

  NodeIndex block_parent(NodeIndex node) const {
    for (NodeIndex a = tree_[node].parent; a != kNoNode; a = tree_[a].parent) {
      if (block_like_[idx(a)]) return a;
    }
    return kNoNode;
  }

  // Visible characters, linked characters and blocks under every node.
  void per_node_totals() {
    chars_.assign(idx(tree_.size()), 0);
    links_.assign(idx(tree_.size()), 0);
    blocks_under_.assign(idx(tree_.size()), 0);
    for (const auto& b : blocks_) {
      for (NodeIndex a = b.owner; a != kNoNode; a = tree_[a].parent) {
        chars_[idx(a)] += b.chars;
        links_[idx(a)] += b.link_chars;
        ++blocks_under_[idx(a)];
      }
    }
  }

  // The structural content root (main, article, itemprop=articleBody with enough text) and the
  // densest one (readability's scoring: blocks of prose give points to the two elements above).
  void find_roots() {
    const NodeIndex end = tree_.subtree_end(page_.body);
    for (NodeIndex i = page_.body; i < end; ++i) {
      const HtmlNode& n = tree_[i];
      if (n.is_text || chars_[idx(i)] < 200) continue;
      if (!is_content_root(n)) continue;
      if (struct_root_ == kNoNode || (n.is("article") && 2 * chars_[idx(i)] >= chars_[idx(struct_root_)])) {
        struct_root_ = i;
      }
    }
    std::vector<double> score(idx(tree_.size()), 0.0);
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      const int own_chars = own(i);
      if (own_chars < 25) continue;
      const double points = 1.0 + std::min(own_chars / 100.0, 3.0);
      const NodeIndex p = block_parent(blocks_[i].owner);
      if (p == kNoNode) continue;
      score[idx(p)] += points;
      if (const NodeIndex g = block_parent(p); g != kNoNode) score[idx(g)] += points / 2;
    }
    double best = 0;
    for (NodeIndex i = page_.body; i < end; ++i) {
      if (score[idx(i)] <= 0) continue;
      const double s = score[idx(i)] * (1.0 - density(links_[idx(i)], chars_[idx(i)]));
      if (s > best) {
        best = s;
        dense_root_ = i;
      }
    }
  }

  std::uint32_t kinds_of(NodeIndex x) const {
    if (kinds_.empty()) {
      kinds_.assign(idx(tree_.size()), 0);
      kinds_known_.assign(idx(tree_.size()), false);
    }
    if (!kinds_known_[idx(x)]) {
      kinds_[idx(x)] = class_kinds(tree_[x]);
      kinds_known_[idx(x)] = true;
    }
    return kinds_[idx(x)];
  }

  Ancestry ancestry(NodeIndex owner) const {
    Ancestry a;
    a.class_distance.fill(-1);
    int level = 0;
    for (NodeIndex x = owner; x != kNoNode; x = tree_[x].parent) {
      const HtmlNode& n = tree_[x];
      if (n.is_text || n.is("#document")) continue;
      ++a.depth;
      if (level < 3 && (n.attribute("class") || n.attribute("id"))) a.class_near = true;
      std::string_view sem = element_as_semantic(n.name);
      if (std::find(kSemantic.begin(), kSemantic.end(), sem) != kSemantic.end()) a.semantic.push_back(sem);
      if (const auto* role = n.attribute("role")) {
        if (auto r = role_as_element(lower_ascii(*role)); !r.empty()) a.semantic.push_back(r);
      }
      const std::uint32_t kinds = kinds_of(x);
      for (std::size_t k = 0; k < kClassKinds.size(); ++k) {
        if ((kinds >> k) & 1u && a.class_distance[k] < 0) a.class_distance[k] = level;
      }
      if (block_like_[idx(x)]) ++level;
    }
    return a;
  }

  // How many of its siblings look like the owner or one of its 3 nearest ancestors (same tag and
  // class): teasers, comments and menu items are built from one template.
  double siblings_alike(NodeIndex owner) const {
    int best = 1;
    NodeIndex x = owner;
    for (int level = 0; level < 4 && x != kNoNode && tree_[x].parent != kNoNode; ++level, x = tree_[x].parent) {
      best = std::max(best, alike_[idx(x)]);
    }
    return best;
  }

  // For every element, how many children of its parent share its tag and class (itself included):
  // counted once per parent, so a page of 100 000 sibling paragraphs stays linear.
  void count_alike() {
    alike_.assign(idx(tree_.size()), 0);
    std::unordered_map<std::string, int> count;
    std::vector<std::pair<NodeIndex, const int*>> kids;
    for (NodeIndex p = 0; p < tree_.size(); ++p) {
      if (tree_[p].is_text || tree_[p].children.empty()) continue;
      count.clear();
      kids.clear();
      for (NodeIndex c : tree_[p].children) {
        if (tree_[c].is_text) continue;
        const auto* cls = tree_[c].attribute("class");
        int& n = count[tree_[c].name + '\x1f' + (cls ? collapse_whitespace(*cls) : std::string())];
        ++n;
        kids.emplace_back(c, &n);  // unordered_map keeps its elements in place as it grows
      }
      for (const auto& [c, n] : kids) alike_[idx(c)] = *n;
    }
  }

  // The link density of the (up to) five blocks after a heading: a heading over a link list.
  double links_after(std::size_t i) const {
    int chars = 0, links = 0;
    for (std::size_t j = i + 1; j < std::min(blocks_.size(), i + 6); ++j) {
      chars += blocks_[j].chars;
      links += blocks_[j].link_chars;
    }
    return density(links, chars);
  }

  const HtmlTree& tree_;
  const std::vector<TextBlock>& blocks_;
  const std::vector<bool>& block_like_;
  const PageContext& page_;
  std::vector<int> chars_, links_, blocks_under_, alike_;
  // class_kinds per element, computed when first asked: every block walks all its ancestors.
  mutable std::vector<std::uint32_t> kinds_;
  mutable std::vector<bool> kinds_known_;
  NodeIndex struct_root_ = kNoNode, dense_root_ = kNoNode;
};

}  // namespace

std::span<const std::string_view> block_feature_names() { return names(); }

std::vector<std::vector<float>> block_features(const HtmlTree& tree, const std::vector<TextBlock>& blocks,
                                               const std::vector<bool>& block_like, const PageContext& page) {
  return Measurer(tree, blocks, block_like, page).run();
}

std::string boilerplate_reason(const HtmlTree& tree, const TextBlock& block) {
  for (NodeIndex x = block.owner; x != kNoNode; x = tree[x].parent) {
    const HtmlNode& n = tree[x];
    if (n.is_text) continue;
    std::string_view sem = element_as_semantic(n.name);
    if (const auto* role = n.attribute("role")) {
      if (auto r = role_as_element(lower_ascii(*role)); !r.empty()) sem = r;
    }
    if (sem == "nav") return "navigation";
    if (sem == "aside") return "aside";
    if (sem == "form") return "form";
    if (sem == "header") return "page header";
    if (sem == "footer") return "page footer";
    const std::uint32_t kinds = class_kinds(n);
    for (std::size_t k = 0; k < kContentKind; ++k) {
      if ((kinds >> k) & 1u) return std::string(kClassKinds[k].name);
    }
  }
  if (block.chars > 0 && 2 * block.link_chars >= block.chars) return "link list";
  return "text away from the main text";
}

}  // namespace folio::readers::html
