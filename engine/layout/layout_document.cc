#include "layout/layout_document.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <limits>
#include <map>
#include <memory>
#include <optional>

#include "base/language_tag.h"
#include "base/two_threads.h"
#include "layout/image_size.h"
#include "layout/paragraph_layout.h"
#include "layout/paragraphs_ahead.h"
#include "model/image_text.h"
#include "model/table_grid.h"
#include "model/list_marker.h"
#include "model/role.h"
#include "model/state_text.h"
#include "text/line_breaker.h"

namespace folio::layout {

namespace {

constexpr double kBaselineAscent = 0.8;   // em from the top of the text to the baseline
constexpr double kCellPadding = 4;        // pt
constexpr double kEpsilon = 1e-6;         // pt: flow positions summed in different orders
constexpr int kMinLines = 2;              // widows and orphans
constexpr double kNoteMarkScale = 0.7;    // a note reference's marker: smaller…
constexpr double kNoteMarkRise = 0.35;    // …and raised (em), as a superscript
constexpr double kNoteTextScale = 0.9;    // the notes' text, smaller than the body's

/// One element of the structure path around a line.
struct TagRef {
  base::NodeId node;
  std::string type;
  std::string lang;
  std::string alt;
  friend bool operator==(const TagRef& a, const TagRef& b) { return a.node == b.node && a.type == b.type; }
};

/// A line of the vertical flow. Item y coordinates are distances down from the line's top.
struct FlowLine {
  double height = 0;
  double space_before = 0;        ///< dropped at the top of a page
  double space_at_page_top = 0;   ///< added only at the top of a page (a table row going on there)
  bool keep_with_next = false;    ///< no page break after this line
  std::vector<TagRef> path;       ///< enclosing structure elements, outermost first
  std::vector<PageItem> items;
  std::shared_ptr<const std::vector<FlowLine>> repeat;  ///< table head to repeat when a page starts here
};

Rgb rgb(style::Color c) { return {c.r, c.g, c.b}; }

/// Id and span of the first of `inlines` (not empty): whose block a caption or attribution is.
model::NodeInfo first_node(const model::Inlines& inlines) {
  model::NodeInfo info;
  info.id = inlines.front().info.id;
  info.span = inlines.front().info.span;
  return info;
}

/// Moves line items (baseline-relative, up positive) to flow coordinates: x shifted, y down from the line top.
void place(std::vector<PageItem>& out, std::vector<PageItem> items, double dx, double baseline) {
  for (auto& item : items) {
    std::visit(
        [&](auto& it) {
          using T = std::decay_t<decltype(it)>;
          if constexpr (std::is_same_v<T, GlyphRun> || std::is_same_v<T, Image> || std::is_same_v<T, LinkArea>) {
            it.x += dx;
            it.y = baseline - it.y;
          } else if constexpr (std::is_same_v<T, Rule>) {
            it.x1 += dx;
            it.x2 += dx;
            it.y1 = baseline - it.y1;
            it.y2 = baseline - it.y2;
          }
        },
        item);
    out.push_back(std::move(item));
  }
}

/// Shifts flow items down by `dy`.
void shift(PageItem& item, double dy) {
  std::visit(
      [&](auto& it) {
        using T = std::decay_t<decltype(it)>;
        if constexpr (std::is_same_v<T, GlyphRun> || std::is_same_v<T, Image> || std::is_same_v<T, LinkArea>) {
          it.y += dy;
        } else if constexpr (std::is_same_v<T, Rule>) {
          it.y1 += dy;
          it.y2 += dy;
        }
      },
      item);
}

/// Emits the tag changes from `open` to `path` (keeping the common prefix).
void retag(std::vector<PageItem>& out, std::vector<TagRef>& open, const std::vector<TagRef>& path, std::size_t floor) {
  std::size_t common = floor;
  while (common < open.size() && common < path.size() && open[common] == path[common]) ++common;
  while (open.size() > common) {
    out.push_back(TagEnd{});
    open.pop_back();
  }
  for (std::size_t i = common; i < path.size(); ++i) {
    out.push_back(TagStart{path[i].node, path[i].type, path[i].lang, path[i].alt});
    open.push_back(path[i]);
  }
}

struct Ctx {
  double x = 0;
  double width = 0;
  std::vector<TagRef> path;
  std::string lang;
  int level = 0;
  bool ragged = false;  ///< table cells are set ragged whatever the style (narrow measures)
  bool min_content = false;  ///< measuring the narrowest width: words are neither hyphenated nor broken
  double text_scale = 1;     ///< of the style's text sizes (the notes are set smaller)
};

struct TextSettings {
  std::string chain;
  double size = 11;
  bool bold = false;
  bool italic = false;
  Rgb color;
  bool keep_all = false;  ///< headings: never break a page inside or after
  double space_before = 0;
  double space_after = 0;
};

bool is_rtl_language(const std::string& lang) {
  const std::string primary = lang.substr(0, lang.find('-'));
  return primary == "ar" || primary == "fa" || primary == "he" || primary == "ur" || primary == "ps" ||
         primary == "yi" || primary == "dv";
}

class Flow {
 public:
  /// With `ahead`, paragraphs are shared with a second flow on another thread (paragraphs_ahead.h);
  /// `helper`: this is that thread's flow.
  Flow(const model::Document& document, const style::Style& style, text::FontBook& fonts, const ImageSource& images,
       ParagraphsAhead* ahead = nullptr, bool helper = false)
      : document_(document), style_(style), fonts_(fonts), images_(images), ahead_(ahead), helper_(helper) {}

  base::Diagnostics warnings;
  std::vector<FlowLine> lines;

  /// Lays out the document's top-level blocks [first, last) (to the end without `last`).
  void run(std::size_t first = 0, std::optional<std::size_t> last = std::nullopt) {
    Ctx ctx;
    ctx.x = style_.margin_left;
    ctx.width = style_.text_width();
    ctx.lang = document_.metadata.language;
    ctx.level = document_.dir == model::Direction::rtl ||
                        (document_.dir == model::Direction::inherit && is_rtl_language(ctx.lang))
                    ? 1
                    : 0;
    const std::size_t end = std::min(last.value_or(document_.blocks.size()), document_.blocks.size());
    for (std::size_t i = first; i < end; ++i) {
      if (ahead_ != nullptr && !helper_) ahead_->main_reached(i);
      block(document_.blocks[i], ctx);
    }
  }

  /// A one-line text (header, footer, marker) set with no breaking; items baseline-relative.
  LaidLine single_line(const std::string& text, const TextSettings& ts, const std::string& lang, int level,
                       base::NodeId node) {
    text::ParagraphInput in;
    in.text = text;
    text::TextStyle st;
    st.bold = ts.bold;
    st.italic = ts.italic;
    st.node = node;
    in.runs.push_back({0, text.size(), st});
    in.lang = lang;
    in.base_level = level;
    in.chain = ts.chain;
    in.mono_chain = style_.mono_chain;
    in.size = ts.size;
    ParagraphParams params;
    params.width = 1e6;
    params.justify = false;
    params.hyphenate = false;
    params.color = ts.color;
    auto laid = lay_out(in, params);
    for (auto& w : laid.warnings) warnings.push_back(std::move(w));
    return laid.lines.empty() ? LaidLine{} : std::move(laid.lines.front());
  }

