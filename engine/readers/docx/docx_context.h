// What the DOCX reader's stages share while they read one file: the style sheet, the list
// numbering, the story part being read (its tree, relationships and spans), the document's
// language, the diagnostics, and counts of what was dropped (reported once per file).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/block.h"
#include "readers/docx/docx_numbering.h"
#include "readers/docx/docx_package.h"
#include "readers/docx/docx_styles.h"
#include "readers/docx/part_locator.h"
#include "readers/docx/xml_tree.h"

namespace folio::readers::docx {

/// One story part: the main document, the footnotes or the endnotes.
struct StoryPart {
  const XmlTree& tree;
  PartLocator& locate;
  std::map<std::string, Relationship, std::less<>> relationships;  ///< by id

  base::Span span(XmlIndex e) const { return locate.span(tree.offset(e), tree.offset(e)); }
  /// The relationship `id`, or nullptr.
  const Relationship* relationship(std::string_view id) const {
    const auto it = relationships.find(id);
    return it == relationships.end() ? nullptr : &it->second;
  }
};

/// What was dropped or changed while reading, reported once per file at the end.
struct ReadCounts {
  int insertions = 0;       ///< tracked insertions kept
  int deletions = 0;        ///< tracked deletions dropped
  int comments = 0;         ///< comment anchors dropped
  int hidden_runs = 0;      ///< runs of hidden text (w:vanish)
  int alt_chunks = 0;       ///< imported HTML/RTF chunks not read
  int objects = 0;          ///< embedded OLE objects shown by their picture only
  int typed_markers = 0;    ///< list items that repeated their own marker as text
  base::Span first_insertion, first_deletion, first_comment, first_typed_marker;
};

/// The title block under a Title paragraph at the start of the document: metadata, not text.
struct TitleBlock {
  bool open = false;  ///< a Title paragraph opened the body and only title-block paragraphs followed
  std::vector<std::string> authors;
  std::string date;  ///< ISO 8601
  std::string abstract;
};

/// Called with the footnote or endnote id of a reference; returns the inline that stands for it.
using NoteReference = std::function<model::Inline(bool endnote, const std::string& id, const base::Span& span)>;

struct DocxContext {
  const StyleSheet& styles;
  Numbering& numbering;
  std::string language;  ///< the document's default language (BCP 47), "" when unknown
  base::Diagnostics& diagnostics;
  ReadCounts counts;
  NoteReference note_reference;
  TitleBlock title_block;
};

}  // namespace folio::readers::docx
