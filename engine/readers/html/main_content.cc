#include "readers/html/main_content.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

#include "readers/common/logistic_model.h"
#include "readers/common/prose_evidence.h"
#include "readers/html/block_features.h"
#include "readers/html/html_elements.h"
#include "readers/html/html_notes.h"
#include "readers/html/html_strings.h"
#include "readers/html/text_blocks.h"

namespace folio::readers::html {

extern const char kHtmlMainTextModel[];  // html_main_text_model.tsv, embedded by CMake

namespace {

const LogisticModel& model() {
  static const LogisticModel kModel(kHtmlMainTextModel, block_feature_names(), "html_main_text_model.tsv");
  return kModel;
}

bool is_hidden(const HtmlNode& node) {
  if (node.attribute("hidden")) return true;
  if (const auto* aria = node.attribute("aria-hidden"); aria && lower_ascii(*aria) == "true") return true;
  if (const auto* style = node.attribute("style")) {
    std::string s;
    for (char c : lower_ascii(*style)) {
      if (c != ' ' && c != '\t' && c != '\n') s += c;
    }
    return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
  }
  return false;
}

// Elements that are never part of the text, whatever their words: not shown, or not text.
std::string_view never_text(const HtmlNode& n) {
  if (is_unrendered(n)) return "script";
  if (is_hidden(n)) return "hidden";
  const std::string& t = n.name;
  if (t == "noscript") return "noscript";
  if (t == "iframe" || t == "object" || t == "embed") return "embedded frame";
  if (t == "svg" || t == "canvas") return "graphic";
  if (t == "button" || t == "select" || t == "input" || t == "textarea" || t == "option") return "form control";
  if (t == "dialog" && !n.attribute("open")) return "dialog";
  // FSFE page sources: the tag list is metadata (keywords), the version is the page's.
  if (t == "tags") return "tag list";
  if (t == "version") return "page version";
  return {};
}

std::string first_words(const HtmlTree& tree, NodeIndex node, NodeIndex stop) {
  std::string joined;  // text nodes joined by spaces so that menu items stay apart
  for (NodeIndex i = node; i < stop && joined.size() < 400; ++i) {
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
    skip_.assign(n, false);
  }

  ContentChoice fragment() {
    for (NodeIndex i = 0; i < tree_.size(); ++i) {
      if (!tree_[i].is_text && is_unrendered(tree_[i])) choice_.dropped[idx(i)] = true;
    }
    return std::move(choice_);
  }

  // The text blocks and the classifier's view of them.
  void classify(const std::string& page_title) {
    drop_never_text();
    block_like_ = block_like_nodes(tree_);
    blocks_ = text_blocks(tree_, body_, skip_, block_like_);
    std::string all;
    for (const auto& b : blocks_) {
      if (all.size() > 20000) break;
      all += b.text;
      all += ' ';
    }
    const PageContext page{.body = body_, .title = page_title, .language = std::string(stop_word_language(all))};
    features_ = block_features(tree_, blocks_, block_like_, page);
    const LogisticModel& m = model();
    probability_.reserve(blocks_.size());
    for (const auto& row : features_) probability_.push_back(m.probability(row));
    kept_.assign(blocks_.size(), false);
    double best = 0;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      kept_[i] = probability_[i] >= m.threshold();
      best = std::max(best, probability_[i]);
    }
    // A page whose every block scores low still has a text: the blocks nearest the best score.
    if (std::find(kept_.begin(), kept_.end(), true) == kept_.end()) {
      for (std::size_t i = 0; i < blocks_.size(); ++i) kept_[i] = probability_[i] >= best * 0.8 && best > 0;
    }
    // The model weighs blocks against a page's furniture; a page that shows none (a CMS export, a
    // release saved without its site) is all text, however short its paragraphs.
    furniture_ = shows_furniture();
    if (!furniture_) {
      kept_.assign(blocks_.size(), true);
      return;
    }
    drop_isolated_runs();
    keep_article_text();
    keep_prose_beside_kept_prose();
    keep_headings_of_kept_text();
    drop_furniture_labels();
  }

