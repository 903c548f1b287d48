#include "transform/outline.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <vector>

#include "base/utf8.h"

namespace folio::transform {

namespace {
constexpr int kMaxTitleWords = 14;
}  // namespace

base::Diagnostics normalize_heading_levels(model::Document& document) {
  base::Diagnostics out;
  // Levels as written map to levels as used; a stack keeps sibling sections at the same depth.
  std::vector<std::pair<int, int>> stack;  // (source level, new level)
  int previous = 0;
  model::for_each_block(document.blocks, [&](model::Block& b) {
    auto* h = std::get_if<model::Heading>(&b.node);
    if (!h) return;
    // A level more than one below the heading before it skips a level (WCAG 1.3.1): the source
    // audit reports those; a document that starts below level 1 skips nothing.
    const bool skipped = previous > 0 && h->level > previous + 1;
    previous = h->level;
    while (!stack.empty() && stack.back().first >= h->level) stack.pop_back();
    const int level = std::min(6, stack.empty() ? 1 : stack.back().second + 1);
    stack.emplace_back(h->level, level);
    if (level != h->level) {
      const std::string quoted(base::utf8_prefix(model::plain_text(h->content), 50));
      out.push_back(base::make_note(skipped ? "outline.heading-skipped" : "outline.heading-level", b.info.span,
                                    "heading '" + quoted + "' is level " + std::to_string(level) + ", not " +
                                        std::to_string(h->level) + ": heading levels start at 1 and skip none"));
      h->level = level;
    }
  });
  return out;
}

namespace {

// Where the first sentence of `text` ends: the first ". " before a sentence's opening (not a
// lower-case word or a digit: "ggf. eine", "ca. 300") after a word. A stop after a number ("vom
// 5. Januar"), a lone letter ("Robert J. Stephens") or a word with a stop inside ("U.S. title")
// ends none. npos: no such stop.
std::size_t first_sentence_end(std::string_view text) {
  for (std::size_t stop = text.find(". "); stop != std::string_view::npos; stop = text.find(". ", stop + 1)) {
    const auto next = static_cast<UChar32>(base::first_code_point(text.substr(stop + 2)));
    if (u_islower(next) || u_isdigit(next)) continue;
    const auto space = text.rfind(' ', stop);
    const std::size_t begin = space == std::string_view::npos ? 0 : space + 1;
    const std::string_view word = text.substr(begin, stop - begin);
    const bool number =
        !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!number && base::count_code_points(word) > 1 && word.find('.') == std::string_view::npos) return stop;
  }
  return std::string_view::npos;
}

}  // namespace

base::Diagnostics ensure_title(model::Document& document) {
  base::Diagnostics out;
  auto& title = document.metadata.title;
  if (!title.empty()) return out;
  // A level-1 heading that opens the document is its title; one further down is a section's.
  for (const auto& b : document.blocks) {
    if (b.role == model::Role::navigation) continue;
    if (const auto* h = std::get_if<model::Heading>(&b.node); h && h->level == 1) {
      title = model::plain_text(h->content);
      return out;
    }
    break;
  }
  for (const auto& b : document.blocks) {
    const auto* p = std::get_if<model::Paragraph>(&b.node);
    if (!p) continue;
    std::string text(base::trim_ascii(model::plain_text(p->content)));
    if (text.empty()) continue;
    // The first sentence, at most kMaxTitleWords words.
    const auto stop = first_sentence_end(text);
    if (stop != std::string::npos) text = text.substr(0, stop + 1);
    std::size_t words = 0, cut = std::string::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == ' ' && ++words == kMaxTitleWords) {
        cut = i;
        break;
      }
    }
    if (cut != std::string::npos) text = text.substr(0, cut) + " …";
    title = text;
    out.push_back(base::make_warning("outline.title-derived", b.info.span,
                                     "no title: using the start of the text, '" + title + "'",
                                     "give the real title with --title"));
    return out;
  }
  return out;
}

base::Diagnostics ensure_headline(model::Document& document, bool title_derived) {
  bool has_headline = false;
  model::for_each_block(document.blocks, [&](const model::Block& b) { has_headline = has_headline || b.role == model::Role::headline; });
  if (has_headline) return {};
  for (auto& b : document.blocks) {
    if (b.role == model::Role::navigation) continue;
    if (const auto* h = std::get_if<model::Heading>(&b.node); h && h->level == 1 && b.role == model::Role::none) {
      b.role = model::Role::headline;
      return {};
    }
    break;
  }
  const std::string& title = document.metadata.title;
  if (title.empty() || title_derived) return {};
  // A level-1 heading further down that says the title is the headline the page put lower.
  model::Block* same = nullptr;
  model::for_each_block(document.blocks, [&](model::Block& b) {
    const auto* h = std::get_if<model::Heading>(&b.node);
    if (!same && h && h->level == 1 && b.role == model::Role::none && model::plain_text(h->content) == title) same = &b;
  });
  if (same) {
    same->role = model::Role::headline;
    return {};
  }
  const base::Span span{document.metadata.source, 0, 0, 0, 0};
  model::Block headline;
  headline.role = model::Role::headline;
  headline.info.span = span;
  headline.node = model::Heading{1, {model::make_text(title, span)}};
  const auto first = std::find_if(document.blocks.begin(), document.blocks.end(),
                                  [](const model::Block& b) { return b.role != model::Role::navigation; });
  document.blocks.insert(first, std::move(headline));
  return {base::make_note("outline.headline-from-title", span,
                          "the document shows no headline: its title '" + title + "' is shown as one")};
}

}  // namespace folio::transform
