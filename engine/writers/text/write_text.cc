#include "writers/text/write_text.h"

#include <algorithm>
#include <string_view>
#include <type_traits>

#include "model/image_text.h"
#include "model/list_marker.h"
#include "writers/text/inline_text.h"
#include "writers/text/table_text.h"
#include "writers/text/text_layout.h"

namespace folio::writers {

namespace {

using Lines = std::vector<std::string>;

// Columns left for content inside a prefix of `by` columns; 0 stays "no wrapping", and a word
// wider than what is left still gets a line of its own.
int narrower(int width, int by) { return width <= 0 ? 0 : std::max(1, width - by); }

void append_block(Lines& out, Lines block, bool separate) {
  if (block.empty()) return;
  if (separate && !out.empty()) out.emplace_back();
  out.insert(out.end(), std::make_move_iterator(block.begin()), std::make_move_iterator(block.end()));
}

// The first line of `lines` after `first`, the others after `rest`; empty lines stay empty.
Lines prefixed(const Lines& lines, std::string_view first, std::string_view rest) {
  Lines out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view prefix = i == 0 ? first : rest;
    out.push_back(lines[i].empty() ? std::string(trim_right(prefix)) : std::string(prefix) + lines[i]);
  }
  return out;
}

class Writer {
 public:
  Writer(const model::Document& document, const TextWriterOptions& options) : document_(document), options_(options) {}

  // Only the words of the document, as the PDF and the EPUB show them: metadata (title, date,
  // source) belongs to their metadata, and a plain-text file has none to put it in.
  std::string write() {
    const Lines lines = blocks(document_.blocks, document_.metadata.language, options_.wrap, false);
    std::string text;
    for (const auto& line : lines) {
      text += trim_right(line);
      text += '\n';
    }
    if (text.empty()) text.push_back('\n');  // (not = "\n": GCC 12 -O2 gives a false -Wrestrict)
    return to_nfc(text);
  }

 private:
  // Blocks separated by blank lines. In a list item (`in_item`) a nested list follows the text
  // it belongs to directly, as a screen reader or a reader of the archive expects.
  Lines blocks(const model::Blocks& blocks, const std::string& lang, int width, bool in_item) {
    Lines out;
    for (const auto& b : blocks) {
      const bool nested_list = in_item && std::holds_alternative<model::List>(b.node);
      append_block(out, block(b, lang, width), !nested_list);
    }
    return out;
  }

  Lines block(const model::Block& b, const std::string& inherited, int width) {
    if (!model::role_info(b.role).text_output) return {};
    const std::string& lang = b.info.lang.empty() ? inherited : b.info.lang;
    return std::visit([&](const auto& node) { return render(b, node, lang, width); }, b.node);
  }

  // Inline content as wrapped lines: line breaks end a line, then each piece is wrapped.
  Lines inline_lines(const std::string& text, const std::string& lang, int width) {
    Lines out;
    std::size_t begin = 0;
    while (true) {
      const std::size_t end = text.find('\n', begin);
      for (auto& line : wrapper_.wrap(std::string_view(text).substr(begin, end - begin), width, lang)) {
        out.push_back(std::move(line));
      }
      if (end == std::string::npos) break;
      begin = end + 1;
    }
    return out;
  }

  Lines inline_lines(const model::Inlines& inlines, const std::string& lang, int width) {
    const std::string text = render_inlines(inlines);
    if (trim_right(text).empty()) return {};
    return inline_lines(text, lang, width);
  }

  // Headings and paragraphs alike are their text (as pandoc's plain output): underlines and
  // '#' marks are read aloud by screen readers and are not words of the document.
  Lines render(const model::Block&, const model::Heading& heading, const std::string& lang, int width) {
    return inline_lines(heading.content, lang, width);
  }

  Lines render(const model::Block&, const model::Paragraph& paragraph, const std::string& lang, int width) {
    return inline_lines(paragraph.content, lang, width);
  }

