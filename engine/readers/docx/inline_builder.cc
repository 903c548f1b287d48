#include "readers/docx/inline_builder.h"

#include <algorithm>

namespace folio::readers::docx {

namespace {

bool same_key(const InlineFormat& a, const InlineFormat& b, int level) {
  switch (level) {
    case 0: return a.href == b.href;
    case 1: return a.lang == b.lang && a.dir == b.dir;
    default: return true;
  }
}

}  // namespace

model::Inlines& InlineBuilder::container_for(const InlineFormat& format, const base::Span& span) {
  std::vector<Level> wanted;
  if (!format.href.empty()) wanted.push_back(Level::link);
  if (!format.lang.empty() || format.dir != model::Direction::inherit) wanted.push_back(Level::span);
  // Emphasis outside strong, as Markdown's ***…*** and pandoc nest them: a paragraph that is
  // all bold and italic then reads like one from those sources.
  if (format.emphasis) wanted.push_back(Level::emphasis);
  if (format.strong) wanted.push_back(Level::strong);

  std::size_t keep = 0;
  while (keep < open_.size() && keep < wanted.size() && open_[keep].level == wanted[keep] &&
         same_key(open_[keep].key, format, static_cast<int>(wanted[keep]))) {
    ++keep;
  }
  if (keep < open_.size()) last_is_code_ = false;
  open_.resize(keep);
  for (std::size_t i = keep; i < wanted.size(); ++i) {
    model::Inlines& parent = open_.empty() ? out_ : *open_.back().children;
    model::Inline element;
    element.info.span = span;
    switch (wanted[i]) {
      case Level::link: element.node = model::Link{format.href, {}}; break;
      case Level::span:
        element.info.lang = format.lang;
        element.info.dir = format.dir;
        element.node = model::Span{};
        break;
      case Level::strong: element.node = model::Strong{}; break;
      case Level::emphasis: element.node = model::Emphasis{}; break;
    }
    parent.push_back(std::move(element));
    open_.push_back({wanted[i], format, model::children_of(parent.back())});
    last_is_code_ = false;
  }
  return open_.empty() ? out_ : *open_.back().children;
}

void InlineBuilder::text(std::string_view text, const InlineFormat& format, const base::Span& span) {
  if (text.empty()) return;
  model::Inlines& container = container_for(format, span);
  if (!container.empty()) {
    model::Inline& last = container.back();
    auto* code = std::get_if<model::Code>(&last.node);
    auto* plain = std::get_if<model::Text>(&last.node);
    if ((format.code && code && last_is_code_) || (!format.code && plain)) {
      (code ? code->text : plain->text) += text;
      last.info.span.end = std::max(last.info.span.end, span.end);
      return;
    }
  }
  model::Inline piece;
  piece.info.span = span;
  if (format.code) {
    piece.node = model::Code{std::string(text)};
  } else {
    piece.node = model::Text{std::string(text)};
  }
  container.push_back(std::move(piece));
  last_is_code_ = format.code;
}

void InlineBuilder::leaf(model::Inline inline_node, const InlineFormat& format) {
  model::Inlines& container = container_for(format, inline_node.info.span);
  container.push_back(std::move(inline_node));
  last_is_code_ = false;
}

void InlineBuilder::close() {
  open_.clear();
  last_is_code_ = false;
}

}  // namespace folio::readers::docx
