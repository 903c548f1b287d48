// Inline content of the document model: text runs and the phrasing elements around them.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/node.h"

namespace folio::model {

struct Inline;
using Inlines = std::vector<Inline>;

struct Text {
  std::string text;  ///< UTF-8, NFC after the repair transform
};
struct Emphasis {
  Inlines children;
};
struct Strong {
  Inlines children;
};
struct Code {
  std::string text;
};
struct Link {
  std::string href;
  Inlines children;
};
struct LineBreak {};
/// A run whose language or direction differs from its parent (lang/dir live in NodeInfo).
struct Span {
  Inlines children;
};
/// A short quotation inside a paragraph (`<q>`); writers add the language's quote marks.
struct InlineQuote {
  Inlines children;
};
struct Image {
  std::string src;
  /// nullopt: the source gave no alternative text (an accessibility defect);
  /// "": the image is decorative.
  std::optional<std::string> alt;
  /// Without alt text: the words that say so, in the language of the text around the image
  /// ("Imagen sin descripción"), and that language (BCP 47). Set by the release transforms;
  /// empty means the English default (model/image_text).
  std::string missing_alt_label{};
  std::string missing_alt_lang{};
};

struct Inline {
  NodeInfo info;
  std::variant<Text, Emphasis, Strong, Code, Link, LineBreak, Span, InlineQuote, Image> node;
};

/// Convenience: a Text inline.
Inline make_text(std::string text, base::Span span = {});

/// The plain text of inlines, as every writer shows it (images give their stand-in text,
/// model/image_text.h; line breaks a newline).
std::string plain_text(const Inlines& inlines);

/// The children of a container inline, or nullptr for leaves.
Inlines* children_of(Inline& inl);
const Inlines* children_of(const Inline& inl);

}  // namespace folio::model