  Lines render(const model::Block&, const model::List& list, const std::string& lang, int width) {
    const bool loose = std::any_of(list.items.begin(), list.items.end(), [](const model::ListItem& item) {
      return std::count_if(item.blocks.begin(), item.blocks.end(),
                           [](const model::Block& b) { return !std::holds_alternative<model::List>(b.node); }) > 1;
    });
    Lines out;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
      const model::ListItem& item = list.items[i];
      const std::string& item_lang = item.info.lang.empty() ? lang : item.info.lang;
      append_block(out, hanging(item.blocks, model::list_marker_text(list, i), item_lang, width, true), loose);
    }
    return out;
  }

  // `content` after `marker` and a space, its other lines hanging under the text (list items,
  // notes).
  Lines hanging(const model::Blocks& content, const std::string& marker, const std::string& lang, int width,
                bool in_item) {
    const std::string prefix = to_nfc(marker) + ' ';
    const int indent = display_width(prefix);
    Lines body = blocks(content, lang, narrower(width, indent), in_item);
    if (body.empty()) body.emplace_back();
    return prefixed(body, prefix, std::string(static_cast<std::size_t>(indent), ' '));
  }

  Lines render(const model::Block&, const model::Quote& quote, const std::string& lang, int width) {
    const int inner = narrower(width, 2);
    Lines lines = blocks(quote.blocks, lang, inner, false);
    const std::string by = render_inlines(quote.attribution);
    if (!trim_right(by).empty()) {
      for (auto& line : inline_lines("— " + by, lang, inner)) lines.push_back(std::move(line));
    }
    return prefixed(lines, "  ", "  ");  // indented, as pandoc's plain output: no '>' to read aloud
  }

  Lines render(const model::Block&, const model::Figure& figure, const std::string& lang, int width) {
    Lines lines;
    const std::string image = to_nfc(model::image_stand_in(figure.image));
    if (!image.empty()) lines = inline_lines(image, lang, width);
    for (auto& line : inline_lines(figure.caption, lang, width)) lines.push_back(std::move(line));
    return lines;
  }

  Lines render(const model::Block&, const model::Table& table, const std::string& lang, int width) {
    Lines lines;
    const std::string caption = render_inlines(table.caption);
    if (!trim_right(caption).empty()) lines = inline_lines(caption, lang, width);
    std::vector<std::vector<TextCell>> rows;
    for (const auto& row : table.rows) {
      auto& cells = rows.emplace_back();
      const std::string& row_lang = row.info.lang.empty() ? lang : row.info.lang;
      for (const auto& cell : row.cells) {
        // A cell is one line of the grid: its blocks and line breaks are joined by spaces.
        std::string text;
        for (const auto& line : blocks(cell.blocks, cell.info.lang.empty() ? row_lang : cell.info.lang, 0, false)) {
          if (line.empty()) continue;
          if (!text.empty()) text += ' ';
          text += line;
        }
        cells.push_back({std::move(text), cell.colspan, cell.rowspan, cell.info.lang.empty() ? row_lang : cell.info.lang});
      }
    }
    for (auto& line : layout_table(rows, table.header_rows, width, wrapper_)) lines.push_back(std::move(line));
    return lines;
  }

  Lines render(const model::Block&, const model::Rule&, const std::string&, int) { return {std::string(20, '-')}; }

  Lines render(const model::Block&, const model::Section& section, const std::string& lang, int width) {
    return blocks(section.blocks, lang, width, false);
  }

  // Each note as a paragraph opened by its marker ("[1] …"), as its references show it; the
  // lines after the first hang under the text.
  Lines render(const model::Block&, const model::Notes& notes, const std::string& lang, int width) {
    Lines out;
    for (const auto& note : notes.notes) {
      const std::string& note_lang = note.info.lang.empty() ? lang : note.info.lang;
      append_block(out, hanging(note.blocks, model::note_marker(note.label), note_lang, width, false), true);
    }
    return out;
  }

  const model::Document& document_;
  const TextWriterOptions& options_;
  LineWrapper wrapper_;
};

}  // namespace

std::string write_text(const model::Document& document, const TextWriterOptions& options) {
  return Writer(document, options).write();
}

}  // namespace folio::writers
