#include "readers/docx/docx_blocks.h"

#include <algorithm>
#include <iterator>
#include <optional>

#include "base/language_tag.h"
#include "readers/common/attribution.h"
#include "readers/docx/docx_drawing.h"
#include "readers/docx/docx_properties.h"
#include "readers/html/inline_whitespace.h"
#include "transform/dates.h"

namespace folio::readers::docx {

namespace {

constexpr int kMaxBlockDepth = 100;
constexpr int kMaxHeadingLevel = 6;  // the model's (and HTML's) deepest heading

bool is_image(const model::Inline& i) { return std::holds_alternative<model::Image>(i.node); }

// A paragraph of pictures alone is a figure per picture, as in the HTML reader.
void push_paragraph(model::Block block, model::Inlines content, model::Blocks& out) {
  const bool images_only = std::any_of(content.begin(), content.end(), is_image) &&
                           std::all_of(content.begin(), content.end(), [](const model::Inline& i) {
                             return is_image(i) || html::is_blank({&i, 1});
                           });
  if (!images_only) {
    block.node = model::Paragraph{std::move(content)};
    out.push_back(std::move(block));
    return;
  }
  for (auto& image : content) {
    if (!is_image(image)) continue;
    model::Block figure = block;
    figure.info.span = image.info.span;
    figure.node = model::Figure{std::get<model::Image>(std::move(image.node)), {}};
    out.push_back(std::move(figure));
  }
}

// A list item that starts with the marker its numbering already shows ("1. ", "• "), typed by
// hand or pasted: a reader would hear it twice. Removes it and says whether there was one.
bool strip_typed_marker(model::Inlines& inlines, const ListPlace& place) {
  if (inlines.empty()) return false;
  auto* text = std::get_if<model::Text>(&inlines.front().node);
  if (text == nullptr) return false;
  std::string_view t = text->text;
  std::size_t end = 0;
  if (place.ordered) {
    const std::string number = std::to_string(place.number);
    if (!t.starts_with(number) || t.size() <= number.size() || (t[number.size()] != '.' && t[number.size()] != ')')) {
      return false;
    }
    end = number.size() + 1;
  } else {
    for (std::string_view bullet : {"•", "◦", "▪", "▫", "‣", "⁃", "○", "■", "□", "►", "–", "-", "*"}) {
      if (t.starts_with(bullet)) end = bullet.size();
    }
    if (end == 0) return false;
  }
  if (end < t.size() && t[end] != ' ' && t.substr(end).rfind("\u00a0", 0) != 0) return false;
  while (end < t.size() && t[end] == ' ') ++end;
  text->text.erase(0, end);
  if (text->text.empty()) inlines.erase(inlines.begin());
  return true;
}

// The language of a heading's text or of a paragraph, set on the block only when it is not the
// document's.
std::string block_language(const std::string& shared, const std::string& document) {
  if (shared.empty() || base::primary_language(shared) == base::primary_language(document)) return "";
  return shared;
}

}  // namespace

void BlockReader::Flow::push(model::Block block) {
  lists.close();
  open_quote.reset();
  open_code.reset();
  out.push_back(std::move(block));
}

void BlockReader::Flow::push_all(model::Blocks& blocks) {
  for (auto& b : blocks) push(std::move(b));
}

void BlockReader::read(XmlIndex container, model::Blocks& out) {
  if (container == kNoElement) return;
  if (depth_ >= kMaxBlockDepth) {
    context_.diagnostics.push_back(base::make_warning("docx.nesting-too-deep", part_.span(container),
                                                      "content nested deeper than " + std::to_string(kMaxBlockDepth) +
                                                          " tables or text boxes was left out"));
    return;
  }
  ++depth_;
  Flow flow(out);
  for (XmlIndex e : part_.tree.children(container)) element(e, flow);
  attach_captions(flow);
  attach_attributions(out);
  --depth_;
}

void BlockReader::element(XmlIndex e, Flow& flow) {
  const XmlTree& tree = part_.tree;
  const std::string_view name = tree.name(e);
  if (name == "w:p") {
    paragraph(e, flow);
  } else if (name == "w:tbl") {
    table(e, flow);
  } else if (name == "w:sdt") {
    const XmlIndex properties = tree.child(e, "w:sdtPr");
    const std::string_view gallery = tree.attribute(tree.descendant(properties, "w:docPartGallery"), "w:val").value_or("");
    if (gallery == "Table of Contents") {
      // The PDF's outline and the EPUB's navigation are made from the headings themselves.
      context_.diagnostics.push_back(base::make_note("docx.toc-dropped", part_.span(e),
                                                     "Word's table of contents was left out: the PDF outline and the EPUB "
                                                     "navigation list the headings"));
      return;
    }
    if (tree.child(properties, "w:showingPlcHdr") != kNoElement) return;
    for (XmlIndex c : tree.children(tree.child(e, "w:sdtContent"))) element(c, flow);
  } else if (name == "w:customXml" || name == "w:ins" || name == "w:moveTo") {
    for (XmlIndex c : tree.children(e)) element(c, flow);
  } else if (name == "mc:AlternateContent") {
    if (const XmlIndex branch = chosen_branch(tree, e); branch != kNoElement) {
      for (XmlIndex c : tree.children(branch)) element(c, flow);
    }
  } else if (name == "w:altChunk") {
    if (context_.counts.alt_chunks++ == 0) {
      context_.diagnostics.push_back(base::make_warning(
          "docx.alt-chunk", part_.span(e), "content imported into the document as a separate HTML or RTF file (altChunk) was not read",
          "open the file in Word and save it again: Word then merges the imported content"));
    }
  }
}

void BlockReader::paragraph(XmlIndex p, Flow& flow) {
  const XmlTree& tree = part_.tree;
  const XmlIndex ppr = tree.child(p, "w:pPr");
  const ParagraphStyle& style =
      context_.styles.paragraph(tree.attribute(tree.child(ppr, "w:pStyle"), "w:val").value_or(""));
  const ParagraphProps direct = read_paragraph_props(tree, ppr);
  ParagraphProps props = direct;
  props.inherit(style.paragraph);
  ParagraphKind kind = style.kind;
  int level = style.heading_level;
  if (direct.outline_level) {
    if (*direct.outline_level >= 0 && *direct.outline_level <= 8) {
      kind = ParagraphKind::heading;
      level = *direct.outline_level + 1;
    } else if (kind == ParagraphKind::heading) {
      kind = ParagraphKind::body;
    }
  }

  model::Block block;
  block.info.span = part_.span(p);
  if (props.bidi.value_or(false)) block.info.dir = model::Direction::rtl;
  block.info.lang = block_language(inlines_.paragraph_language(p, style), context_.language);
  const std::string& lang = block.info.lang.empty() ? context_.language : block.info.lang;
  ParagraphContent content = inlines_.read(p, style, lang, block.info.dir);
  html::normalize_whitespace(content.inlines);
  if (!content.colour_only_text.empty()) {
    context_.diagnostics.push_back(base::make_warning(
        "docx.colour-only", content.colour_only_span,
        "text set apart by its colour alone: \"" + content.colour_only_text + "\"",
        "readers who do not see the colour miss the difference: make it bold, or say it in words (WCAG 1.4.1)"));
  }
  model::Blocks boxes;
  anchored(content.anchored, block, boxes);
  const bool blank = html::is_blank(content.inlines);

  const bool listable = kind == ParagraphKind::body || kind == ParagraphKind::quote || kind == ParagraphKind::caption;
  if (listable && props.num_id.value_or(0) > 0) {
    const int list_level = std::clamp(props.list_level.value_or(0), 0, kListLevels - 1);
    const auto definition = context_.numbering.level(*props.num_id, list_level);
    if (definition && !definition->marker) {
      model::Blocks further;
      if (!blank) push_paragraph(block, std::move(content.inlines), further);
      further.insert(further.end(), std::make_move_iterator(boxes.begin()), std::make_move_iterator(boxes.end()));
      flow.open_quote.reset();
      flow.open_code.reset();
      if (flow.lists.continue_item(list_level, further)) return;
      flow.push_all(further);
      return;
    }
    if (definition) {
      const ListPlace place{list_level, definition->ordered, context_.numbering.next(*props.num_id, list_level),
                            context_.numbering.abstract_of(*props.num_id)};
      if (strip_typed_marker(content.inlines, place)) {
        if (context_.counts.typed_markers++ == 0) context_.counts.first_typed_marker = block.info.span;
      }
      model::Blocks item;
      if (!html::is_blank(content.inlines)) push_paragraph(block, std::move(content.inlines), item);
      item.insert(item.end(), std::make_move_iterator(boxes.begin()), std::make_move_iterator(boxes.end()));
      flow.open_quote.reset();
      flow.open_code.reset();
      flow.lists.add(place, std::move(item), block.info.span);
      return;
    }
  }

  // Under a Title at the top of the document, Author, Date and Abstract paragraphs are the
  // document's metadata (pandoc's title block); the release's date is then shown by folio.
  const std::string text = depth_ == 1 && context_.title_block.open ? model::plain_text(content.inlines) : "";
  const std::optional<std::string> date = kind == ParagraphKind::date ? transform::find_date(text) : std::nullopt;
  if (!text.empty() && (kind == ParagraphKind::author || kind == ParagraphKind::abstract || date)) {
    if (kind == ParagraphKind::author) context_.title_block.authors.push_back(text);
    if (date) context_.title_block.date = *date;
    if (kind == ParagraphKind::abstract) context_.title_block.abstract += (context_.title_block.abstract.empty() ? "" : " ") + text;
    flow.push_all(boxes);
    return;
  }
  if (!blank && depth_ == 1) context_.title_block.open = kind == ParagraphKind::title || kind == ParagraphKind::subtitle;

  if (blank) {
    if (kind == ParagraphKind::heading || kind == ParagraphKind::title) {
      context_.diagnostics.push_back(base::make_warning(
          "docx.empty-heading", block.info.span, "an empty paragraph in the heading style '" + style.name + "' was left out",
          "screen readers announce empty headings: delete the paragraph, or use spacing before and after instead"));
    }
    // Empty paragraphs are how many authors make space; they end nothing (a list goes on).
    if (!flow.lists.append_to_item(boxes)) flow.push_all(boxes);
    return;
  }

  switch (kind) {
    case ParagraphKind::heading:
    case ParagraphKind::title: {
      if (kind == ParagraphKind::heading && level > kMaxHeadingLevel) {
        context_.diagnostics.push_back(base::make_note("docx.heading-level", block.info.span,
                                                       "a level-" + std::to_string(level) + " heading is set as level " +
                                                           std::to_string(kMaxHeadingLevel) + ", the deepest there is"));
      }
      // The title is the release's headline; read_docx settles its level against the headings.
      if (kind == ParagraphKind::title) block.role = model::Role::headline;
      const int shown = kind == ParagraphKind::heading ? std::min(level, kMaxHeadingLevel) : 1;
      block.node = model::Heading{shown, std::move(content.inlines)};
      flow.push(std::move(block));
      break;
    }
    case ParagraphKind::subtitle:
      block.role = model::Role::subheadline;
      block.node = model::Paragraph{std::move(content.inlines)};
      flow.push(std::move(block));
      break;
    case ParagraphKind::quote: {
      if (flow.open_quote && *flow.open_quote + 1 == flow.out.size()) {
        push_paragraph(block, std::move(content.inlines), std::get<model::Quote>(flow.out.back().node).blocks);
        break;
      }
      model::Block quote;
      quote.info.span = block.info.span;
      model::Quote q;
      push_paragraph(block, std::move(content.inlines), q.blocks);
      quote.node = std::move(q);
      flow.push(std::move(quote));
      flow.open_quote = flow.out.size() - 1;
      break;
    }
    case ParagraphKind::code: {
      const std::string text = model::plain_text(content.inlines);
      if (flow.open_code && *flow.open_code + 1 == flow.out.size()) {
        auto& paragraph = std::get<model::Paragraph>(flow.out.back().node);
        std::get<model::Code>(paragraph.content.back().node).text += "\n" + text;
        break;
      }
      model::Inline code;
      code.info.span = block.info.span;
      code.node = model::Code{text};
      block.node = model::Paragraph{{std::move(code)}};
      flow.push(std::move(block));
      flow.open_code = flow.out.size() - 1;
      break;
    }
    case ParagraphKind::caption:
      block.node = model::Paragraph{std::move(content.inlines)};
      flow.push(std::move(block));
      flow.captions.push_back(flow.out.size() - 1);
      break;
    case ParagraphKind::toc_heading:  // "Contents" above Word's table of contents: a label
    case ParagraphKind::author:
    case ParagraphKind::date:
    case ParagraphKind::abstract:
    case ParagraphKind::body: {
      model::Blocks made;
      push_paragraph(std::move(block), std::move(content.inlines), made);
      flow.push_all(made);
      break;
    }
  }
  flow.push_all(boxes);
}

void BlockReader::anchored(std::vector<Anchored>& items, const model::Block& paragraph, model::Blocks& out) {
  for (Anchored& item : items) {
    if (item.text_box != kNoElement) {
      read(item.text_box, out);
      continue;
    }
    model::Block figure;
    figure.info = paragraph.info;
    figure.info.span = item.span;
    figure.node = model::Figure{std::move(item.image), {}};
    out.push_back(std::move(figure));
  }
}

// Word puts a table's caption above it and a picture's below it; other producers do the
// opposite. A caption next to a table or figure that has none (or only its Alt Text title)
// becomes its caption.
void BlockReader::attach_captions(Flow& flow) {
  auto titled = [&](std::size_t i) {
    return std::find(flow.titled_tables.begin(), flow.titled_tables.end(), i) != flow.titled_tables.end();
  };
  auto captionable = [&](std::size_t i) -> model::Inlines* {
    if (i >= flow.out.size()) return nullptr;
    if (auto* t = std::get_if<model::Table>(&flow.out[i].node); t && (t->caption.empty() || titled(i))) return &t->caption;
    if (auto* f = std::get_if<model::Figure>(&flow.out[i].node); f && f->caption.empty()) return &f->caption;
    return nullptr;
  };
  auto is_table = [&](std::size_t i) { return i < flow.out.size() && std::holds_alternative<model::Table>(flow.out[i].node); };
  for (auto it = flow.captions.rbegin(); it != flow.captions.rend(); ++it) {
    const std::size_t i = *it;
    std::size_t target = i + 1;
    if (!is_table(i + 1) || !captionable(i + 1)) {
      target = i > 0 && captionable(i - 1) ? i - 1 : i + 1;
    }
    model::Inlines* caption = captionable(target);
    if (!caption) continue;
    *caption = std::move(std::get<model::Paragraph>(flow.out[i].node).content);
    std::erase(flow.titled_tables, target);
    flow.out.erase(flow.out.begin() + static_cast<std::ptrdiff_t>(i));
    for (auto& t : flow.titled_tables) t -= t > i ? 1 : 0;
  }
}

// Word has no attribution style: "— Name, role" as a quotation's last paragraph, or as a short
// paragraph right after it, names who is quoted.
void BlockReader::attach_attributions(model::Blocks& blocks) {
  constexpr std::size_t kMaxAttribution = 200;  // bytes: a name and a role, not a paragraph of text
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    auto* q = std::get_if<model::Quote>(&blocks[i].node);
    if (q == nullptr || !q->attribution.empty()) continue;
    if (q->blocks.size() > 1) {
      if (auto* p = std::get_if<model::Paragraph>(&q->blocks.back().node); p && strip_attribution_dash(p->content)) {
        q->attribution = std::move(p->content);
        q->blocks.pop_back();
        continue;
      }
    }
    if (i + 1 >= blocks.size()) continue;
    auto* next = std::get_if<model::Paragraph>(&blocks[i + 1].node);
    if (next && model::plain_text(next->content).size() <= kMaxAttribution && strip_attribution_dash(next->content)) {
      q->attribution = std::move(next->content);
      blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i + 1));
    }
  }
}

}  // namespace folio::readers::docx