  ContentChoice choose() {
    mark_dropped();
    return std::move(choice_);
  }

  std::vector<BlockScore> scores() const {
    std::vector<BlockScore> out;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      out.push_back({blocks_[i].owner, blocks_[i].text, probability_[i], kept_[i], features_[i]});
    }
    return out;
  }

 private:
  static std::size_t idx(NodeIndex i) { return static_cast<std::size_t>(i); }

  // Page furniture: navigation landmarks and asides, forms, or a run of text that is mostly links.
  bool shows_furniture() const {
    static constexpr std::string_view kFurniture[] = {"nav", "aside", "footer", "header", "form", "menu"};
    static constexpr std::string_view kRoles[] = {"navigation", "banner", "contentinfo", "complementary", "search"};
    const NodeIndex end = tree_.subtree_end(body_);
    for (NodeIndex i = body_; i < end; ++i) {
      const HtmlNode& n = tree_[i];
      if (n.is_text || skip_[idx(i)]) continue;
      if (declares_note(n)) continue;  // a footnote in an <aside> is the article's
      if (std::find(std::begin(kFurniture), std::end(kFurniture), n.name) != std::end(kFurniture) &&
          !in_content_section(i)) {
        return true;
      }
      const auto* role = n.attribute("role");
      if (role && std::find(std::begin(kRoles), std::end(kRoles), lower_ascii(*role)) != std::end(kRoles)) return true;
    }
    return std::any_of(blocks_.begin(), blocks_.end(),
                       [](const TextBlock& b) { return b.links > 0 && 2 * b.link_chars >= b.chars; });
  }

  bool is_heading(std::size_t i) const { return heading_level(tree_[blocks_[i].owner]) > 0; }

  // A header or footer of an article, a section or a quotation (its byline, its attribution) is
  // part of it, not of the page's furniture.
  bool in_content_section(NodeIndex node) const {
    for (NodeIndex a = tree_[node].parent; a != kNoNode && a != body_; a = tree_[a].parent) {
      if (tree_[a].is("article") || tree_[a].is("section") || tree_[a].is("blockquote") || tree_[a].is("main")) return true;
    }
    return false;
  }

