#include "writers/pdf/page_writer.h"

#include <hb.h>
#include <podofo/podofo.h>

#include <algorithm>
#include <set>

#include "base/utf8.h"
#include "writers/pdf/pdf_syntax.h"
#include "writers/pdf/podofo_call.h"

namespace folio::pdf {

using namespace PoDoFo;

namespace {

constexpr double kWideGap = 0.5;  // em: pdf.js starts a new text item past 0.6 em

PdfString text_string(const std::string& utf8) { return PdfString(reinterpret_cast<const pdf_utf8*>(utf8.c_str())); }

Rgb rgb(const layout::Rgb& c) { return Rgb{c.r / 255.0, c.g / 255.0, c.b / 255.0}; }

/// The direction of the strong letters of `text`: none (digits, punctuation, spaces only), ltr
/// or rtl; ltr when it has both.
enum class Strong { none, ltr, rtl };
Strong strong_letters(const std::string& text) {
  hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();
  Strong out = Strong::none;
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = static_cast<hb_codepoint_t>(base::next_code_point(text, i));
    switch (hb_unicode_general_category(unicode, cp)) {
      case HB_UNICODE_GENERAL_CATEGORY_LOWERCASE_LETTER:
      case HB_UNICODE_GENERAL_CATEGORY_MODIFIER_LETTER:
      case HB_UNICODE_GENERAL_CATEGORY_OTHER_LETTER:
      case HB_UNICODE_GENERAL_CATEGORY_TITLECASE_LETTER:
      case HB_UNICODE_GENERAL_CATEGORY_UPPERCASE_LETTER:
        if (hb_script_get_horizontal_direction(hb_unicode_script(unicode, cp)) != HB_DIRECTION_RTL) return Strong::ltr;
        out = Strong::rtl;
        break;
      default:
        break;
    }
  }
  return out;
}

int heading_level(const std::string& type) {
  if (type.size() == 2 && type[0] == 'H' && type[1] >= '1' && type[1] <= '6') return type[1] - '0';
  return 0;
}

}  // namespace

std::optional<std::string> standard_type(const std::string& type) {
  // ISO 32000-1 14.8.4, Tables 333-340.
  static const std::set<std::string> kStandard = {
      "Document", "Part",  "Art",   "Sect",    "Div",   "BlockQuote", "Caption", "TOC",   "TOCI",  "Index",
      "NonStruct", "Private", "P",  "H",       "H1",    "H2",         "H3",      "H4",    "H5",    "H6",
      "L",        "LI",    "Lbl",   "LBody",   "Table", "TR",         "TH",      "TD",    "THead", "TBody",
      "TFoot",    "Span",  "Quote", "Note",    "Reference", "BibEntry", "Code",  "Link",  "Annot", "Ruby",
      "RB",       "RT",    "RP",    "Warichu", "WT",    "WP",         "Figure",  "Formula", "Form"};
  if (kStandard.contains(type)) return type;
  return std::nullopt;
}

PageWriter::PageWriter(PdfMemDocument& document, StreamPacker& packer, const ModelIndex& model, StructTreeBuilder& tree,
                       const std::vector<std::unique_ptr<CidFontBuilder>>& fonts,
                       const std::vector<PdfObject*>& font_objects, const ShownRuns& shown, std::string document_lang,
                       std::int64_t creation_time, CodeStrings codes)
    : document_(document),
      packer_(packer),
      model_(model),
      tree_(tree),
      fonts_(fonts),
      font_objects_(font_objects),
      shown_(shown),
      document_lang_(std::move(document_lang)),
      creation_time_(creation_time),
      codes_(codes) {
  for (std::size_t i = 0; i < fonts_.size(); ++i) font_names_.push_back("F" + std::to_string(i));
}

void PageWriter::warn(std::string code, std::string message, std::string hint) {
  for (const auto& existing : warnings_) {
    if (existing.code == code && existing.message == message) return;
  }
  warnings_.push_back(base::make_warning(std::move(code), {}, std::move(message), std::move(hint)));
}

ElementId PageWriter::parent_element() const {
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
    if (it->element) return *it->element;
  }
  return tree_.root();
}