 private:
  LaidParagraph lay_out(const text::ParagraphInput& in, const ParagraphParams& params, bool wanted = true) {
    if (ahead_ == nullptr) return layout_paragraph(in, params, fonts_, breaker_);
    return helper_ ? ahead_->lay_out_ahead(in, params, fonts_, breaker_, wanted)
                   : ahead_->take_or_lay_out(in, params, fonts_, breaker_);
  }

  void blocks(const model::Blocks& list, const Ctx& ctx) {
    for (const auto& b : list) block(b, ctx);
  }

  Ctx child(const Ctx& ctx, const model::NodeInfo& info) {
    Ctx c = ctx;
    if (!info.lang.empty()) c.lang = info.lang;
    if (info.dir == model::Direction::rtl) c.level = 1;
    else if (info.dir == model::Direction::ltr) c.level = 0;
    else if (!info.lang.empty()) c.level = is_rtl_language(info.lang) ? 1 : 0;
    return c;
  }

  TagRef tag(const model::NodeInfo& info, std::string type, const Ctx& parent, const Ctx& own) {
    return {info.id, std::move(type), own.lang != parent.lang ? own.lang : std::string(), {}};
  }

  TextSettings body() const {
    TextSettings ts;
    ts.chain = style_.font_chain;
    ts.size = style_.base_size;
    ts.color = rgb(style_.text);
    ts.space_after = style_.paragraph_spacing;
    return ts;
  }

  TextSettings heading(int level) const {
    TextSettings ts;
    ts.chain = style_.heading_chain;
    ts.size = style_.heading_sizes[static_cast<std::size_t>(std::clamp(level, 1, 6) - 1)];
    ts.bold = true;
    ts.color = rgb(style_.accent);
    ts.keep_all = true;
    ts.space_before = 0.9 * ts.size;
    ts.space_after = 0.35 * ts.size;
    return ts;
  }

  void block(const model::Block& b, const Ctx& parent) {
    const Ctx ctx = child(parent, b.info);
    const auto& role = model::role_info(b.role);
    if (b.role == model::Role::navigation) {
      warnings.push_back(base::make_note("layout.navigation-skipped", b.info.span,
                                         "site navigation is not laid out in the PDF"));
      return;
    }
    std::visit(
        [&](const auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, model::Heading>) {
            paragraph(n.content, b.info, "H" + std::to_string(std::clamp(n.level, 1, 6)), ctx, parent,
                      heading(n.level));
          } else if constexpr (std::is_same_v<T, model::Paragraph>) {
            TextSettings ts = body();
            std::string type(role.pdf_type);
            Ctx c = ctx;
            if (type == "H1") {
              ts = heading(1);
            } else if (b.role == model::Role::subheadline) {
              ts.size *= 1.2;
              ts.italic = true;
            } else if (b.role == model::Role::dateline || b.role == model::Role::embargo) {
              ts.bold = true;
            } else if (type == "BlockQuote") {
              c.x += 1.5 * ts.size;
              c.width -= 3 * ts.size;
              ts.italic = true;
            }
            if (type == "Sect" || type == "Artifact") type = "P";
            paragraph(n.content, b.info, type, c, parent, ts);
          } else if constexpr (std::is_same_v<T, model::List>) {
            list(b, n, ctx, parent);
          } else if constexpr (std::is_same_v<T, model::Quote>) {
            Ctx c = ctx;
            c.path.push_back(tag(b.info, "BlockQuote", parent, ctx));
            c.x += 1.5 * style_.base_size;
            c.width -= 3 * style_.base_size;
            blocks(n.blocks, c);
            if (!n.attribution.empty()) {
              const model::NodeInfo info = first_node(n.attribution);
              TextSettings ts = body();
              ts.italic = true;
              // Introduced by a dash, as the EPUB and the plain text write it.
              model::Inlines by = n.attribution;
              by.insert(by.begin(), model::make_text("\u2014 ", info.span));
              by.front().info.id = info.id;
              paragraph(by, info, "P", c, c, ts);
            }
          } else if constexpr (std::is_same_v<T, model::Figure>) {
            figure(b, n, ctx, parent);
          } else if constexpr (std::is_same_v<T, model::Table>) {
            table(b, n, ctx, parent);
          } else if constexpr (std::is_same_v<T, model::Rule>) {
            FlowLine line;
            line.height = style_.base_size;
            line.space_before = pending_space_;
            line.path = ctx.path;
            const double y = style_.base_size / 2;
            line.items.push_back(ArtifactStart{ArtifactType::layout, ArtifactSubtype::none});
            line.items.push_back(Rule{ctx.x, y, ctx.x + ctx.width, y, 0.75, rgb(style_.accent)});
            line.items.push_back(ArtifactEnd{});
            lines.push_back(std::move(line));
            pending_space_ = style_.paragraph_spacing;
          } else if constexpr (std::is_same_v<T, model::Section>) {
            Ctx c = ctx;
            c.path.push_back(tag(b.info, "Sect", parent, ctx));
            blocks(n.blocks, c);
          } else if constexpr (std::is_same_v<T, model::Notes>) {
            notes(b, n, ctx, parent);
          }
        },
        b.node);
  }

  /// The line being set: its height, where its baseline lies below its top, and its measure.
  struct LineBox {
    double height = 0;
    double baseline = 0;
    double width = 0;
  };

  /// An inline image as a box in the line: its natural size (96 px per inch) scaled down to the
  /// line height and the measure, sitting on the baseline, lowered only as far as it must to stay
  /// inside the line. Nothing when the image is not a readable local PNG or JPEG.
  std::optional<text::InlineObject> inline_object(const model::Image& image) {
    auto bytes = image_bytes(image.src);
    const auto size = bytes ? image_size(*bytes) : std::nullopt;
    if (!size || size->first <= 0 || size->second <= 0 || line_box_.height <= 0) return std::nullopt;
    double w = size->first * 0.75, h = size->second * 0.75;
    const double scale = std::min({1.0, line_box_.height / h, line_box_.width / w});
    w *= scale;
    h *= scale;
    return text::InlineObject{image.src, w, h, std::max(0.0, h - line_box_.baseline), false, std::move(bytes)};
  }

