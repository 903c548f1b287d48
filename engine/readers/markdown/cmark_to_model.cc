#include "readers/markdown/cmark_to_model.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "model/document.h"
#include "readers/common/segment_break.h"
#include "readers/html/read_html.h"
#include "readers/markdown/raw_html.h"

namespace folio::readers {

namespace {

struct NodeFree {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct ParserFree {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct IterFree {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeFree>;

NodePtr parse(std::string_view markdown) {
  // Registration fills a global table; a function-local static makes it happen once, thread-safely.
  static const bool registered = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return true;
  }();
  (void)registered;
  std::unique_ptr<cmark_parser, ParserFree> parser(
      cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES));
  if (!parser) return nullptr;
  for (const char* name : {"table", "autolink", "strikethrough", "tasklist"}) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  return NodePtr(cmark_parser_finish(parser.get()));
}

cmark_node_type type_of(cmark_node* node) { return cmark_node_get_type(node); }

bool has_type_string(cmark_node* node, const char* name) {
  const char* type = cmark_node_get_type_string(node);
  return type != nullptr && std::strcmp(type, name) == 0;
}

std::string_view literal(cmark_node* node) {
  const char* text = cmark_node_get_literal(node);
  return text == nullptr ? std::string_view() : std::string_view(text);
}

std::string url(cmark_node* node) {
  const char* text = cmark_node_get_url(node);
  return text == nullptr ? std::string() : std::string(text);
}

/// The text at the very end (or start) of `node`'s content, for deciding what a soft break is.
std::string_view edge_text(cmark_node* node, bool last) {
  while (node != nullptr) {
    cmark_node* child = last ? cmark_node_last_child(node) : cmark_node_first_child(node);
    if (child == nullptr) break;
    node = child;
  }
  if (node == nullptr) return {};
  const cmark_node_type type = type_of(node);
  return type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE ? literal(node) : std::string_view();
}

/// The text of a whole subtree, words separated by spaces; iterative, so any depth is fine.
std::string flattened_text(cmark_node* node) {
  std::string text;
  std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(node));
  auto separate = [&] {
    if (!text.empty() && text.back() != ' ') text += ' ';
  };
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* current = cmark_iter_get_node(iter.get());
    switch (type_of(current)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        text += literal(current);
        break;
      case CMARK_NODE_CODE_BLOCK:
        separate();
        text += base::trim_ascii(literal(current));
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING:
      case CMARK_NODE_ITEM:
        separate();
        break;
      default:
        break;
    }
  }
  return std::string(base::trim_ascii(text));
}

void append_text(model::Inlines& out, std::string_view text, const base::Span& span) {
  if (text.empty()) return;
  if (!out.empty()) {
    if (auto* previous = std::get_if<model::Text>(&out.back().node)) {
      previous->text += text;
      base::Span& merged = out.back().info.span;
      if (!merged.known()) {
        merged = span;
      } else if (span.known()) {
        merged.end = std::max(merged.end, span.end);
      }
      return;
    }
  }
  out.push_back(model::make_text(std::string(text), span));
}

class Converter {
 public:
  Converter(const base::SourceText& source, const MarkdownReaderOptions& options, base::Diagnostics& warnings)
      : source_(source), options_(options), warnings_(warnings) {}

  /// The notes read so far, as the document's last block (none when there are none).
  void append_notes(model::Blocks& out) {
    if (notes_.notes.empty()) return;
    model::Block block;
    block.info.span = notes_.notes.front().info.span;
    block.node = std::move(notes_);
    out.push_back(std::move(block));
    notes_ = {};
  }

  void blocks_of(cmark_node* parent, model::Blocks& out, int depth) {
    const bool top = type_of(parent) == CMARK_NODE_DOCUMENT;
    for (cmark_node* child = cmark_node_first_child(parent); child != nullptr; child = cmark_node_next(child)) {
      if (type_of(child) == CMARK_NODE_HTML_BLOCK) {
        child = html_group(child, out, top);
      } else {
        block(child, out, depth);
      }
    }
  }

