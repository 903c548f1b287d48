#include "readers/text/paragraphs.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <iterator>

#include "base/two_threads.h"
#include "base/utf8.h"
#include "readers/common/picture_credit.h"
#include "readers/common/segment_break.h"
#include "readers/text/main_text.h"
#include "transform/release_patterns.h"

namespace folio::readers {

namespace {

constexpr std::size_t kUnwrappedMedian = 120;  // lines this long were never hard-wrapped
constexpr std::size_t kMaxLabelWidth = 60;      // an About or contacts label line is no longer
// From this many lines a body is chunked on two threads: ~0.8 µs a line (seed x50's 7,400 lines
// take ~6 ms), so ~1.6 ms of work here against a thread's ~50 µs (a release has a few hundred).
constexpr std::size_t kTwoThreadLines = 2000;

// The value at `p` of the sorted values (only that one is put in its place).
std::size_t percentile(std::vector<std::size_t> v, double p) {
  if (v.empty()) return 0;
  const auto at = v.begin() + static_cast<std::ptrdiff_t>(p * static_cast<double>(v.size() - 1));
  std::nth_element(v.begin(), at, v.end());
  return *at;
}

}  // namespace

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (space && !out.empty() && out.back() == ' ') continue;
    out += space ? ' ' : c;
  }
  return out;
}

