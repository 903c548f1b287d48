#include "readers/docx/docx_inlines.h"

#include <cstdlib>
#include <utility>

#include "base/language_tag.h"
#include "base/utf8.h"
#include "readers/docx/docx_drawing.h"
#include "readers/docx/docx_fields.h"
#include "readers/docx/inline_builder.h"
#include "transform/language.h"

namespace folio::readers::docx {

namespace {

bool is_east_asian(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = base::next_code_point(text, i);
    if ((c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF)) {
      return true;
    }
  }
  return false;
}

// "x-none" is Word's "no language"; anything else is a BCP 47 tag as Word writes it.
std::string language_tag(std::string_view tag) {
  const std::string_view t = base::trim_ascii(tag);
  if (t.empty() || base::lower_ascii(t) == "x-none") return "";
  return std::string(t);
}

bool same_language(const std::string& a, const std::string& b) {
  return base::primary_language(a) == base::primary_language(b);
}

// A colour as shown: "auto" and black are the text colour readers expect.
std::string shown_colour(const std::optional<std::string>& colour) {
  if (!colour || *colour == "AUTO" || *colour == "000000") return "";
  return *colour;
}

// The text Word shows for a run's content element; empty for what shows no text.
std::string_view literal(std::string_view name) {
  if (name == "w:tab" || name == "w:ptab") return " ";
  if (name == "w:noBreakHyphen") return "\u2011";
  // w:softHyphen is a hyphenation hint for Word's layout; folio hyphenates by itself.
  return "";
}

}  // namespace

// One text run and what sets it apart, for the colour-only check.
struct ColouredRun {
  std::string text;
  std::string colour;
  bool other_cue = false;  ///< bold, italic, underline, highlight, strike, code or a link
  base::Span span;
};

struct InlineReader::Paragraph {
  const ParagraphStyle& style;
  std::string lang;
  model::Direction dir;
  ParagraphContent content;
  InlineBuilder builder;
  std::string href;  ///< inside a w:hyperlink
  model::Direction override_dir = model::Direction::inherit;  ///< inside w:dir / w:bdo
  std::vector<ColouredRun> coloured;

  Paragraph(const ParagraphStyle& s, std::string l, model::Direction d)
      : style(s), lang(std::move(l)), dir(d), builder(content.inlines) {}
};

bool InlineReader::shown() const {
  for (const Field& f : fields_) {
    if (!f.in_result) return false;
  }
  return true;
}

RunProps InlineReader::effective(XmlIndex r, const Paragraph& state) const {
  const XmlTree& tree = part_.tree;
  const XmlIndex rpr = tree.child(r, "w:rPr");
  RunProps props = read_run_props(tree, rpr);
  if (auto style = tree.attribute(tree.child(rpr, "w:rStyle"), "w:val")) props.inherit(context_.styles.character(*style));
  props.inherit(state.style.run);
  return props;
}

std::string InlineReader::run_language(const RunProps& props, std::string_view text) const {
  std::string tag;
  if (props.rtl.value_or(false)) tag = language_tag(props.lang_bidi);
  if (tag.empty() && is_east_asian(text)) tag = language_tag(props.lang_east_asia);
  if (tag.empty()) tag = language_tag(props.lang);
  return tag;
}

std::string InlineReader::paragraph_language(XmlIndex p, const ParagraphStyle& style) const {
  const XmlTree& tree = part_.tree;
  Paragraph probe(style, "", model::Direction::inherit);
  std::string shared;
  const XmlIndex end = tree.subtree_end(p);
  for (XmlIndex i = p + 1; i < end; ++i) {
    if (!tree.is(i, "w:t")) continue;
    const XmlIndex r = tree.parent(i);
    if (!tree.is(r, "w:r") || tree.is(tree.parent(r), "w:del") || base::trim_ascii(tree.text(i)).empty()) continue;
    const std::string lang = run_language(effective(r, probe), tree.text(i));
    if (lang.empty()) return "";
    if (shared.empty()) {
      shared = lang;
    } else if (!same_language(shared, lang)) {
      return "";
    }
  }
  return shared;
}

