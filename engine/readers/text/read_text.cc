#include "readers/text/read_text.h"

#include <algorithm>
#include <set>

#include "base/utf8.h"
#include "readers/common/picture_credit.h"
#include "readers/common/prose_evidence.h"
#include "readers/text/breadcrumb.h"
#include "readers/text/footer_island.h"
#include "readers/text/glued_head.h"
#include "readers/text/headline.h"
#include "readers/text/line_scan.h"
#include "readers/text/main_text.h"
#include "readers/text/navigation.h"
#include "readers/text/page_stamp.h"
#include "readers/text/paragraphs.h"
#include "readers/text/release_part.h"

namespace folio::readers {

namespace {

constexpr std::size_t kMinFurnitureEvidence = 5;   // blocks of furniture before a page is classified
constexpr int kMinAnnouncingWords = 5;             // "Lesen Sie auch:" announces no list of the text
constexpr int kMinGluedWide = 40;                  // a Chinese headline is shorter

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

// The text of lines [first, last], one space where each was wrapped.
std::string joined_lines(const std::vector<Line>& lines, std::size_t first, std::size_t last) {
  std::string text(lines[first].text);
  for (std::size_t i = first + 1; i <= last; ++i) (text += ' ') += lines[i].text;
  return text;
}

void push_headline(model::Document& doc, std::string_view text, base::Span span) {
  model::Block headline;
  headline.role = model::Role::headline;
  headline.info.span = span;
  std::string title = collapse_spaces(text);
  headline.node = model::Heading{1, {model::make_text(title, span)}};
  doc.metadata.title = std::move(title);
  doc.blocks.push_back(std::move(headline));
}

// Title lines glued to the dateline of a release saved as one line: the last is the headline,
// the ones above it (a letterhead) one paragraph of lines. `line` is left holding the rest, from
// the dateline on.
bool take_glued_head(const base::SourceText& source, Line& line, model::Document& doc, base::Diagnostics& diagnostics) {
  const auto glued = split_glued_head(line.text);
  if (!glued) return false;
  const auto offset = [&](std::string_view part) {
    return line.begin + static_cast<std::uint32_t>(part.data() - line.text.data());
  };
  const auto span_of = [&](std::string_view part) {
    return source.span(offset(part), offset(part) + static_cast<std::uint32_t>(part.size()));
  };
  std::string listed;
  for (std::string_view h : glued->headings) listed += (listed.empty() ? "'" : ", '") + std::string(h) + "'";
  if (glued->headings.size() > 1) {
    const std::string_view last = glued->headings[glued->headings.size() - 2];
    model::Block letterhead;
    letterhead.info.span = source.span(line.begin, offset(last) + static_cast<std::uint32_t>(last.size()));
    model::Inlines lines;
    for (std::size_t i = 0; i + 1 < glued->headings.size(); ++i) {
      if (i > 0) {
        model::Inline br;
        br.node = model::LineBreak{};
        lines.push_back(std::move(br));
      }
      lines.push_back(model::make_text(collapse_spaces(glued->headings[i]), span_of(glued->headings[i])));
    }
    letterhead.node = model::Paragraph{std::move(lines)};
    doc.blocks.push_back(std::move(letterhead));
  }
  push_headline(doc, glued->headings.back(), span_of(glued->headings.back()));
  diagnostics.push_back(base::make_note(
      "reader.glued-head", source.span(line.begin, line.begin + static_cast<std::uint32_t>(glued->body)),
      "took apart " + std::to_string(glued->headings.size()) + " title line(s) glued to the dateline: " + listed +
          "; the last is the headline"));
  line.begin += static_cast<std::uint32_t>(glued->body);
  line.text.remove_prefix(glued->body);
  line.width = display_width(line.text);
  return true;
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
            std::string(base::utf8_prefix(g.description, 40)) + "…'" + (kept ? "; split" : "; dropped with the navigation")));
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
      texts = {is_list_item_line(lines[i].text) ? bullet_body(lines[i].text) : lines[i].text};
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

// A run of lines the main-text model found to be page furniture: lines [first, last].
struct DroppedRun {
  std::size_t first = 0;
  std::size_t last = 0;
};

// Blocks that show a web page around the text: bullet and box glyphs, lines repeated on the
// page, short lines naming a kind of furniture (share, login, cookies, comments, …).
std::size_t furniture_evidence(const std::vector<TextBlock>& blocks) {
  std::set<std::string_view> seen;
  std::size_t evidence = 0;
  for (const TextBlock& b : blocks) {
    const bool repeated = !seen.insert(b.text).second;
    evidence += b.bullet || repeated || (b.text.size() < 60 && boilerplate_kinds(b.text) != 0);
  }
  return evidence;
}

// The runs of blocks not kept, consecutive ones joined.
std::vector<DroppedRun> dropped_runs(const std::vector<TextBlock>& blocks, const std::vector<bool>& kept) {
  std::vector<DroppedRun> runs;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (kept[i]) continue;
    if (!runs.empty() && i > 0 && !kept[i - 1]) {
      runs.back().last = blocks[i].last;
    } else {
      runs.push_back({blocks[i].first, blocks[i].last});
    }
  }
  return runs;
}