  // The article the best text block stands in (<article>, <main>, role=main, itemprop=articleBody)
  // holds the release: its other text is kept unless it is mostly links or its elements say
  // what furniture it is (a share bar, a comment list, related links).
  void keep_article_text() {
    constexpr double kArticleDoubt = 0.3;  // below it the model is sure enough to overrule the element
    std::size_t best = blocks_.size();
    double best_score = 0;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      const double score = probability_[i] * (blocks_[i].chars - blocks_[i].link_chars);
      if (kept_[i] && score > best_score) {
        best_score = score;
        best = i;
      }
    }
    if (best == blocks_.size()) return;
    NodeIndex root = kNoNode;
    for (NodeIndex a = blocks_[best].owner; a != kNoNode && a != body_; a = tree_[a].parent) {
      if (is_content_root(tree_[a])) {
        root = a;
        break;
      }
    }
    if (root == kNoNode) return;
    const NodeIndex end = tree_.subtree_end(root);
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      if (kept_[i] || blocks_[i].owner < root || blocks_[i].owner >= end) continue;
      if (probability_[i] >= kArticleDoubt && boilerplate_reason(tree_, blocks_[i]) == "text away from the main text") {
        kept_[i] = true;
      }
    }
  }

  // A paragraph of prose (few links, ending a sentence) right beside a kept paragraph of the same
  // element is more of the same text: the model weighs it alone and doubts short ones.
  void keep_prose_beside_kept_prose() {
    auto prose = [&](std::size_t i) {
      const TextBlock& b = blocks_[i];
      if (4 * b.link_chars > b.chars || !tree_[b.owner].is("p") || b.text.empty()) return false;
      const char last = b.text.back();
      return last == '.' || last == '!' || last == '?' || b.text.ends_with("。") || b.text.ends_with("»") ||
             b.text.ends_with("”") || b.text.ends_with("\"");
    };
    auto siblings = [&](std::size_t i, std::size_t j) {
      return tree_[blocks_[i].owner].parent == tree_[blocks_[j].owner].parent && tree_[blocks_[j].owner].is("p");
    };
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      if (kept_[i] || !prose(i)) continue;
      if ((i > 0 && kept_[i - 1] && siblings(i, i - 1)) || (i + 1 < blocks_.size() && kept_[i + 1] && siblings(i, i + 1))) {
        kept_[i] = true;
      }
    }
  }

  // A heading introduces the text after it: one that is not a link, right before a kept block of
  // text, is kept with it (a short headline scores low on its own words).
  void keep_headings_of_kept_text() {
    for (std::size_t i = 0; i + 1 < blocks_.size(); ++i) {
      if (is_heading(i) && !kept_[i] && kept_[i + 1] && !is_heading(i + 1) &&
          2 * blocks_[i].link_chars < blocks_[i].chars) {
        kept_[i] = true;
      }
    }
  }

  // A label of the page's furniture is no part of the text, whatever the model scored it: a
  // block of a few words naming related links, an advert or cookies ("Mehr zum Thema", "Czytaj
  // też", "Advertisement", "Was sind Cookies?"), or a teaser's title under such a label ("VEA
  // TAMBIÉN: Entre heces y guaricha …").
  void drop_furniture_labels() {
    constexpr std::uint16_t kLabelKinds = kRelated | kAdvert | kCookieNotice;
    constexpr int kMaxLabelWords = 5;
    constexpr std::size_t kMaxLabelBytes = 32;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      if (!kept_[i]) continue;
      const std::string_view text = blocks_[i].text;
      const auto colon = text.find(':');
      const ProseEvidence e = measure_prose(text, "");
      const bool label = e.words <= kMaxLabelWords && (e.kinds & kLabelKinds) != 0;
      const bool under_label = colon != std::string_view::npos && colon <= kMaxLabelBytes &&
                               (boilerplate_kinds(text.substr(0, colon)) & kRelated) != 0;
      if (label || under_label) kept_[i] = false;
    }
  }

  // The main text is one stretch of the page. Kept blocks cut off from it by a long run of
  // dropped ones (a phone number in a menu, a teaser in a sidebar) are furniture that happened
  // to read like prose, unless they hold much text of their own.
  void drop_isolated_runs() {
    constexpr int kGap = 6;          // dropped blocks in a row that separate two stretches
    constexpr int kOwnText = 300;    // characters that make a stretch text in its own right
    struct Stretch {
      std::size_t first = 0, last = 0;
      int chars = 0;
    };
    std::vector<Stretch> stretches;
    int gap = kGap;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      if (!kept_[i]) {
        ++gap;
        continue;
      }
      if (gap >= kGap || stretches.empty()) stretches.push_back({i, i, 0});
      stretches.back().last = i;
      stretches.back().chars += blocks_[i].chars - blocks_[i].link_chars;
      gap = 0;
    }
    if (stretches.size() < 2) return;
    const auto main = std::max_element(stretches.begin(), stretches.end(),
                                       [](const Stretch& a, const Stretch& b) { return a.chars < b.chars; });
    for (auto s = stretches.begin(); s != stretches.end(); ++s) {
      if (s == main || s->chars >= kOwnText) continue;
      for (std::size_t i = s->first; i <= s->last; ++i) kept_[i] = false;
    }
  }

  // Scripts, hidden elements and form controls go first, by what they are: their words never count.
  // Except a <noscript> that holds most of the page's text: then the page is served inside it (a
  // site whose scripts build a second version of it), and a saved copy, a scraper and a reader
  // without scripts show that text; it is the page, not a notice that scripts are off.
  void drop_never_text() {
    const NodeIndex end = tree_.subtree_end(body_);
    std::optional<std::size_t> page_text;  // counted at the first <noscript>: most pages have none
    for (NodeIndex i = body_ + 1; i < end; ++i) {
      if (skip_[idx(i)] || tree_[i].is_text) continue;
      if (tree_[i].is("noscript")) {
        if (!page_text) page_text = shown_text_bytes(body_);
        if (2 * shown_text_bytes(i) > *page_text) continue;
      }
      if (const std::string_view kind = never_text(tree_[i]); !kind.empty()) drop(i, std::string(kind));
    }
  }

  // The bytes other than white space of the text under `node`, scripts and styles left out.
  std::size_t shown_text_bytes(NodeIndex node) const {
    std::size_t bytes = 0;
    const NodeIndex end = tree_.subtree_end(node);
    for (NodeIndex i = node; i < end;) {
      const HtmlNode& n = tree_[i];
      if (!n.is_text && is_unrendered(n)) {
        i = tree_.subtree_end(i);
        continue;
      }
      if (n.is_text) {
        for (char c : n.text) bytes += c != ' ' && c != '\t' && c != '\n' && c != '\r';
      }
      ++i;
    }
    return bytes;
  }

  // A subtree with text but no kept block is one dropped region; a dropped run beside kept text
  // is dropped node by node; text-less elements (images, rules) stay only between kept blocks.
  void mark_dropped() {
    const auto n = idx(tree_.size());
    std::vector<int> blocks_under(n, 0), kept_under(n, 0);
    std::vector<NodeIndex> first_kept(n, kNoNode), last_kept_end(n, kNoNode);
    for (std::size_t b = 0; b < blocks_.size(); ++b) {
      for (NodeIndex a = blocks_[b].owner; a != kNoNode; a = tree_[a].parent) {
        ++blocks_under[idx(a)];
        if (!kept_[b]) continue;
        ++kept_under[idx(a)];
        const auto& kids = tree_[blocks_[b].owner].children;
        const NodeIndex first = kids[blocks_[b].begin];
        const NodeIndex last_end = tree_.subtree_end(kids[blocks_[b].end - 1]);
        if (first_kept[idx(a)] == kNoNode) first_kept[idx(a)] = first;
        last_kept_end[idx(a)] = last_end;
      }
    }
    // A page without text or without furniture: nothing to tell apart.
    if (kept_under[idx(body_)] == 0 || !furniture_) return;
    std::size_t next_block = 0;
    const NodeIndex end = tree_.subtree_end(body_);
    for (NodeIndex i = body_ + 1; i < end; ++i) {
      if (skip_[idx(i)] || tree_[i].is_text) continue;
      const NodeIndex parent = tree_[i].parent;
      if (parent == kNoNode || skip_[idx(parent)] || kept_under[idx(parent)] == 0) continue;
      if (kept_under[idx(i)] > 0) continue;
      if (blocks_under[idx(i)] > 0) {
        while (next_block < blocks_.size() && blocks_[next_block].owner < i) ++next_block;
        drop(i, next_block < blocks_.size() ? boilerplate_reason(tree_, blocks_[next_block]) : "boilerplate");
        continue;
      }
      // An image, a rule or an empty element: kept between the first and the last kept text of its
      // parent, or right before the first (an article's leading picture).
      const bool leads_text = i < first_kept[idx(parent)] && next_block_is_kept(i);
      if ((i < first_kept[idx(parent)] && !leads_text) || i >= last_kept_end[idx(parent)]) {
        choice_.dropped[idx(i)] = true;
        mark_skipped(i);
        if (tree_.find(i, "img") != kNoNode) ++choice_.dropped_images;
      }
    }
    // Runs of inline text beside kept blocks in the same element.
    for (std::size_t b = 0; b < blocks_.size(); ++b) {
      if (kept_[b] || skip_[idx(blocks_[b].owner)]) continue;
      const auto& kids = tree_[blocks_[b].owner].children;
      for (std::size_t k = blocks_[b].begin; k < blocks_[b].end; ++k) choice_.dropped[idx(kids[k])] = true;
      choice_.regions.push_back({kids[blocks_[b].begin], boilerplate_reason(tree_, blocks_[b])});
      choice_.run_end[kids[blocks_[b].begin]] = tree_.subtree_end(kids[blocks_[b].end - 1]);
    }
    std::sort(choice_.regions.begin(), choice_.regions.end(),
              [](const DroppedRegion& x, const DroppedRegion& y) { return x.node < y.node; });
  }

  // True when the first text block after node `i` in document order is kept and is a sibling of
  // `i` (or a run of its parent's own text).
  bool next_block_is_kept(NodeIndex i) const {
    const auto next = std::partition_point(blocks_.begin(), blocks_.end(), [&](const TextBlock& b) {
      return tree_[b.owner].children[b.begin] <= i;
    });
    if (next == blocks_.end() || !kept_[static_cast<std::size_t>(next - blocks_.begin())]) return false;
    const NodeIndex parent = tree_[i].parent;
    return next->owner == parent || tree_[next->owner].parent == parent;
  }

  void drop(NodeIndex node, std::string kind) {
    choice_.dropped[idx(node)] = true;
    choice_.regions.push_back({node, std::move(kind)});
    mark_skipped(node);
  }

  void mark_skipped(NodeIndex node) {
    const NodeIndex end = tree_.subtree_end(node);
    for (NodeIndex i = node; i < end; ++i) skip_[idx(i)] = true;
  }

  const HtmlTree& tree_;
  NodeIndex body_;
  ContentChoice choice_;
  std::vector<bool> skip_;
  std::vector<bool> block_like_;
  std::vector<TextBlock> blocks_;
  std::vector<std::vector<float>> features_;
  std::vector<double> probability_;
  std::vector<bool> kept_;
  bool furniture_ = true;  ///< the page shows navigation, asides, forms or link lists
};

