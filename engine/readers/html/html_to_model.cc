#include "readers/html/html_to_model.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>

#include "model/link_name.h"
#include "readers/html/html_elements.h"
#include "readers/html/html_notes.h"
#include "readers/common/attribution.h"
#include "readers/html/html_strings.h"
#include "readers/html/inline_whitespace.h"

namespace folio::readers::html {

namespace {

int int_attribute(const HtmlNode& n, const char* name, int fallback, int lo, int hi) {
  const auto* v = n.attribute(name);
  if (!v) return fallback;
  const std::string s = collapse_whitespace(*v);
  int value = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr == s.data()) return fallback;
  return std::clamp(value, lo, hi);
}

// The language and direction in effect in the source, and those already set on the enclosing
// model node (a node only carries lang/dir when they differ from its parent's).
struct Ctx {
  std::string lang;
  model::Direction dir = model::Direction::inherit;
  std::string model_lang;
  model::Direction model_dir = model::Direction::inherit;
  bool pre = false;
};

class Mapper {
 public:
  Mapper(const HtmlTree& tree, const ContentChoice& choice, bool keep, const base::SourceText& source,
         base::Diagnostics& diagnostics)
      : tree_(tree), choice_(choice), keep_(keep), source_(source), diagnostics_(diagnostics) {
    contains_block_.assign(static_cast<std::size_t>(tree.size()), false);
    for (NodeIndex i = tree.size() - 1; i > 0; --i) {
      const HtmlNode& n = tree[i];
      if (!n.is_text && (is_block_level(n) || contains_block_[idx(i)])) contains_block_[idx(n.parent)] = true;
    }
  }

  MappedContent run(NodeIndex start, const std::string& lang) {
    // The lang and dir of <html> and <body> are the document's own; those of other ancestors of
    // `start` (a content root inside <div lang="…">) still apply to what is read.
    Ctx ctx;
    ctx.lang = lang;
    std::vector<NodeIndex> ancestors;
    for (NodeIndex a = tree_[start].parent; a != kNoNode; a = tree_[a].parent) ancestors.push_back(a);
    const bool whole = is_document_level(tree_[start]);
    if (whole) ancestors.insert(ancestors.begin(), start);
    bool document_level = true;
    for (auto it = ancestors.rbegin(); it != ancestors.rend(); ++it) {
      if (document_level && !is_document_level(tree_[*it])) {
        ctx.model_lang = ctx.lang;
        ctx.model_dir = ctx.dir;
        document_level = false;
      }
      ctx = enter(*it, ctx);
    }
    if (document_level) {
      ctx.model_lang = ctx.lang;
      ctx.model_dir = ctx.dir;
    }
    notes_ = find_notes(tree_, start, choice_);
    MappedContent out;
    if (whole) {
      container(tree_[start].children, out.blocks, ctx);
    } else {
      block_element(start, out.blocks, ctx);
    }
    append_notes(out.blocks, lang, ctx);
    out.first_datetime = first_datetime_;
    out.read_elsewhere = notes_.hidden;
    return out;
  }

 private:
  static std::size_t idx(NodeIndex i) { return static_cast<std::size_t>(i); }

  // The notes referred to from the content, read from wherever they stand in the page, as one
  // Notes block after the content (each note in the language and direction in force there).
  void append_notes(model::Blocks& out, const std::string& lang, const Ctx& top) {
    model::Notes notes;
    for (const FoundNote& found : notes_.notes) {
      std::vector<NodeIndex> chain;
      for (NodeIndex a = found.body; a != kNoNode; a = tree_[a].parent) chain.push_back(a);
      Ctx ctx;
      ctx.lang = lang;
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) ctx = enter(*it, ctx);
      ctx.model_lang = top.model_lang;
      ctx.model_dir = top.model_dir;
      ctx.pre = false;
      model::Note note;
      note.info.span = span(found.body);
      apply_lang(note.info, ctx);
      note.id = found.id;
      note.label = found.label;
      container(tree_[found.body].children, note.blocks, ctx);
      if (!note.blocks.empty()) {
        if (auto* p = std::get_if<model::Paragraph>(&note.blocks.front().node)) strip_leading_label(p->content, found.label);
      }
      notes.notes.push_back(std::move(note));
    }
    if (notes.notes.empty()) return;
    model::Block block;
    block.info.span = notes.notes.front().info.span;
    block.node = std::move(notes);
    out.push_back(std::move(block));
  }