ElementId PageWriter::element_for(const layout::TagStart& tag) {
  const auto key = std::make_tuple(tag.node.value, tag.type, tag.at);
  if (auto it = elements_.find(key); it != elements_.end()) return it->second;

  std::string type = tag.type;
  if (!standard_type(type)) {
    warn("pdf.nonstandard-type", "layout tag '" + tag.type + "' is not a standard structure type; written as Div");
    type = "Div";
  }
  const ElementId parent = parent_element();
  const ElementId element = tree_.add_element(parent, type);
  elements_.emplace(key, element);

  const NodeFacts* facts = model_.find(tag.node);
  // /Lang wherever the language changes (ISO 14289-1 7.2); the model knows it when layout does not.
  const std::string inherited = parent == tree_.root() ? document_lang_ : element_lang_[parent];
  const std::string lang = !tag.lang.empty() ? tag.lang : facts ? facts->lang : std::string();
  element_lang_[element] = inherited;
  if (!lang.empty() && lang != inherited) {
    tree_.set_lang(element, lang);
    element_lang_[element] = lang;
  }
  if (!tag.actual_text.empty()) tree_.set_actual_text(element, tag.actual_text);

  if (type == "Figure") {
    if (!tag.alt.empty()) {
      tree_.set_alt(element, tag.alt);
    } else if (facts && facts->alt) {
      tree_.set_alt(element, *facts->alt);
    } else {
      auto d = base::make_warning("pdf.figure-without-alt", facts ? facts->span : base::Span{},
                                  "an image has no alternative text, so the PDF cannot claim PDF/UA-1",
                                  "give alt text in the source or with --alt");
      d.spec = "ISO 14289-1 7.3 (Matterhorn 13-004)";
      figures_without_alt_.push_back(std::move(d));
    }
  } else if (type == "TH") {
    // ISO 32000-1 14.8.5.7: /Scope tells which cells a header cell heads (ISO 14289-1 7.5).
    std::string scope = "Column";
    if (facts) {
      switch (facts->scope) {
        case model::Scope::row: scope = "Row"; break;
        case model::Scope::column: scope = "Column"; break;
        case model::Scope::both: scope = "Both"; break;
        case model::Scope::none: scope = facts->in_header_rows ? "Column" : "Row"; break;
      }
    }
    tree_.set_scope(element, scope);
  } else if (type == "Note") {
    // ISO 14289-1 7.9: every Note has an /ID unique in the document.
    tree_.set_id(element, "note-" + std::to_string(++notes_));
  } else if (int level = heading_level(type); level > 0) {
    std::string title = facts ? facts->text : std::string();
    if (title.empty()) title = type;
    heading_outline_[element] = outline_.size();
    outline_.push_back(OutlineEntry{level, title, nullptr, 0});
  }
  if (type == "Span" && facts && facts->deleted) {
    // Struck-through text (ISO 32000-1 14.8.5.4.4: TextDecorationType LineThrough, what reflow and
    // conversion read) whose Alt says it is deleted: assistive technology speaks a Span's /Alt in
    // place of its content (14.9.3, "for purposes such as speech"), and no standard structure
    // type or attribute is announced as a deletion. /ActualText would change the words the text
    // is (it replaces content exactly), /E is for abbreviations.
    tree_.set_alt(element, *facts->deleted);
    tree_.set_text_decoration(element, "LineThrough");
  } else if (type != "Figure" && !tag.alt.empty()) {
    tree_.set_alt(element, tag.alt);  // a task box's Lbl: its state
  }
  // A cell covering several columns or rows says so: the table stays a regular grid (ISO 14289-1 7.5).
  if ((type == "TH" || type == "TD") && facts && (facts->colspan > 1 || facts->rowspan > 1)) {
    tree_.set_spans(element, facts->colspan, facts->rowspan);
  }
  return element;
}

void PageWriter::open_tag(const layout::TagStart& tag) {
  if (layout_artifact_depth_ > 0) {
    stack_.push_back(Open{std::nullopt, true});
    return;
  }
  if (tag.type == "Figure") {
    const NodeFacts* facts = model_.find(tag.node);
    // A decorative image (empty alt in the source) is an artifact, not a Figure (ISO 14289-1 7.3).
    if (tag.alt.empty() && facts && facts->alt && facts->alt->empty()) {
      stack_.push_back(Open{std::nullopt, true});
      return;
    }
  }
  stack_.push_back(Open{element_for(tag), false});
  // A note is where its references link to: the first content painted in it.
  if (tag.type == "Note" && !destinations_.contains(tag.node.value)) pending_destinations_.push_back(tag.node.value);
}

void PageWriter::note_destination(double left, double top) {
  for (std::uint32_t node : pending_destinations_) destinations_[node] = Destination{page_->GetObject(), left, top};
  pending_destinations_.clear();
}