  void flatten(const model::Inlines& inlines, text::TextStyle st, text::ParagraphInput& in) {
    for (const auto& inl : inlines) {
      text::TextStyle s = st;
      s.node = inl.info.id;
      s.span = inl.info.span;
      if (!inl.info.lang.empty()) s.lang = inl.info.lang;
      auto append = [&](const std::string& text) {
        if (text.empty()) return;
        in.runs.push_back({in.text.size(), in.text.size() + text.size(), s});
        in.text += text;
      };
      std::visit(
          [&](const auto& n) {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, model::Text>) {
              append(n.text);
            } else if constexpr (std::is_same_v<T, model::Code>) {
              s.mono = true;
              append(n.text);
            } else if constexpr (std::is_same_v<T, model::LineBreak>) {
              append("\n");
            } else if constexpr (std::is_same_v<T, model::Image>) {
              if (auto object = inline_object(n)) {
                // The image in the line, a Figure inside the paragraph (an artifact when
                // decorative). Its text is the stand-in, as in the block's plain text; a decorative
                // image has none, so it holds the line with U+FFFC that plain text does not count.
                s.object = std::move(object);
                s.tags.push_back({inl.info.id, "Figure", {}});
                const std::string stand_in = model::image_stand_in(n);
                s.object->placeholder = stand_in.empty();
                append(stand_in.empty() ? std::string("\uFFFC") : stand_in);
                return;
              }
              // An undescribed image's notice in another language than its text (English where
              // the text's language has no wording) is a Span of its own language (ISO 14289-1 7.2).
              if (!n.alt && model::missing_alt_language(n) != s.lang) {
                s.lang = model::missing_alt_language(n);
                s.tags.push_back({inl.info.id, "Span", {}});
              }
              append(model::image_stand_in(n));
            } else if constexpr (std::is_same_v<T, model::NoteRef>) {
              // A Reference to the note holding a Link to it (ISO 32000-1 14.8.4.4), its marker
              // set as a superscript.
              s.tags.push_back({inl.info.id, "Reference", {}});
              s.tags.push_back({inl.info.id, "Link", {}});
              s.scale = kNoteMarkScale;
              s.rise = kNoteMarkRise;
              append(model::note_marker(n.label));
            } else {
              if constexpr (std::is_same_v<T, model::Emphasis>) s.italic = !st.italic;
              // Struck-through text is a Span that says so (the page writer gives it the reading
              // and the line-through attribute); layout draws the line.
              if constexpr (std::is_same_v<T, model::Strikethrough>) {
                s.struck = true;
                s.tags.push_back({inl.info.id, "Span", {}});
              }
              if constexpr (std::is_same_v<T, model::Strong>) s.bold = true;
              if constexpr (std::is_same_v<T, model::Link>) s.tags.push_back({inl.info.id, "Link", n.href});
              if constexpr (std::is_same_v<T, model::Span>) {
                if (!inl.info.lang.empty() && inl.info.lang != st.lang) s.tags.push_back({inl.info.id, "Span", {}});
              }
              flatten(n.children, s, in);
            }
          },
          inl.node);
    }
  }

  /// Lays out inline content as one block of lines with structure type `type`.
  void paragraph(const model::Inlines& content, const model::NodeInfo& info, const std::string& type, const Ctx& ctx,
                 const Ctx& parent, const TextSettings& settings) {
    TextSettings ts = settings;
    ts.size *= ctx.text_scale;
    const double line_height = ts.size * style_.leading;
    const double baseline = (line_height - ts.size) / 2 + kBaselineAscent * ts.size;
    line_box_ = {line_height, baseline, ctx.min_content ? std::numeric_limits<double>::infinity() : ctx.width};
    text::ParagraphInput in;
    text::TextStyle st;
    st.bold = ts.bold;
    st.italic = ts.italic;
    st.lang = ctx.lang;
    st.node = info.id;
    st.span = info.span;
    flatten(content, st, in);
    in.lang = ctx.lang;
    in.base_level = ctx.level;
    in.chain = ts.chain;
    in.mono_chain = style_.mono_chain;
    in.size = ts.size;
    ParagraphParams params;
    params.width = ctx.width;
    params.justify = style_.align == style::Align::justify && !ts.keep_all && !ctx.ragged;
    params.hyphenate = style_.hyphenate && !ts.keep_all && !ctx.min_content;
    params.break_long_words = !ctx.min_content;
    params.block = info.id;
    params.color = ts.color;
    // The helper's flow lays paragraphs out for the main one, which sets its own lines from
    // them: outside a table cell's measuring (which reads the lines) it sets none.
    if (helper_ && measuring_ == 0) {
      lay_out(in, params, false);
      return;
    }
    auto laid = lay_out(in, params);
    for (auto& w : laid.warnings) warnings.push_back(std::move(w));
    std::vector<TagRef> path = ctx.path;
    path.push_back(tag(info, type, parent, ctx));
    const std::size_t n = laid.lines.size();
    for (std::size_t i = 0; i < n; ++i) {
      LaidLine& l = laid.lines[i];
      FlowLine line;
      line.height = line_height;
      line.space_before = i == 0 ? std::max(pending_space_, lines.empty() ? 0 : ts.space_before) : 0;
      const std::size_t after = i + 1;
      const bool break_allowed = after >= static_cast<std::size_t>(kMinLines) &&
                                 n - after >= static_cast<std::size_t>(kMinLines);
      // No page ends inside a hyphenated word (TeX's \brokenpenalty, made a rule): the reader
      // would turn the page mid-word, and text read page by page would split it.
      const bool broken_word = std::any_of(l.items.begin(), l.items.end(), [](const PageItem& it) {
        const auto* run = std::get_if<GlyphRun>(&it);
        return run != nullptr && run->inserted_hyphen;
      });
      line.keep_with_next = ts.keep_all || (after < n && (!break_allowed || broken_word));
      line.path = path;
      const bool flush_right = ctx.level == 1 && (!params.justify || l.last);
      place(line.items, std::move(l.items), ctx.x + (flush_right ? ctx.width - l.width : 0), baseline);
      lines.push_back(std::move(line));
    }
    if (n > 0) pending_space_ = ts.space_after;
  }

  void list(const model::Block& b, const model::List& list, const Ctx& ctx, const Ctx& parent) {
    Ctx lc = ctx;
    lc.path.push_back(tag(b.info, "L", parent, ctx));
    const double indent = 1.6 * style_.base_size;
    for (std::size_t index = 0; index < list.items.size(); ++index) {
      const model::ListItem& item = list.items[index];
      Ctx ic = child(lc, item.info);
      ic.path.push_back(tag(item.info, "LI", lc, ic));
      Ctx body_ctx = ic;
      body_ctx.path.push_back({item.info.id, "LBody", {}, {}});
      body_ctx.width -= indent;
      if (ic.level == 0) body_ctx.x += indent;
      const std::size_t first = lines.size();
      blocks(item.blocks, body_ctx);
      if (lines.size() == first) continue;
      TagRef label{item.info.id, "Lbl", {}, {}};
      if (item.checked) {
        // A task's box says its state: the Lbl's Alt ("done", "3. not done"), in its language
        // when that is not the item's (English where folio has no words for it).
        const model::Wording reading = model::task_marker_reading(list, index);
        label.alt = reading.text;
        if (base::primary_language(reading.lang) != base::primary_language(ic.lang)) label.lang = reading.lang;
      }
      hang_marker(first, model::list_marker(list, index), ic, std::move(label), indent);
    }
  }