  // A note that starts with its own number ("1. …", "[1] …", "1) …"): the writers add the
  // marker, so the source's goes.
  static void strip_leading_label(model::Inlines& content, const std::string& label) {
    if (content.empty()) return;
    auto* text = std::get_if<model::Text>(&content.front().node);
    if (!text) return;
    for (const std::string& marker : {"[" + label + "]", "(" + label + ")", label + ".", label + ")", label}) {
      if (!text->text.starts_with(marker)) continue;
      const std::string_view rest = std::string_view(text->text).substr(marker.size());
      if (!rest.empty() && rest.front() != ' ' && !rest.starts_with("\u00A0")) continue;
      std::size_t cut = marker.size();
      while (cut < text->text.size() && text->text[cut] == ' ') ++cut;
      text->text.erase(0, cut);
      if (text->text.empty()) content.erase(content.begin());
      return;
    }
  }

  // A task-list item's box: a checkbox before any text of the item (GitHub's and cmark-gfm's
  // HTML, CMS to-do lists): checked or not; nullopt for an ordinary item.
  std::optional<bool> task_box(NodeIndex item) const {
    const NodeIndex end = tree_.subtree_end(item);
    for (NodeIndex i = item + 1; i < end; ++i) {
      const HtmlNode& n = tree_[i];
      if (n.is_text) {
        if (!collapse_whitespace(n.text).empty()) return std::nullopt;
        continue;
      }
      if (n.is("input")) {
        const auto* type = n.attribute("type");
        if (!type || lower_ascii(collapse_whitespace(*type)) != "checkbox") return std::nullopt;
        return n.attribute("checked") != nullptr;
      }
      if (const auto* role = n.attribute("role"); role && lower_ascii(collapse_whitespace(*role)) == "checkbox") {
        const auto* checked = n.attribute("aria-checked");
        return checked && lower_ascii(collapse_whitespace(*checked)) == "true";
      }
      if (n.is("img") || n.is("ul") || n.is("ol")) return std::nullopt;
    }
    return std::nullopt;
  }

  static bool is_document_level(const HtmlNode& n) { return n.is("#document") || n.is("html") || n.is("body"); }

  std::vector<NodeIndex> children_of(NodeIndex node, const std::vector<NodeIndex>& skip = {}) const {
    std::vector<NodeIndex> out;
    for (NodeIndex c : tree_[node].children) {
      if (std::find(skip.begin(), skip.end(), c) == skip.end()) out.push_back(c);
    }
    return out;
  }

  base::Span span(NodeIndex node) const { return source_.line_span(tree_[node].line); }

  Ctx enter(NodeIndex node, Ctx ctx) const {
    const HtmlNode& n = tree_[node];
    const auto* lang = n.attribute("lang") ? n.attribute("lang") : n.attribute("xml:lang");
    if (lang) ctx.lang = collapse_whitespace(*lang);
    if (const auto* dir = n.attribute("dir")) {
      const std::string d = lower_ascii(collapse_whitespace(*dir));
      if (d == "rtl") ctx.dir = model::Direction::rtl;
      if (d == "ltr") ctx.dir = model::Direction::ltr;
    }
    return ctx;
  }

  // Gives `info` the lang/dir in effect where they differ from the enclosing model node.
  static void apply_lang(model::NodeInfo& info, Ctx& ctx) {
    if (ctx.lang != ctx.model_lang) {
      info.lang = ctx.lang;
      ctx.model_lang = ctx.lang;
    }
    if (ctx.dir != ctx.model_dir) {
      info.dir = ctx.dir;
      ctx.model_dir = ctx.dir;
    }
  }

  model::Block make_block(NodeIndex node, Ctx& ctx) const {
    model::Block b;
    b.info.span = span(node);
    apply_lang(b.info, ctx);
    return b;
  }

  model::Inlines inlines_of(const std::vector<NodeIndex>& nodes, const Ctx& ctx) {
    model::Inlines out;
    for (NodeIndex c : nodes) inline_node(c, out, ctx);
    normalize_whitespace(out);
    return out;
  }