 private:
  void block(cmark_node* node, model::Blocks& out, int depth) {
    model::Block block;
    block.info.span = span_of(node, {});
    if (depth > kMaxMarkdownDepth) {
      too_deep(block.info.span);
      model::Inlines text;
      append_text(text, flattened_text(node), block.info.span);
      if (text.empty()) return;
      block.node = model::Paragraph{std::move(text)};
      out.push_back(std::move(block));
      return;
    }
    switch (type_of(node)) {
      case CMARK_NODE_PARAGRAPH:
        if (auto figure = figure_of(node, block.info.span)) {
          block.node = std::move(*figure);
        } else {
          model::Paragraph paragraph{inlines_of(node, block.info.span, 0)};
          if (paragraph.content.empty()) return;
          block.node = std::move(paragraph);
        }
        break;
      case CMARK_NODE_HEADING:
        block.node = model::Heading{cmark_node_get_heading_level(node), inlines_of(node, block.info.span, 0)};
        break;
      case CMARK_NODE_BLOCK_QUOTE: {
        model::Quote quote;
        blocks_of(node, quote.blocks, depth + 1);
        block.node = std::move(quote);
        break;
      }
      case CMARK_NODE_LIST:
        block.node = list_of(node, depth);
        break;
      case CMARK_NODE_CODE_BLOCK: {
        std::string code(literal(node));
        if (!code.empty() && code.back() == '\n') code.pop_back();
        model::Inline inl;
        inl.info.span = block.info.span;
        inl.node = model::Code{std::move(code)};
        block.node = model::Paragraph{{std::move(inl)}};
        break;
      }
      case CMARK_NODE_THEMATIC_BREAK:
        block.node = model::Rule{};
        break;
      case CMARK_NODE_FOOTNOTE_DEFINITION: {
        // cmark-gfm gathers the definitions at the end, in the order of their first reference,
        // unreferenced ones left out: the k-th is note "k" (the reference's literal).
        model::Note note;
        note.info.span = block.info.span;
        note.label = std::to_string(notes_.notes.size() + 1);
        note.id = footnote_id(note.label);
        blocks_of(node, note.blocks, depth + 1);
        notes_.notes.push_back(std::move(note));
        return;
      }
      default:
        if (has_type_string(node, "table")) {
          block.node = table_of(node);
          break;
        }
        // Extension blocks: keep their content.
        blocks_of(node, out, depth + 1);
        return;
    }
    out.push_back(std::move(block));
  }

  model::List list_of(cmark_node* node, int depth) {
    model::List list;
    list.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    if (list.ordered) list.start = cmark_node_get_list_start(node);
    for (cmark_node* item = cmark_node_first_child(node); item != nullptr; item = cmark_node_next(item)) {
      model::ListItem list_item;
      list_item.info.span = span_of(item, {});
      if (has_type_string(item, "tasklist")) list_item.checked = cmark_gfm_extensions_get_tasklist_item_checked(item);
      blocks_of(item, list_item.blocks, depth + 1);
      list.items.push_back(std::move(list_item));
    }
    return list;
  }

  model::Table table_of(cmark_node* node) {
    model::Table table;
    bool leading = true;
    for (cmark_node* row = cmark_node_first_child(node); row != nullptr; row = cmark_node_next(row)) {
      const bool header = cmark_gfm_extensions_get_table_row_is_header(row) != 0;
      if (header && leading) {
        ++table.header_rows;
      } else {
        leading = false;
      }
      model::TableRow table_row;
      table_row.info.span = span_of(row, {});
      for (cmark_node* cell = cmark_node_first_child(row); cell != nullptr; cell = cmark_node_next(cell)) {
        model::TableCell table_cell;
        table_cell.info.span = span_of(cell, table_row.info.span);
        table_cell.header = header;
        if (header) table_cell.scope = model::Scope::column;
        model::Inlines content = inlines_of(cell, table_cell.info.span, 0);
        if (!content.empty()) {
          model::Block paragraph;
          paragraph.info.span = table_cell.info.span;
          paragraph.node = model::Paragraph{std::move(content)};
          table_cell.blocks.push_back(std::move(paragraph));
        }
        table_row.cells.push_back(std::move(table_cell));
      }
      table.rows.push_back(std::move(table_row));
    }
    return table;
  }

  // Markdown has no figure syntax: an image alone in its paragraph is the figure; its title
  // attribute (`![alt](src "title")`) is the caption.
  std::optional<model::Figure> figure_of(cmark_node* paragraph, const base::Span& span) {
    cmark_node* only = cmark_node_first_child(paragraph);
    if (only == nullptr || cmark_node_next(only) != nullptr || type_of(only) != CMARK_NODE_IMAGE) {
      return std::nullopt;
    }
    model::Figure figure;
    figure.image = image_of(only, span_of(only, span), 0);
    const char* title = cmark_node_get_title(only);
    if (title != nullptr && *title != '\0') figure.caption.push_back(model::make_text(title, span_of(only, span)));
    return figure;
  }

