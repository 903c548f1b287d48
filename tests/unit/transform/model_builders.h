// Small model builders shared by the transform tests.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "model/block.h"
#include "model/document.h"

namespace folio::transform::test {

namespace m = model;

/// A Span with its own language around `children`.
inline m::Inline span(std::string lang, m::Inlines children) {
  m::Inline inl;
  inl.info.lang = std::move(lang);
  inl.node = m::Span{std::move(children)};
  return inl;
}

/// An inline image; `alt` nullopt: undescribed, "": decorative.
inline m::Inline image(std::optional<std::string> alt, std::string src = "photo.png") {
  m::Inline inl;
  inl.node = m::Image{std::move(src), std::move(alt)};
  return inl;
}

/// A paragraph, with a language of its own when `lang` is not empty.
inline m::Block paragraph(m::Inlines content, std::string lang = "") {
  m::Block b;
  b.info.lang = std::move(lang);
  b.node = m::Paragraph{std::move(content)};
  return b;
}

/// A document in `lang` made of `blocks`.
inline m::Document document(std::string lang, m::Blocks blocks) {
  m::Document doc;
  doc.metadata.language = std::move(lang);
  doc.blocks = std::move(blocks);
  return doc;
}

}  // namespace folio::transform::test