// Chinese and Japanese prose is punctuated every few words; forty ideographs or kana without a
// comma or a stop are link titles the page ran together ("…上市公司已复工75家王毅会见越南副总理…").
bool is_unpunctuated_wide_run(std::string_view text) {
  // A wide character lies at U+1100 or above, so its UTF-8 opens with a byte 0xE1 or more (no
  // other byte is that high): a block with fewer such bytes is not measured again (measuring
  // every kept block a second time was 5 % of reading the extraction set's scraped pages).
  const auto high = std::count_if(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE1; });
  if (high < kMinGluedWide) return false;
  const ProseEvidence e = measure_prose(text, "");
  return e.wide >= kMinGluedWide && e.commas == 0 && e.sentence_stops == 0;
}

// A list the text announces ("… such as:", "…如下：") and then goes on after is the text's own,
// every item of it; and so is the announcing sentence when the text comes before it, unless it
// names furniture ("Lesen Sie auch:"). Short items, bulleted or numbered, look like a menu's to the model.
void keep_announced_lists(const std::vector<TextBlock>& blocks, std::vector<bool>& kept) {
  const auto is_sentence = [](std::string_view text) {
    const ProseEvidence e = measure_prose_in_own_language(text);
    return e.words >= kMinAnnouncingWords && e.stop_words > 0 && boilerplate_kinds(text) == 0;
  };
  const auto item = [&](std::size_t i) { return blocks[i].bullet || blocks[i].numbered; };
  for (std::size_t i = 1; i < blocks.size(); ++i) {
    const TextBlock& above = blocks[i - 1];
    const bool announces = above.text.ends_with(':') || above.text.ends_with("\uFF1A");
    if (!item(i) || item(i - 1) || !announces) continue;
    if (!kept[i - 1] && !(i >= 2 && kept[i - 2] && !item(i - 2) && is_sentence(above.text))) continue;
    std::size_t end = i;
    while (end < blocks.size() && item(end)) ++end;
    if (end < blocks.size() && kept[end]) std::fill(kept.begin() + (i - 1), kept.begin() + end, true);
    i = end;
  }
}