  model::Image image_of(cmark_node* node, const base::Span& span, int depth) {
    model::Image image;
    image.src = url(node);
    const std::string alt = model::plain_text(inlines_of(node, span, depth + 1));
    const std::string_view trimmed = base::trim_ascii(alt);
    if (trimmed.empty()) {
      warnings_.push_back(base::make_warning(
          "markdown.image-alt-missing", span, "image \"" + image.src + "\" has no alternative text",
          "write what the image shows between the brackets: ![a description](" + image.src + ")"));
    } else {
      image.alt = std::string(trimmed);
    }
    return image;
  }

  model::Inlines inlines_of(cmark_node* parent, const base::Span& fallback, int depth) {
    model::Inlines out;
    for (cmark_node* child = cmark_node_first_child(parent); child != nullptr; child = cmark_node_next(child)) {
      inline_node(child, out, fallback, depth);
    }
    return out;
  }

  void inline_node(cmark_node* node, model::Inlines& out, const base::Span& fallback, int depth) {
    const base::Span span = span_of(node, fallback);
    if (depth > kMaxMarkdownDepth) {
      too_deep(span);
      append_text(out, flattened_text(node), span);
      return;
    }
    model::Inline inl;
    inl.info.span = span;
    switch (type_of(node)) {
      case CMARK_NODE_TEXT:
        append_text(out, literal(node), span);
        return;
      case CMARK_NODE_SOFTBREAK:
        // A soft break right after a hard one (`<br>` at a line end) adds nothing.
        if (!out.empty() && std::holds_alternative<model::LineBreak>(out.back().node)) return;
        append_text(out,
                    segment_break_text(edge_text(cmark_node_previous(node), true), edge_text(cmark_node_next(node), false)),
                    {});
        return;
      case CMARK_NODE_LINEBREAK:
        inl.node = model::LineBreak{};
        break;
      case CMARK_NODE_CODE:
        inl.node = model::Code{std::string(literal(node))};
        break;
      case CMARK_NODE_HTML_INLINE:
        // Inline tags (<sup>, <span>) are dropped and their text kept; <br> and <img> are content.
        if (is_start_tag(literal(node), "br")) {
          inl.node = model::LineBreak{};
        } else if (auto image = inline_html_image(literal(node), span)) {
          inl.node = std::move(*image);
        } else {
          return;
        }
        break;
      case CMARK_NODE_EMPH:
        inl.node = model::Emphasis{inlines_of(node, span, depth + 1)};
        break;
      case CMARK_NODE_STRONG:
        inl.node = model::Strong{inlines_of(node, span, depth + 1)};
        break;
      case CMARK_NODE_LINK:
        inl.node = model::Link{url(node), inlines_of(node, span, depth + 1)};
        break;
      case CMARK_NODE_IMAGE:
        inl.node = image_of(node, span, depth);
        break;
      case CMARK_NODE_FOOTNOTE_REFERENCE:
        inl.node = model::NoteRef{footnote_id(std::string(literal(node))), std::string(literal(node))};
        break;
      default:
        if (has_type_string(node, "strikethrough")) {
          inl.node = model::Strikethrough{inlines_of(node, span, depth + 1)};  // GFM writes it as <del>
          break;
        }
        // Other extension inlines: the text stays, the decoration goes.
        for (cmark_node* child = cmark_node_first_child(node); child != nullptr; child = cmark_node_next(child)) {
          inline_node(child, out, span, depth + 1);
        }
        return;
    }
    out.push_back(std::move(inl));
  }

  /// An inline `<img>` read by the HTML reader, so its alt text is judged as in any HTML page.
  std::optional<model::Image> inline_html_image(std::string_view html, const base::Span& span) {
    if (!is_start_tag(html, "img")) return std::nullopt;
    auto read = read_html(base::SourceText(source_.file(), std::string(html)),
                          {.keep_boilerplate = options_.keep_boilerplate, .fragment = true});
    for (auto& warning : read.warnings) {
      shift(warning.span, span);
      warnings_.push_back(std::move(warning));
    }
    std::optional<model::Image> image;
    model::for_each_block(read.value.blocks, [&](const model::Block& block) {
      if (const auto* figure = std::get_if<model::Figure>(&block.node); figure != nullptr && !image) {
        image = figure->image;
      }
    });
    return image;
  }

