#include "readers/html/html_notes.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "readers/html/html_elements.h"
#include "readers/html/html_strings.h"

namespace folio::readers::html {

namespace {

constexpr std::size_t kMaxImplicitNote = 3000;  // bytes: an unmarked "note" longer than this is content
constexpr std::size_t kMaxSectionExtra = 60;    // bytes of a notes section outside its notes ("Notes", "—")

std::size_t idx(NodeIndex i) { return static_cast<std::size_t>(i); }

// Does the whitespace-separated attribute `attr` hold `token` (ASCII case-insensitive)?
bool has_token(const HtmlNode& node, std::string_view attr, std::string_view token) {
  const auto* value = node.attribute(attr);
  if (!value) return false;
  const std::string v = lower_ascii(*value);
  std::size_t i = 0;
  while (i < v.size()) {
    const std::size_t end = std::min(v.find_first_of(" \t\n\r\f", i), v.size());
    if (std::string_view(v).substr(i, end - i) == token) return true;
    i = end + 1;
  }
  return false;
}

bool class_has(const HtmlNode& node, std::string_view word) {
  const auto* value = node.attribute("class");
  return value && lower_ascii(*value).find(word) != std::string::npos;
}

bool is_page_level(const HtmlNode& node) {
  return node.is("#document") || node.is("html") || node.is("body") || node.is("main") || node.is("article");
}

}  // namespace

// An element that says it is one note (DPUB-ARIA, EPUB 3 Structural Semantics).
bool declares_note(const HtmlNode& node) {
  if (node.is_text) return false;
  for (std::string_view role : {"doc-footnote", "doc-endnote", "doc-rearnote"}) {
    if (has_token(node, "role", role)) return true;
  }
  for (std::string_view type : {"footnote", "endnote", "rearnote", "note"}) {
    if (has_token(node, "epub:type", type)) return true;
  }
  // Word's HTML export: <div style='mso-element:footnote' id=ftn1>.
  const auto* style = node.attribute("style");
  if (!style) return false;
  const std::string s = lower_ascii(*style);
  return (s.find("mso-element:footnote") != std::string::npos || s.find("mso-element:endnote") != std::string::npos) &&
         s.find("-list") == std::string::npos;
}

namespace {

// An element that says it holds the notes: DPUB-ARIA, EPUB, the class pandoc, cmark-gfm and CMS
// plugins write, Word's HTML export.
bool is_notes_section(const HtmlNode& node) {
  if (node.is_text) return false;
  if (has_token(node, "role", "doc-endnotes") || node.attribute("data-footnotes")) return true;
  for (std::string_view type : {"footnotes", "endnotes", "rearnotes"}) {
    if (has_token(node, "epub:type", type)) return true;
  }
  if (class_has(node, "footnotes") || class_has(node, "endnotes")) return true;
  const auto* style = node.attribute("style");
  if (!style) return false;
  const std::string s = lower_ascii(*style);
  return s.find("mso-element:footnote-list") != std::string::npos || s.find("mso-element:endnote-list") != std::string::npos;
}

bool is_roman(std::string_view s) {
  return !s.empty() && s.size() <= 6 && s.find_first_not_of("ivxlcdm") == std::string_view::npos;
}

// The label of a note marker ("1", "[2]", "(iv)", "*", "†") without its brackets, or nullopt
// when the text is not a marker. `bracketed` tells whether it had brackets.
std::optional<std::string> marker_label(const std::string& text, bool& bracketed) {
  std::string_view s = text;
  bracketed = false;
  if (s.size() >= 2 && ((s.front() == '[' && s.back() == ']') || (s.front() == '(' && s.back() == ')'))) {
    s = s.substr(1, s.size() - 2);
    bracketed = true;
  }
  if (s.empty()) return std::nullopt;
  const bool digits = s.size() <= 3 && s.find_first_not_of("0123456789") == std::string_view::npos;
  const bool letter = s.size() == 1 && ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'));
  bool symbols = s.size() <= 9;  // up to three of * † ‡ § ¶ #
  for (std::size_t i = 0; symbols && i < s.size();) {
    bool matched = false;
    for (std::string_view sym : {"*", "#", "\u2020", "\u2021", "\u00A7", "\u00B6"}) {
      if (s.substr(i).starts_with(sym)) {
        i += sym.size();
        matched = true;
        break;
      }
    }
    symbols = matched;
  }
  if (digits || letter || symbols || is_roman(lower_ascii(s))) return std::string(s);
  return std::nullopt;
}

// Only arrows and carets: a back-link's usual text (↩, ↩︎, ↑, ^, ⤴).
bool is_arrow_text(std::string_view s) {
  if (s.empty()) return false;
  while (!s.empty()) {
    bool matched = false;
    for (std::string_view arrow : {"\u21A9", "\uFE0E", "\uFE0F", "\u2191", "^", "\u2934", "\u21B5", " "}) {
      if (s.starts_with(arrow)) {
        s.remove_prefix(arrow.size());
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return true;
}

bool inside(NodeIndex node, NodeIndex container, const HtmlTree& tree) {
  return node >= container && node < tree.subtree_end(container);
}

class Finder {
 public:
  Finder(const HtmlTree& tree, const ContentChoice& choice) : tree_(tree), choice_(choice) {
    for (NodeIndex i = 0; i < tree.size(); ++i) {
      const HtmlNode& n = tree[i];
      if (n.is_text) continue;
      if (const auto* id = n.attribute("id")) ids_.try_emplace(collapse_whitespace(*id), i);
      if (const auto* name = n.attribute("name"); name && n.is("a")) ids_.try_emplace(collapse_whitespace(*name), i);
    }
    out_.hidden.assign(idx(tree.size()), false);
  }

  FoundNotes run(NodeIndex start) {
    const NodeIndex end = tree_.subtree_end(start);
    std::map<NodeIndex, std::size_t> by_body;
    for (NodeIndex i = start; i < end; ++i) {
      const HtmlNode& n = tree_[i];
      if (!n.is_text && choice_.dropped[idx(i)]) {
        i = tree_.subtree_end(i) - 1;
        continue;
      }
      if (!n.is("a")) continue;
      const auto found = reference(i);
      if (!found) continue;
      auto [it, added] = by_body.try_emplace(found->body, out_.notes.size());
      if (added) out_.notes.push_back(*found);
      out_.refs.emplace_back(i, it->second);
    }
    drop_nested_bodies();
    for (const auto& note : out_.notes) {
      out_.hidden[idx(note.body)] = true;
      hide_section_around(note.body);
    }
    for (const auto& note : out_.notes) hide_pointers_back(note);
    return std::move(out_);
  }

 private:
  // The note that link `a` refers to, if it is a note reference.
  std::optional<FoundNote> reference(NodeIndex a) {
    const HtmlNode& link = tree_[a];
    const auto* href = link.attribute("href");
    if (!href) return std::nullopt;
    const std::string h = collapse_whitespace(*href);
    if (h.size() < 2 || h[0] != '#') return std::nullopt;
    const auto target = ids_.find(h.substr(1));
    if (target == ids_.end() || inside(target->second, a, tree_)) return std::nullopt;
    const std::string text = collapse_whitespace(tree_.text_content(a));
    bool bracketed = false;
    const auto label = marker_label(text, bracketed);
    const bool declared = has_token(link, "role", "doc-noteref") || has_token(link, "epub:type", "noteref") ||
                          link.attribute("data-footnote-ref") || class_has(link, "footnote-ref") ||
                          class_has(link, "noteref");
    if (!label && !(declared && !text.empty() && text.size() <= 12)) return std::nullopt;
    if (!declared && !(bracketed || superscript(a))) return std::nullopt;
    const NodeIndex body = body_of(target->second);
    if (body == kNoNode || inside(a, body, tree_)) return std::nullopt;
    // A note that nothing marks as one comes after what refers to it, short and without headings.
    if (!declared && !declares_note(tree_[body]) &&
        (target->second < a || tree_.text_content(body).size() > kMaxImplicitNote || has_heading(body))) {
      return std::nullopt;
    }
    const std::string content = collapse_whitespace(tree_.text_content(body));
    if (content.empty() || content == text) return std::nullopt;  // nothing but the marker
    return FoundNote{body, h.substr(1), label ? *label : text};
  }

  bool superscript(NodeIndex a) const {
    for (NodeIndex n = tree_[a].parent, up = 0; n != kNoNode && up < 3 && !is_block_level(tree_[n]); n = tree_[n].parent, ++up) {
      if (tree_[n].is("sup") || class_has(tree_[n], "footnote")) return true;
    }
    return tree_.find(a, "sup") != kNoNode;
  }

  bool has_heading(NodeIndex node) const {
    const NodeIndex end = tree_.subtree_end(node);
    for (NodeIndex i = node; i < end; ++i) {
      const HtmlNode& n = tree_[i];
      if (heading_level(n) > 0) return true;
    }
    return false;
  }

  // The element holding the note whose fragment is `target`.
  NodeIndex body_of(NodeIndex target) const {
    for (NodeIndex n = target; n != kNoNode && !is_page_level(tree_[n]); n = tree_[n].parent) {
      if (declares_note(tree_[n])) return n;
    }
    for (NodeIndex n = target; n != kNoNode; n = tree_[n].parent) {
      if (is_page_level(tree_[n])) return kNoNode;
      if (is_block_level(tree_[n]) && !is_notes_section(tree_[n])) return n;
    }
    return kNoNode;
  }

  // A "note" that holds other notes (a link to the whole notes list) is not one.
  void drop_nested_bodies() {
    std::vector<bool> outer(out_.notes.size(), false);
    for (std::size_t i = 0; i < out_.notes.size(); ++i) {
      for (std::size_t j = 0; j < out_.notes.size(); ++j) {
        if (i != j && out_.notes[j].body != out_.notes[i].body && inside(out_.notes[j].body, out_.notes[i].body, tree_)) {
          outer[i] = true;
        }
      }
    }
    if (std::none_of(outer.begin(), outer.end(), [](bool b) { return b; })) return;
    std::vector<std::size_t> renumber(out_.notes.size());
    std::vector<FoundNote> kept;
    for (std::size_t i = 0; i < out_.notes.size(); ++i) {
      renumber[i] = kept.size();
      if (!outer[i]) kept.push_back(std::move(out_.notes[i]));
    }
    std::erase_if(out_.refs, [&](const auto& ref) { return outer[ref.second]; });
    for (auto& ref : out_.refs) ref.second = renumber[ref.second];
    out_.notes = std::move(kept);
  }

  // A notes section around `body` that holds nothing else (its rule, a "Notes" heading) is not
  // read where it stands: its notes are.
  void hide_section_around(NodeIndex body) {
    for (NodeIndex n = tree_[body].parent; n != kNoNode && !is_page_level(tree_[n]); n = tree_[n].parent) {
      if (!is_notes_section(tree_[n])) continue;
      if (out_.hidden[idx(n)]) return;
      std::size_t extra = 0;
      const NodeIndex end = tree_.subtree_end(n);
      for (NodeIndex i = n; i < end; ++i) {
        if (!tree_[i].is_text && out_.hidden[idx(i)] && i != n) {
          i = tree_.subtree_end(i) - 1;
          continue;
        }
        if (tree_[i].is_text) extra += collapse_whitespace(tree_[i].text).size();
      }
      if (extra <= kMaxSectionExtra) out_.hidden[idx(n)] = true;
      return;
    }
  }

  // In a note: links back to its references (the writers make their own) and the note's own
  // marker at its start ("<sup>1</sup> …", Word's "[1]").
  void hide_pointers_back(const FoundNote& note) {
    std::set<std::string> ref_ids;
    for (const auto& [a, index] : out_.refs) {
      if (out_.notes[index].body != note.body) continue;
      for (NodeIndex n = a, up = 0; n != kNoNode && up < 3; n = tree_[n].parent, ++up) {
        if (const auto* id = tree_[n].attribute("id")) ref_ids.insert(collapse_whitespace(*id));
        if (const auto* name = tree_[n].attribute("name")) ref_ids.insert(collapse_whitespace(*name));
      }
    }
    const NodeIndex end = tree_.subtree_end(note.body);
    for (NodeIndex i = note.body + 1; i < end; ++i) {
      const HtmlNode& n = tree_[i];
      if (!n.is("a")) continue;
      const auto* href = n.attribute("href");
      const std::string h = href ? collapse_whitespace(*href) : std::string();
      if (has_token(n, "role", "doc-backlink") || n.attribute("data-footnote-backref") || class_has(n, "backref") ||
          class_has(n, "footnote-back") || class_has(n, "reversefootnote") ||
          (h.size() > 1 && h[0] == '#' && ref_ids.contains(h.substr(1))) ||
          (h.size() > 1 && h[0] == '#' && is_arrow_text(collapse_whitespace(tree_.text_content(i))))) {
        out_.hidden[idx(i)] = true;
      }
    }
    bool bracketed = false;
    for (NodeIndex i = note.body + 1; i < end; ++i) {
      const HtmlNode& n = tree_[i];
      const std::string text = collapse_whitespace(n.is_text ? n.text : tree_.text_content(i));
      if (n.is_text) {
        if (text.empty()) continue;
        return;  // text first: a leading "1." is taken off the model's text (html_to_model)
      }
      if (out_.hidden[idx(i)] || (text.empty() && !n.is("img"))) {
        i = tree_.subtree_end(i) - 1;
        continue;
      }
      std::string bare = text;
      if (bare.size() > 1 && (bare.back() == '.' || bare.back() == ')')) bare.pop_back();
      if (const auto label = marker_label(bare, bracketed); label && *label == note.label) {
        out_.hidden[idx(i)] = true;
        return;
      }
      if (is_block_level(n) || n.is("span") || n.is("b") || n.is("strong") || n.is("a") || n.is("sup")) continue;
      return;
    }
  }

  const HtmlTree& tree_;
  const ContentChoice& choice_;
  std::map<std::string, NodeIndex> ids_;
  FoundNotes out_;
};

}  // namespace

const FoundNote* FoundNotes::note_of(NodeIndex node) const {
  auto it = std::lower_bound(refs.begin(), refs.end(), node, [](const auto& ref, NodeIndex n) { return ref.first < n; });
  return it != refs.end() && it->first == node ? &notes[it->second] : nullptr;
}

FoundNotes find_notes(const HtmlTree& tree, NodeIndex start, const ContentChoice& choice) {
  return Finder(tree, choice).run(start);
}

}  // namespace folio::readers::html