// Runs of blocks below the navigation that score under the model's threshold. Only a page that
// shows furniture is classified (a release typed as plain text keeps all its lines), and a page
// where the model keeps nothing is kept whole, but for a program's text (minified script, an
// unfilled template), which is always dropped. The headline above the first kept block and a
// release part (contacts, about, end mark) right after kept text stay. `wrap` is the page's
// measure from `begin` on (wrap_width). The lines that open a block are marked, so paragraphs
// are rebuilt along the page's blocks.
std::vector<DroppedRun> find_furniture(std::vector<Line>& lines, std::size_t begin, std::size_t wrap) {
  const std::vector<TextBlock> all = group_wrapped_lines(lines, begin);
  if (furniture_evidence(all) < kMinFurnitureEvidence) return {};
  for (const TextBlock& b : all) lines[b.first].opens_block = true;
  // A program's text is no part of the page a reader sees: the model measures the page without
  // it, and it is dropped.
  const bool any_program = std::any_of(all.begin(), all.end(), [](const TextBlock& b) { return b.program; });
  std::vector<TextBlock> visible;
  std::vector<std::size_t> index_in_all;
  for (std::size_t j = 0; any_program && j < all.size(); ++j) {
    if (all[j].program) continue;
    visible.push_back(all[j]);
    index_in_all.push_back(j);
  }
  const std::vector<TextBlock>& blocks = any_program ? visible : all;
  const auto with_program_dropped = [&](const std::vector<bool>& kept) {
    if (!any_program) return dropped_runs(all, kept);
    std::vector<bool> kept_all(all.size(), false);
    for (std::size_t i = 0; i < blocks.size(); ++i) kept_all[index_in_all[i]] = kept[i];
    return dropped_runs(all, kept_all);
  };
  const std::vector<BlockFeatures> features = main_text_features(blocks);
  std::vector<bool> kept = main_text_kept(blocks, features, main_text_scores(features));
  const auto first_kept = std::find(kept.begin(), kept.end(), true);
  if (first_kept == kept.end()) return with_program_dropped(std::vector<bool>(blocks.size(), true));
  keep_headline(lines, blocks, wrap, kept);
  for (std::size_t i = 1; i < blocks.size(); ++i) {
    if (!kept[i] && kept[i - 1]) std::fill(kept.begin() + i, kept.begin() + release_part_end(blocks, i), true);
  }
  keep_announced_lists(blocks, kept);
  drop_islands_after_text(blocks, kept);
  // The text no longer has the pictures: not their names in brackets, not a caption that ends
  // with a picture's credit. Nor is the page's stamp (its date, its reading time) the text, nor
  // its path through the site.
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const std::string_view text = blocks[i].text;
    if (kept[i] && (ends_with_credit(text) || is_drawn_object(text) || is_page_stamp(text) || is_breadcrumb(text) ||
                    is_unpunctuated_wide_run(text))) {
      kept[i] = false;
    }
  }
  return with_program_dropped(kept);
}

void report_furniture(const base::SourceText& source, const std::vector<Line>& lines, const DroppedRun& run, bool kept,
                      base::Diagnostics& diagnostics) {
  std::string sample;
  int shown = 0;
  for (std::size_t i = run.first; i <= run.last && shown < 3; ++i) {
    if (lines[i].blank()) continue;
    sample += (shown++ ? " · " : "") + std::string(base::utf8_prefix(lines[i].text, 40));
  }
  diagnostics.push_back(base::make_note(
      kept ? "reader.boilerplate-kept" : "reader.boilerplate-dropped", source.span(lines[run.first].begin, lines[run.last].end),
      std::string(kept ? "kept" : "dropped") + " page furniture (" + std::to_string(run.last - run.first + 1) +
          " lines: " + sample + " …)",
      kept ? "" : "--keep-boilerplate keeps it, marked as navigation"));
}

model::Block furniture_block(const base::SourceText& source, const std::vector<Line>& lines, const DroppedRun& run) {
  model::Section section;
  for (std::size_t i = run.first; i <= run.last; ++i) {
    if (lines[i].blank() || lines[i].text == "-") continue;
    model::Block p;
    p.info.span = source.span(lines[i].begin, lines[i].end);
    p.role = model::Role::navigation;
    const std::string_view t = is_list_item_line(lines[i].text) ? bullet_body(lines[i].text) : lines[i].text;
    p.node = model::Paragraph{{model::make_text(collapse_spaces(t), p.info.span)}};
    section.blocks.push_back(std::move(p));
  }
  model::Block block;
  block.role = model::Role::navigation;
  block.info.span = source.span(lines[run.first].begin, lines[run.last].end);
  block.node = std::move(section);
  return block;
}

}  // namespace