// `node` or one of its ancestors is marked in `marks` (one flag per node of the tree).
bool marked_at_or_above(const HtmlTree& tree, NodeIndex node, const std::vector<bool>& marks) {
  for (NodeIndex a = node; a != kNoNode; a = tree[a].parent) {
    if (marks[static_cast<std::size_t>(a)]) return true;
  }
  return false;
}

}  // namespace

bool ContentChoice::dropped_at(const HtmlTree& tree, NodeIndex node) const {
  return marked_at_or_above(tree, node, dropped);
}

ContentChoice choose_main_content(const HtmlTree& tree, NodeIndex body, const std::string& page_title) {
  Chooser chooser(tree, body);
  chooser.classify(page_title);
  return chooser.choose();
}

void report_dropped(const HtmlTree& tree, NodeIndex body, const ContentChoice& choice,
                    const std::vector<bool>& read_elsewhere, const base::SourceText& source,
                    base::Diagnostics& diagnostics) {
  std::size_t scripts = 0;
  std::uint32_t first_script_line = 0;
  for (const auto& r : choice.regions) {
    if (r.kind == "script") {
      if (scripts++ == 0) first_script_line = tree[r.node].line;
      continue;
    }
    if (marked_at_or_above(tree, r.node, read_elsewhere)) continue;
    const auto run = choice.run_end.find(r.node);
    const NodeIndex stop = run != choice.run_end.end() ? run->second : tree.subtree_end(r.node);
    const std::string words = first_words(tree, r.node, stop);
    const std::string what = tree[r.node].is_text ? "text" : "<" + tree[r.node].name + ">";
    diagnostics.push_back(base::make_note("html.region-dropped", source.line_span(tree[r.node].line),
                                          "dropped " + r.kind + " " + what +
                                              (words.empty() ? "" : ": \"" + words + "\"")));
  }
  if (choice.dropped_images > 0) {
    diagnostics.push_back(base::make_note("html.region-dropped", source.line_span(tree[body].line),
                                          "dropped " + std::to_string(choice.dropped_images) +
                                              " image(s) outside the main text (logos, icons, teaser pictures)"));
  }
  if (scripts > 0) {
    diagnostics.push_back(base::make_note("html.region-dropped", source.line_span(first_script_line),
                                          "dropped " + std::to_string(scripts) +
                                              " unrendered element(s) (script, style, template, head)"));
  }
}

ContentChoice whole_fragment(const HtmlTree& tree, NodeIndex body) { return Chooser(tree, body).fragment(); }

std::vector<BlockScore> score_text_blocks(const HtmlTree& tree, NodeIndex body, const std::string& page_title) {
  Chooser chooser(tree, body);
  chooser.classify(page_title);
  return chooser.scores();
}

}  // namespace folio::readers::html
