#include "readers/text/read_text.h"

#include <algorithm>

#include "readers/text/line_scan.h"
#include "readers/text/navigation.h"
#include "readers/text/paragraphs.h"
#include "transform/release_patterns.h"

namespace folio::readers {

namespace {

constexpr std::size_t kMaxHeadlineWidth = 200;

model::Block paragraph_block(const base::SourceText& source, const std::vector<Line>& lines, const Chunk& chunk) {
  const base::Span span = source.span(lines[chunk.first_line].begin, lines[chunk.last_line].end);
  model::Block block;
  block.info.span = span;
  model::Inlines content;
  for (std::size_t i = 0; i < chunk.pieces.size(); ++i) {
    if (i > 0) {
      model::Inline br;
      br.node = model::LineBreak{};
      content.push_back(std::move(br));
    }
    content.push_back(model::make_text(chunk.pieces[i], span));
  }
  if (chunk.kind == ChunkKind::heading) {
    block.node = model::Heading{2, std::move(content)};
  } else {
    block.node = model::Paragraph{std::move(content)};
  }
  if (chunk.kind == ChunkKind::contacts) block.role = model::Role::contacts;
  if (chunk.kind == ChunkKind::end_mark) block.role = model::Role::end_mark;
  return block;
}

// Consecutive bullet (or numbered) chunks become one list.
void append_list_item(model::Blocks& blocks, model::Block item_block, bool ordered, int number) {
  model::List* list = nullptr;
  if (!blocks.empty()) {
    list = std::get_if<model::List>(&blocks.back().node);
    if (list && list->ordered != ordered) list = nullptr;
  }
  if (!list) {
    model::Block b;
    b.info.span = item_block.info.span;
    b.node = model::List{ordered, ordered ? number : 1, {}};
    blocks.push_back(std::move(b));
    list = std::get_if<model::List>(&blocks.back().node);
  }
  auto& span = blocks.back().info.span;
  span.end = item_block.info.span.end;
  model::ListItem item;
  item.info.span = item_block.info.span;
  item.blocks.push_back(std::move(item_block));
  list->items.push_back(std::move(item));
}

// The headline is the first line of the body when it reads like a title: not a sentence, not too long.
bool looks_like_headline(const std::vector<Line>& lines, std::size_t i) {
  if (i >= lines.size()) return false;
  const Line& l = lines[i];
  if (l.blank() || l.width > kMaxHeadlineWidth || is_bullet_line(l.text) || starts_with_label(l.text)) return false;
  if (transform::is_end_mark(l.text) || transform::starts_contacts(l.text)) return false;
  if (l.text.ends_with('.') || l.text.ends_with(',') || l.text.ends_with(';')) return false;
  std::size_t next = i + 1;
  while (next < lines.size() && lines[next].blank()) ++next;
  return next < lines.size();
}

void report_navigation(const base::SourceText& source, const std::vector<Line>& lines, const Navigation& nav,
                       bool kept, base::Diagnostics& diagnostics) {
  std::string sample;
  int shown = 0;
  for (std::size_t i = 0; i < nav.end && shown < 4; ++i) {
    if (lines[i].blank() || lines[i].width > 40) continue;
    sample += (shown++ ? " · " : "") + std::string(lines[i].text);
  }
  const auto span = source.span(lines[0].begin, lines[nav.end - 1].end);
  diagnostics.push_back(base::make_note(
      kept ? "reader.navigation-kept" : "reader.navigation-dropped", span,
      std::string(kept ? "kept" : "dropped") + " site navigation (" + std::to_string(nav.end) + " lines: " + sample +
          " …)",
      kept ? "" : "--keep-boilerplate keeps it, marked as navigation"));
  for (const auto& g : nav.glued) {
    const Line& l = lines[g.line];
    diagnostics.push_back(base::make_note(
        "reader.glued-heading", source.span(l.begin, l.end),
        "menu heading '" + std::string(g.heading) + "' was glued to its description '" +
            std::string(g.description.substr(0, 40)) + "…'" + (kept ? "; split" : "; dropped with the navigation")));
  }
}

model::Block navigation_block(const base::SourceText& source, const std::vector<Line>& lines, const Navigation& nav) {
  model::Section section;
  for (std::size_t i = 0; i < nav.end; ++i) {
    if (lines[i].blank() || lines[i].text == "-") continue;
    const auto glued = std::find_if(nav.glued.begin(), nav.glued.end(), [&](const GluedHeading& g) { return g.line == i; });
    std::vector<std::string_view> texts;
    if (glued != nav.glued.end()) {
      texts = {glued->heading, glued->description};
    } else {
      texts = {is_bullet_line(lines[i].text) ? bullet_body(lines[i].text) : lines[i].text};
    }
    for (auto t : texts) {
      model::Block p;
      p.info.span = source.span(lines[i].begin, lines[i].end);
      p.role = model::Role::navigation;
      p.node = model::Paragraph{{model::make_text(std::string(t), p.info.span)}};
      section.blocks.push_back(std::move(p));
    }
  }
  model::Block block;
  block.role = model::Role::navigation;
  block.info.span = source.span(lines[0].begin, lines[nav.end - 1].end);
  block.node = std::move(section);
  return block;
}

}  // namespace

base::Warned<model::Document> read_text(const base::SourceText& source, const TextReaderOptions& options) {
  base::Warned<model::Document> result;
  model::Document& doc = result.value;
  const std::vector<Line> lines = scan_lines(source);
  if (lines.empty()) return result;

  const Navigation nav = find_navigation(lines);
  if (nav.end > 0) {
    report_navigation(source, lines, nav, options.keep_boilerplate, result.warnings);
    if (options.keep_boilerplate) doc.blocks.push_back(navigation_block(source, lines, nav));
  }

  std::size_t body = nav.end;
  while (body < lines.size() && lines[body].blank()) ++body;
  if (looks_like_headline(lines, body)) {
    const Line& l = lines[body];
    model::Block headline;
    headline.role = model::Role::headline;
    headline.info.span = source.span(l.begin, l.end);
    std::string title = collapse_spaces(l.text);
    headline.node = model::Heading{1, {model::make_text(title, headline.info.span)}};
    doc.metadata.title = std::move(title);
    doc.blocks.push_back(std::move(headline));
    ++body;
  } else {
    // A note only: the outline transform warns once about the missing title.
    result.warnings.push_back(base::make_note("reader.no-headline", source.span(lines[body].begin, lines[body].end),
                                              "no headline found: the release starts with running text"));
  }

  for (const Chunk& chunk : build_chunks(source, lines, body, result.warnings, options.repair)) {
    if (chunk.kind == ChunkKind::bullet || chunk.kind == ChunkKind::numbered) {
      Chunk item = chunk;
      item.kind = ChunkKind::paragraph;
      append_list_item(doc.blocks, paragraph_block(source, lines, item), chunk.kind == ChunkKind::numbered,
                       chunk.number);
    } else {
      doc.blocks.push_back(paragraph_block(source, lines, chunk));
    }
  }
  return result;
}

}  // namespace folio::readers