ParagraphContent InlineReader::read(XmlIndex p, const ParagraphStyle& style, const std::string& lang,
                                    model::Direction dir) {
  Paragraph state(style, lang, dir);
  children(p, state);
  state.builder.close();

  // WCAG 1.4.1: text set apart from the words around it by its colour alone.
  const std::string base_colour = shown_colour(style.run.color);
  bool plain_text_seen = false;
  for (const ColouredRun& run : state.coloured) plain_text_seen = plain_text_seen || run.colour == base_colour;
  for (const ColouredRun& run : state.coloured) {
    if (plain_text_seen && run.colour != base_colour && !run.other_cue) {
      state.content.colour_only_text = run.text;
      state.content.colour_only_span = run.span;
      break;
    }
  }
  return std::move(state.content);
}

void InlineReader::children(XmlIndex parent, Paragraph& state) {
  const XmlTree& tree = part_.tree;
  for (XmlIndex c : tree.children(parent)) {
    const std::string_view name = tree.name(c);
    if (name == "w:r") {
      run(c, state);
    } else if (name == "w:hyperlink") {
      std::string href;
      if (auto id = tree.attribute(c, "r:id")) {
        if (const Relationship* rel = part_.relationship(*id)) href = rel->target;
      }
      if (auto anchor = tree.attribute(c, "w:anchor"); anchor && !anchor->empty()) href += "#" + std::string(*anchor);
      const std::string outer = std::exchange(state.href, href);
      children(c, state);
      state.href = outer;
    } else if (name == "w:fldSimple") {
      fields_.push_back({std::string(tree.attribute(c, "w:instr").value_or("")), true, ""});
      if (auto target = hyperlink_target(fields_.back().instruction)) fields_.back().href = *target;
      children(c, state);
      fields_.pop_back();
    } else if (name == "w:ins" || name == "w:moveTo") {
      if (context_.counts.insertions++ == 0) context_.counts.first_insertion = part_.span(c);
      children(c, state);
    } else if (name == "w:del" || name == "w:moveFrom") {
      if (context_.counts.deletions++ == 0) context_.counts.first_deletion = part_.span(c);
    } else if (name == "w:dir" || name == "w:bdo") {
      const std::string_view v = tree.attribute(c, "w:val").value_or("");
      const model::Direction outer = state.override_dir;
      state.override_dir = v == "rtl" ? model::Direction::rtl : v == "ltr" ? model::Direction::ltr : outer;
      children(c, state);
      state.override_dir = outer;
    } else if (name == "w:sdt") {
      // Placeholder text of an empty content control ("Click or tap here to enter text") is not content.
      const XmlIndex properties = tree.child(c, "w:sdtPr");
      if (tree.child(properties, "w:showingPlcHdr") == kNoElement) children(tree.child(c, "w:sdtContent"), state);
    } else if (name == "w:smartTag" || name == "w:customXml") {
      children(c, state);
    } else if (name == "w:ruby") {
      children(tree.child(c, "w:rubyBase"), state);  // the base text; the phonetic guide is not read
    } else if (name == "mc:AlternateContent") {
      if (const XmlIndex branch = chosen_branch(tree, c); branch != kNoElement) children(branch, state);
    } else if (name == "w:commentRangeStart") {
      if (context_.counts.comments++ == 0) context_.counts.first_comment = part_.span(c);
    } else if (name == "m:oMath" || name == "m:oMathPara") {
      // Equations as their text: a linear reading is better than nothing for a listener.
      InlineFormat format;
      format.href = state.href;
      state.builder.text(tree.all_text(c), format, part_.span(c));
    }
  }
}

void InlineReader::field_char(XmlIndex e) {
  const std::string_view type = part_.tree.attribute(e, "w:fldCharType").value_or("");
  if (type == "begin") {
    fields_.push_back({});
  } else if (type == "separate" && !fields_.empty()) {
    fields_.back().in_result = true;
    if (auto target = hyperlink_target(fields_.back().instruction)) fields_.back().href = *target;
  } else if (type == "end" && !fields_.empty()) {
    fields_.pop_back();
  }
}

void InlineReader::run(XmlIndex r, Paragraph& state) {
  const XmlTree& tree = part_.tree;
  const RunProps props = effective(r, state);
  if (props.hidden.value_or(false)) {
    // Hidden text is neither shown nor printed; field characters inside still count.
    ++context_.counts.hidden_runs;
    for (XmlIndex c : tree.children(r)) {
      if (tree.is(c, "w:fldChar")) field_char(c);
    }
    return;
  }
  for (XmlIndex c : tree.children(r)) run_content(c, props, state);
}

