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
/// Text shown struck through and read as deleted: HTML `<del>`, `<s>`, `<strike>`, Markdown
/// `~~…~~`, Word's strikethrough and tracked deletions. Writers draw the line and say "deleted"
/// (model/state_text.h); the plain text marks it `~~…~~`.
struct Strikethrough {
  Inlines children;
  /// true: removed in an edit (`<del>`, `~~…~~`, a tracked deletion); false: shown struck
  /// because it is no longer accurate (`<s>`, `<strike>`, Word's strikethrough format).
  bool edit = true;
  /// The word said before the text ("gelöscht") in the language around it, and that language
  /// (BCP 47). Set by the release transforms; empty means the English default (model/state_text).
  std::string label{};
  std::string label_lang{};
};
/// Where the running text refers to a note (a footnote or an endnote): writers show
/// note_marker(label) ("[1]") linked to the Note whose `id` is `note`; the note's text is in a
/// Notes block (model/block.h). Several references may name one note.
struct NoteRef {
  std::string note;   ///< Note::id of the note referred to
  std::string label;  ///< the note's label as the source numbers it: "1", "*", "iv"
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
  std::variant<Text, Emphasis, Strong, Code, Link, LineBreak, Span, InlineQuote, Image, Strikethrough, NoteRef> node;
};

/// Convenience: a Text inline.
Inline make_text(std::string text, base::Span span = {});

/// The plain text of inlines, as every writer shows it (images give their stand-in text,
/// model/image_text.h; note references their marker, note_marker(); line breaks a newline).
std::string plain_text(const Inlines& inlines);

/// The marker of a note reference and of its note, the same in every writer: "[1]" for label "1".
std::string note_marker(const std::string& label);

/// The children of a container inline, or nullptr for leaves.
Inlines* children_of(Inline& inl);
const Inlines* children_of(const Inline& inl);

}  // namespace folio::model
