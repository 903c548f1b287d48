// Footnotes and endnotes of a page: which links refer to notes, which elements are the notes,
// and what inside a note only points back (back-links, the note's own number).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "readers/html/html_tree.h"
#include "readers/html/main_content.h"

namespace folio::readers::html {

/// True for an element that says it is one footnote or endnote (role doc-footnote / doc-endnote,
/// epub:type footnote / endnote / rearnote / note, Word's mso-element:footnote): content of the
/// article, never boilerplate, even as an <aside>.
bool declares_note(const HtmlNode& node);

struct FoundNote {
  NodeIndex body = kNoNode;  ///< the element whose content is the note's text
  std::string id;            ///< the fragment the first reference named
  std::string label;         ///< the first reference's marker without brackets: "1", "*", "iv"
};

struct FoundNotes {
  std::vector<FoundNote> notes;                        ///< in the order of their first reference
  std::vector<std::pair<NodeIndex, std::size_t>> refs;  ///< reference link → index in `notes`, ascending
  /// Per node: not read where it stands: a note's body (read into the notes instead), a notes
  /// section around the bodies, and inside a body its back-links and its own leading marker.
  std::vector<bool> hidden;

  /// The note that link `node` refers to, or nullptr.
  const FoundNote* note_of(NodeIndex node) const;
};

/// Finds the notes referred to from the subtree at `start` (outside regions `choice` drops):
/// a link to `#id` is a note reference when it says so (role doc-noteref, epub:type noteref,
/// data-footnote-ref, a "footnote-ref" class) or when its text is a note marker ("1", "[2]",
/// "*", "iv") set as a superscript or in brackets, and `id` names an element after it whose
/// block is not empty. The note is the element marked as a note around that target (role
/// doc-footnote / doc-endnote, epub:type footnote / endnote / rearnote), else the target if it
/// is a block, else the block around it. Notes may lie anywhere in the page (a notes list after
/// the article, an aside the boilerplate filter drops).
FoundNotes find_notes(const HtmlTree& tree, NodeIndex start, const ContentChoice& choice);

}  // namespace folio::readers::html