void InlineReader::run_content(XmlIndex e, const RunProps& props, Paragraph& state) {
  const XmlTree& tree = part_.tree;
  const std::string_view name = tree.name(e);
  if (name == "w:fldChar") {
    field_char(e);
    return;
  }
  if (name == "w:instrText") {
    if (!fields_.empty() && !fields_.back().in_result) fields_.back().instruction += tree.text(e);
    return;
  }
  if (!shown()) return;

  InlineFormat format;
  format.href = state.href;
  for (const Field& f : fields_) {
    if (!f.href.empty()) format.href = f.href;
  }
  const std::string_view text = name == "w:t" ? tree.text(e) : literal(name);
  const std::string lang = run_language(props, text);
  if (!lang.empty() && !state.lang.empty() && !same_language(lang, state.lang)) format.lang = lang;
  const bool rtl_block = state.dir == model::Direction::rtl ||
                         (state.dir == model::Direction::inherit && transform::is_rtl_language(context_.language));
  if (state.override_dir != model::Direction::inherit) {
    format.dir = state.override_dir;
  } else if (props.rtl.value_or(false) && !rtl_block) {
    format.dir = model::Direction::rtl;
  }
  format.strong = props.is_bold() && !state.style.run.is_bold();
  format.emphasis = props.is_italic() && !state.style.run.is_italic();
  format.code = props.mono.value_or(false) && !state.style.run.mono.value_or(false);
  const base::Span span = part_.span(tree.parent(e));

  if (name == "w:t" || !literal(name).empty()) {
    state.builder.text(text, format, span);
    if (name == "w:t" && !base::trim_ascii(text).empty()) {
      const bool cue = format.strong || format.emphasis || format.code || !format.href.empty() ||
                       props.underline.value_or(false) != state.style.run.underline.value_or(false) ||
                       props.marked.value_or(false) || props.strike.value_or(false);
      state.coloured.push_back({std::string(text), shown_colour(props.color), cue, span});
    }
  } else if (name == "w:br" || name == "w:cr") {
    const std::string_view type = tree.attribute(e, "w:type").value_or("textWrapping");
    model::Inline inl;
    inl.info.span = span;
    if (type == "textWrapping") {
      inl.node = model::LineBreak{};
      state.builder.leaf(std::move(inl), format);
    } else {
      state.builder.text(" ", format, span);  // a page or column break still separates words
    }
  } else if (name == "w:sym") {
    // Symbol-font characters live in the private use area (F000–F0FF) and mean nothing in
    // another font; other characters are themselves.
    const std::string_view code = tree.attribute(e, "w:char").value_or("");
    const unsigned long c = std::strtoul(std::string(code).c_str(), nullptr, 16);
    if (c >= 0x20 && c < 0xE000) {
      std::string s;
      base::append_utf8(s, static_cast<char32_t>(c));
      state.builder.text(s, format, span);
    }
  } else if (name == "w:drawing" || name == "w:pict" || name == "w:object" || name == "mc:AlternateContent") {
    if (name == "w:object") ++context_.counts.objects;
    DrawingContent drawing = read_drawing(part_, e, context_.diagnostics);
    for (std::size_t i = 0; i < drawing.images.size(); ++i) {
      if (drawing.floating[i]) {
        state.content.anchored.push_back({kNoElement, std::move(drawing.images[i]), drawing.image_spans[i]});
        continue;
      }
      model::Inline image;
      image.info.span = drawing.image_spans[i];
      image.node = std::move(drawing.images[i]);
      state.builder.leaf(std::move(image), format);
    }
    for (XmlIndex box : drawing.text_boxes) state.content.anchored.push_back({box, {}, part_.span(box)});
  } else if (name == "w:footnoteReference" || name == "w:endnoteReference") {
    if (context_.note_reference) {
      const std::string id(tree.attribute(e, "w:id").value_or(""));
      format.strong = format.emphasis = format.code = false;
      state.builder.leaf(context_.note_reference(name == "w:endnoteReference", id, span), format);
    }
  }
}

}  // namespace folio::readers::docx
