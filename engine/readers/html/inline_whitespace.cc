#include "readers/html/inline_whitespace.h"

#include <algorithm>
#include <type_traits>

#include "base/utf8.h"
#include "readers/common/segment_break.h"

namespace folio::readers::html {

namespace {

bool is_html_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// One text-bearing leaf in document order: a Text or Code string, a line break, or an image or
// note reference (shown, but not text to collapse).
struct Piece {
  std::string* text = nullptr;
  bool line_break = false;
  int depth = 0;  ///< nesting depth of the inline holding the text
};

void collect(model::Inlines& inlines, std::vector<Piece>& pieces, int depth) {
  for (auto& inl : inlines) {
    if (auto* t = std::get_if<model::Text>(&inl.node)) {
      pieces.push_back({&t->text, false, depth});
    } else if (auto* c = std::get_if<model::Code>(&inl.node)) {
      pieces.push_back({&c->text, false, depth + 1});  // an element: spaces at its edges belong outside
    } else if (std::holds_alternative<model::LineBreak>(inl.node)) {
      pieces.push_back({nullptr, true, depth});
    } else if (std::holds_alternative<model::Image>(inl.node) || std::holds_alternative<model::NoteRef>(inl.node)) {
      pieces.push_back({nullptr, false, depth});
    } else if (auto* children = model::children_of(inl)) {
      collect(*children, pieces, depth + 1);
    }
  }
}

bool is_break(const model::Inline& inl) { return std::holds_alternative<model::LineBreak>(inl.node); }

// Empty text and containers removed, adjacent texts merged. A line break at the edge of an
// element ("<a>…<br></a>next") is drawn outside it, between it and what follows, so it moves
// out of the element; at the edges of the block (`block`) it shows nothing and goes.
void prune(model::Inlines& inlines, bool block) {
  model::Inlines hoisted;
  hoisted.reserve(inlines.size());
  for (auto& inl : inlines) {
    auto* children = model::children_of(inl);
    if (!children) {
      hoisted.push_back(std::move(inl));
      continue;
    }
    prune(*children, false);
    const auto lead_end = std::find_if_not(children->begin(), children->end(), is_break);
    const auto trail_begin = std::find_if_not(children->rbegin(), std::make_reverse_iterator(lead_end), is_break).base();
    model::Inlines trailing(std::make_move_iterator(trail_begin), std::make_move_iterator(children->end()));
    children->erase(trail_begin, children->end());
    hoisted.insert(hoisted.end(), std::make_move_iterator(children->begin()), std::make_move_iterator(lead_end));
    children->erase(children->begin(), lead_end);
    hoisted.push_back(std::move(inl));  // dropped below when nothing is left in it
    hoisted.insert(hoisted.end(), std::make_move_iterator(trailing.begin()), std::make_move_iterator(trailing.end()));
  }
  std::erase_if(hoisted, [](const model::Inline& inl) {
    return std::visit(
        [](const auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, model::Text> || std::is_same_v<T, model::Code>) {
            return n.text.empty();
          } else if constexpr (std::is_same_v<T, model::LineBreak> || std::is_same_v<T, model::Image> ||
                               std::is_same_v<T, model::NoteRef>) {
            return false;
          } else {
            return n.children.empty();
          }
        },
        inl.node);
  });
  // Adjacent runs of text (split by a transparent element such as <abbr>) become one.
  model::Inlines merged;
  merged.reserve(hoisted.size());
  for (auto& inl : hoisted) {
    auto* text = std::get_if<model::Text>(&inl.node);
    auto* previous = merged.empty() ? nullptr : std::get_if<model::Text>(&merged.back().node);
    if (text && previous && merged.back().info.lang == inl.info.lang && merged.back().info.dir == inl.info.dir) {
      previous->text += text->text;
      continue;
    }
    merged.push_back(std::move(inl));
  }
  inlines = std::move(merged);
  if (!block) return;
  while (!inlines.empty() && is_break(inlines.front())) inlines.erase(inlines.begin());
  while (!inlines.empty() && is_break(inlines.back())) inlines.pop_back();
}

}  // namespace

void normalize_whitespace(model::Inlines& inlines) {
  std::vector<Piece> pieces;
  collect(inlines, pieces, 0);
  // A collapsed space is written where the outermost whitespace of its run was, so that
  // "<a>x</a> <em>y</em>" keeps the space between the elements rather than inside one.
  bool pending = false;
  bool pending_newline = false;
  const Piece* space_owner = nullptr;  // shallowest piece holding whitespace of the pending run
  char32_t last = 0;                   // last visible character; 0 at the start and after a line break
  std::string out;
  auto emit_space = [&](const Piece& current) {
    if (space_owner == &current) {
      out += ' ';
    } else {
      *space_owner->text += ' ';  // an earlier piece, already rewritten, ends where its whitespace was
    }
  };
  for (const auto& piece : pieces) {
    if (!piece.text) {
      if (!piece.line_break && pending && last != 0) *space_owner->text += ' ';
      last = piece.line_break ? 0 : U'\uFFFC';
      pending = pending_newline = false;
      space_owner = nullptr;
      continue;
    }
    out.clear();
    out.reserve(piece.text->size());
    const std::string& in = *piece.text;
    std::size_t i = 0;
    while (i < in.size()) {
      const std::size_t start = i;
      const char32_t c = base::next_code_point(in, i);
      if (is_html_space(c)) {
        if (!pending || space_owner->depth > piece.depth) space_owner = &piece;
        pending = true;
        pending_newline = pending_newline || c == '\n';
        continue;
      }
      if (pending && last != 0 && !(pending_newline && segment_break_removed(last, c))) emit_space(piece);
      pending = pending_newline = false;
      space_owner = nullptr;
      out.append(in, start, i - start);
      last = c;
    }
    *piece.text = out;
  }
  prune(inlines, true);
}

bool is_blank(std::span<const model::Inline> inlines) {
  for (const auto& inl : inlines) {
    if (std::holds_alternative<model::Image>(inl.node) || std::holds_alternative<model::NoteRef>(inl.node)) return false;
    if (const auto* t = std::get_if<model::Text>(&inl.node)) {
      // No-break spaces alone are a spacer, not content.
      std::string_view rest = t->text;
      while (rest.starts_with("\u00A0") || rest.starts_with(" ")) rest.remove_prefix(rest[0] == ' ' ? 1 : 2);
      if (!rest.empty()) return false;
    } else if (const auto* c = std::get_if<model::Code>(&inl.node)) {
      if (!c->text.empty()) return false;
    } else if (const auto* children = model::children_of(inl)) {
      if (!is_blank(*children)) return false;
    }
  }
  return true;
}

}  // namespace folio::readers::html
