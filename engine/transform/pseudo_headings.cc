#include "transform/pseudo_headings.h"

#include <algorithm>

#include "base/utf8.h"
#include "transform/release_patterns.h"

namespace folio::transform {

namespace {

constexpr std::size_t kMaxHeadingCodePoints = 120;

bool is_blank_text(const model::Inline& inl) {
  const auto* t = std::get_if<model::Text>(&inl.node);
  return t && base::trim_ascii(t->text).empty();
}

// The paragraph holds one Strong (or Emphasis+Strong) run and nothing but white space around it.
bool is_bold_only(const model::Inlines& content) {
  int strong = 0;
  for (const auto& inl : content) {
    if (std::holds_alternative<model::Strong>(inl.node)) {
      ++strong;
    } else if (!is_blank_text(inl)) {
      return false;
    }
  }
  return strong == 1;
}

}  // namespace

base::Diagnostics promote_pseudo_headings(model::Document& document) {
  base::Diagnostics out;
  int parent_level = 1;
  auto& blocks = document.blocks;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    model::Block& b = blocks[i];
    if (const auto* h = std::get_if<model::Heading>(&b.node)) {
      if (b.role != model::Role::headline) parent_level = h->level;
      continue;
    }
    auto* p = std::get_if<model::Paragraph>(&b.node);
    if (!p || b.role != model::Role::none || !is_bold_only(p->content)) continue;
    const std::string text(base::trim_ascii(model::plain_text(p->content)));
    // A heading announces something: not the last block, not a sentence, not a label line.
    const bool last = i + 1 == blocks.size() || std::holds_alternative<model::Heading>(blocks[i + 1].node);
    if (last || text.empty() || base::count_code_points(text) > kMaxHeadingCodePoints || text.ends_with('.') ||
        text.ends_with(',') || is_end_mark(text) || starts_contacts(text)) {
      continue;
    }
    const int level = std::min(parent_level + 1, 6);
    model::Inlines content;
    for (auto& inl : p->content) {
      if (auto* s = std::get_if<model::Strong>(&inl.node)) content = std::move(s->children);
    }
    b.node = model::Heading{level, std::move(content)};
    out.push_back(base::make_note("release.pseudo-heading", b.info.span,
                                  "bold paragraph '" + std::string(base::utf8_prefix(text, 60)) + "' made a level-" +
                                      std::to_string(level) + " heading"));
  }
  return out;
}

}  // namespace folio::transform
