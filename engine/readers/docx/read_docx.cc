#include "readers/docx/read_docx.h"

#include <algorithm>
#include <memory>
#include <set>

#include "base/utf8.h"
#include "readers/docx/docx_blocks.h"
#include "readers/docx/docx_metadata.h"
#include "readers/docx/docx_notes.h"
#include "readers/docx/docx_package.h"

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

bool is_heading(const model::Block& b, int level) {
  const auto* h = std::get_if<model::Heading>(&b.node);
  return h != nullptr && (level == 0 || h->level == level);
}

// The Title paragraph is the headline. When it repeats the first level-1 heading (producers that
// write the document title above the text, as pandoc does) it is dropped and that heading is the
// headline; otherwise headings move one level down when the document also uses Heading 1, so the
// title stays the one level-1 heading.
void settle_headline(model::Document& doc, base::Diagnostics& out) {
  auto& blocks = doc.blocks;
  const auto title = std::find_if(blocks.begin(), blocks.end(), [](const model::Block& b) {
    return b.role == model::Role::headline && is_heading(b, 1);
  });
  if (title == blocks.end()) {
    for (auto& b : blocks) {
      if (is_heading(b, 1)) {
        b.role = model::Role::headline;
        break;
      }
    }
    return;
  }
  const std::string title_text = std::string(base::trim_ascii(model::plain_text(*title)));
  for (auto it = blocks.begin(); it != blocks.end(); ++it) {
    if (it == title || !is_heading(*it, 1)) continue;
    if (std::string(base::trim_ascii(model::plain_text(*it))) == title_text) {
      it->role = model::Role::headline;
      if (doc.metadata.title.empty()) doc.metadata.title = title_text;
      blocks.erase(title);
      return;
    }
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
  const std::string language = default_language(styles.defaults(), settings_part ? &settings_part->parsed.tree : nullptr);
  if (doc.metadata.language.empty()) doc.metadata.language = language;

  NoteCollector notes;
  DocxContext context{styles, numbering, doc.metadata.language, diagnostics, {},
                      [&notes](bool endnote, const std::string& id, const base::Span& span) {
                        return notes.reference(endnote, id, span);
                      }};
  BlockReader(context, *main->story).read(body, doc.blocks);

  // Notes are read with their own parts' relationships; a reference inside a note is not followed.
  DocxContext note_context{styles, numbering, doc.metadata.language, diagnostics, {}, {}};
  notes.place_notes(
      doc, index_notes(footnotes_part ? footnotes_part->story.get() : nullptr),
      index_notes(endnotes_part ? endnotes_part->story.get() : nullptr),
      [&](const NotePart& part, XmlIndex note, model::Blocks& out) { BlockReader(note_context, *part.part).read(note, out); },
      diagnostics);

  int comments_in_part = 0;
  if (comments_part && comments_part->parsed.tree.root() != kNoElement) {
    const XmlTree& comments = comments_part->parsed.tree;
    for (XmlIndex c : comments.children(comments.root())) comments_in_part += comments.is(c, "w:comment") ? 1 : 0;
  }
  context.counts.insertions += note_context.counts.insertions;
  context.counts.deletions += note_context.counts.deletions;
  report_counts(context.counts, comments_in_part, file, diagnostics);
  check_internal_links(doc, tree, diagnostics);
  settle_headline(doc, diagnostics);
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
