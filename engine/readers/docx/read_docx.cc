#include "readers/docx/read_docx.h"

#include <algorithm>
#include <memory>
#include <set>

#include "base/language_tag.h"
#include "base/utf8.h"
#include "readers/docx/docx_blocks.h"
#include "readers/docx/docx_metadata.h"
#include "readers/docx/docx_notes.h"
#include "readers/docx/docx_package.h"
#include "transform/language.h"

namespace folio::readers {

namespace {

using namespace docx;

base::Span file_span(const std::string& file) { return base::Span{file, 0, 0, 0, 0}; }

// A secondary part, parsed: read by the package from the main part's relationships.
struct LoadedPart {
  std::string name;
  std::string bytes;
  XmlParse parsed;
  std::unique_ptr<PartLocator> locate;
  std::unique_ptr<StoryPart> story;
};

class DocxReader {
 public:
  DocxReader(const DocxPackage& package, const std::string& file, base::Diagnostics& diagnostics)
      : package_(package), file_(file), diagnostics_(diagnostics) {}

  // The first part related to the main part as `kind`; nullptr when there is none or it cannot
  // be read (a warning). A DOCTYPE makes `fatal_` an error.
  LoadedPart* part(std::string_view kind, const std::vector<Relationship>& relationships, bool story = false) {
    for (const Relationship& rel : relationships) {
      if (rel.external || relationship_kind(rel.type) != kind) continue;
      return load(rel.target, story);
    }
    return nullptr;
  }

  // Every part related as `kind` (headers, footers).
  std::vector<LoadedPart*> parts(std::string_view kind, const std::vector<Relationship>& relationships) {
    std::vector<LoadedPart*> out;
    for (const Relationship& rel : relationships) {
      if (rel.external || relationship_kind(rel.type) != kind) continue;
      if (LoadedPart* p = load(rel.target, false)) out.push_back(p);
    }
    return out;
  }

  LoadedPart* load(const std::string& name, bool story) {
    auto data = package_.read(name);
    if (!data) {
      unreadable_ = data.error().front();
      diagnostics_.push_back(base::make_warning("docx.damaged-part", file_span(file_),
                                                name + " cannot be read (" + unreadable_.message + "); it was left out"));
      return nullptr;
    }
    auto loaded = std::make_unique<LoadedPart>();
    loaded->name = name;
    loaded->bytes = std::move(*data);
    loaded->parsed = parse_xml_part(loaded->bytes);
    if (loaded->parsed.doctype) {
      fatal_ = base::make_error("docx.doctype", file_span(file_), "refused: " + name + ", " + loaded->parsed.error);
      return nullptr;
    }
    if (!loaded->parsed.error.empty()) {
      diagnostics_.push_back(base::make_warning("docx.malformed-part", file_span(file_),
                                                name + ": " + loaded->parsed.error + "; what follows was not read"));
    }
    if (story) {
      loaded->locate = std::make_unique<PartLocator>(file_ + "/" + name, loaded->bytes);
      loaded->story = std::make_unique<StoryPart>(StoryPart{loaded->parsed.tree, *loaded->locate, {}});
      auto rels = package_.relationships(name, diagnostics_);
      if (!rels) {
        fatal_ = rels.error().front();
        return nullptr;
      }
      for (auto& rel : *rels) loaded->story->relationships.emplace(rel.id, std::move(rel));
    }
    parts_.push_back(std::move(loaded));
    return parts_.back().get();
  }

  const std::optional<base::Diagnostic>& fatal() const { return fatal_; }
  /// Why the last part that could not be read could not.
  const base::Diagnostic& unreadable() const { return unreadable_; }