void PageWriter::link_destinations() {
  for (const auto& [annotation, node] : internal_links_) {
    auto it = destinations_.find(node);
    if (it == destinations_.end()) continue;
    // [page /XYZ left top null]: the note's first line at the top, the zoom kept (ISO 32000-1 12.3.2.2).
    PdfArray dest;
    dest.push_back(it->second.page->Reference());
    dest.push_back(PdfName("XYZ"));
    dest.push_back(PdfVariant(it->second.left));
    dest.push_back(PdfVariant(it->second.top));
    dest.push_back(PdfVariant::NullValue);
    annotation->GetDictionary().AddKey("Dest", dest);
  }
}

void PageWriter::close_sequence() {
  if (sequence_ != Sequence::none) stream_.end();
  sequence_ = Sequence::none;
}

void PageWriter::ensure_artifact() {
  if (layout_artifact_depth_ > 0 || sequence_ == Sequence::artifact) return;
  close_sequence();
  stream_.begin_artifact();
  sequence_ = Sequence::artifact;
}

void PageWriter::prepare_content(std::optional<StructTreeBuilder::LogicalPosition> position, const layout::GlyphRun* run,
                                 std::optional<std::pair<double, double>> span, bool alone) {
  if (layout_artifact_depth_ > 0) return;
  if (stack_.empty()) {
    warn("pdf.untagged-content", "layout produced content outside any tag; it was written as an artifact");
    ensure_artifact();
    return;
  }
  if (stack_.back().decorative || !stack_.back().element) {
    ensure_artifact();
    return;
  }
  const ElementId element = *stack_.back().element;
  // Runs are painted in visual order. pdf.js (and every screen reader working from it) cuts a
  // sequence's text into items where the font changes, puts each item in logical order with
  // its bidi algorithm (right to left when right-to-left letters are many), and reads the items
  // in content order: a right-to-left run and a run in another font beside it would be read
  // backwards. So right-to-left text starts a sequence of its own, and the element lists its
  // sequences in logical order (StructTreeBuilder), the reading order (ISO 32000-1 14.8.2.3).
  // Left-to-right runs of one level share a sequence, and so do runs in the font of right-to-left
  // letters on one line when they add no left-to-right letters (digits, punctuation): pdf.js
  // reads them as one item, in the right order.
  const int level = run ? run->level : 0;
  const int font = run ? run->font : -1;
  const double size = run ? run->size : 0;
  const double y = run ? run->y : sequence_y_;
  const Strong letters = run ? strong_letters(run->text) : Strong::none;
  const bool left_to_right = level % 2 == 0 && level == sequence_ltr_level_;
  const bool one_item = sequence_rtl_ && letters != Strong::ltr && font == sequence_font_ && size == sequence_size_ &&
                        y == sequence_y_;
  // In a line with right-to-left text, layout writes groups of touching runs left to right, each
  // group in logical order (paragraph_layout's stream_order): a run starting on another line or
  // to the right of the last one begins a group, read elsewhere in the element.
  const double x = span ? span->first : run ? run->x : sequence_right_;
  const bool new_group = level > 0 && (y != sequence_y_ || x > sequence_right_ + 0.05 * size);
  if (sequence_ != Sequence::tagged || sequence_element_ != element || !(left_to_right || one_item) || new_group ||
      alone) {
    close_sequence();
    const int mcid = tree_.add_marked_content(element, page_index_, page_->GetObject(), position);
    stream_.begin_tagged(tree_.type(element), mcid);
    sequence_ = Sequence::tagged;
    sequence_element_ = element;
    sequence_ltr_level_ = level;
    sequence_rtl_ = false;
  }
  if (level % 2 == 1 || level != sequence_ltr_level_) sequence_ltr_level_ = -1;
  if (letters == Strong::rtl) sequence_rtl_ = true;
  sequence_font_ = font;
  sequence_size_ = size;
  sequence_y_ = y;
  if (span) {
    sequence_right_ = span->second;
  } else if (run) {
    sequence_right_ = run->x;
    for (const auto& glyph : run->glyphs) sequence_right_ += glyph.advance;
  }
}

void PageWriter::note_heading_position(double top) {
  for (const Open& open : stack_) {
    if (!open.element) continue;
    auto it = heading_outline_.find(*open.element);
    if (it == heading_outline_.end()) continue;
    OutlineEntry& entry = outline_[it->second];
    if (!entry.page) {
      entry.page = page_->GetObject();
      entry.top = top;
    }
  }
}