  // Block-level content of `nodes`: runs of inline content become paragraphs.
  void container(const std::vector<NodeIndex>& nodes, model::Blocks& out, const Ctx& ctx) {
    // A run of inline nodes becomes paragraphs; a run the classifier dropped beside kept text
    // (kept with --keep-boilerplate) becomes paragraphs in a navigation section of its own.
    auto emit = [&](model::Inlines& run, NodeIndex& node, bool dropped) {
      if (node == kNoNode) return;
      normalize_whitespace(run);
      if (!is_blank(run)) {
        Ctx c = ctx;
        if (!dropped) {
          push_paragraphs(make_block(node, c), std::move(run), out);
        } else {
          model::Block section = make_block(node, c);
          section.role = model::Role::navigation;
          model::Section s;
          push_paragraphs(make_block(node, c), std::move(run), s.blocks);
          section.node = std::move(s);
          out.push_back(std::move(section));
        }
      }
      run.clear();
      node = kNoNode;
    };
    model::Inlines pending, dropped_run;
    NodeIndex pending_node = kNoNode, dropped_node = kNoNode;
    auto flush = [&] { emit(pending, pending_node, false); };
    auto flush_dropped = [&] { emit(dropped_run, dropped_node, true); };
    for (NodeIndex child : nodes) {
      const HtmlNode& c = tree_[child];
      if (notes_.hidden[idx(child)]) continue;  // a note, read into the notes
      const bool block_child = !c.is_text && (is_block_level(c) || contains_block_[idx(child)]);
      if (choice_.dropped[idx(child)] && !block_child) {
        if (!keep_ || (!c.is_text && is_unrendered(c))) continue;
        flush();
        if (dropped_node == kNoNode) dropped_node = child;
        inline_node(child, dropped_run, ctx, /*even_dropped=*/true);
        continue;
      }
      flush_dropped();
      if (!c.is_text && choice_.dropped[idx(child)]) {
        if (!keep_ || is_unrendered(c)) continue;
        flush();
        Ctx cc = enter(child, ctx);
        model::Block section = make_block(child, cc);
        section.role = model::Role::navigation;
        model::Section s;
        container(children_of(child), s.blocks, cc);
        if (s.blocks.empty()) continue;
        section.node = std::move(s);
        out.push_back(std::move(section));
        continue;
      }
      if (block_child) {
        flush();
        block_element(child, out, ctx);
        continue;
      }
      if (pending_node == kNoNode) pending_node = child;
      inline_node(child, pending, ctx);
    }
    flush();
    flush_dropped();
  }

  // "<br><br>" is how many CMS pages separate paragraphs: each run of two or more line breaks
  // starts a new paragraph with the same node info.
  // Paragraphs of `content`, split at runs of two or more line breaks. A paragraph of images
  // alone (between blocks, or `<p><img></p>` as CMSs write them) is a figure per image.
  static void push_paragraphs(model::Block block, model::Inlines content, model::Blocks& out) {
    model::Inlines current;
    auto emit = [&] {
      while (!current.empty() && std::holds_alternative<model::LineBreak>(current.back().node)) current.pop_back();
      if (is_blank(current)) return;
      const auto is_image = [](const model::Inline& i) { return std::holds_alternative<model::Image>(i.node); };
      if (std::all_of(current.begin(), current.end(), [&](const model::Inline& i) { return is_image(i) || is_blank({&i, 1}); })) {
        for (auto& img : current) {
          if (!is_image(img)) continue;  // the spaces between the images
          model::Block figure = block;
          figure.info.span = img.info.span;
          figure.node = model::Figure{std::get<model::Image>(img.node), {}};
          out.push_back(std::move(figure));
        }
      } else {
        model::Block b = block;
        b.node = model::Paragraph{std::move(current)};
        out.push_back(std::move(b));
      }
      current.clear();
    };
    for (std::size_t i = 0; i < content.size(); ++i) {
      const bool double_break = i + 1 < content.size() && std::holds_alternative<model::LineBreak>(content[i].node) &&
                                std::holds_alternative<model::LineBreak>(content[i + 1].node);
      if (!double_break) {
        current.push_back(std::move(content[i]));
        continue;
      }
      emit();
      current.clear();
      while (i + 1 < content.size() && std::holds_alternative<model::LineBreak>(content[i + 1].node)) ++i;
    }
    emit();
  }