base::Warned<model::Document> read_text(const base::SourceText& source, const TextReaderOptions& options) {
  base::Warned<model::Document> result;
  model::Document& doc = result.value;
  std::vector<Line> lines = scan_lines(source);
  if (lines.empty()) return result;

  const Navigation nav = find_navigation(lines);
  if (nav.end > 0) {
    report_navigation(source, lines, nav, options.keep_boilerplate, result.warnings);
    if (options.keep_boilerplate) doc.blocks.push_back(navigation_block(source, lines, nav));
  }

  // Furniture below the navigation (teasers, share lines, comments, footers) is blanked out of
  // the lines the paragraphs are built from; kept, it returns in place as marked sections.
  const std::size_t wrap = wrap_width(lines, nav.end);
  const std::vector<DroppedRun> furniture = find_furniture(lines, nav.end, wrap);
  std::vector<std::pair<std::size_t, model::Block>> kept_furniture;
  for (const DroppedRun& run : furniture) {
    report_furniture(source, lines, run, options.keep_boilerplate, result.warnings);
    if (options.keep_boilerplate) kept_furniture.emplace_back(run.first, furniture_block(source, lines, run));
    for (std::size_t i = run.first; i <= run.last; ++i) lines[i].text = lines[i].text.substr(0, 0);
  }
  auto next_furniture = kept_furniture.begin();
  const auto place_furniture_before = [&](std::size_t line) {
    for (; next_furniture != kept_furniture.end() && next_furniture->first < line; ++next_furniture) {
      doc.blocks.push_back(std::move(next_furniture->second));
    }
  };

  std::size_t body = nav.end;
  while (body < lines.size() && lines[body].blank()) ++body;
  if (body == lines.size()) {
    place_furniture_before(lines.size());
    return result;
  }
  place_furniture_before(body);
  const std::size_t title = headline_start(lines, body, wrap);
  if (const std::size_t last = headline_end(lines, title, wrap); looks_like_headline(lines, title, last, wrap)) {
    push_headline(doc, joined_lines(lines, title, last), source.span(lines[title].begin, lines[last].end));
    if (title == body) {
      body = last + 1;
    } else {
      // The pictures, dates and bylines above it follow it in the text.
      result.warnings.push_back(base::make_note(
          "reader.headline-below", source.span(lines[title].begin, lines[last].end),
          "headline read below '" + std::string(base::utf8_prefix(lines[body].text, 40)) +
              (std::any_of(lines.begin() + static_cast<std::ptrdiff_t>(body) + 1,
                           lines.begin() + static_cast<std::ptrdiff_t>(title), [](const Line& l) { return !l.blank(); })
                   ? "' …"
                   : "'") +
              " (a picture, a form field or a date cannot open a title), which now follows it"));
      for (std::size_t i = title; i <= last; ++i) lines[i].text = lines[i].text.substr(0, 0);
    }
  } else if (take_glued_head(source, lines[body], doc, result.warnings)) {
    // the rest of the line, from its dateline on, is read as the body
  } else {
    // A note only: the outline transform warns once about the missing title.
    result.warnings.push_back(base::make_note("reader.no-headline", source.span(lines[body].begin, lines[body].end),
                                              "no headline found: the release starts with running text"));
  }

  for (const Chunk& chunk : build_chunks(source, lines, body, result.warnings, options.repair)) {
    place_furniture_before(chunk.first_line);
    if (chunk.kind == ChunkKind::bullet || chunk.kind == ChunkKind::numbered) {
      Chunk item = chunk;
      item.kind = ChunkKind::paragraph;
      append_list_item(doc.blocks, paragraph_block(source, lines, item), chunk.kind == ChunkKind::numbered,
                       chunk.number);
    } else {
      doc.blocks.push_back(paragraph_block(source, lines, chunk));
    }
  }
  place_furniture_before(lines.size());
  return result;
}

}  // namespace folio::readers
