#include "readers/text/read_text.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <set>

#include "base/utf8.h"
#include "readers/common/picture_credit.h"
#include "readers/common/prose_evidence.h"
#include "readers/text/breadcrumb.h"
#include "readers/text/glued_head.h"
#include "readers/text/line_scan.h"
#include "readers/text/main_text.h"
#include "readers/text/navigation.h"
#include "readers/text/page_stamp.h"
#include "readers/text/paragraphs.h"
#include "readers/text/release_part.h"
#include "transform/release_patterns.h"

namespace folio::readers {

namespace {

constexpr std::size_t kMaxHeadlineWidth = 200;
constexpr std::size_t kMinFurnitureEvidence = 5;   // blocks of furniture before a page is classified
constexpr int kMinAnnouncingWords = 5;             // "Lesen Sie auch:" announces no list of the text
constexpr int kMinGluedWide = 40;                  // a Chinese headline is shorter
constexpr std::size_t kMaxBlocksAboveText = 5;      // a headline's distance from its text
constexpr int kMinTopicWords = 6;                  // a furniture word in a title this long is its topic
constexpr int kMinMenuRowWords = 5;                // a title of this many capitalised words has a function word
constexpr std::size_t kMaxBylineWords = 8;         // names of two or three authors
constexpr int kMaxHeadlineWords = 16;              // a caption or a standfirst under a headline is longer
constexpr std::size_t kMaxHeadlineLines = 3;       // a headline wrapped over more is a paragraph
constexpr std::size_t kMaxLinesAboveHeadline = 3;  // pictures, dates and bylines a headline may follow

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

// Text that ends with a full stop, a comma or a semicolon is prose, not a title.
bool ends_like_prose(std::string_view text) {
  return text.ends_with('.') || text.ends_with(',') || text.ends_with(';');
}

// Whether the page's wrapping carries line `i` on into the next line, at `indent`.
bool wrap_goes_on(const std::vector<Line>& lines, std::size_t i, std::size_t indent, std::size_t wrap) {
  if (i + 1 >= lines.size()) return false;
  const Line& next = lines[i + 1];
  return !next.blank() && !next.opens_block && next.indent == indent && !is_bullet_or_rule(next.text) &&
         carries_on(lines[i], next, wrap);
}

// A line that names who wrote or when: "von Anna Muster", "By Jane Doe", "12. Mai 2022, 15:40".
// Under a title it is the article's byline or date, not the title's last words.
bool reads_like_byline(std::string_view text) {
  if (has_date_or_time(text)) return true;
  static constexpr std::string_view kBy[] = {"by",   "By", "von", "par", "por", "di",
                                             "door", "av", "af",  "przez", "van", "от"};
  const auto space = text.find(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view first = text.substr(0, space), rest = text.substr(space + 1);
  return std::find(std::begin(kBy), std::end(kBy), first) != std::end(kBy) && starts_like_sentence(rest);
}

// A line that ends the title above it: a byline, or a picture or a form field, which a text
// browser draws in brackets.
bool ends_title(std::string_view text) { return text.starts_with('[') || reads_like_byline(text); }

// The headline is the first block of the body, lines [first, last], when it reads like a title:
// not a sentence, not too long, and text follows it, but not the title's own words going on in
// lower case (then its first line opens a paragraph).
bool looks_like_headline(const std::vector<Line>& lines, std::size_t first, std::size_t last, std::size_t wrap) {
  if (last >= lines.size()) return false;
  if (wrap_goes_on(lines, last, lines[first].indent, wrap) && !ends_title(lines[last + 1].text) &&
      u_islower(static_cast<UChar32>(base::first_code_point(lines[last + 1].text)))) {
    return false;
  }
  std::size_t width = 0;
  for (std::size_t i = first; i <= last; ++i) width += lines[i].width + (i > first);
  const std::string_view text = lines[first].text, end = lines[last].text;
  if (text.empty() || width > kMaxHeadlineWidth || is_list_item_line(text) || starts_with_label(text)) return false;
  if (transform::is_end_mark(text) || transform::starts_contacts(text)) return false;
  if (ends_like_prose(end)) return false;
  std::size_t next = last + 1;
  while (next < lines.size() && lines[next].blank()) ++next;
  return next < lines.size();
}

// The last line of a headline starting at `first`. A headline longer than the page's measure
// goes on over the lines at its indent that the page's wrapping carries on, when that block ends
// within kMaxHeadlineLines and not as prose (else it is a paragraph), and its lines up to a
// byline, a picture or a form field (which a text browser draws in brackets) read like a title
// together; else it is `first` alone.
std::size_t headline_end(const std::vector<Line>& lines, std::size_t first, std::size_t wrap) {
  const auto carried_on = [&](std::size_t i) { return wrap_goes_on(lines, i, lines[first].indent, wrap); };
  std::size_t block_end = first;
  while (block_end + 1 - first < kMaxHeadlineLines && carried_on(block_end)) ++block_end;
  if (carried_on(block_end) || ends_like_prose(lines[block_end].text)) return first;
  std::size_t last = first;
  while (last < block_end && !ends_title(lines[last + 1].text)) ++last;
  return last > first && looks_like_headline(lines, first, last, wrap) ? last : first;
}

// A line that cannot open a title: a picture or a form field as a text browser draws them
// ("[logo]", "[ ]"), or a date line: the page's dateline or byline.
bool cannot_open_title(std::string_view text) { return text.starts_with('[') || is_date_line(text); }

// The first line of the headline: the body's first line, or the line below up to
// kMaxLinesAboveHeadline lines that cannot open a title when it reads like one.
std::size_t headline_start(const std::vector<Line>& lines, std::size_t body, std::size_t wrap) {
  std::size_t i = body;
  for (std::size_t skipped = 0; skipped < kMaxLinesAboveHeadline && cannot_open_title(lines[i].text); ++skipped) {
    do ++i;
    while (i < lines.size() && lines[i].blank());
    if (i == lines.size()) return body;
  }
  // A line the wrapping carries on from a skipped one is not a title's start either.
  if (i == body || cannot_open_title(lines[i].text) ||
      (!lines[i - 1].blank() && carries_on(lines[i - 1], lines[i], wrap))) {
    return body;
  }
  // Nor is the first line of a paragraph: the title's block must end where its lines do.
  const std::size_t last = headline_end(lines, i, wrap);
  if (wrap_goes_on(lines, last, lines[i].indent, wrap) && !ends_title(lines[last + 1].text)) {
    return body;
  }
  return looks_like_headline(lines, i, last, wrap) ? i : body;
}

// At most `bytes` bytes of `text`, cut before a code point.
std::string_view clip(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
  return text.substr(0, bytes);
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
    const ProseEvidence e = measure_prose(text, stop_word_language(text));
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

// A block that reads as a sentence of running text: enough words, function words among them,
// and the end of a sentence.
bool is_running_text(std::string_view text) {
  const ProseEvidence e = measure_prose(text, stop_word_language(text));
  return e.ends_sentence && e.words >= kMinAnnouncingWords && e.stop_words > 0;
}

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  for (std::size_t i = 0; i < text.size(); ++i) words += text[i] != ' ' && (i == 0 || text[i - 1] == ' ');
  return words;
}

// A number and at most a word: a count of comments, ratings or views ("17", "652 Ratings",
// "Kommentare 8"; not "Fünf HR-Trends 2023").
bool is_count(std::string_view text) {
  return word_count(text) <= 2 && std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         std::none_of(text.begin(), text.end(), [](char c) { return c == '.' || c == ':'; });
}

// A line that names the article's authors: "Von Anna Muster und Jan Beispiel", "BY JANE DOE",
// "Par Kab Niang": a word for "by" in any case, then names only (capitalised words and the words
// that join them), at most kMaxBylineWords. "Von Berlin nach Paris" is a title: "nach" is none.
bool names_authors(std::string_view line) {
  static constexpr std::string_view kBy[] = {"by", "von", "par", "por", "door", "przez", "av", "af"};
  static constexpr std::string_view kJoin[] = {"und", "and", "et", "y", "e", "i", "&", "og", "en"};
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < line.size();) {
    const std::size_t end = std::min(line.find(' ', at), line.size());
    if (end > at) words.push_back(line.substr(at, end - at));
    at = end + 1;
  }
  if (words.size() < 2 || words.size() > kMaxBylineWords + 1) return false;
  std::string first(words[0]);
  std::transform(first.begin(), first.end(), first.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; });
  if (std::find(std::begin(kBy), std::end(kBy), first) == std::end(kBy)) return false;
  return std::all_of(words.begin() + 1, words.end(), [](std::string_view w) {
    if (w.ends_with(',')) w.remove_suffix(1);
    return std::find(std::begin(kJoin), std::end(kJoin), w) != std::end(kJoin) ||
           (starts_like_sentence(w) && w.find_first_of(".!?:") == std::string_view::npos);
  });
}

// What a page prints between an article's headline and its text, on a line or two: a date, a
// byline (its first line names the authors or the date), a picture drawn in brackets or its
// credit, a count of comments, the buttons to share it.
bool is_head_matter(const std::vector<Line>& lines, const TextBlock& b) {
  const std::string_view text = b.text;
  return b.last - b.first < 2 &&
         (reads_like_byline(lines[b.first].text) || names_authors(lines[b.first].text) || is_date_line(text) ||
          text.starts_with('[') || ends_with_credit(text) || is_page_stamp(text) || is_count(text) ||
          (boilerplate_kinds(text) & kSharing) != 0);
}

// A block that reads as a title: a line, or a few that are not a breadcrumb, a picture or a date
// line, not a menu's row, not the start of a paragraph, and naming no furniture unless it is a
// phrase long enough for the word to be its topic ("NASA+ Streaming startet: Ohne
// Registrierung, Gebühren oder Werbung").
bool is_title_block(const std::vector<Line>& lines, const TextBlock& b, std::size_t wrap) {
  const bool breadcrumb = b.text.find("»") != std::string::npos || b.text.find(" / ") != std::string::npos ||
                          b.text.find(" | ") != std::string::npos;
  const bool wrapped_title = b.last - b.first < kMaxHeadlineLines && !cannot_open_title(b.text) && !breadcrumb;
  const ProseEvidence e = measure_prose(b.text, stop_word_language(b.text));
  const bool names_furniture = boilerplate_kinds(b.text) != 0 && (e.words < kMinTopicWords || e.stop_words == 0);
  // A row of a menu: five or more words, each capitalised, none a function word.
  const bool menu_row = e.words >= kMinMenuRowWords && e.stop_words == 0 && e.capitalised == e.words - 1;
  return !b.bullet && (b.last == b.first || wrapped_title) && !names_furniture && !menu_row &&
         looks_like_headline(lines, b.first, b.last, wrap);
}

// A title that may be the article's headline: a sentence at most, of a headline's length (a
// caption or a standfirst under it is longer); not a label announcing what follows, not a
// breadcrumb, not a link to the previous or next article ("« Fünf Gedanken …", not
// "«Gute Löhne …»").
bool is_headline_block(const std::vector<Line>& lines, const TextBlock& b, std::size_t wrap) {
  const ProseEvidence e = measure_prose(b.text, "");
  return is_title_block(lines, b, wrap) && e.words > 0 && e.words <= kMaxHeadlineWords && e.sentence_stops <= 1 &&
         !b.text.ends_with(':') && !is_breadcrumb(b.text) && !b.text.starts_with("« ") && !b.text.starts_with("» ") &&
         !b.text.ends_with(" »") && !b.text.starts_with('<');
}

// The article's headline. The model keeps it no better than a menu's entry (it is short and has
// no function words). It is a title near above the first sentence of the text: over the date,
// the byline, the picture, a count of comments and the short lines a page prints between them
// (at most kMaxBlocksAboveText blocks up that are none of these, past captions but not lists,
// furniture or paragraphs), or right above the first block the model kept; of those, the
// longest (a kicker above a headline and a subtitle under it are shorter). The short lines the
// model kept just above it (a section's name, a kicker) are the page's, not the text's.
void keep_headline(const std::vector<Line>& lines, const std::vector<TextBlock>& blocks, std::size_t wrap,
                   std::vector<bool>& kept) {
  const auto first_kept = static_cast<std::size_t>(std::find(kept.begin(), kept.end(), true) - kept.begin());
  const auto opens_text = [&](std::size_t i) {
    return kept[i] && !is_head_matter(lines, blocks[i]) && is_running_text(blocks[i].text) &&
           !is_headline_block(lines, blocks[i], wrap);
  };
  std::size_t text = first_kept;
  while (text < blocks.size() && !opens_text(text)) ++text;
  const auto short_label = [&](std::size_t i) {
    return !blocks[i].bullet && !blocks[i].numbered && blocks[i].last - blocks[i].first < kMaxHeadlineLines - 1 &&
           !(blocks[i].text.front() >= '0' && blocks[i].text.front() <= '9') && !is_running_text(blocks[i].text);
  };
  const std::size_t none = blocks.size();
  std::size_t headline = none;
  const auto longer = [&](std::size_t i) { return headline == none || blocks[i].text.size() >= blocks[headline].text.size(); };
  for (std::size_t up = 1, passed = 0; text < blocks.size() && passed < kMaxBlocksAboveText && up <= text; ++up) {
    const std::size_t h = text - up;
    if (is_head_matter(lines, blocks[h])) continue;
    ++passed;
    if (is_headline_block(lines, blocks[h], wrap)) {
      if (longer(h)) headline = h;
    } else if (!(kept[h] && short_label(h)) && (blocks[h].bullet || kept[h] || boilerplate_kinds(blocks[h].text) != 0 ||
                                                 blocks[h].last - blocks[h].first >= kMaxHeadlineLines)) {
      break;  // a list, a paragraph or furniture: no caption
    }
  }
  const bool near = first_kept + kMaxBlocksAboveText * 2 >= text && (headline == none || first_kept - 1 < headline);
  if (first_kept > 0 && first_kept < blocks.size() && !is_head_matter(lines, blocks[first_kept - 1]) &&
      is_title_block(lines, blocks[first_kept - 1], wrap) && (headline == none || (near && longer(first_kept - 1)))) {
    headline = first_kept - 1;
  }
  if (headline == none) return;
  kept[headline] = true;
  for (std::size_t i = headline; i-- > 0 && headline - i <= kMaxBlocksAboveText;) {
    if (kept[i] && short_label(i)) kept[i] = false;
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
  std::vector<bool> kept = main_text_kept(features, main_text_scores(features));
  const auto first_kept = std::find(kept.begin(), kept.end(), true);
  if (first_kept == kept.end()) return with_program_dropped(std::vector<bool>(blocks.size(), true));
  keep_headline(lines, blocks, wrap, kept);
  for (std::size_t i = 1; i < blocks.size(); ++i) {
    if (!kept[i] && kept[i - 1]) std::fill(kept.begin() + i, kept.begin() + release_part_end(blocks, i), true);
  }
  keep_announced_lists(blocks, kept);
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
          "headline read below '" + std::string(clip(lines[body].text, 40)) +
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