namespace {

// Coordinating conjunctions after which a hyphen suspends a compound: "Innen- und Außenminister",
// "pre- and post-war", "micro- ou macro-économie".
bool is_conjunction(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "und", "oder", "bzw", "sowie", "als", "wie", "bis", "noch", "and", "or", "nor", "to", "et", "ou", "y", "e", "o",
      "u", "ni", "en", "of", "i", "lub", "oraz", "albo", "и", "или", "och", "eller", "og"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

// `token` without the punctuation that follows a word ("und," → "und").
std::string_view word_of(std::string_view token) {
  while (!token.empty() && !u_isalnum(static_cast<UChar32>(base::last_code_point(token)))) {
    const std::size_t n = token.size();
    std::size_t back = n - 1;
    while (back > 0 && (static_cast<unsigned char>(token[back]) & 0xC0) == 0x80) --back;
    token = token.substr(0, back);
  }
  return token;
}

// The word that ends `s` (after the last space).
std::string_view last_word(std::string_view s) {
  const auto sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

// The body's line lengths, which every joining decision weighs.
struct BodyMeasure {
  std::size_t width = 0;
  std::size_t line_limit = 0;  // where the lines were wrapped, indent included
  std::size_t wrap = 0;        // the same in display columns (wrap_width), as the block grouping sees it
  bool unwrapped = false;
};

BodyMeasure measure_body(const std::vector<Line>& lines, std::size_t begin) {
  std::vector<std::size_t> widths;
  std::vector<std::size_t> limits;
  for (std::size_t i = begin; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    widths.push_back(lines[i].width);
    limits.push_back(lines[i].indent + lines[i].width);
  }
  return {.width = percentile(widths, 0.95),
          .line_limit = percentile(limits, 0.95),
          .wrap = wrap_width(lines, begin),
          .unwrapped = percentile(widths, 0.5) >= kUnwrappedMedian};
}

class ChunkBuilder {
 public:
  ChunkBuilder(const base::SourceText& source, const std::vector<Line>& lines, std::size_t begin,
               const BodyMeasure& body, base::Diagnostics& diagnostics, bool join_hyphenated)
      : source_(source),
        lines_(lines),
        begin_(begin),
        diagnostics_(diagnostics),
        join_hyphenated_(join_hyphenated),
        text_(source.text()),
        width_(body.width),
        line_limit_(body.line_limit),
        wrap_(body.wrap),
        unwrapped_(body.unwrapped) {}

  // The chunks of lines [from, to): a blank line closes every chunk, so the body's stretches
  // between blank lines are chunked alike whether one builder or several read them.
  std::vector<Chunk> run(std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      const Line& l = lines_[i];
      if (l.blank()) {
        close();
        continue;
      }
      int number = 0;
      std::string_view body;
      if (transform::is_end_mark(l.text)) {
        close();
        open(ChunkKind::end_mark, i, l.text);
        close();
      } else if (is_list_item_line(l.text) && !bullet_body(l.text).empty() &&
                 (unwrapped_ || i == begin_ ||
                  !dash_carries_on(lines_[i - 1], l, i + 1 < lines_.size() ? &lines_[i + 1] : nullptr, wrap_))) {
        close();
        open(ChunkKind::bullet, i, bullet_body(l.text));
      } else if (is_numbered_line(l.text, number, body)) {
        close();
        open(ChunkKind::numbered, i, body);
        current_->number = number;
      } else if (is_about_title(i)) {
        close();
        open(ChunkKind::heading, i, l.text);
        close();
      } else if (transform::starts_contacts(l.text) && (l.width <= kMaxLabelWidth || l.text.ends_with(':')) &&
                 !goes_on_from_above(l)) {
        close();
        open(ChunkKind::contacts, i, l.text);
      } else if (current_ && current_->kind == ChunkKind::contacts && !ends_contacts(l)) {
        current_->pieces.emplace_back(collapse_spaces(l.text));
        current_->last_line = i;
      } else if (!current_ || starts_new_paragraph(lines_[current_->last_line], l)) {
        close();
        open(ChunkKind::paragraph, i, l.text);
      } else {
        join(i);
      }
    }
    close();
    return std::move(chunks_);
  }

 private:
  // `line` is full: the next line's first word would not have fit after it.
  bool fills_line(const Line& line, const Line& next) const {
    return line.width + width_to_first_break(next.text) > width_;
  }

  // A line of its own that names the issuer: "About Example Works", "Über uns". Not a title run
  // into its paragraph ("Über das Rogate-Kloster: Eine …"), nor a sentence that opens with the
  // word and goes on in the next line ("Über die Jahre hinweg haben …" / "unverwechselbaren …").
  bool is_about_title(std::size_t i) const {
    const Line& l = lines_[i];
    if (!transform::starts_about(l.text) || l.width > kMaxLabelWidth || transform::ends_sentence(l.text) ||
        transform::about_title_runs_in(l.text) || goes_on_from_above(l)) {
      return false;
    }
    if (i + 1 >= lines_.size() || lines_[i + 1].blank()) return true;
    const Line& next = lines_[i + 1];
    return !fills_line(l, next) && !u_islower(static_cast<UChar32>(base::first_code_point(next.text)));
  }

  // `l` goes on with the sentence of a full line above ("… mit dem Netzwerk auf die" / "Kontakte
  // zuzugreifen …"): a label's word there is the sentence's, not a title.
  bool goes_on_from_above(const Line& l) const {
    if (unwrapped_ || !current_ || current_->kind != ChunkKind::paragraph) return false;
    // An About title run in with a colon is a title anywhere.
    if (transform::about_title_runs_in(l.text)) return false;
    const Line& above = lines_[current_->last_line];
    return !transform::ends_sentence(above.text) && fills_line(above, l);
  }

  bool ends_contacts(const Line& l) const {
    return transform::starts_about(l.text) || transform::is_end_mark(l.text) ||
           (l.width * 10 >= width_ * 8 && transform::ends_sentence(l.text) && !unwrapped_);
  }

  bool starts_new_paragraph(const Line& prev, const Line& next) const {
    if (unwrapped_ || next.opens_block || next.ideographic_indent) return true;
    if ((starts_with_label(next.text) || transform::starts_about(next.text) || transform::is_embargo_line(next.text) ||
         transform::starts_contacts(next.text)) &&
        !goes_on_from_above(next)) {
      return true;
    }
    // A line that stops far short of the measure before a capitalised line was ended by hand.
    if (starts_like_sentence(next.text) && 2 * (prev.width + width_to_first_break(next.text)) <= width_) return true;
    // A picture's credit ends its caption ("… in der Eifel. Foto: Galli/Malteser").
    if (ends_with_credit(prev.text) && starts_like_sentence(next.text)) return true;
    if (!transform::ends_sentence(prev.text) || !starts_like_sentence(next.text)) return false;
    // A quotation paragraph ends with its attribution ("…», explique X, présidente.").
    if (current_ && transform::starts_with_quote_opener(current_->pieces.front()) &&
        transform::contains_attribution_verb(prev.text)) {
      return true;
    }
    // A sentence that ends a full line may just be where the wrap fell; a line that ends short
    // of the measure, or a next line that opens a quotation, marks the author's break.
    return !fills_line(prev, next) || transform::starts_with_quote_opener(next.text);
  }

  void open(ChunkKind kind, std::size_t line, std::string_view text) {
    chunks_.push_back(Chunk{kind, {collapse_spaces(text)}, line, line, 0});
    current_ = &chunks_.back();
  }

  void close() {
    if (current_ && current_->kind == ChunkKind::paragraph && unwrapped_) split_run_in_heading();
    if (current_ && current_->kind == ChunkKind::paragraph) split_glued_end_mark();
    if (current_ && current_->kind == ChunkKind::paragraph) split_glued_sentences();
    current_ = nullptr;
  }

  // "…later this year.--30--": an end mark of signs glued to the last sentence becomes its own
  // chunk. Marks that are words ("FIN", "Ende") stay: after a stop they may be prose.
  void split_glued_end_mark() {
    std::string& text = current_->pieces.back();
    const auto stop = text.find_last_of(".!?\"')");
    if (stop == std::string::npos || stop + 1 >= text.size()) return;
    const std::string rest(base::trim_ascii(std::string_view(text).substr(stop + 1)));
    if (rest.find_first_of("#-") == std::string::npos || !transform::is_end_mark(rest)) return;
    const std::size_t end_line = current_->last_line;
    text.erase(stop + 1);
    const Line& l = lines_[end_line];
    diagnostics_.push_back(base::make_note("reader.end-mark-split", source_.span(l.begin, l.end),
                                           "split the end mark '" + rest + "' from the sentence it was glued to"));
    split_glued_sentences();
    chunks_.push_back(Chunk{ChunkKind::end_mark, {rest}, end_line, end_line, 0});
    current_ = nullptr;
  }

  void join(std::size_t i) {
    std::string& text = current_->pieces.back();
    const std::string next = collapse_spaces(lines_[i].text);
    const char32_t before = base::last_code_point(text);
    const char32_t after = base::first_code_point(next);
    if (text.ends_with('-') && text.size() > 1 && u_isalpha(static_cast<UChar32>(base::last_code_point(text.substr(0, text.size() - 1)))) &&
        u_islower(static_cast<UChar32>(after))) {
      dehyphenate(text, next, i);
    } else if (segment_break_removed(before, after)) {
      text += next;  // CJK is written without spaces; the line end was only a wrap
    } else {
      text += ' ';
      text += next;
    }
    current_->last_line = i;
  }

  // "dévelop-" + "pement": a word hyphenated at the line end is joined. The hyphen stays when
  // the compound is written with it elsewhere ("e-" + "mail"). It stays with the line end's
  // space where the line was wrapped after "X- ", at a space, not inside a word: before the
  // conjunction of a suspended compound ("Innen-" + "und Außen"), in a web address, and where
  // the next word would not have fit on the line (a line the source broke itself, as in
  // "Kindertages-<br>einrichtungen", leaves room for it) and a half is a word the text uses on
  // its own, joined nowhere ("Berliner-" + "nur").
  void dehyphenate(std::string& text, const std::string& next, std::size_t line) {
    const std::string head(last_word(text));
    const std::string tail = next.substr(0, next.find(' '));
    const std::string hyphenated = head + tail;
    const std::string joined = head.substr(0, head.size() - 1) + tail;
    const bool compound = text_.find(hyphenated) != std::string_view::npos && text_.find(joined) == std::string_view::npos;
    const Line& l = lines_[line - 1];
    const bool wrapped_at_space = !unwrapped_ && l.indent + l.width + 1 + display_width(tail) > line_limit_;
    const bool address = tail.find('/') != std::string::npos || head.find('/') != std::string::npos ||
                         tail.find('_') != std::string::npos || head.find('_') != std::string::npos;
    const std::size_t here = text_.find(tail, lines_[line].begin);
    const bool a_half_is_a_word = occurs_as_word(word_of(head.substr(0, head.size() - 1)), here) ||
                                  occurs_as_word(word_of(tail), here);
    const bool spaced = !join_hyphenated_ || address || is_conjunction(word_of(tail)) ||
                        (wrapped_at_space && a_half_is_a_word && text_.find(joined) == std::string_view::npos);
    if (compound || spaced) {
      if (spaced && !compound) text += ' ';
      text += next;
      return;
    }
    text.pop_back();
    text += next;
    diagnostics_.push_back(base::make_note("repair.line-end-hyphen", source_.span(l.end - 1, lines_[line].begin),
                                           "joined the word hyphenated at the line end: '" + head + "' + '" + tail +
                                               "' → '" + joined + "'"));
  }

  // `word` stands on its own in the text, other than at the line break just before byte `here`.
  bool occurs_as_word(std::string_view word, std::size_t here) const {
    if (word.empty()) return false;
    for (std::size_t at = text_.find(word); at != std::string_view::npos; at = text_.find(word, at + 1)) {
      if (at == here) continue;
      const char32_t before = at == 0 ? ' ' : base::last_code_point(text_.substr(0, at));
      const char32_t after = base::first_code_point(text_.substr(at + word.size()));
      const auto part_of_word = [](char32_t c) { return u_isalnum(static_cast<UChar32>(c)) || c == '-'; };
      if (!part_of_word(before) && !part_of_word(after)) return true;
    }
    return false;
  }

  // "…de l'épargne.Banque…": a full stop glued to a capital starts a new paragraph.
  void split_glued_sentences() {
    std::vector<std::string> parts;
    std::string& text = current_->pieces.back();
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t at = i;
      const char32_t c = base::next_code_point(text, i);
      if ((c != '.' && c != '!' && c != '?') || at < 2 || i >= text.size()) continue;
      std::size_t j = i;
      const char32_t next = base::next_code_point(text, j);
      // The word before the stop must be a lower-case word of 3+ letters (not "U.S" or "e.g").
      std::size_t k = at;
      int letters = 0;
      while (k > start && letters < 3) {
        std::size_t b = k - 1;
        while (b > start && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
        std::size_t t = b;
        if (!u_islower(static_cast<UChar32>(base::next_code_point(text, t)))) break;
        ++letters;
        k = b;
      }
      if (letters >= 3 && u_isupper(static_cast<UChar32>(next))) {
        parts.push_back(text.substr(start, i - start));
        start = i;
      }
    }
    if (parts.empty()) return;
    parts.push_back(text.substr(start));
    Chunk base_chunk = *current_;
    chunks_.pop_back();
    const Line& l = lines_[base_chunk.first_line];
    diagnostics_.push_back(base::make_note(
        "reader.paragraph-split", source_.span(l.begin, lines_[base_chunk.last_line].end),
        "split " + std::to_string(parts.size()) + " paragraphs glued together without a line break"));
    for (auto& p : parts) {
      Chunk c = base_chunk;
      c.pieces = {p};
      chunks_.push_back(std::move(c));
    }
    current_ = &chunks_.back();
  }

  // "Head Start  The President's budget…": a short title run into its paragraph by two spaces.
  void split_run_in_heading() {
    const Line& l = lines_[current_->first_line];
    const std::string_view raw = l.text;
    if (current_->pieces.size() != 1 || current_->pieces.back() != collapse_spaces(raw)) return;
    const auto gap = raw.find("  ");
    if (gap == std::string_view::npos || gap == 0) return;
    const std::string_view title = raw.substr(0, gap);
    const std::string_view rest = base::trim_ascii(raw.substr(gap));
    const auto words = std::count(title.begin(), title.end(), ' ') + 1;
    if (words > 6 || base::count_code_points(title) > 40 || transform::ends_sentence(title) || title.ends_with(',') ||
        !starts_like_sentence(title) || !starts_like_sentence(rest) || base::count_code_points(rest) < 40) {
      return;
    }
    Chunk heading = *current_;
    heading.kind = ChunkKind::heading;
    heading.pieces = {std::string(title)};
    current_->pieces.back() = collapse_spaces(rest);
    diagnostics_.push_back(base::make_note("reader.run-in-heading", source_.span(l.begin, l.begin + static_cast<std::uint32_t>(gap)),
                                           "made '" + std::string(title) + "' a heading: it was run into its paragraph"));
    chunks_.insert(chunks_.end() - 1, std::move(heading));
    current_ = &chunks_.back();
  }

  const base::SourceText& source_;
  const std::vector<Line>& lines_;
  std::size_t begin_;
  base::Diagnostics& diagnostics_;
  bool join_hyphenated_;
  std::string_view text_;
  std::size_t width_;
  std::size_t line_limit_;
  std::size_t wrap_;
  bool unwrapped_;
  std::vector<Chunk> chunks_;
  Chunk* current_ = nullptr;
};

}  // namespace

std::vector<Chunk> build_chunks(const base::SourceText& source, const std::vector<Line>& lines, std::size_t begin,
                                base::Diagnostics& diagnostics, bool join_hyphenated) {
  const BodyMeasure body = measure_body(lines, begin);
  // A long body is chunked on two threads, split at the blank line nearest its middle; the later
  // half's chunks and notes follow the earlier half's.
  std::size_t split = lines.size();
  if (lines.size() - begin >= kTwoThreadLines) {
    const std::size_t middle = begin + (lines.size() - begin) / 2;
    for (std::size_t d = 0; d < (lines.size() - begin) / 4 && split == lines.size(); ++d) {
      if (lines[middle + d].blank()) split = middle + d;
      else if (lines[middle - d].blank()) split = middle - d;
    }
  }
  std::vector<Chunk> chunks;
  std::vector<Chunk> later;
  base::Diagnostics later_notes;
  base::both(
      split < lines.size(),
      [&] { chunks = ChunkBuilder(source, lines, begin, body, diagnostics, join_hyphenated).run(begin, split); },
      [&] {
        later = ChunkBuilder(source, lines, begin, body, later_notes, join_hyphenated).run(split, lines.size());
      });
  chunks.insert(chunks.end(), std::make_move_iterator(later.begin()), std::make_move_iterator(later.end()));
  diagnostics.insert(diagnostics.end(), std::make_move_iterator(later_notes.begin()),
                     std::make_move_iterator(later_notes.end()));
  return chunks;
}

}  // namespace folio::readers