 private:
  const DocxPackage& package_;
  const std::string& file_;
  base::Diagnostics& diagnostics_;
  std::vector<std::unique_ptr<LoadedPart>> parts_;
  std::optional<base::Diagnostic> fatal_;
  base::Diagnostic unreadable_;
};

std::string snippet(std::string text) {
  text = std::string(base::trim_ascii(text));
  if (text.size() > 60) {
    std::size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "…";
  }
  return text;
}

// Page headers and footers repeat on every page of the Word layout; folio's PDF has its own.
void report_headers_and_footers(DocxReader& reader, const std::vector<Relationship>& rels, const std::string& file,
                                base::Diagnostics& out) {
  int count = 0;
  std::string first;
  for (const char* kind : {"header", "footer"}) {
    for (LoadedPart* p : reader.parts(kind, rels)) {
      const XmlTree& tree = p->parsed.tree;
      const std::string text = tree.root() == kNoElement ? "" : tree.all_text(tree.root());
      if (base::trim_ascii(text).empty()) continue;
      if (count++ == 0) first = snippet(text);
    }
  }
  if (count > 0) {
    out.push_back(base::make_note("docx.headers-footers-dropped", file_span(file),
                                  "the page headers and footers (" + std::to_string(count) + ", such as \"" + first +
                                      "\") were left out: the PDF sets its own"));
  }
}

void report_counts(const ReadCounts& c, int comments_in_part, const std::string& file, base::Diagnostics& out) {
  if (c.insertions > 0 || c.deletions > 0) {
    out.push_back(base::make_warning(
        "docx.tracked-changes", c.deletions > 0 ? c.first_deletion : c.first_insertion,
        "the document has tracked changes (" + std::to_string(c.insertions) + " insertions kept, " +
            std::to_string(c.deletions) + " deletions dropped): it was read as if every change were accepted",
        "accept or reject the changes in Word (Review > Accept) so the release says what you decided"));
  }
  const int comments = std::max(c.comments, comments_in_part);
  if (comments > 0) {
    out.push_back(base::make_note("docx.comments-dropped", c.comments > 0 ? c.first_comment : file_span(file),
                                  std::to_string(comments) + " comment" + (comments == 1 ? " was" : "s were") +
                                      " left out: comments are for the authors, not the readers"));
  }
  if (c.hidden_runs > 0) {
    out.push_back(base::make_note("docx.hidden-text", file_span(file),
                                  std::to_string(c.hidden_runs) + " runs of hidden text were left out, as Word leaves them out of print"));
  }
  if (c.typed_markers > 0) {
    out.push_back(base::make_note("docx.typed-list-marker", c.first_typed_marker,
                                  std::to_string(c.typed_markers) + " list items began with the marker their numbering "
                                  "already shows (\"1. \", \"• \"), typed as text; it was left out"));
  }
  if (c.objects > 0) {
    out.push_back(base::make_note("docx.embedded-object", file_span(file),
                                  std::to_string(c.objects) + " embedded objects are shown by their picture"));
  }
}

void collect_links(model::Inlines& inlines, std::vector<model::Inline*>& out) {
  for (auto& inl : inlines) {
    if (std::holds_alternative<model::Link>(inl.node)) out.push_back(&inl);
    if (auto* kids = model::children_of(inl)) collect_links(*kids, out);
  }
}

// Links to a bookmark ("#name") need the bookmark; Word keeps a link whose bookmark was deleted.
void check_internal_links(model::Document& doc, const XmlTree& tree, base::Diagnostics& out) {
  std::set<std::string, std::less<>> bookmarks;
  for (XmlIndex i = 0; i < tree.size(); ++i) {
    if (tree.is(i, "w:bookmarkStart")) bookmarks.emplace(tree.attribute(i, "w:name").value_or(""));
  }
  model::for_each_inlines(doc.blocks, [&](model::Block&, model::Inlines& inlines) {
    std::vector<model::Inline*> links;
    collect_links(inlines, links);
    for (model::Inline* link : links) {
      const std::string& href = std::get<model::Link>(link->node).href;
      if (href.starts_with('#') && !bookmarks.contains(std::string_view(href).substr(1))) {
        out.push_back(base::make_warning("docx.bookmark-missing", link->info.span,
                                         "a link goes to the bookmark '" + href.substr(1) + "', which is not in the document"));
      }
    }
  });
}

// A template's default language says what language Word would mark new text with, and a
// producer's core properties often its own interface language, not what the text is (pandoc and
// LibreOffice write en-US whatever they convert): when the text clearly says otherwise, the text
// wins.
void check_claimed_language(model::Document& doc, const std::string& file, base::Diagnostics& out) {
  std::string text;
  for (const auto& b : doc.blocks) text += model::plain_text(b) + "\n";
  const transform::LanguageGuess guess = transform::detect_language(text);
  constexpr int kMinWords = 30;
  constexpr double kMinConfidence = 0.5;
  if (guess.language.empty() || guess.words < kMinWords || guess.confidence < kMinConfidence ||
      base::primary_language(guess.language) == base::primary_language(doc.metadata.language)) {
    return;
  }
  out.push_back(base::make_note("docx.language-from-text", file_span(file),
                                "the text is in '" + guess.language + "', not in '" + doc.metadata.language +
                                    "' as the file's properties say"));
  doc.metadata.language = guess.language;
}

bool is_heading(const model::Block& b, int level) {
  const auto* h = std::get_if<model::Heading>(&b.node);
  return h != nullptr && (level == 0 || h->level == level);
}

// The letters and digits of a text, lower-cased: what two renderings of one title share whatever
// their spaces, quotation marks, ellipses and invisible characters.
std::string letters(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = base::next_code_point(text, i);
    if (c < 0x80) {
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out += static_cast<char>(c);
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      continue;
    }
    const bool punctuation = c == 0xA0 || c == 0xAD || c == 0xAB || c == 0xBB || (c >= 0x2000 && c <= 0x206F) ||
                             (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || c == 0xFEFF;
    if (!punctuation) base::append_utf8(out, c);
  }
  return out;
}

// Without a Title paragraph, the first level-1 heading is the headline, as in the HTML reader.
void first_heading_is_headline(model::Blocks& blocks) {
  for (auto& b : blocks) {
    if (is_heading(b, 1)) {
      b.role = model::Role::headline;
      return;
    }
  }
}

// The Title paragraph is the headline, with three exceptions. When it repeats a level-1 heading
// (producers that write the document's title above its text, as pandoc does), that heading is
// the headline. When it is the start of the first paragraph (a title made from the first
// sentence, "…" and all), it is the document's title only: as a heading it would say the same
// words twice. Otherwise, when the document also uses Heading 1, headings move one level down so
// that the Title stays the one level-1 heading.
void settle_headline(model::Document& doc, base::Diagnostics& out) {
  auto& blocks = doc.blocks;
  const auto title = std::find_if(blocks.begin(), blocks.end(), [](const model::Block& b) {
    return b.role == model::Role::headline && is_heading(b, 1);
  });
  if (title == blocks.end()) {
    first_heading_is_headline(blocks);
    return;
  }
  const std::string title_text(base::trim_ascii(model::plain_text(*title)));
  const std::string key = letters(title_text);
  auto drop_title = [&](const char* code, const std::string& why) {
    if (doc.metadata.title.empty()) doc.metadata.title = title_text;
    out.push_back(base::make_note(code, title->info.span, "the Title paragraph '" + title_text + "' " + why));
    blocks.erase(title);
  };
  for (auto it = blocks.begin(); it != blocks.end(); ++it) {
    if (it != title && is_heading(*it, 1) && letters(model::plain_text(*it)) == key) {
      it->role = model::Role::headline;
      drop_title("docx.title-repeated", "repeats the heading below it and is read as the document's title");
      return;
    }
  }
  for (auto it = title + 1; it != blocks.end(); ++it) {
    if (!std::holds_alternative<model::Paragraph>(it->node) || it->role == model::Role::subheadline) continue;
    if (!key.empty() && letters(model::plain_text(*it)).starts_with(key)) {
      // Made from the first sentence, not written: folio makes such a title itself when needed.
      if (letters(doc.metadata.title) == key) doc.metadata.title.clear();
      out.push_back(base::make_note("docx.title-repeated", title->info.span,
                                    "the Title paragraph '" + title_text + "' is the start of the first paragraph and was left out"));
      blocks.erase(title);
      first_heading_is_headline(blocks);
      return;
    }
    break;
  }
  bool shifted = false;
  model::for_each_block(blocks, [&](const model::Block& b) { shifted = shifted || (&b != &*title && is_heading(b, 1)); });
  if (!shifted) return;
  model::for_each_block(blocks, [&](model::Block& b) {
    if (&b == &*title) return;
    if (auto* h = std::get_if<model::Heading>(&b.node)) h->level = std::min(h->level + 1, 6);
  });
  out.push_back(base::make_note("docx.headings-below-title", title->info.span,
                                "the headings are read one level down: the Title paragraph is the one level-1 heading"));
}

// A title in the file's properties that is the start of the first paragraph was made from it (by
// the tool that wrote the file, or by folio before): folio makes such a title itself, and does
// not show it as a headline that would repeat the first sentence.
void drop_title_made_from_text(model::Document& doc, const std::string& file, base::Diagnostics& out) {
  const std::string key = letters(doc.metadata.title);
  if (key.empty()) return;
  bool headline = false;
  model::for_each_block(doc.blocks, [&](const model::Block& b) {
    headline = headline || (is_heading(b, 0) && letters(model::plain_text(b)) == key);
  });
  if (headline) return;
  for (const auto& b : doc.blocks) {
    if (!std::holds_alternative<model::Paragraph>(b.node) || b.role == model::Role::subheadline) continue;
    if (letters(model::plain_text(b)).starts_with(key)) {
      out.push_back(base::make_note("docx.title-repeated", file_span(file),
                                    "the file's title '" + doc.metadata.title + "' is the start of its first paragraph and was left out"));
      doc.metadata.title.clear();
    }
    return;
  }
}

}  // namespace

base::Result<base::Warned<model::Document>> read_docx(std::string_view bytes, const std::string& file,
                                                      const DocxReaderOptions& options) {
  base::Warned<model::Document> result;
  model::Document& doc = result.value;
  base::Diagnostics& diagnostics = result.warnings;
  auto package = DocxPackage::open(bytes, file, options.limits, diagnostics);
  if (!package) return base::Unexpected{package.error()};
  DocxReader reader(*package, file, diagnostics);

  LoadedPart* main = reader.load(package->main_part(), true);
  if (reader.fatal()) return *reader.fatal();
  // The main part is the document: when it cannot be read, nothing can.
  if (main == nullptr) {
    base::Diagnostic error = reader.unreadable();
    error.message = package->main_part() + " cannot be read: " + error.message;
    return error;
  }
  const XmlTree& tree = main->parsed.tree;
  if (tree.root() == kNoElement || !tree.is(tree.root(), "w:document")) {
    return base::make_error(
        "docx.not-word", file_span(file),
        package->main_part() + " is not a WordprocessingML document" +
            (tree.root() == kNoElement ? " (" + main->parsed.error + ")" : " (its root element is " + std::string(tree.name(tree.root())) + ")"));
  }
  const XmlIndex body = tree.child(tree.root(), "w:body");
  std::vector<Relationship> rels;
  for (const auto& [id, rel] : main->story->relationships) rels.push_back(rel);

  LoadedPart* styles_part = reader.part("styles", rels);
  LoadedPart* numbering_part = reader.part("numbering", rels);
  LoadedPart* settings_part = reader.part("settings", rels);
  LoadedPart* footnotes_part = reader.part("footnotes", rels, true);
  LoadedPart* endnotes_part = reader.part("endnotes", rels, true);
  LoadedPart* comments_part = reader.part("comments", rels);
  LoadedPart* core_part = nullptr;
  for (const Relationship& rel : package->package_relationships()) {
    if (!rel.external && relationship_kind(rel.type) == "core-properties") core_part = reader.load(rel.target, false);
  }
  report_headers_and_footers(reader, rels, file, diagnostics);
  if (reader.fatal()) return *reader.fatal();

  const StyleSheet styles = styles_part ? StyleSheet(styles_part->parsed.tree) : StyleSheet();
  Numbering numbering = numbering_part ? Numbering(numbering_part->parsed.tree) : Numbering();
  if (core_part) read_core_properties(core_part->parsed.tree, doc.metadata);
  // The language Word tagged most of the text with as it was typed; else the core properties'
  // (which LibreOffice fills with its own interface language) or the template's default, both
  // checked against the text below.
  const std::string tagged = dominant_run_language(tree);
  const bool claimed = tagged.empty();
  if (!claimed) {
    doc.metadata.language = tagged;
  } else if (doc.metadata.language.empty()) {
    doc.metadata.language = default_language(styles.defaults(), settings_part ? &settings_part->parsed.tree : nullptr);
  }

  NoteCollector notes;
  DocxContext context{styles, numbering, doc.metadata.language, diagnostics, {},
                      [&notes](bool endnote, const std::string& id, const base::Span& span) {
                        return notes.reference(endnote, id, span);
                      },
                      {}};
  BlockReader(context, *main->story).read(body, doc.blocks);

  // Notes are read with their own parts' relationships; a reference inside a note is not followed.
  DocxContext note_context{styles, numbering, doc.metadata.language, diagnostics, {}, {}, {}};
  notes.place_notes(
      doc, index_notes(footnotes_part ? footnotes_part->story.get() : nullptr),
      index_notes(endnotes_part ? endnotes_part->story.get() : nullptr),
      [&](const NotePart& part, XmlIndex note, model::Blocks& out) { BlockReader(note_context, *part.part).read(note, out); },
      diagnostics);

  const TitleBlock& front = context.title_block;
  if (doc.metadata.authors.empty()) doc.metadata.authors = front.authors;
  if (doc.metadata.summary.empty()) doc.metadata.summary = front.abstract;
  if (!front.date.empty()) doc.metadata.date = front.date;

  int comments_in_part = 0;
  if (comments_part && comments_part->parsed.tree.root() != kNoElement) {
    const XmlTree& comments = comments_part->parsed.tree;
    for (XmlIndex c : comments.children(comments.root())) comments_in_part += comments.is(c, "w:comment") ? 1 : 0;
  }
  context.counts.insertions += note_context.counts.insertions;
  context.counts.deletions += note_context.counts.deletions;
  report_counts(context.counts, comments_in_part, file, diagnostics);
  check_internal_links(doc, tree, diagnostics);
  if (claimed) check_claimed_language(doc, file, diagnostics);
  settle_headline(doc, diagnostics);
  drop_title_made_from_text(doc, file, diagnostics);
  return result;
}

std::optional<std::string> read_docx_part(std::string_view bytes, const std::string& src, std::size_t max_bytes) {
  base::Diagnostics ignored;
  auto package = DocxPackage::open(bytes, "", zip::ZipLimits{}, ignored);
  if (!package || !package->has(src)) return std::nullopt;
  auto data = package->read(src, max_bytes);
  if (!data) return std::nullopt;
  return std::move(*data);
}

}  // namespace folio::readers