void PageWriter::paint_run(const layout::GlyphRun& run) {
  if (run.font < 0 || static_cast<std::size_t>(run.font) >= fonts_.size() || !fonts_[run.font]) {
    warn("pdf.run-without-font", "a text run uses a font that could not be embedded; it was left out");
    return;
  }
  const CidFontBuilder& font = *fonts_[run.font];
  const bool rtl = run.level % 2 == 1;
  const auto found = shown_.find(&run);
  if (found == shown_.end()) return;
  const std::vector<ShownGlyph>& glyphs = found->second;
  std::vector<PlacedGlyph>& placed = placed_;
  std::vector<const ShownGlyph*>& kept = kept_;  // the shown glyph of each placed one
  placed.clear();
  kept.clear();
  for (const ShownGlyph& glyph : glyphs) {
    // No .notdef in text-showing operators (ISO 14289-1 7.21.8).
    if (glyph.notdef) {
      warn("pdf.notdef-glyph", "a run contains .notdef glyphs; they were left out");
      continue;
    }
    const std::uint16_t code = font.entry_code(glyph.entry);
    placed.push_back(PlacedGlyph{code, font.width(code), run.x + glyph.x, run.y + glyph.y});
    kept.push_back(&glyph);
  }
  const auto cluster = [&](std::size_t i) { return kept[i]->cluster; };
  if (placed.empty()) return;
  // A space of a right-to-left run that reads as a letter for pdf.js (before a word-final
  // mark, cluster_text.h) advances its pen: it ends where the next glyph starts, stretched
  // by justification or not (a space draws nothing).
  for (std::size_t i = 0; i + 1 < placed.size(); ++i) {
    if (kept[i]->spaced_mark) placed[i].x = placed[i + 1].x - placed[i].width * run.size / 1000.0;
  }
  note_heading_position(run.y + run.size);
  if (!pending_destinations_.empty()) note_destination(run.x, run.y + run.size);
  const std::string& name = font_names_[static_cast<std::size_t>(run.font)];
  page_fonts_[static_cast<std::size_t>(run.font)] = true;
  // pdf.js ends a text item where the pen jumps more than 0.6 em (a space stretched by
  // justification) and reads the items in content order, each turned to logical order on its
  // own: the words of a right-to-left run on both sides of such a gap would be read in visual
  // order. So the run is painted in parts cut there, left to right, each a sequence of its own at
  // its logical place (the structure tree reads them right to left).
  std::size_t begin = 0;
  const auto right = [&](std::size_t i) { return placed[i].x + placed[i].width * run.size / 1000.0; };
  const auto wide = [&](double gap) { return gap > kWideGap * run.size; };
  for (std::size_t i = 0; i < placed.size(); ++i) {
    // The cut is after a space whose advance (stretched: to the next glyph's place, not its
    // width) is wide, or before a space read as a letter (before a word-final mark) that starts
    // far from the glyph before it.
    const bool cut = i + 1 == placed.size() ||
                     (rtl && kept[i]->space && wide(placed[i + 1].x - placed[i].x)) ||
                     (rtl && kept[i + 1]->spaced_mark && wide(placed[i + 1].x - right(i)));
    if (!cut) continue;
    const std::size_t end = i + 1;
    // The part's logical start, and the stretch its glyphs draw on: white space draws nothing
    // (nor does a raised mark, drawn as white space after its run's glyphs), and a part that begins where the space after the one before ends is not touching it.
    std::uint32_t first = cluster(begin);
    std::optional<std::pair<double, double>> ink;
    for (std::size_t k = begin; k < end; ++k) {
      first = std::min(first, cluster(k));
      if (kept[k]->blank) continue;
      if (!ink) ink = std::pair{placed[k].x, right(k)};
      ink = std::pair{std::min(ink->first, placed[k].x), std::max(ink->second, right(k))};
    }
    const double left = ink ? ink->first : placed[begin].x, far = ink ? ink->second : right(begin);
    // A right-to-left part drawn from its left end may begin with a word-final mark (drawn before
    // its base letter, which pdf.js's bidi pass needs). pdf.js takes a glyph whose text holds a
    // nonspacing mark for a zero-width one and compares no position for it: the line end or
    // space read before the next glyph then came after the mark, which was read apart from its
    // word ("تقریبا ً"). Such marks are drawn after the rest of the part, a sequence of their own
    // at their logical place (after their word's other letters).
    std::size_t lead = begin;
    while (rtl && lead < end && kept[lead]->mark) ++lead;
    if (lead == end) lead = begin;
    std::uint32_t rest_first = cluster(lead);
    for (std::size_t k = lead; k < end; ++k) rest_first = std::min(rest_first, cluster(k));
    prepare_content(StructTreeBuilder::LogicalPosition{run.block.value, run.block_offset + rest_first}, &run,
                    std::pair{left, far});
    stream_.show_glyphs(name, run.size, std::span(placed).subspan(lead, end - lead), rgb(run.color));
    if (lead > begin) {
      prepare_content(StructTreeBuilder::LogicalPosition{run.block.value, run.block_offset + cluster(begin)}, &run,
                      std::pair{placed[begin].x, right(begin)}, true);
      stream_.show_glyphs(name, run.size, std::span(placed).subspan(begin, lead - begin), rgb(run.color));
    }
    begin = end;
  }
}

