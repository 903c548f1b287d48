// Paints laid-out pages into content streams and turns their tags, artifacts and link areas into
// marked content, structure elements and link annotations (ISO 14289-1 7.1, 7.18.5).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "base/diagnostic.h"
#include "layout/paged_document.h"
#include "writers/pdf/cid_font_builder.h"
#include "writers/pdf/content_stream_builder.h"
#include "writers/pdf/document_finisher.h"
#include "writers/pdf/model_index.h"
#include "writers/pdf/shown_glyphs.h"
#include "writers/pdf/stream_packer.h"
#include "writers/pdf/struct_tree_builder.h"

namespace PoDoFo {
class PdfMemDocument;
class PdfPage;
}  // namespace PoDoFo

namespace folio::pdf {

/// The standard structure type for `type` (ISO 32000-1 14.8.4), or nullopt when it is none.
std::optional<std::string> standard_type(const std::string& type);

/// Writes the pages of one document in order; keeps the structure elements across pages, so an
/// element opened on several pages (same node and type) becomes one element.
class PageWriter {
 public:
  /// Borrows everything; `fonts[i]` (null when the font could not be opened) and
  /// `font_objects[i]` belong to PagedDocument::fonts[i]; `shown` has the glyphs of every run
  /// whose font is not null; the pages' content streams go to `packer`.
  PageWriter(PoDoFo::PdfMemDocument& document, StreamPacker& packer, const ModelIndex& model, StructTreeBuilder& tree,
             const std::vector<std::unique_ptr<CidFontBuilder>>& fonts,
             const std::vector<PoDoFo::PdfObject*>& font_objects, const ShownRuns& shown, std::string document_lang,
             std::int64_t creation_time, CodeStrings codes);

  /// Creates the document's pages, one of each size, all at once: PoDoFo's CreatePage walks and
  /// copies the whole page tree for each new page (quadratic: seed x50's 108 pages, ~4 ms). Call
  /// once, first.
  void create_pages(const std::vector<layout::Page>& pages);

  /// Paints `page` into page number `index` (0-based) of those create_pages() made. PoDoFo errors
  /// propagate.
  void write(const layout::Page& page, std::size_t index);

  /// Gives the links to notes their destination, the note's first line; call once every page
  /// is written (a note comes after its references).
  void link_destinations();

  /// Outline entries from the headings, in document order.
  const std::vector<OutlineEntry>& outline() const { return outline_; }
  /// One warning per figure without alternative text.
  const base::Diagnostics& figures_without_alt() const { return figures_without_alt_; }
  /// Problems met while painting (untagged content, missing fonts, images that cannot be read).
  const base::Diagnostics& warnings() const { return warnings_; }

 private:
  struct Open {
    std::optional<ElementId> element;  ///< nullopt: no element (the root takes children)
    bool decorative = false;           ///< content directly inside is an artifact
  };
  enum class Sequence { none, tagged, artifact };

  ElementId element_for(const layout::TagStart& tag);
  ElementId parent_element() const;
  void open_tag(const layout::TagStart& tag);
  /// Opens the marked-content sequence that content at `position` (a text `run`, or null) goes
  /// into: the open one when it belongs to the same element and holds left-to-right text of the
  /// run's bidi level, or right-to-left letters in the run's font and size on the run's line and
  /// the run adds no left-to-right letters.
  /// `left` and `right`: where the painted part of `run` begins and ends (its whole width by
  /// default). `alone`: a sequence of its own in any case.
  void prepare_content(std::optional<StructTreeBuilder::LogicalPosition> position,
                       const layout::GlyphRun* run = nullptr, std::optional<std::pair<double, double>> span = {},
                       bool alone = false);
  void ensure_artifact();
  void close_sequence();
  void paint_run(const layout::GlyphRun& run);
  void paint_image(const layout::Image& image);
  void paint_rule(const layout::Rule& rule);
  void add_link(const layout::LinkArea& link);
  void note_heading_position(double top);
  void note_destination(double left, double top);
  void warn(std::string code, std::string message, std::string hint = {});

  PoDoFo::PdfMemDocument& document_;
  StreamPacker& packer_;
  const ModelIndex& model_;
  StructTreeBuilder& tree_;
  const std::vector<std::unique_ptr<CidFontBuilder>>& fonts_;
  const std::vector<PoDoFo::PdfObject*>& font_objects_;
  const ShownRuns& shown_;
  std::string document_lang_;
  std::int64_t creation_time_;
  CodeStrings codes_;

  std::map<std::tuple<std::uint32_t, std::string, std::uint32_t>, ElementId> elements_;  ///< (node, type, at)
  std::map<ElementId, std::string> element_lang_;
  std::map<ElementId, std::size_t> heading_outline_;
  std::map<ElementId, std::vector<double>> figure_boxes_;
  std::map<std::string, std::pair<PoDoFo::PdfObject*, std::size_t>> images_;  ///< path -> XObject, number
  std::vector<OutlineEntry> outline_;
  struct Destination {
    PoDoFo::PdfObject* page = nullptr;
    double left = 0, top = 0;
  };
  std::map<std::uint32_t, Destination> destinations_;  ///< Note node → where its content starts
  std::vector<std::uint32_t> pending_destinations_;      ///< Notes opened, nothing painted in them yet
  std::vector<std::pair<PoDoFo::PdfObject*, std::uint32_t>> internal_links_;  ///< annotation, Note node
  int notes_ = 0;                                        ///< Note elements so far (their /ID)
  base::Diagnostics figures_without_alt_;
  base::Diagnostics warnings_;

  // State of the page being written.
  std::size_t page_index_ = 0;
  std::vector<std::unique_ptr<PoDoFo::PdfPage>> pages_;  ///< create_pages(); the objects are the document's
  PoDoFo::PdfPage* page_ = nullptr;                       ///< the page being written
  ContentStreamBuilder stream_;
  std::vector<Open> stack_;
  int layout_artifact_depth_ = 0;
  Sequence sequence_ = Sequence::none;
  ElementId sequence_element_ = 0;
  int sequence_ltr_level_ = 0;  ///< the bidi level of all text in the open tagged sequence, or -1 (mixed or RTL)
  int sequence_font_ = -1;      ///< font, size and baseline of its last run
  double sequence_size_ = 0;
  double sequence_y_ = 0;
  double sequence_right_ = 0;  ///< where its last run ends
  bool sequence_rtl_ = false;   ///< it holds right-to-left letters
  std::vector<bool> page_fonts_;  ///< by font index: the page shows it
  std::vector<std::string> font_names_;  ///< by font index: its resource name, "F0"…
  // paint_run's buffers, kept from run to run.
  std::vector<PlacedGlyph> placed_;
  std::vector<const ShownGlyph*> kept_;
  std::map<std::string, PoDoFo::PdfObject*> page_images_;
};

}  // namespace folio::pdf
