#include "readers/html/read_html.h"

#include "readers/html/html_elements.h"
#include "readers/html/html_metadata.h"
#include "readers/html/html_to_model.h"
#include "readers/html/html_tree.h"
#include "readers/html/main_content.h"
#include "readers/html/page_repair.h"
#include "readers/html/wml.h"

namespace folio::readers {

namespace {

using html::HtmlTree;
using html::kNoNode;
using html::NodeIndex;

model::Block* first_h1(model::Blocks& blocks) {
  for (auto& b : blocks) {
    if (b.role == model::Role::navigation) continue;
    if (auto* h = std::get_if<model::Heading>(&b.node); h && h->level == 1) return &b;
    if (auto* s = std::get_if<model::Section>(&b.node)) {
      if (auto* found = first_h1(s->blocks)) return found;
    }
  }
  return nullptr;
}

// Soft hyphens inside headline words must not hide that two titles are the same.
std::string without_soft_hyphens(std::string s) {
  for (std::size_t at = s.find("\u00AD"); at != std::string::npos; at = s.find("\u00AD", at)) s.erase(at, 2);
  return s;
}

bool related_titles(std::string a, std::string b) {
  a = without_soft_hyphens(std::move(a));
  b = without_soft_hyphens(std::move(b));
  return !a.empty() && !b.empty() && (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

// A title that is the headline plus site decoration ("Agency - List of releases - Headline").
bool decorated_headline(const std::string& title, const std::string& h1) {
  const std::string t = without_soft_hyphens(title);
  const std::string h = without_soft_hyphens(h1);
  if (h.empty() || t.size() <= h.size()) return false;
  for (std::string_view sep : {" - ", " | ", " – ", " — ", ": ", " :: ", " · "}) {
    if (t.ends_with(std::string(sep) + h) || t.starts_with(h + std::string(sep))) return true;
  }
  return false;
}

// A heading's text is the page's title (og:title, the JSON-LD headline or <title>).
bool names_the_page(const std::string& text, const html::PageMetadata& page) {
  return related_titles(text, page.og_title) || related_titles(text, page.ld_headline) ||
         related_titles(text, page.html_title);
}

NodeIndex dropped_headline_pass(const HtmlTree& tree, NodeIndex body, const html::ContentChoice& choice,
                                const html::PageMetadata& page, bool h1_only) {
  const NodeIndex end = tree.subtree_end(body);
  for (NodeIndex i = body; i < end; ++i) {
    if (h1_only ? !tree[i].is("h1") : html::heading_level(tree[i]) == 0) continue;
    if (!choice.dropped_at(tree, i)) continue;
    const std::string text = html::collapse_whitespace(tree.text_content(i));
    if (names_the_page(text, page)) return i;
  }
  return kNoNode;
}

// The page's one <h1>, dropped, when little text and no menu or list stand between it and the
// first text kept (a byline, a date, a share link): the article's headline, which the classifier
// weighs as a short line among menus. A site's logo in an <h1> stands above the menus.
NodeIndex lone_h1_above_text(const HtmlTree& tree, const html::ContentChoice& choice, NodeIndex body) {
  constexpr std::size_t kMaxTextBetween = 300;  // bytes of a byline, a date, a caption
  const NodeIndex end = tree.subtree_end(body);
  NodeIndex h1 = kNoNode;
  for (NodeIndex i = body; i < end; ++i) {
    if (!tree[i].is("h1")) continue;
    if (h1 != kNoNode) return kNoNode;
    h1 = i;
  }
  if (h1 == kNoNode || !choice.dropped_at(tree, h1)) return kNoNode;
  std::size_t between = 0;
  for (NodeIndex i = tree.subtree_end(h1); i < end && between <= kMaxTextBetween; ++i) {
    if (tree[i].is("nav") || tree[i].is("ul") || tree[i].is("ol") || tree[i].is("menu")) return kNoNode;
    if (!tree[i].is_text || tree[tree[i].parent].is("script") || tree[tree[i].parent].is("style")) continue;
    const std::string text = html::collapse_whitespace(tree[i].text);
    if (text.empty()) continue;
    if (!choice.dropped_at(tree, i)) return h1;
    between += text.size();
  }
  return kNoNode;
}

// A page whose kept content leaves out the headline: a dropped heading counts when the page's
// title names it (a site logo in an h1 does not), h1 first, then any level; or the page's one h1
// right above the text.
NodeIndex dropped_headline(const HtmlTree& tree, const html::ContentChoice& choice, NodeIndex body,
                           const html::PageMetadata& page) {
  for (int pass = 0; pass < 2; ++pass) {
    if (const NodeIndex found = dropped_headline_pass(tree, body, choice, page, pass == 0); found != kNoNode) {
      return found;
    }
  }
  return lone_h1_above_text(tree, choice, body);
}

// A page without an h1 whose kept text starts under a heading the page's title names (a CMS that
// sets the headline in an h4): that heading is the headline, at level 1.
void promote_titled_heading(model::Blocks& blocks, const html::PageMetadata& page) {
  for (auto& b : blocks) {
    auto* h = std::get_if<model::Heading>(&b.node);
    if (h == nullptr || b.role == model::Role::navigation) continue;
    const std::string text = html::collapse_whitespace(model::plain_text(b));
    if (names_the_page(text, page)) h->level = 1;
    return;  // only the first heading can be the headline
  }
}

model::Direction direction_attribute(const html::HtmlNode& node) {
  const auto* dir = node.attribute("dir");
  if (!dir) return model::Direction::inherit;
  const std::string d = html::collapse_whitespace(*dir);
  if (d == "rtl" || d == "RTL") return model::Direction::rtl;
  if (d == "ltr" || d == "LTR") return model::Direction::ltr;
  return model::Direction::inherit;
}

}  // namespace

base::Warned<model::Document> read_html(const base::SourceText& source, const HtmlReaderOptions& options) {
  base::Warned<model::Document> result;
  model::Document& doc = result.value;
  base::Diagnostics& diagnostics = result.warnings;
  if (source.text().size() > options.max_bytes) {
    diagnostics.push_back(base::make_warning("html.too-large", source.line_span(1),
                                             "the page is larger than " + std::to_string(options.max_bytes >> 20) +
                                                 " MiB and was not read"));
    return result;
  }

  const html::WmlPage wml = options.fragment ? html::WmlPage{} : html::preprocess_wml(source, diagnostics);
  HtmlTree tree = html::parse_html_tree(wml.is_wml ? wml.markup : source.text(), source, options.max_depth, diagnostics);
  html::PageRepairs repairs;
  if (options.repair && !options.fragment) repairs = html::repair_page_text(tree, source);
  NodeIndex body = tree.find(0, "body");
  if (body == kNoNode) body = 0;

  if (options.fragment) {
    const html::ContentChoice choice = html::whole_fragment(tree, body);
    doc.blocks = html::map_content(tree, choice, body, "", false, source, diagnostics).blocks;
    return result;
  }

  const html::PageMetadata page = html::read_page_metadata(tree);
  doc.metadata = page.metadata;
  // A WML source is the release alone: the site template around it is not in the file.
  const html::ContentChoice choice =
      wml.is_wml ? html::whole_fragment(tree, body)
                 : html::choose_main_content(tree, body, page.og_title + "\n" + page.html_title);
  html::MappedContent content =
      html::map_content(tree, choice, body, doc.metadata.language, options.keep_boilerplate, source, diagnostics);
  html::report_dropped(tree, body, choice, content.read_elsewhere, source, diagnostics);
  doc.blocks.insert(doc.blocks.end(), std::make_move_iterator(content.blocks.begin()),
                    std::make_move_iterator(content.blocks.end()));

  // With boilerplate kept, a headline outside the content is already there, in a navigation section.
  if (!wml.is_wml && !options.keep_boilerplate && !first_h1(doc.blocks)) {
    if (const NodeIndex h = dropped_headline(tree, choice, body, page); h != kNoNode) {
      auto mapped = html::map_content(tree, choice, h, doc.metadata.language, false, source, diagnostics).blocks;
      // The release's headline, whatever level the site's template gave it.
      if (!mapped.empty()) {
        if (auto* heading = std::get_if<model::Heading>(&mapped.front().node)) heading->level = 1;
      }
      doc.blocks.insert(doc.blocks.begin(), std::make_move_iterator(mapped.begin()), std::make_move_iterator(mapped.end()));
      diagnostics.push_back(base::make_note("html.headline-outside-content", source.line_span(tree[h].line),
                                            "the headline <" + tree[h].name +
                                                "> was dropped with the page's furniture and taken back (it matches the page "
                                                "title or stands right above the text)"));
    }
  }
  if (!first_h1(doc.blocks)) promote_titled_heading(doc.blocks, page);
  model::Block* headline = first_h1(doc.blocks);
  if (headline) headline->role = model::Role::headline;

  const std::string h1 = headline ? html::collapse_whitespace(model::plain_text(*headline)) : std::string();
  doc.metadata.title = html::choose_title(page, h1);
  if (decorated_headline(doc.metadata.title, h1)) doc.metadata.title = h1;
  // Soft hyphens are hyphenation hints for the page's own layout, not part of the title.
  doc.metadata.title = without_soft_hyphens(doc.metadata.title);
  if (doc.metadata.date.empty()) doc.metadata.date = html::iso_date_part(wml.date);
  if (doc.metadata.date.empty()) doc.metadata.date = html::iso_date_part(content.first_datetime);
  for (NodeIndex i : {tree.find(0, "html"), body}) {
    if (i != kNoNode && doc.dir == model::Direction::inherit) doc.dir = direction_attribute(tree[i]);
  }
  html::report_page_repairs(std::move(repairs), doc, diagnostics);
  return result;
}

}  // namespace folio::readers
