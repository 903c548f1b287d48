#include "model/inline.h"

#include <type_traits>

#include "model/image_text.h"

namespace folio::model {

const char* direction_name(Direction direction) {
  switch (direction) {
    case Direction::inherit: return "";
    case Direction::ltr: return "ltr";
    case Direction::rtl: return "rtl";
  }
  return "";
}

Inline make_text(std::string text, base::Span span) {
  Inline inl;
  inl.info.span = std::move(span);
  inl.node = Text{std::move(text)};
  return inl;
}

// Brackets, as Wikipedia writes them: the marker stays a word of its own when the text around it
// is read or copied ("growth[1]", not "growth1"), and reads alike in the PDF, the EPUB and the text.
std::string note_marker(const std::string& label) { return "[" + label + "]"; }

Inlines* children_of(Inline& inl) {
  return std::visit(
      [](auto& n) -> Inlines* {
        if constexpr (requires { n.children; }) {
          return &n.children;
        } else {
          return nullptr;
        }
      },
      inl.node);
}

const Inlines* children_of(const Inline& inl) { return children_of(const_cast<Inline&>(inl)); }

std::string plain_text(const Inlines& inlines) {
  std::string out;
  for (const auto& inl : inlines) {
    std::visit(
        [&](const auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, Text> || std::is_same_v<T, Code>) {
            out += n.text;
          } else if constexpr (std::is_same_v<T, LineBreak>) {
            out += '\n';
          } else if constexpr (std::is_same_v<T, Image>) {
            out += image_stand_in(n);
          } else if constexpr (std::is_same_v<T, NoteRef>) {
            out += note_marker(n.label);
          } else {
            out += plain_text(n.children);
          }
        },
        inl.node);
  }
  return out;
}

}  // namespace folio::model