  void block_element(NodeIndex node, model::Blocks& out, const Ctx& parent_ctx) {
    const HtmlNode& n = tree_[node];
    Ctx ctx = enter(node, parent_ctx);
    if (const int level = heading_level(n)) {
      model::Block b = make_block(node, ctx);
      model::Inlines content = inlines_of(n.children, ctx);
      if (is_blank(content)) return;
      b.node = model::Heading{level, std::move(content)};
      out.push_back(std::move(b));
    } else if (n.is("p") && !contains_block_[idx(node)]) {
      model::Block b = make_block(node, ctx);
      model::Inlines content = inlines_of(n.children, ctx);
      if (is_blank(content)) return;
      push_paragraphs(std::move(b), std::move(content), out);
    } else if (n.is("pre")) {
      model::Block b = make_block(node, ctx);
      ctx.pre = true;
      model::Inlines content = inlines_of(n.children, ctx);
      if (is_blank(content)) return;
      b.node = model::Paragraph{std::move(content)};
      out.push_back(std::move(b));
    } else if (n.is("ul") || n.is("ol") || n.is("menu") || n.is("dir")) {
      list(node, out, ctx);
    } else if (n.is("blockquote")) {
      quote(node, out, ctx);
    } else if (n.is("figure")) {
      figure(node, out, ctx);
    } else if (n.is("table")) {
      table(node, out, ctx);
    } else if (n.is("hr")) {
      model::Block b = make_block(node, ctx);
      b.node = model::Rule{};
      out.push_back(std::move(b));
    } else {
      container(n.children, out, ctx);
    }
  }

  void list(NodeIndex node, model::Blocks& out, Ctx ctx) {
    const HtmlNode& n = tree_[node];
    model::Block b = make_block(node, ctx);
    model::List l;
    l.ordered = n.is("ol");
    l.start = l.ordered ? int_attribute(n, "start", 1, -1000000, 1000000) : 1;
    std::vector<NodeIndex> stray;
    auto add_stray = [&] {
      if (stray.empty()) return;
      model::Blocks blocks;
      container(stray, blocks, ctx);
      stray.clear();
      if (blocks.empty()) return;
      if (l.items.empty()) {
        model::ListItem item;
        item.info.span = blocks.front().info.span;
        l.items.push_back(std::move(item));
      }
      auto& target = l.items.back().blocks;
      target.insert(target.end(), std::make_move_iterator(blocks.begin()), std::make_move_iterator(blocks.end()));
    };
    for (NodeIndex c : n.children) {
      if (notes_.hidden[idx(c)]) continue;  // a note, read into the notes
      if (!tree_[c].is("li")) {
        stray.push_back(c);
        continue;
      }
      add_stray();
      // An item the classifier dropped (a menu entry in a list that also holds text) goes, unless
      // boilerplate is kept: then it stays in place.
      if (choice_.dropped[idx(c)] && !keep_) continue;
      Ctx ic = enter(c, ctx);
      model::ListItem item;
      item.info.span = span(c);
      item.checked = task_box(c);
      apply_lang(item.info, ic);
      container(tree_[c].children, item.blocks, ic);
      l.items.push_back(std::move(item));
    }
    add_stray();
    if (l.items.empty()) return;
    b.node = std::move(l);
    out.push_back(std::move(b));
  }