  /// Handles the raw HTML block `first` together with the following blocks that belong to the
  /// same element; returns the last cmark node consumed.
  cmark_node* html_group(cmark_node* first, model::Blocks& out, bool top) {
    struct Piece {
      std::uint32_t line;
      std::string text;
    };
    std::vector<Piece> pieces;
    HtmlElementBalance balance;
    cmark_node* last = first;
    cmark_node* last_html = first;
    std::size_t html_pieces = 0;
    auto add = [&](cmark_node* node) {
      Piece piece{static_cast<std::uint32_t>(std::max(cmark_node_get_start_line(node), 1)), {}};
      if (type_of(node) == CMARK_NODE_HTML_BLOCK) {
        piece.text = literal(node);
      } else {
        // Markdown between the parts of an HTML element is part of the element's HTML.
        const base::Span from = source_.line_span(piece.line);
        const base::Span to = source_.line_span(static_cast<std::uint32_t>(cmark_node_get_end_line(node)));
        if (from.known() && to.known() && to.end >= from.begin) {
          piece.text = source_.text().substr(from.begin, to.end - from.begin);
        }
      }
      balance.scan(piece.text);
      pieces.push_back(std::move(piece));
      last = node;
    };
    add(first);
    html_pieces = 1;
    while (!balance.balanced()) {
      cmark_node* next = cmark_node_next(last);
      if (next == nullptr) break;
      const bool html = type_of(next) == CMARK_NODE_HTML_BLOCK;
      if (!html && !(top && absorb_markdown_)) break;
      add(next);
      if (html && html_pieces + 1 == pieces.size()) {
        html_pieces = pieces.size();
        last_html = next;
      }
    }
    // An element never closed must not swallow the Markdown after it. Later groups then stop at
    // Markdown too: each would otherwise scan to the end again, quadratic on hostile input.
    if (!balance.balanced() && html_pieces < pieces.size()) {
      pieces.resize(html_pieces);
      last = last_html;
      absorb_markdown_ = false;
    }

    std::string fragment;
    std::uint32_t line = pieces.front().line;
    for (const auto& piece : pieces) {
      for (; line < piece.line; ++line) fragment += '\n';
      fragment += piece.text;
      if (piece.text.empty() || piece.text.back() != '\n') fragment += '\n';
      line = std::max(line, piece.line) +
             static_cast<std::uint32_t>(std::count(piece.text.begin(), piece.text.end(), '\n')) +
             (piece.text.empty() || piece.text.back() != '\n' ? 1 : 0);
    }
    if (is_blank_or_comment(fragment)) return last;

    auto read = read_html(base::SourceText(source_.file(), std::move(fragment)),
                          {.keep_boilerplate = options_.keep_boilerplate, .fragment = true});
    const base::Span origin = source_.line_span(pieces.front().line);
    shift_spans(read.value.blocks, origin);
    for (auto& warning : read.warnings) {
      shift(warning.span, origin);
      warnings_.push_back(std::move(warning));
    }
    out.insert(out.end(), std::make_move_iterator(read.value.blocks.begin()),
               std::make_move_iterator(read.value.blocks.end()));
    return last;
  }

  // The fragment was read on its own: its line 1 is `origin`'s line of the Markdown file. Shifting
  // afterwards (rather than padding the fragment with newlines) keeps many HTML blocks linear.
  static void shift(base::Span& span, const base::Span& origin) {
    if (!span.known()) return;
    if (span.line == 1) span.column += origin.column - 1;
    span.file = origin.file;
    span.line += origin.line - 1;
    span.begin += origin.begin;
    span.end += origin.begin;
  }