void PageWriter::paint_image(const layout::Image& image) {
  PdfObject* xobject = nullptr;
  if (auto it = images_.find(image.path); it != images_.end()) {
    xobject = it->second.first;
  } else {
    PdfObject* created = nullptr;
    const bool loaded = image.data && podofo_call("reading image " + image.path, [&] {
      PdfImage pdf_image(&document_);
      created = pdf_image.GetObject();
      // PoDoFo tells JPEG, PNG and TIFF apart by their signatures.
      pdf_image.LoadFromData(reinterpret_cast<const unsigned char*>(image.data->data()),
                             static_cast<pdf_long>(image.data->size()));
      xobject = created;
    }).has_value();
    if (!loaded) {
      warn("pdf.image-unreadable", "cannot embed image " + image.path + "; it was left out");
      // PoDoFo writes every object it holds: drop the empty XObject.
      if (created) delete document_.GetObjects().RemoveObject(created->Reference());
      xobject = nullptr;
    }
    const std::size_t number = images_.size();
    images_[image.path] = {xobject, number};
  }
  if (!xobject) return;
  // An image in a line sits in its block's text like its stand-in (logical order, pdf-facts §4).
  prepare_content(image.block.value != 0
                      ? std::optional(StructTreeBuilder::LogicalPosition{image.block.value, image.block_offset})
                      : std::nullopt);
  if (!pending_destinations_.empty()) note_destination(image.x, image.y + image.height);
  // The image's own Figure (the innermost open element): an image in a line must not widen the
  // box of a figure it is only the caption of.
  if (!stack_.empty() && stack_.back().element && tree_.type(*stack_.back().element) == "Figure") {
    const ElementId figure = *stack_.back().element;
    // BBox of the Figure: required for Figure in a layout attribute (ISO 32000-1 14.8.5.4.3).
    auto& box = figure_boxes_[figure];
    const double x2 = image.x + image.width, y2 = image.y + image.height;
    if (box.empty()) {
      box = {image.x, image.y, x2, y2};
    } else {
      box = {std::min(box[0], image.x), std::min(box[1], image.y), std::max(box[2], x2), std::max(box[3], y2)};
    }
    tree_.set_bbox(figure, box[0], box[1], box[2], box[3]);
  }
  const std::string name = "Im" + std::to_string(images_[image.path].second);
  page_images_[name] = xobject;
  stream_.draw_image(name, image.x, image.y, image.width, image.height);
}

void PageWriter::paint_rule(const layout::Rule& rule) {
  // Rules are decoration (ISO 14289-1 7.1: artifacts), whatever tag is open.
  ensure_artifact();
  stream_.stroke_line(rule.x1, rule.y1, rule.x2, rule.y2, rule.width, rgb(rule.color));
}

void PageWriter::add_link(const layout::LinkArea& link) {
  if (layout_artifact_depth_ > 0) return;
  const NodeFacts* facts = model_.find(link.node);
  ElementId element;
  if (auto it = elements_.find({link.node.value, "Link", 0}); it != elements_.end()) {
    element = it->second;
  } else {
    element = element_for(layout::TagStart{link.node, "Link", {}, {}, {}, 0});
  }
  PdfAnnotation* annotation =
      page_->CreateAnnotation(ePdfAnnotation_Link, PdfRect(link.x, link.y, link.width, link.height));
  std::string contents = facts && !facts->text.empty() ? facts->text : link.href;
  annotation->SetContents(text_string(contents));  // ISO 14289-1 7.18.5-2
  annotation->SetFlags(ePdfAnnotationFlags_Print);
  PdfDictionary& dict = annotation->GetObject()->GetDictionary();
  dict.AddKey("M", PdfString(pdf_date(creation_time_)));
  PdfArray border;
  for (int i = 0; i < 3; ++i) border.push_back(PdfVariant(static_cast<pdf_int64>(0)));
  dict.AddKey("Border", border);
  if (facts && facts->note.value != 0) {
    internal_links_.emplace_back(annotation->GetObject(), facts->note.value);  // its /Dest once the note is placed
  } else if (!link.href.empty() && link.href[0] != '#') {
    PdfAction action(ePdfAction_URI, &document_);
    action.SetURI(PdfString(ascii_uri(link.href)));
    annotation->SetAction(action);
  }
  tree_.add_annotation(element, annotation->GetObject(), page_->GetObject());
}

