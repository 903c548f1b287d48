#include "writers/text/inline_text.h"

#include <type_traits>

#include "model/image_text.h"
#include "writers/text/text_layout.h"

namespace folio::writers {

namespace {

// Like pandoc's plain output, a link is its text: the target is not a word of the document, and
// the PDF and the EPUB show the same words (their links stay clickable).
struct Renderer {
  std::string out;

  void render(const model::Inlines& inlines) {
    for (const auto& inl : inlines) std::visit([&](const auto& node) { render_node(node); }, inl.node);
  }

  void render_node(const model::Text& node) { out += to_nfc(node.text); }
  void render_node(const model::Code& node) { out += to_nfc(node.text); }
  void render_node(const model::LineBreak&) { out += '\n'; }
  void render_node(const model::Image& node) { out += to_nfc(model::image_stand_in(node)); }
  void render_node(const model::Emphasis& node) { render(node.children); }
  void render_node(const model::Strong& node) { render(node.children); }
  void render_node(const model::Span& node) { render(node.children); }
  void render_node(const model::InlineQuote& node) { render(node.children); }
  void render_node(const model::NoteRef& node) { out += to_nfc(model::note_marker(node.label)); }

  // Marked as GitHub-flavoured Markdown and pandoc's plain output mark it: the words stay
  // searchable and the marks say where the deletion begins and ends.
  void render_node(const model::Strikethrough& node) {
    out += "~~";
    render(node.children);
    out += "~~";
  }

  void render_node(const model::Link& node) {
    const std::size_t start = out.size();
    render(node.children);
    if (out.size() == start) out += node.href;
  }
};

}  // namespace

std::string render_inlines(const model::Inlines& inlines) {
  Renderer renderer;
  renderer.render(inlines);
  return std::move(renderer.out);
}

}  // namespace folio::writers