  static void shift_spans(model::Blocks& blocks, const base::Span& origin) {
    model::for_each_block(blocks, [&](model::Block& block) {
      shift(block.info.span, origin);
      if (auto* list = std::get_if<model::List>(&block.node)) {
        for (auto& item : list->items) shift(item.info.span, origin);
      } else if (auto* table = std::get_if<model::Table>(&block.node)) {
        for (auto& row : table->rows) {
          shift(row.info.span, origin);
          for (auto& cell : row.cells) shift(cell.info.span, origin);
        }
      }
    });
    model::for_each_inlines(blocks, [&](model::Block&, model::Inlines& inlines) {
      std::vector<model::Inlines*> pending{&inlines};
      while (!pending.empty()) {
        model::Inlines* current = pending.back();
        pending.pop_back();
        for (auto& inl : *current) {
          shift(inl.info.span, origin);
          if (auto* children = model::children_of(inl)) pending.push_back(children);
        }
      }
    });
  }

  void too_deep(const base::Span& span) {
    if (warned_too_deep_) return;
    warned_too_deep_ = true;
    warnings_.push_back(base::make_warning(
        "markdown.nesting-too-deep", span,
        "nesting deeper than " + std::to_string(kMaxMarkdownDepth) + " levels; the deeper content is kept as plain text"));
  }

  /// Byte offset of 1-based `line` and 1-based byte `column` (cmark's positions), clamped to the line.
  std::optional<std::uint32_t> offset_of(int line, int column) const {
    if (line <= 0) return std::nullopt;
    const base::Span whole = source_.line_span(static_cast<std::uint32_t>(line));
    if (!whole.known()) return std::nullopt;
    return std::min<std::uint32_t>(whole.begin + static_cast<std::uint32_t>(std::max(column, 1) - 1), whole.end);
  }

  base::Span span_of(cmark_node* node, const base::Span& fallback) {
    int line = cmark_node_get_start_line(node);
    auto begin = offset_of(line, cmark_node_get_start_column(node));
    if (!begin) return fallback;
    // cmark-gfm places the inline after a hard line break at the end of the line before it.
    cmark_node* previous = cmark_node_previous(node);
    if (previous != nullptr && type_of(previous) == CMARK_NODE_LINEBREAK &&
        *begin == source_.line_span(static_cast<std::uint32_t>(line)).end) {
      const base::Span next = source_.line_span(static_cast<std::uint32_t>(line) + 1);
      if (next.known()) {
        ++line;
        const std::string_view text = std::string_view(source_.text()).substr(next.begin, next.end - next.begin);
        begin = next.begin + static_cast<std::uint32_t>(std::min(text.find_first_not_of(" \t"), text.size()));
      }
    }
    std::uint32_t end = *begin;
    if (const auto last = offset_of(cmark_node_get_end_line(node), cmark_node_get_end_column(node))) {
      const base::Span end_line = source_.line_span(static_cast<std::uint32_t>(cmark_node_get_end_line(node)));
      end = std::max(end, std::min(*last + 1, end_line.end));
    }
    const auto line_number = static_cast<std::uint32_t>(line);
    return base::Span{source_.file(), *begin, end, line_number,
                      column_at(line_number, source_.line_span(line_number).begin, *begin)};
  }

  // Columns are code points from the line start; nodes come in document order, so counting on
  // from the previous node on the same line keeps long lines linear.
  std::uint32_t column_at(std::uint32_t line, std::uint32_t line_begin, std::uint32_t offset) {
    if (line != column_line_ || offset < column_offset_) {
      column_line_ = line;
      column_offset_ = line_begin;
      column_ = 1;
    }
    column_ += static_cast<std::uint32_t>(
        base::count_code_points(std::string_view(source_.text()).substr(column_offset_, offset - column_offset_)));
    column_offset_ = offset;
    return column_;
  }

  static std::string footnote_id(const std::string& number) { return "footnote-" + number; }

  const base::SourceText& source_;
  const MarkdownReaderOptions& options_;
  base::Diagnostics& warnings_;
  model::Notes notes_;
  bool warned_too_deep_ = false;
  bool absorb_markdown_ = true;  ///< raw HTML groups may take in the Markdown between their parts
  std::uint32_t column_line_ = 0;
  std::uint32_t column_offset_ = 0;
  std::uint32_t column_ = 1;
};

}  // namespace

base::Warned<model::Blocks> convert_markdown(const base::SourceText& source, std::string_view markdown,
                                             const MarkdownReaderOptions& options) {
  base::Warned<model::Blocks> result;
  const NodePtr root = parse(markdown);
  if (root) {
    Converter converter(source, options, result.warnings);
    converter.blocks_of(root.get(), result.value, 0);
    converter.append_notes(result.value);
  }
  return result;
}

}  // namespace folio::readers
