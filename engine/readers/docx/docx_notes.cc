#include "readers/docx/docx_notes.h"

namespace folio::readers::docx {

namespace {

// 12 → "¹²": the note number as the raised figure a reader sees in Word.
std::string superscript(int number) {
  static constexpr const char* kDigits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  for (char c : std::to_string(number)) out += kDigits[c - '0'];
  return out;
}

// The model's id of the k-th note (1-based): footnotes and endnotes are numbered together.
std::string note_id(std::size_t k) { return "note-" + std::to_string(k); }

// A reference to a note the document does not have stays the raised number Word shows, as text:
// a link to nothing would be worse.
void unlink_missing(model::Inlines& inlines, const std::map<std::string, std::string>& missing) {
  for (auto& inl : inlines) {
    if (const auto* ref = std::get_if<model::NoteRef>(&inl.node)) {
      if (const auto it = missing.find(ref->note); it != missing.end()) inl = model::make_text(it->second, inl.info.span);
      continue;
    }
    if (auto* kids = model::children_of(inl)) unlink_missing(*kids, missing);
  }
}

}  // namespace

NotePart index_notes(const StoryPart* part) {
  NotePart out;
  out.part = part;
  if (part == nullptr) return out;
  const XmlTree& tree = part->tree;
  for (XmlIndex n : tree.children(tree.root())) {
    if (!tree.is(n, "w:footnote") && !tree.is(n, "w:endnote")) continue;
    // The separator lines and continuation notices Word keeps among the notes are not notes.
    const std::string_view type = tree.attribute(n, "w:type").value_or("normal");
    if (type != "normal") continue;
    out.notes.emplace(std::string(tree.attribute(n, "w:id").value_or("")), n);
  }
  return out;
}

model::Inline NoteCollector::reference(bool endnote, const std::string& id, const base::Span& span) {
  references_.push_back({endnote, id, span});
  const std::size_t k = references_.size();
  model::Inline inl;
  inl.info.span = span;
  inl.node = model::NoteRef{note_id(k), std::to_string(k)};
  return inl;
}

void NoteCollector::place_notes(model::Document& document, const NotePart& footnotes, const NotePart& endnotes,
                                const std::function<void(const NotePart&, XmlIndex, model::Blocks&)>& read_blocks,
                                base::Diagnostics& diagnostics) const {
  if (references_.empty()) return;
  model::Block notes_block;
  model::Notes notes;
  std::map<std::string, std::string> missing;  // note id → the number shown instead
  for (std::size_t k = 1; k <= references_.size(); ++k) {
    const Reference& ref = references_[k - 1];
    const NotePart& part = ref.endnote ? endnotes : footnotes;
    const auto it = part.notes.find(ref.id);
    model::Note note{{}, note_id(k), std::to_string(k), {}};
    note.info.span = ref.span;
    if (it != part.notes.end()) read_blocks(part, it->second, note.blocks);
    if (note.blocks.empty()) {
      diagnostics.push_back(base::make_warning("docx.note-missing", ref.span,
                                               std::string(ref.endnote ? "endnote" : "footnote") + " " + ref.id +
                                                   (it == part.notes.end() ? " is referenced but not in the document"
                                                                           : " is empty")));
      missing.emplace(note.id, superscript(static_cast<int>(k)));
      continue;
    }
    if (!notes_block.info.span.known()) notes_block.info.span = note.blocks.front().info.span;
    notes.notes.push_back(std::move(note));
  }
  if (!missing.empty()) model::for_each_inlines(document.blocks, [&](model::Block&, model::Inlines& inlines) {
    unlink_missing(inlines, missing);
  });
  if (notes.notes.empty()) return;
  notes_block.node = std::move(notes);
  document.blocks.push_back(std::move(notes_block));
}

}  // namespace folio::readers::docx