void PageWriter::create_pages(const std::vector<layout::Page>& pages) {
  // The pages tree takes the page objects in one insertion; the PdfPage wrappers are this
  // writer's (PoDoFo's CreatePages files its own under indexes past the last page, where
  // GetPage never finds them, so each GetPage would walk the tree again).
  std::vector<PdfObject*> objects;
  for (const layout::Page& page : pages) {
    pages_.push_back(std::make_unique<PdfPage>(PdfRect(0, 0, page.width, page.height), &document_.GetObjects()));
    objects.push_back(pages_.back()->GetObject());
  }
  document_.GetPagesTree()->InsertPages(ePdfPageInsertionPoint_InsertBeforeFirstPage, objects);
}

void PageWriter::write(const layout::Page& page, std::size_t index) {
  page_index_ = index;
  page_ = pages_.at(index).get();
  stream_ = ContentStreamBuilder{codes_};
  sequence_ = Sequence::none;
  layout_artifact_depth_ = 0;
  stack_.clear();
  page_fonts_.assign(fonts_.size(), false);
  page_images_.clear();

  for (const layout::PageItem& item : page.items) {
    if (const auto* run = std::get_if<layout::GlyphRun>(&item)) {
      paint_run(*run);
    } else if (const auto* image = std::get_if<layout::Image>(&item)) {
      paint_image(*image);
    } else if (const auto* rule = std::get_if<layout::Rule>(&item)) {
      paint_rule(*rule);
    } else if (const auto* link = std::get_if<layout::LinkArea>(&item)) {
      add_link(*link);
    } else if (const auto* tag = std::get_if<layout::TagStart>(&item)) {
      open_tag(*tag);
    } else if (std::holds_alternative<layout::TagEnd>(item)) {
      if (!stack_.empty()) stack_.pop_back();
    } else if (const auto* artifact = std::get_if<layout::ArtifactStart>(&item)) {
      if (layout_artifact_depth_++ == 0) {
        close_sequence();
        const bool pagination = artifact->type == layout::ArtifactType::pagination;
        const char* subtype = artifact->subtype == layout::ArtifactSubtype::header   ? "Header"
                              : artifact->subtype == layout::ArtifactSubtype::footer ? "Footer"
                                                                                     : "";
        stream_.begin_artifact(pagination ? "Pagination" : "Layout", subtype);
      }
    } else if (std::holds_alternative<layout::ArtifactEnd>(item)) {
      if (layout_artifact_depth_ > 0 && --layout_artifact_depth_ == 0) stream_.end();
    }
  }
  if (layout_artifact_depth_ > 0) {
    stream_.end();
    layout_artifact_depth_ = 0;
  }
  close_sequence();

  packer_.add(page_->GetContents(), stream_.finish());
  PdfDictionary& page_dict = page_->GetObject()->GetDictionary();
  page_dict.AddKey("Tabs", PdfName("S"));  // ISO 14289-1 7.18.3
  PdfObject* resources = page_->GetResources();
  if (std::find(page_fonts_.begin(), page_fonts_.end(), true) != page_fonts_.end()) {
    PdfDictionary fonts;
    for (std::size_t i = 0; i < page_fonts_.size(); ++i) {
      if (page_fonts_[i]) fonts.AddKey(PdfName(font_names_[i]), font_objects_[i]->Reference());
    }
    resources->GetDictionary().AddKey("Font", fonts);
  }
  if (!page_images_.empty()) {
    PdfDictionary xobjects;
    for (const auto& [name, object] : page_images_) xobjects.AddKey(PdfName(name), object->Reference());
    resources->GetDictionary().AddKey("XObject", xobjects);
  }
}

}  // namespace folio::pdf