  /// Hangs `marker` in the indent of lines[first] (left, or right in a right-to-left context), on
  /// its first baseline, in a zero-height line of its own tagged `label` under `owner`'s path, so
  /// that it is read before the body (ISO 32000-1 14.8.4.3, Lbl).
  void hang_marker(std::size_t first, const std::string& marker, const Ctx& owner, TagRef label, double indent) {
    TextSettings ts = body();
    ts.size *= owner.text_scale;
    LaidLine laid = single_line(marker, ts, owner.lang, owner.level, label.node);
    FlowLine m;
    m.space_before = lines[first].space_before;
    lines[first].space_before = 0;
    m.keep_with_next = true;
    m.path = owner.path;
    m.path.push_back(std::move(label));
    const double baseline = (ts.size * style_.leading - ts.size) / 2 + kBaselineAscent * ts.size;
    for (auto& it : laid.items) {
      if (auto* run = std::get_if<GlyphRun>(&it)) run->block = {};
    }
    const double mx = owner.level == 0 ? owner.x : owner.x + owner.width - indent + 0.4 * style_.base_size;
    if (owner.level == 0) {
      place(m.items, std::move(laid.items), mx, baseline);
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(first), std::move(m));
      return;
    }
    // Right to left, the marker is on the right of the body's first line. pdf.js reads a space
    // before a text only where it starts to the right of the text drawn before it, and that
    // line's leftmost words are drawn first (paragraph_layout's stream_order): after the marker,
    // they would be read joined to the words before them. So the Lbl is opened (its element made,
    // read first) in an empty line before the body, and the marker is drawn in a line after the
    // body's first line, at the same place: same pages, same pixels.
    std::size_t body = first;
    while (body + 1 < lines.size() && lines[body].height == 0) ++body;
    FlowLine open = m;
    m.space_before = 0;
    m.keep_with_next = lines[body].keep_with_next;
    lines[body].keep_with_next = true;
    place(m.items, std::move(laid.items), mx, baseline - lines[body].height);
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(body + 1), std::move(m));
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(first), std::move(open));
  }

  /// The notes after a short rule (as under footnotes), smaller than the text: a Sect of Note
  /// elements (ISO 32000-1 14.8.4.4), each its marker (Lbl) and its blocks; the page writer gives
  /// each Note its /ID and makes the references link to it.
  void notes(const model::Block& b, const model::Notes& n, const Ctx& ctx, const Ctx& parent) {
    Ctx nc = ctx;
    nc.path.push_back(tag(b.info, "Sect", parent, ctx));
    nc.text_scale = kNoteTextScale;
    TextSettings ts = body();
    ts.size *= kNoteTextScale;
    double widest = 0;
    for (const auto& note : n.notes) {
      widest = std::max(widest, single_line(model::note_marker(note.label), ts, nc.lang, nc.level, {}).width);
    }
    const double indent = std::max(1.6 * style_.base_size, widest + 0.5 * ts.size);
    if (!n.notes.empty()) {
      FlowLine rule;
      rule.height = style_.base_size;
      rule.space_before = std::max(pending_space_, 2 * style_.paragraph_spacing);
      rule.keep_with_next = true;
      rule.path = nc.path;
      const double w = ctx.width / 3, x = ctx.level == 0 ? ctx.x : ctx.x + ctx.width - w;
      rule.items.push_back(ArtifactStart{ArtifactType::layout, ArtifactSubtype::none});
      rule.items.push_back(Rule{x, style_.base_size / 2, x + w, style_.base_size / 2, 0.5, rgb(style_.text)});
      rule.items.push_back(ArtifactEnd{});
      lines.push_back(std::move(rule));
      pending_space_ = 0;
    }
    for (const auto& note : n.notes) {
      Ctx ic = child(nc, note.info);
      ic.path.push_back(tag(note.info, "Note", nc, ic));
      Ctx body_ctx = ic;
      body_ctx.width -= indent;
      if (ic.level == 0) body_ctx.x += indent;
      const std::size_t first = lines.size();
      blocks(note.blocks, body_ctx);
      if (lines.size() == first) continue;
      hang_marker(first, model::note_marker(note.label), ic, {note.info.id, "Lbl", {}, {}}, indent);
    }
  }

  void figure(const model::Block& b, const model::Figure& fig, const Ctx& ctx, const Ctx& parent) {
    // The Alt of a Figure stands for the whole element (ISO 32000-1 14.9.3), so a Caption inside
    // it is never read: assistive technology stops at the Alt. The caption is the Figure's
    // sibling, after it, and a Div groups the two (Tagged PDF Best Practice Guide: Syntax, 4.3.1).
    // A decorative image (alt="") is an artifact: its caption is then text of its own, a P.
    const bool decorative = fig.image.alt && fig.image.alt->empty();
    const bool grouped = !fig.caption.empty() && !decorative;
    Ctx group = ctx;
    if (grouped) group.path.push_back(tag(b.info, "Div", parent, ctx));
    Ctx fc = group;
    TagRef t = tag(b.info, "Figure", grouped ? ctx : parent, ctx);
    t.alt = fig.image.alt.value_or("");
    fc.path.push_back(t);
    const auto bytes = image_bytes(fig.image.src);
    std::optional<std::pair<int, int>> size;
    if (bytes) size = image_size(*bytes);
    FlowLine line;
    line.space_before = pending_space_;
    line.path = fc.path;
    line.keep_with_next = !fig.caption.empty();
    if (size && size->first > 0 && size->second > 0) {
      // 96 px per inch, shrunk to the measure and to 60% of the text height.
      double w = size->first * 0.75, h = size->second * 0.75;
      const double scale = std::min({1.0, ctx.width / w, 0.6 * style_.text_height() / h});
      w *= scale;
      h *= scale;
      line.height = h;
      line.items.push_back(Image{fig.image.src, ctx.x, h, w, h, b.info.id, t.alt, bytes});
      lines.push_back(std::move(line));
    } else if (const std::string alt = model::image_stand_in(fig.image); !alt.empty()) {
      // A figure without a source (a Word chart or shape) is its description alone: nothing to report.
      if (!fig.image.src.empty()) {
        warnings.push_back(base::make_note(
            "layout.image-not-local", b.info.span,
            "image '" + fig.image.src + "' is not a readable local PNG or JPEG image; its alternative text is shown in a box",
            "images are never downloaded: save the image next to the source"));
      }
      TextSettings ts = body();
      ts.italic = true;
      const double pad = kCellPadding * 2;
      Ctx inner = fc;
      inner.x += pad;
      inner.width -= 2 * pad;
      auto saved = std::move(lines);
      lines.clear();
      const double saved_space = pending_space_;
      pending_space_ = 0;
      // The image as an inline: its text is image_stand_in, in its own language (see flatten).
      model::Inlines alt_inlines{model::Inline{{}, fig.image}};
      alt_inlines.front().info.id = b.info.id;
      model::NodeInfo info = b.info;
      paragraph(alt_inlines, info, "P", inner, inner, ts);
      auto sub = std::move(lines);
      lines = std::move(saved);
      pending_space_ = saved_space;
      double y = pad;
      for (auto& l : sub) {
        y += l.space_before;
        for (auto& it : l.items) {
          if (auto* run = std::get_if<GlyphRun>(&it)) run->block = {};  // alt text, not the figure's plain text
          shift(it, y);
          line.items.push_back(std::move(it));
        }
        y += l.height;
      }
      const double h = y + pad;
      line.height = h;
      line.items.insert(line.items.begin(), ArtifactEnd{});
      const Rgb c = rgb(style_.accent);
      const double x1 = ctx.x, x2 = ctx.x + ctx.width;
      for (const Rule& r : {Rule{x1, 0, x2, 0, 0.75, c}, Rule{x1, h, x2, h, 0.75, c}, Rule{x1, 0, x1, h, 0.75, c},
                            Rule{x2, 0, x2, h, 0.75, c}}) {
        line.items.insert(line.items.begin(), r);
      }
      line.items.insert(line.items.begin(), ArtifactStart{ArtifactType::layout, ArtifactSubtype::none});
      lines.push_back(std::move(line));
    }
    pending_space_ = style_.paragraph_spacing;
    if (!fig.caption.empty()) {
      const model::NodeInfo info = first_node(fig.caption);
      TextSettings ts = body();
      ts.size *= 0.9;
      ts.italic = true;
      paragraph(fig.caption, info, decorative ? "P" : "Caption", group, group, ts);
    }
  }

  /// A cell laid out in a sub-flow: its lines and where each starts below the cell's top.
  struct CellFlow {
    Ctx cc;
    std::vector<FlowLine> lines;
    std::vector<double> tops;
    double height = 0;
  };

  CellFlow lay_cell(const model::Blocks& cell_blocks, const Ctx& cc) {
    CellFlow out{cc, {}, {}, 0};
    auto saved = std::move(lines);
    lines.clear();
    const double saved_space = pending_space_;
    pending_space_ = 0;
    blocks(cell_blocks, cc);
    out.lines = std::move(lines);
    lines = std::move(saved);
    pending_space_ = saved_space;
    for (const auto& l : out.lines) {
      out.height += l.space_before;
      out.tops.push_back(out.height);
      out.height += l.height;
    }
    return out;
  }

  /// The items of the cell's lines that start in [from, to), moved so that `from` lies at `top`,
  /// inside the cell's tag, with the structure below it expressed as nested tags. Returns where
  /// the lowest of those lines ends (flow y of the cell), or nullopt when none starts there; the
  /// cell's tag is written even then when `always` (an empty cell is still a cell of the table).
  static std::optional<double> cell_items(const CellFlow& cell, double from, double to, double top, bool always,
                                          std::vector<PageItem>& out) {
    const TagRef& own = cell.cc.path.back();
    std::vector<TagRef> open = cell.cc.path;
    std::optional<double> bottom;
    for (std::size_t i = 0; i < cell.lines.size(); ++i) {
      if (cell.tops[i] < from - kEpsilon || cell.tops[i] >= to - kEpsilon) continue;
      if (!bottom) out.push_back(TagStart{own.node, own.type, own.lang, {}});
      bottom = std::max(bottom.value_or(from), cell.tops[i] + cell.lines[i].height);
      retag(out, open, cell.lines[i].path, cell.cc.path.size());
      for (auto it : cell.lines[i].items) {
        shift(it, top + cell.tops[i] - from);
        out.push_back(std::move(it));
      }
    }
    if (!bottom && !always) return bottom;
    if (!bottom) out.push_back(TagStart{own.node, own.type, own.lang, {}});
    while (open.size() >= cell.cc.path.size()) {
      out.push_back(TagEnd{});
      open.pop_back();
    }
    return bottom;
  }

  /// Where a row taller than `room` is cut into bands, so that it can go on from page to page
  /// and fill each: at every height where no line of any cell is cut. When no such height comes
  /// within `room` (cells whose lines never align), at the last line top that lets the band fit,
  /// lines then going wholly to one band or the next. A row that fits `room` is one band.
  static std::vector<double> band_cuts(const std::vector<CellFlow>& cells, double height, double room) {
    std::vector<double> cuts;
    auto clean = [&](double y) {
      for (const auto& c : cells) {
        for (std::size_t i = 0; i < c.lines.size(); ++i) {
          if (c.tops[i] < y - kEpsilon && c.tops[i] + c.lines[i].height > y + kEpsilon) return false;
        }
      }
      return true;
    };
    std::vector<double> tops;
    for (const auto& c : cells) tops.insert(tops.end(), c.tops.begin(), c.tops.end());
    std::sort(tops.begin(), tops.end());
    double from = 0;
    while (height > room && from + kEpsilon < height) {
      double cut = std::numeric_limits<double>::infinity();
      for (double t : tops) {
        if (t > from + kEpsilon && t <= from + room + kEpsilon && clean(t)) {
          cut = t;
          break;
        }
      }
      if (!std::isfinite(cut)) {
        for (double t : tops) {
          if (t > from + kEpsilon && t <= from + room + kEpsilon) cut = std::isfinite(cut) ? std::max(cut, t) : t;
        }
      }
      if (!std::isfinite(cut)) break;  // one line taller than the room: the rest is one band
      cuts.push_back(cut);
      from = cut;
    }
    cuts.push_back(std::numeric_limits<double>::infinity());
    return cuts;
  }

  struct Extent {
    double min = 0, max = 0;
  };

  /// Narrowest and widest sensible widths of a cell's text, from one-line and one-word layouts.
  Extent measure(const model::Blocks& cell_blocks, const Ctx& cc) {
    Extent e;
    for (double width : {1e6, 1.0}) {
      Ctx probe = cc;
      probe.width = width;
      probe.min_content = width <= 1;
      auto saved = std::move(lines);
      lines.clear();
      auto saved_warnings = warnings.size();
      ++measuring_;
      blocks(cell_blocks, probe);
      --measuring_;
      warnings.resize(saved_warnings);
      for (const auto& l : lines) {
        for (const auto& it : l.items) {
          double& extent = width > 1 ? e.max : e.min;
          if (const auto* run = std::get_if<GlyphRun>(&it)) {
            double w = 0;
            for (const auto& g : run->glyphs) w += g.advance;
            extent = std::max(extent, run->x - cc.x + w);
          } else if (const auto* image = std::get_if<Image>(&it)) {
            extent = std::max(extent, image->x - cc.x + image->width);
          }
        }
      }
      lines = std::move(saved);
    }
    return e;
  }

  /// Column widths from content (as HTML's automatic table layout): each column gets its
  /// narrowest width (its longest word) plus a share of the rest in proportion to how much more
  /// it would use; cells spanning columns do not count.
  std::vector<double> column_widths(const model::Table& t, const model::TableGrid& grid, const Ctx& tc, double width) {
    const auto columns = static_cast<std::size_t>(grid.columns);
    std::vector<Extent> ext(columns);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      for (std::size_t i = 0; i < t.rows[r].cells.size(); ++i) {
        const auto& c = t.rows[r].cells[i];
        if (c.colspan > 1) continue;
        const auto col = static_cast<std::size_t>(grid.column[r][i]);
        Ctx cc = tc;
        cc.x = 0;
        const Extent e = measure(c.blocks, cc);
        ext[col].min = std::max(ext[col].min, e.min + 2 * kCellPadding);
        ext[col].max = std::max(ext[col].max, e.max + 2 * kCellPadding);
      }
    }
    double sum_min = 0, sum_max = 0;
    for (auto& e : ext) {
      e.min = std::max(e.min, 3 * kCellPadding);
      e.max = std::max(e.max, e.min);
      sum_min += e.min;
      sum_max += e.max;
    }
    std::vector<double> widths(columns);
    for (std::size_t i = 0; i < columns; ++i) {
      if (sum_max <= width) widths[i] = ext[i].max * width / sum_max;
      else if (sum_min >= width) widths[i] = ext[i].min * width / sum_min;
      else widths[i] = ext[i].min + (width - sum_min) * (ext[i].max - ext[i].min) / (sum_max - sum_min);
    }
    return widths;
  }

  void table(const model::Block& b, const model::Table& t, const Ctx& ctx, const Ctx& parent) {
    Ctx tc = ctx;
    tc.path.push_back(tag(b.info, "Table", parent, ctx));
    if (!t.caption.empty()) {
      const model::NodeInfo info = first_node(t.caption);
      TextSettings ts = body();
      ts.bold = true;
      paragraph(t.caption, info, "Caption", tc, tc, ts);
      if (!lines.empty()) lines.back().keep_with_next = true;
    }
    // A cell spanning rows is set in its first row; the rows below leave its columns blank.
    std::vector<std::vector<model::CellSpan>> spans;
    for (const auto& row : t.rows) {
      auto& out = spans.emplace_back();
      for (const auto& c : row.cells) out.push_back({c.colspan, c.rowspan});
    }
    const model::TableGrid grid = model::place_cells(spans);
    const auto columns = static_cast<std::size_t>(grid.columns);
    if (columns == 0) return;
    const std::vector<double> widths = column_widths(t, grid, tc, ctx.width);
    // Left edge and width of the box of `span` columns from `col`: a right-to-left table's first
    // column is its rightmost (HTML's table layout follows the direction).
    const bool rtl = ctx.level % 2 == 1;
    const auto cell_box = [&](std::size_t col, std::size_t span) {
      double before = 0, w = 0;
      for (std::size_t k = 0; k < col; ++k) before += widths[k];
      for (std::size_t k = col; k < std::min(columns, col + span); ++k) w += widths[k];
      return std::make_pair(rtl ? ctx.x + ctx.width - before - w : ctx.x + before, w);
    };
    auto head = std::make_shared<std::vector<FlowLine>>();
    const Rgb rule_color = rgb(style_.accent);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const auto& row = t.rows[r];
      Ctx rc = tc;
      rc.ragged = true;
      rc.path.push_back(tag(row.info, "TR", tc, tc));
      std::vector<CellFlow> cells;
      double height = 0;
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const auto& c = row.cells[i];
        const auto col = static_cast<std::size_t>(grid.column[r][i]);
        const std::size_t span = static_cast<std::size_t>(std::max(1, c.colspan));
        const auto [x, w] = cell_box(col, span);
        Ctx cc = child(rc, c.info);
        cc.x = x + kCellPadding;
        cc.width = w - 2 * kCellPadding;
        cc.path.push_back(tag(c.info, c.header ? "TH" : "TD", rc, cc));
        cells.push_back(lay_cell(c.blocks, cc));
        height = std::max(height, cells.back().height);
      }
      const bool is_head = static_cast<int>(r) < t.header_rows;
      // A body row taller than a page (with the repeated head) goes on in bands, page after page;
      // the TR and its cells are reopened in each (one structure element each, as for a paragraph).
      double head_height = 0;
      for (const auto& h : *head) head_height += h.height;
      const double room = std::max(style_.text_height() - head_height - 2 * kCellPadding, 2 * style_.base_size);
      const auto cuts = is_head ? std::vector<double>{std::numeric_limits<double>::infinity()}
                                : band_cuts(cells, height, room);
      double from = 0;
      for (std::size_t band = 0; band < cuts.size(); ++band) {
        FlowLine line;
        line.path = rc.path;
        std::vector<PageItem> items;
        double bottom = from;
        for (const auto& cell : cells) {
          const auto cell_bottom = cell_items(cell, from, cuts[band], band == 0 ? kCellPadding : 0, band == 0, items);
          bottom = std::max(bottom, cell_bottom.value_or(from));
        }
        // Padding above the first band and below the last; bands between join without a gap.
        const bool last = band + 1 == cuts.size();
        line.height = (last ? std::max(bottom, height) : std::max(bottom, cuts[band])) - from +
                      (band == 0 ? kCellPadding : 0) + (last ? kCellPadding : 0);
        if (last) {
          items.push_back(ArtifactStart{ArtifactType::layout, ArtifactSubtype::none});
          // The rule under the row, but not across a cell that spans on into the next row.
          for (std::size_t k = 0, start = 0; k <= columns; ++k) {
            if (k < columns && !grid.continues[r][k]) continue;
            if (k > start) {
              const auto [x, w] = cell_box(start, k - start);
              items.push_back(Rule{x, line.height, x + w, line.height, is_head ? 1.0 : 0.4, rule_color});
            }
            start = k + 1;
          }
          items.push_back(ArtifactEnd{});
        }
        line.items = std::move(items);
        line.space_before = r == 0 && band == 0 ? pending_space_ : 0;
        if (band > 0) line.space_at_page_top = kCellPadding;  // off the head's rule
        line.keep_with_next = is_head;
        if (is_head) head->push_back(line);
        else if (!head->empty()) line.repeat = head;
        lines.push_back(std::move(line));
        if (!last) from = cuts[band];
      }
    }
    pending_space_ = style_.paragraph_spacing;
  }

  // The bytes of an image, asked for once per src whatever the number of figures showing it.
  std::shared_ptr<const std::string> image_bytes(const std::string& src) {
    if (auto it = image_bytes_.find(src); it != image_bytes_.end()) return it->second;
    std::optional<std::string> bytes = images_ ? images_(src) : read_image_file(src);
    auto& slot = image_bytes_[src];
    if (bytes) slot = std::make_shared<const std::string>(std::move(*bytes));
    return slot;
  }

  const model::Document& document_;
  const style::Style& style_;
  text::FontBook& fonts_;
  const ImageSource& images_;
  std::map<std::string, std::shared_ptr<const std::string>> image_bytes_;  ///< by src; null: none
  text::LineBreaker breaker_;
  ParagraphsAhead* ahead_;
  bool helper_;
  int measuring_ = 0;  ///< inside measure(): lines are read back
  double pending_space_ = 0;
  LineBox line_box_;  ///< of the paragraph being flattened
};