  // A trailing <footer>, <cite> or <p><cite></p> names who is quoted.
  NodeIndex attribution_node(NodeIndex node) const {
    const auto& kids = tree_[node].children;
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
      const HtmlNode& c = tree_[*it];
      if (c.is_text) {
        if (collapse_whitespace(c.text).empty()) continue;
        return kNoNode;
      }
      if (c.is("footer") || c.is("cite")) return *it;
      if (c.is("p")) {
        NodeIndex only = kNoNode;
        for (NodeIndex g : c.children) {
          if (tree_[g].is_text && collapse_whitespace(tree_[g].text).empty()) continue;
          if (only != kNoNode || !tree_[g].is("cite")) return kNoNode;
          only = g;
        }
        return only == kNoNode ? kNoNode : *it;
      }
      return kNoNode;
    }
    return kNoNode;
  }

  void quote(NodeIndex node, model::Blocks& out, Ctx ctx) {
    model::Block b = make_block(node, ctx);
    model::Quote q;
    const NodeIndex attribution = attribution_node(node);
    container(children_of(node, {attribution}), q.blocks, ctx);
    if (attribution != kNoNode) q.attribution = inlines_of(tree_[attribution].children, ctx);
    if (q.attribution.empty() && q.blocks.size() > 1) {
      if (auto* p = std::get_if<model::Paragraph>(&q.blocks.back().node); p && strip_attribution_dash(p->content)) {
        q.attribution = std::move(p->content);
        q.blocks.pop_back();
      }
    }
    if (q.blocks.empty() && q.attribution.empty()) return;
    b.node = std::move(q);
    out.push_back(std::move(b));
  }

  void figure(NodeIndex node, model::Blocks& out, Ctx ctx) {
    std::vector<NodeIndex> images;
    NodeIndex caption = kNoNode;
    const NodeIndex end = tree_.subtree_end(node);
    for (NodeIndex i = node + 1; i < end; ++i) {
      if (tree_[i].is("img")) images.push_back(i);
      if (tree_[i].is("figcaption") && caption == kNoNode) caption = i;
    }
    if (images.size() != 1 || (caption != kNoNode && tree_.find(caption, "img") != kNoNode)) {
      container(tree_[node].children, out, ctx);  // not a single-image figure: read its content
      return;
    }
    NodeIndex holder = images[0];  // the figure's child that holds the image
    while (tree_[holder].parent != node) holder = tree_[holder].parent;
    model::Block b = make_block(node, ctx);
    model::Figure f;
    f.image = image(images[0]);
    if (caption != kNoNode) f.caption = inlines_of(tree_[caption].children, enter(caption, ctx));
    b.node = std::move(f);
    out.push_back(std::move(b));
    std::vector<NodeIndex> skip{holder};
    if (caption != kNoNode) {
      NodeIndex top = caption;
      while (tree_[top].parent != node) top = tree_[top].parent;
      skip.push_back(top);
    }
    container(children_of(node, skip), out, ctx);  // credits and other text beside the image
  }

  model::Image image(NodeIndex node) {
    const HtmlNode& n = tree_[node];
    model::Image img;
    for (const char* attr : {"src", "data-src", "data-lazy-src"}) {
      if (const auto* v = n.attribute(attr); v && !collapse_whitespace(*v).empty()) {
        img.src = collapse_whitespace(*v);
        break;
      }
    }
    const auto* role = n.attribute("role");
    const auto* hidden = n.attribute("aria-hidden");
    if (const auto* alt = n.attribute("alt")) {
      img.alt = collapse_whitespace(*alt);
    } else if ((role && (lower_ascii(*role) == "presentation" || lower_ascii(*role) == "none")) ||
               (hidden && lower_ascii(*hidden) == "true")) {
      img.alt = "";
    } else {
      diagnostics_.push_back(base::make_warning("html.image-alt-missing", span(node),
                                                "image without alternative text: " + img.src,
                                                "add an alt attribute to the source (alt=\"\" for a decorative image)"));
    }
    return img;
  }

  struct Rows {
    NodeIndex caption = kNoNode;
    std::vector<NodeIndex> head, body, foot;
  };

  Rows table_rows(NodeIndex table) const {
    Rows rows;
    for (NodeIndex c : tree_[table].children) {
      const HtmlNode& n = tree_[c];
      if (n.is("caption") && rows.caption == kNoNode) rows.caption = c;
      if (n.is("tr")) rows.body.push_back(c);
      auto* target = n.is("thead") ? &rows.head : n.is("tbody") ? &rows.body : n.is("tfoot") ? &rows.foot : nullptr;
      if (!target) continue;
      for (NodeIndex r : n.children) {
        if (tree_[r].is("tr")) target->push_back(r);
      }
    }
    return rows;
  }

  std::vector<NodeIndex> cells_of(NodeIndex row) const {
    std::vector<NodeIndex> out;
    for (NodeIndex c : tree_[row].children) {
      if (tree_[c].is("td") || tree_[c].is("th")) out.push_back(c);
    }
    return out;
  }

  void table(NodeIndex node, model::Blocks& out, Ctx ctx) {
    const HtmlNode& n = tree_[node];
    const Rows parts = table_rows(node);
    std::vector<NodeIndex> rows = parts.head;
    rows.insert(rows.end(), parts.body.begin(), parts.body.end());
    rows.insert(rows.end(), parts.foot.begin(), parts.foot.end());
    bool any_th = false;
    int columns = 0;
    for (NodeIndex r : rows) {
      int width = 0;
      for (NodeIndex c : cells_of(r)) {
        any_th = any_th || tree_[c].is("th");
        width += int_attribute(tree_[c], "colspan", 1, 1, 1000);
      }
      columns = std::max(columns, width);
    }
    const auto* role = n.attribute("role");
    const bool presentation = role && (lower_ascii(*role) == "presentation" || lower_ascii(*role) == "none");
    const bool layout = presentation || rows.size() <= 1 || columns <= 1 ||
                        (!any_th && parts.caption == kNoNode && parts.head.empty());
    if (layout) {
      diagnostics_.push_back(base::make_note("html.layout-table", span(node),
                                             "table used for layout (" +
                                                 std::string(presentation ? "role=presentation" : !any_th && rows.size() > 1 && columns > 1 ? "no header cells" : "a single row or column") +
                                                 ") read as ordinary blocks"));
      if (parts.caption != kNoNode) container(tree_[parts.caption].children, out, ctx);
      for (NodeIndex r : rows) {
        for (NodeIndex c : cells_of(r)) container(tree_[c].children, out, enter(c, ctx));
      }
      return;
    }
    model::Block b = make_block(node, ctx);
    model::Table t;
    if (parts.caption != kNoNode) t.caption = inlines_of(tree_[parts.caption].children, enter(parts.caption, ctx));
    t.header_rows = static_cast<int>(parts.head.size());
    if (t.header_rows == 0) {
      for (NodeIndex r : rows) {
        const auto cells = cells_of(r);
        if (cells.empty() || !std::all_of(cells.begin(), cells.end(), [&](NodeIndex c) { return tree_[c].is("th"); })) break;
        ++t.header_rows;
      }
    }
    for (std::size_t ri = 0; ri < rows.size(); ++ri) {
      Ctx rc = enter(rows[ri], ctx);
      model::TableRow row;
      row.info.span = span(rows[ri]);
      apply_lang(row.info, rc);
      for (NodeIndex c : cells_of(rows[ri])) {
        const HtmlNode& cn = tree_[c];
        Ctx cc = enter(c, rc);
        model::TableCell cell;
        cell.info.span = span(c);
        apply_lang(cell.info, cc);
        cell.header = cn.is("th");
        cell.colspan = int_attribute(cn, "colspan", 1, 1, 1000);
        cell.rowspan = int_attribute(cn, "rowspan", 1, 1, 65534);
        if (cell.header) cell.scope = scope_of(cn, static_cast<int>(ri) < t.header_rows);
        container(cn.children, cell.blocks, cc);
        row.cells.push_back(std::move(cell));
      }
      t.rows.push_back(std::move(row));
    }
    b.node = std::move(t);
    out.push_back(std::move(b));
  }

  // Without a scope attribute, a header cell in the table head labels its column, one elsewhere its row.
  static model::Scope scope_of(const HtmlNode& cell, bool in_head) {
    if (const auto* scope = cell.attribute("scope")) {
      const std::string s = lower_ascii(collapse_whitespace(*scope));
      if (s == "col" || s == "colgroup") return model::Scope::column;
      if (s == "row" || s == "rowgroup") return model::Scope::row;
    }
    return in_head ? model::Scope::column : model::Scope::row;
  }

  void push_text(model::Inlines& out, std::string text, NodeIndex node, const Ctx& ctx) {
    if (!ctx.pre) {
      out.push_back(model::make_text(std::move(text), span(node)));
      return;
    }
    std::size_t start = 0;
    while (start <= text.size()) {
      const std::size_t nl = std::min(text.find('\n', start), text.size());
      if (nl > start) out.push_back(model::make_text(text.substr(start, nl - start), span(node)));
      if (nl == text.size()) break;
      model::Inline br;
      br.info.span = span(node);
      br.node = model::LineBreak{};
      out.push_back(std::move(br));
      start = nl + 1;
    }
  }

  // `even_dropped`: map a node the classifier dropped (kept with --keep-boilerplate).
  void inline_node(NodeIndex node, model::Inlines& out, const Ctx& parent_ctx, bool even_dropped = false) {
    const HtmlNode& n = tree_[node];
    if (n.is_text) {
      push_text(out, n.text, node, parent_ctx);
      return;
    }
    if ((choice_.dropped[idx(node)] && !even_dropped) || is_unrendered(n) || notes_.hidden[idx(node)]) return;
    Ctx ctx = enter(node, parent_ctx);
    model::Inlines* target = &out;
    if ((n.attribute("lang") || n.attribute("xml:lang") || n.attribute("dir")) &&
        (ctx.lang != ctx.model_lang || ctx.dir != ctx.model_dir)) {
      model::Inline s;
      s.info.span = span(node);
      apply_lang(s.info, ctx);
      s.node = model::Span{};
      out.push_back(std::move(s));
      target = &std::get<model::Span>(out.back().node).children;
    }
    model::Inline inl;
    inl.info.span = span(node);
    auto children = [&]() {
      model::Inlines kids;
      for (NodeIndex c : n.children) inline_node(c, kids, ctx);
      return kids;
    };
    const std::string& name = n.name;
    if (name == "br") {
      inl.node = model::LineBreak{};
    } else if (name == "wbr" || name == "input" || name == "button" || name == "select" || name == "textarea") {
      return;
    } else if (name == "img") {
      inl.node = image(node);
    } else if (const FoundNote* note = name == "a" ? notes_.note_of(node) : nullptr) {
      inl.node = model::NoteRef{note->id, note->label};
    } else if (name == "del" || name == "s" || name == "strike") {
      inl.node = model::Strikethrough{children(), name == "del"};
    } else if (name == "a" && n.attribute("href") && !collapse_whitespace(*n.attribute("href")).empty() &&
               !lower_ascii(collapse_whitespace(*n.attribute("href"))).starts_with("javascript:")) {
      model::Link link{collapse_whitespace(*n.attribute("href")), children()};
      // A link that shows nothing to read (an avatar with alt="", an icon) is named as a browser
      // names it: aria-label, then title (the transforms name the rest from the address).
      for (const char* attr : {"aria-label", "title"}) {
        if (!model::says_nothing(link)) break;
        const auto* label = n.attribute(attr);
        if (!label) continue;
        if (const std::string name = collapse_whitespace(*label); !name.empty()) model::give_name(link, name);
      }
      inl.node = std::move(link);
    } else if (name == "em" || name == "i" || name == "cite" || name == "dfn" || name == "var") {
      inl.node = model::Emphasis{children()};
    } else if (name == "strong" || name == "b") {
      inl.node = model::Strong{children()};
    } else if (name == "code" || name == "kbd" || name == "samp" || name == "tt") {
      inl.node = model::Code{tree_.text_content(node)};
    } else if (name == "q") {
      inl.node = model::InlineQuote{children()};
    } else {
      if (name == "time" && first_datetime_.empty()) {
        const auto* dt = n.attribute("datetime");
        first_datetime_ = dt ? collapse_whitespace(*dt) : collapse_whitespace(tree_.text_content(node));
      }
      // Transparent: abbr, span, time, custom elements; a block element inside a heading or
      // paragraph still separates words.
      const bool separate = is_block_level(n);
      if (separate) target->push_back(model::make_text(" "));
      for (NodeIndex c : n.children) inline_node(c, *target, ctx);
      if (separate) target->push_back(model::make_text(" "));
      return;
    }
    target->push_back(std::move(inl));
  }

  const HtmlTree& tree_;
  const ContentChoice& choice_;
  bool keep_;
  const base::SourceText& source_;
  base::Diagnostics& diagnostics_;
  std::vector<bool> contains_block_;
  std::string first_datetime_;
  FoundNotes notes_;
};

}  // namespace

MappedContent map_content(const HtmlTree& tree, const ContentChoice& choice, NodeIndex start, const std::string& lang,
                          bool keep_boilerplate, const base::SourceText& source, base::Diagnostics& diagnostics) {
  return Mapper(tree, choice, keep_boilerplate, source, diagnostics).run(start, lang);
}

}  // namespace folio::readers::html
