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
  return model::make_text(superscript(static_cast<int>(references_.size())), span);
}

void NoteCollector::place_notes(model::Document& document, const NotePart& footnotes, const NotePart& endnotes,
                                const std::function<void(const NotePart&, XmlIndex, model::Blocks&)>& read_blocks,
                                base::Diagnostics& diagnostics) const {
  if (references_.empty()) return;
  model::Block list_block;
  model::List list;
  list.ordered = true;
  for (const Reference& ref : references_) {
    const NotePart& part = ref.endnote ? endnotes : footnotes;
    model::ListItem item;
    item.info.span = ref.span;
    const auto it = part.notes.find(ref.id);
    if (it == part.notes.end()) {
      diagnostics.push_back(base::make_warning("docx.note-missing", ref.span,
                                               std::string(ref.endnote ? "endnote" : "footnote") + " " + ref.id +
                                                   " is referenced but not in the document"));
    } else {
      read_blocks(part, it->second, item.blocks);
      if (!item.blocks.empty()) list_block.info.span = list_block.info.span.known() ? list_block.info.span : item.blocks.front().info.span;
    }
    list.items.push_back(std::move(item));  // kept when empty, so the numbers still match
  }
  model::Block heading;
  heading.node = model::Heading{2, {model::make_text("Notes")}};
  document.blocks.push_back(std::move(heading));
  list_block.node = std::move(list);
  document.blocks.push_back(std::move(list_block));
}

}  // namespace folio::readers::docx