/// Removes structure from repeated copies: they are artifacts (ISO 14289-1 7.1, table headers
/// repeated on each page are pagination artifacts).
std::vector<PageItem> artifact_copy(const std::vector<PageItem>& items) {
  std::vector<PageItem> out;
  int nested = 0;
  for (const auto& it : items) {
    if (std::holds_alternative<TagStart>(it) || std::holds_alternative<TagEnd>(it) ||
        std::holds_alternative<LinkArea>(it)) {
      continue;
    }
    if (std::holds_alternative<ArtifactStart>(it)) ++nested;
    if (std::holds_alternative<ArtifactEnd>(it)) --nested;
    if (nested == 0 && (std::holds_alternative<ArtifactStart>(it) || std::holds_alternative<ArtifactEnd>(it))) {
      continue;
    }
    out.push_back(it);
  }
  // Nested artifact markers inside an artifact are not allowed; drop them all.
  std::erase_if(out, [](const PageItem& it) {
    return std::holds_alternative<ArtifactStart>(it) || std::holds_alternative<ArtifactEnd>(it);
  });
  return out;
}

/// Page ranges [begin, end) of flow lines: fill each page, then move the break back to the last
/// line that may end a page (widows, orphans, headings kept with what follows).
std::vector<std::pair<std::size_t, std::size_t>> paginate(const std::vector<FlowLine>& lines, double height) {
  std::vector<std::pair<std::size_t, std::size_t>> pages;
  std::size_t i = 0;
  while (i < lines.size()) {
    const std::size_t start = i;
    double y = 0;
    if (lines[start].repeat) {
      for (const auto& h : *lines[start].repeat) y += h.height;
    }
    bool first = true;
    while (i < lines.size()) {
      const double h = lines[i].height + (first ? lines[i].space_at_page_top : lines[i].space_before);
      if (!first && y + h > height + kEpsilon) break;
      y += h;
      first = false;
      ++i;
    }
    if (i < lines.size()) {
      std::size_t j = i;
      while (j > start && lines[j - 1].keep_with_next) --j;
      if (j > start) i = j;
    }
    pages.emplace_back(start, i);
  }
  return pages;
}

