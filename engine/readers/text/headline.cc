#include "readers/text/headline.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>

#include "base/utf8.h"
#include "readers/common/picture_credit.h"
#include "readers/common/prose_evidence.h"
#include "readers/text/breadcrumb.h"
#include "readers/text/line_scan.h"
#include "readers/text/page_stamp.h"
#include "transform/release_patterns.h"

namespace folio::readers {

namespace {

constexpr std::size_t kMaxHeadlineWidth = 200;
constexpr std::size_t kMaxHeadlineLines = 3;       // a headline wrapped over more is a paragraph
constexpr std::size_t kMaxLinesAboveHeadline = 3;  // pictures, dates and bylines a headline may follow
constexpr std::size_t kMaxBlocksAboveText = 5;     // a headline's distance from its text
constexpr int kMinSentenceWords = 5;               // running text, not a label
constexpr int kMinTopicWords = 6;                  // a furniture word in a title this long is its topic
constexpr int kMinMenuRowWords = 5;                // a title of this many capitalised words has a function word
constexpr std::size_t kMaxBylineWords = 8;         // names of two or three authors
constexpr int kMaxHeadlineWords = 16;              // a caption or a standfirst under a headline is longer

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

// A line that cannot open a title: a picture or a form field as a text browser draws them
// ("[logo]", "[ ]"), or a date line: the page's dateline or byline.
bool cannot_open_title(std::string_view text) { return text.starts_with('[') || is_date_line(text); }

// A block that reads as a sentence of running text: enough words, function words among them,
// and the end of a sentence.
bool is_running_text(std::string_view text) {
  const ProseEvidence e = measure_prose_in_own_language(text);
  return e.ends_sentence && e.words >= kMinSentenceWords && e.stop_words > 0;
}

// Words as the spaces between them count them (a number, a sign and a slug are words too).
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
// `e` is the block's prose measured against its own language.
bool is_title_block(const std::vector<Line>& lines, const TextBlock& b, std::size_t wrap, const ProseEvidence& e) {
  const bool breadcrumb = b.text.find("»") != std::string::npos || b.text.find(" / ") != std::string::npos ||
                          b.text.find(" | ") != std::string::npos;
  const bool wrapped_title = b.last - b.first < kMaxHeadlineLines && !cannot_open_title(b.text) && !breadcrumb;
  const bool names_furniture = e.kinds != 0 && (e.words < kMinTopicWords || e.stop_words == 0);
  // A row of a menu: five or more words, each capitalised, none a function word.
  const bool menu_row = e.words >= kMinMenuRowWords && e.stop_words == 0 && e.capitalised == e.words - 1;
  return !b.bullet && (b.last == b.first || wrapped_title) && !names_furniture && !menu_row &&
         looks_like_headline(lines, b.first, b.last, wrap);
}

ProseEvidence measured(const TextBlock& b) { return measure_prose_in_own_language(b.text); }

bool is_title_block(const std::vector<Line>& lines, const TextBlock& b, std::size_t wrap) {
  return is_title_block(lines, b, wrap, measured(b));
}

// A title that may be the article's headline: a sentence at most, of a headline's length (a
// caption or a standfirst under it is longer); not a label announcing what follows, not a
// breadcrumb, not a link to the previous or next article ("« Fünf Gedanken …", not
// "«Gute Löhne …»").
bool is_headline_block(const std::vector<Line>& lines, const TextBlock& b, std::size_t wrap) {
  const ProseEvidence e = measured(b);
  return is_title_block(lines, b, wrap, e) && e.words > 0 && e.words <= kMaxHeadlineWords && e.sentence_stops <= 1 &&
         !b.text.ends_with(':') && !is_breadcrumb(b.text) && !b.text.starts_with("« ") && !b.text.starts_with("» ") &&
         !b.text.ends_with(" »") && !b.text.starts_with('<');
}

}  // namespace

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
  const auto longer = [&](std::size_t i) {
    return headline == none || blocks[i].text.size() >= blocks[headline].text.size();
  };
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

}  // namespace folio::readers
