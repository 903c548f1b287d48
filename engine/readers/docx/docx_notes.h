// Footnotes and endnotes (footnotes.xml, endnotes.xml). Until the model has a note type, a
// reference is a superscript number in the text and the notes are a numbered "Notes" list at
// the end of the document, footnotes and endnotes numbered together in the order they are
// referenced: place_notes() is the one place that decides this.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/document.h"
#include "readers/docx/docx_context.h"

namespace folio::readers::docx {

/// One story part of notes, parsed: its notes by id (separators left out).
struct NotePart {
  const StoryPart* part = nullptr;
  std::map<std::string, XmlIndex> notes;  ///< w:id → w:footnote / w:endnote
};

/// Indexes the notes of a footnotes or endnotes part (`part` may be null: no such part).
NotePart index_notes(const StoryPart* part);

class NoteCollector {
 public:
  /// The inline that stands for a reference to note `id`; records the reference.
  model::Inline reference(bool endnote, const std::string& id, const base::Span& span);

  /// Reads the referenced notes (with `read_blocks`, each from its own part) and places them in
  /// `document`. A reference to a note that does not exist is reported.
  void place_notes(model::Document& document, const NotePart& footnotes, const NotePart& endnotes,
                   const std::function<void(const NotePart&, XmlIndex, model::Blocks&)>& read_blocks,
                   base::Diagnostics& diagnostics) const;

 private:
  struct Reference {
    bool endnote;
    std::string id;
    base::Span span;
  };
  std::vector<Reference> references_;
};

}  // namespace folio::readers::docx