std::string expand(const std::string& tmpl, const model::Metadata& meta, std::size_t page, std::size_t pages) {
  std::string out;
  for (std::size_t i = 0; i < tmpl.size();) {
    if (tmpl[i] == '{') {
      const std::size_t close = tmpl.find('}', i);
      if (close != std::string::npos) {
        const std::string key = tmpl.substr(i + 1, close - i - 1);
        std::optional<std::string> value;
        if (key == "title") value = meta.title;
        else if (key == "organization") value = meta.organization;
        else if (key == "date") value = meta.date;
        else if (key == "page") value = std::to_string(page);
        else if (key == "pages") value = std::to_string(pages);
        if (value) {
          out += *value;
          i = close + 1;
          continue;
        }
      }
    }
    out += tmpl[i++];
  }
  return out;
}

/// Is the expansion only the template's fixed words (every field was empty)?
bool all_fields_empty(const std::string& tmpl, const model::Metadata& meta) {
  return tmpl.find('{') != std::string::npos && expand(tmpl, meta, 0, 0) == expand(tmpl, {}, 0, 0) &&
         tmpl.find("{page") == std::string::npos;
}

/// Is the first text of flow lines [begin, end) a line of a right-to-left paragraph?
bool starts_right_to_left(const std::vector<FlowLine>& lines, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    for (const PageItem& item : lines[i].items) {
      if (const auto* run = std::get_if<GlyphRun>(&item)) return run->rtl_line;
    }
  }
  return false;
}

// The helper goes back for a stretch ahead of the main flow of at least this many top-level
// blocks: a shorter one the main flow reaches before the helper is done with it.
constexpr std::size_t kFewestBlocksAhead = 8;

// Below this much text a second thread costs more than it saves (it opens its own fonts).
constexpr std::size_t kTwoThreadBytes = 24 * 1024;

/// The first top-level block of the part a helper thread lays out ahead: about the second half
/// of the text. Nullopt for a document too short to share.
std::optional<std::size_t> second_part(const model::Document& document) {
  std::vector<std::size_t> sizes;
  std::size_t total = 0;
  for (const auto& b : document.blocks) total += sizes.emplace_back(model::plain_text(b).size());
  if (total < kTwoThreadBytes) return std::nullopt;
  std::size_t before = 0;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    if (2 * before >= total) return i;
    before += sizes[i];
  }
  return std::nullopt;
}

}  // namespace

base::Warned<PagedDocument> layout_document(const model::Document& document, const style::Style& style,
                                            text::FontBook& fonts, const ImageSource& images,
                                            const std::function<text::FontBook*()>& helper_fonts) {
  base::Warned<PagedDocument> out;
  PagedDocument& doc = out.value;
  doc.lang = document.metadata.language;
  doc.title = document.metadata.title;
  const std::optional<std::size_t> split = helper_fonts ? second_part(document) : std::nullopt;
  std::optional<ParagraphsAhead> ahead;
  if (split) ahead.emplace();
  Flow flow(document, style, fonts, images, ahead ? &*ahead : nullptr);
  if (!split) {
    flow.run();
  } else {
    // The helper's flow lays paragraphs out ahead of the main flow; it only helps, so it is
    // dropped when the main flow finished before a thread was free for it.
    const auto lay_out_ahead = [&] {
      // The helper's flow shows no images (the image source is the caller's, maybe not
      // thread-safe): paragraphs around one then differ from the main flow's, which sets them.
      const ImageSource no_images = [](const std::string&) { return std::optional<std::string>{}; };
      try {
        if (text::FontBook* book = helper_fonts()) {
          Flow second(document, style, *book, no_images, &*ahead, true);
          // The second part, then, while the main flow has a stretch ahead of it that the helper
          // has not set, the later half of that stretch (the helper sets paragraphs faster than
          // the main flow, which also sets their lines).
          std::size_t begin = *split, end = document.blocks.size();
          while (!ahead->stopped()) {
            second.run(begin, end);
            const std::size_t main_at = ahead->main_block() + 1;
            if (main_at + kFewestBlocksAhead > begin) break;
            end = begin;
            begin = main_at + (begin - main_at) / 2;
          }
        }
      } catch (const std::exception&) {
        // the main flow sets whatever the helper did not
      }
    };
    base::beside(
        lay_out_ahead,
        [&] {
          try {
            flow.run();
          } catch (...) {
            ahead->stop();  // the helper's flow stops too, and the exception leaves after it
            throw;
          }
          ahead->stop();
        },
        base::Untaken::drop);
    doc.paragraphs_laid_ahead = ahead->taken();
  }

  std::map<int, int> font_index;  // FaceId → PagedDocument::fonts
  auto font_of = [&](int face) {
    auto it = font_index.find(face);
    if (it != font_index.end()) return it->second;
    const auto& f = fonts.face(face);
    doc.fonts.push_back({f.file, f.index, f.postscript_name});
    const int index = static_cast<int>(doc.fonts.size() - 1);
    font_index.emplace(face, index);
    return index;
  };
  auto emit = [&](Page& page, PageItem item, double top) {
    shift(item, top);
    std::visit(
        [&](auto& it) {
          using T = std::decay_t<decltype(it)>;
          if constexpr (std::is_same_v<T, GlyphRun> || std::is_same_v<T, LinkArea>) {
            it.y = page.height - it.y;
          } else if constexpr (std::is_same_v<T, Image>) {
            it.y = page.height - it.y;
          } else if constexpr (std::is_same_v<T, Rule>) {
            it.y1 = page.height - it.y1;
            it.y2 = page.height - it.y2;
          }
          if constexpr (std::is_same_v<T, GlyphRun>) it.font = font_of(it.font);
        },
        item);
    page.items.push_back(std::move(item));
  };

  std::shared_ptr<const std::string> logo;
  if (style.letterhead && !style.logo.empty()) {
    if (auto bytes = read_image_file(style.logo)) logo = std::make_shared<const std::string>(std::move(*bytes));
  }
  const auto ranges = paginate(flow.lines, style.text_height());
  const std::size_t total = std::max<std::size_t>(1, ranges.size());
  for (std::size_t p = 0; p < total; ++p) {
    Page page;
    page.width = style.page_width;
    page.height = style.page_height;
    const std::size_t page_no = p + 1;
    // Header and footer: pagination artifacts (ISO 32000-1 14.8.2.2.2).
    TextSettings band;
    band.chain = style.heading_chain;
    band.size = style.header_size;
    band.color = rgb(style.text);
    auto bar = [&](const style::Band& b, ArtifactSubtype subtype, double baseline_from_top) {
      if (b.empty() || (p == 0 && !b.first_page) || (total == 1 && !b.single_page)) return;
      std::vector<PageItem> items;
      const struct {
        const std::string* tmpl;
        int align;
      } parts[] = {{&b.left, 0}, {&b.center, 1}, {&b.right, 2}};
      for (const auto& part : parts) {
        if (part.tmpl->empty() || all_fields_empty(*part.tmpl, document.metadata)) continue;
        const std::string text = expand(*part.tmpl, document.metadata, page_no, total);
        TextSettings ts = band;
        if (style.letterhead && subtype == ArtifactSubtype::header && part.align == 0) {
          ts.bold = true;
          ts.color = rgb(style.accent);
        }
        LaidLine l = flow.single_line(text, ts, document.metadata.language, 0, {});
        if (l.width > style.text_width()) {  // a long title: shrink the band text to the measure
          ts.size *= style.text_width() / l.width * 0.999;
          l = flow.single_line(text, ts, document.metadata.language, 0, {});
        }
        for (auto& it : l.items) {
          if (auto* run = std::get_if<GlyphRun>(&it)) run->block = {};
        }
        const double x = style.margin_left + (part.align == 0   ? 0
                                              : part.align == 1 ? (style.text_width() - l.width) / 2
                                                                : style.text_width() - l.width);
        place(items, std::move(l.items), x, baseline_from_top);
      }
      if (style.letterhead && subtype == ArtifactSubtype::header) {
        const double y = baseline_from_top + 0.6 * style.header_size;
        items.push_back(Rule{style.margin_left, y, style.page_width - style.margin_right, y, 1.5, rgb(style.accent)});
        if (!style.logo.empty()) {
          if (const auto size = logo ? image_size(*logo) : std::optional<std::pair<int, int>>{}) {
            const double h = 0.45 * style.margin_top;
            const double w = h * size->first / std::max(1, size->second);
            items.push_back(Image{style.logo, style.page_width - style.margin_right - w, y - 4, w, h, {}, "", logo});
          } else if (p == 0) {
            out.warnings.push_back(base::make_warning("layout.logo-unreadable", {},
                                                      "the style's logo '" + style.logo + "' is not a readable PNG or JPEG"));
          }
        }
      }
      if (items.empty()) return;
      page.items.push_back(ArtifactStart{ArtifactType::pagination, subtype});
      for (auto& it : items) emit(page, std::move(it), 0);
      page.items.push_back(ArtifactEnd{});
    };
    bar(style.header, ArtifactSubtype::header, style.margin_top * (style.letterhead ? 0.5 : 0.55));
    // pdf.js reads a line end before a text only where the glyph drawn before it is on another
    // baseline; a right-to-left line's leftmost words are drawn first (paragraph_layout's
    // stream_order), and on the first line of a page nothing is drawn before them, so they
    // would be read joined to the words before them. The footer, drawn first, gives them one.
    const bool footer_first = p < ranges.size() && starts_right_to_left(flow.lines, ranges[p].first, ranges[p].second);
    if (footer_first) bar(style.footer, ArtifactSubtype::footer, style.page_height - style.margin_bottom * 0.45);
    if (p < ranges.size()) {
      const auto [begin, end] = ranges[p];
      double y = 0;
      if (flow.lines[begin].repeat) {
        page.items.push_back(ArtifactStart{ArtifactType::pagination, ArtifactSubtype::none});
        for (const auto& h : *flow.lines[begin].repeat) {
          for (auto& it : artifact_copy(h.items)) emit(page, std::move(it), style.margin_top + y);
          y += h.height;
        }
        page.items.push_back(ArtifactEnd{});
      }
      std::vector<TagRef> open;
      for (std::size_t i = begin; i < end; ++i) {
        FlowLine& line = flow.lines[i];
        y += i > begin ? line.space_before : line.space_at_page_top;
        retag(page.items, open, line.path, 0);
        for (auto& it : line.items) emit(page, std::move(it), style.margin_top + y);
        y += line.height;
      }
      while (!open.empty()) {
        page.items.push_back(TagEnd{});
        open.pop_back();
      }
    }
    if (!footer_first) bar(style.footer, ArtifactSubtype::footer, style.page_height - style.margin_bottom * 0.45);
    doc.pages.push_back(std::move(page));
  }
  out.warnings.insert(out.warnings.end(), flow.warnings.begin(), flow.warnings.end());
  return out;
}

}  // namespace folio::layout
