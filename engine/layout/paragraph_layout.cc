#include "layout/paragraph_layout.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <unicode/ubidi.h>
#include <unicode/uchar.h>

#include "base/utf8.h"

namespace folio::layout {

namespace {

constexpr double kHyphenPenalty = 50;
constexpr double kEmergencyPenalty = 500;  // a break inside a word wider than the measure
constexpr double kIdeographicStretch = 0.15;  // em of stretch between ideographs (justified CJK)
constexpr double kRaggedStretch = 3;          // em of stretch at the end of ragged lines (TeX's \raggedright)
constexpr double kEmergencyStretch = 3;       // em, the third pass's \emergencystretch
constexpr double kAscent = 0.8, kDescent = 0.2;  // em, for link areas
constexpr double kStrikeHeight = 0.28;  // em above the baseline: about half the x-height
constexpr double kStrikeWidth = 0.06;   // em: the weight of a regular stem, thinner than bold

struct Unit {
  enum class Kind { content, space, newline };
  std::size_t begin = 0, end = 0;
  std::size_t run = 0;
  double width = 0;
  bool unsafe = false;  // breaking before this unit needs reshaping
  Kind kind = Kind::content;
  bool ideographic = false;
};

Unit::Kind classify(std::string_view text) {
  bool all_space = !text.empty();
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = base::next_code_point(text, i);
    if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) return Unit::Kind::newline;
    if (cp != ' ' && cp != '\t') all_space = false;
  }
  return all_space ? Unit::Kind::space : Unit::Kind::content;
}

std::vector<Unit> make_units(const text::ParagraphInput& input, const text::ShapedParagraph& shaped) {
  std::vector<Unit> units;
  std::size_t glyphs = 0;
  for (const auto& run : shaped.runs) glyphs += run.glyphs.size() + 1;
  units.reserve(glyphs);
  struct Cluster {
    std::uint32_t at;
    double width;
    bool unsafe;
  };
  std::vector<Cluster> clusters;
  for (std::size_t r = 0; r < shaped.runs.size(); ++r) {
    const auto& run = shaped.runs[r];
    clusters.clear();
    for (const auto& g : run.glyphs) clusters.push_back({g.cluster, g.advance, g.unsafe_to_break});
    // Clusters are monotonic (HarfBuzz's default cluster level); right-to-left runs come in
    // visual order, descending, and units are built in logical order.
    if (run.level & 1) std::reverse(clusters.begin(), clusters.end());
    std::size_t merged = 0;
    for (std::size_t i = 0; i < clusters.size(); ++i) {
      if (merged > 0 && clusters[merged - 1].at == clusters[i].at) {
        clusters[merged - 1].width += clusters[i].width;
        clusters[merged - 1].unsafe = clusters[merged - 1].unsafe || clusters[i].unsafe;
      } else {
        clusters[merged++] = clusters[i];
      }
    }
    clusters.resize(merged);
    // An inline object is one box as wide as the object: nothing breaks inside it.
    const auto& object = input.runs.empty() ? std::nullopt : input.runs[run.style].style.object;
    if (object) clusters.assign(1, {static_cast<std::uint32_t>(run.begin), object->width, false});
    if (clusters.empty()) clusters.push_back({static_cast<std::uint32_t>(run.begin), 0, false});
    for (std::size_t k = 0; k < clusters.size(); ++k) {
      Unit& u = units.emplace_back();
      u.begin = k == 0 ? run.begin : clusters[k].at;
      u.end = k + 1 == clusters.size() ? run.end : clusters[k + 1].at;
      u.run = r;
      u.width = clusters[k].width;
      u.unsafe = clusters[k].unsafe && k != 0;
      const std::string_view text = std::string_view(input.text).substr(u.begin, u.end - u.begin);
      u.kind = object ? Unit::Kind::content : classify(text);
      std::size_t i = 0;
      const char32_t cp = base::next_code_point(text, i);
      // No ideograph, hiragana or katakana lies below U+3000.
      u.ideographic = cp >= 0x3000 && (u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_IDEOGRAPHIC) ||
                                       (cp >= 0x3040 && cp <= 0x30ff));
    }
  }
  return units;
}

struct Built {
  std::vector<Item> items;
  std::vector<Unit> units;
};

Built build_items(const text::ParagraphInput& input, const text::ShapedParagraph& shaped,
                  const std::vector<text::BreakPoint>& breaks, const ParagraphParams& params, text::FontBook& fonts,
                  bool justify) {
  Built out;
  out.units = make_units(input, shaped);
  const auto& units = out.units;
  auto& items = out.items;

  // Words wider than the measure (long URLs) may break anywhere safe, at a cost.
  std::vector<double> word_width(units.size(), 0);
  {
    std::size_t bp = 0, start = 0;
    double width = 0;
    for (std::size_t u = 0; u <= units.size(); ++u) {
      bool boundary = u == units.size() || units[u].kind != Unit::Kind::content ||
                      (u > 0 && units[u - 1].kind != Unit::Kind::content);
      if (u < units.size()) {
        while (bp < breaks.size() && breaks[bp].offset < units[u].begin) ++bp;
        for (std::size_t b = bp; b < breaks.size() && breaks[b].offset == units[u].begin; ++b) {
          if (breaks[b].kind != text::BreakPoint::Kind::hyphen) boundary = true;
        }
      }
      if (boundary) {
        for (std::size_t k = start; k < u; ++k) word_width[k] = width;
        start = u;
        width = 0;
      }
      if (u < units.size()) width += units[u].width;
    }
  }

  std::size_t bp = 0;
  struct Pending {  // spaces seen since the last content unit
    bool active = false;
    double width = 0;
    std::size_t begin = 0, end = 0;
  } spaces;
  auto last_is_box = [&] { return !items.empty() && items.back().kind == Item::Kind::box; };
  for (std::size_t ui = 0; ui < units.size(); ++ui) {
    const Unit& u = units[ui];
    bool line_break = false, hyphen = false;
    while (bp < breaks.size() && breaks[bp].offset < u.begin) ++bp;
    for (; bp < breaks.size() && breaks[bp].offset == u.begin; ++bp) {
      if (breaks[bp].kind == text::BreakPoint::Kind::hyphen) hyphen = true;
      else line_break = true;
    }
    if (u.kind == Unit::Kind::space) {
      if (!spaces.active) spaces = Pending{true, 0, u.begin, u.end};
      spaces.width += u.width;
      spaces.end = u.end;
      continue;
    }
    if (u.kind == Unit::Kind::newline) {
      spaces.active = false;
      if (!items.empty()) {
        items.push_back({Item::Kind::glue, 0, kFil, 0, 0, false, u.begin, u.end});
        items.push_back({Item::Kind::penalty, 0, 0, 0, -kInfPenalty, false, u.end, u.end});
      }
      continue;
    }
    if (spaces.active) {
      if (last_is_box()) {
        if (!line_break) items.push_back({Item::Kind::penalty, 0, 0, 0, kInfPenalty, false, spaces.begin, spaces.begin});
        // Inter-word glue from the font's space: stretch 1/2, shrink 1/3 (TeX's fontdimens 3 and 4).
        const double w = spaces.width;
        items.push_back({Item::Kind::glue, w, justify ? w / 2 : 0, justify ? w / 3 : 0, 0, false, spaces.begin,
                         spaces.end});
      }
      spaces.active = false;
    } else if (last_is_box() && !u.unsafe) {
      const Unit& prev = units[ui - 1];
      if (line_break) {
        if (u.ideographic || prev.ideographic) {
          items.push_back({Item::Kind::glue, 0, justify ? kIdeographicStretch * input.size : 0, 0, 0, false,
                           prev.begin, prev.end});
        } else {
          items.push_back({Item::Kind::penalty, 0, 0, 0, 0, false, u.begin, u.begin});
        }
      } else if (hyphen && params.hyphenate && prev.run == u.run) {
        if (const auto& hyphen_glyph = fonts.face(shaped.runs[prev.run].face).hyphen) {
          items.push_back({Item::Kind::penalty, hyphen_glyph->second * input.size, 0, 0, kHyphenPenalty, true, u.begin,
                           u.begin});
        }
      } else if (params.break_long_words && word_width[ui] > params.width) {
        items.push_back({Item::Kind::penalty, 0, 0, 0, kEmergencyPenalty, false, u.begin, u.begin});
      }
    }
    if (last_is_box() && items.back().end == u.begin) {
      items.back().width += u.width;
      items.back().end = u.end;
    } else {
      items.push_back({Item::Kind::box, u.width, 0, 0, 0, false, u.begin, u.end});
    }
  }
  if (items.empty() || !(items.back().kind == Item::Kind::penalty && items.back().penalty <= -kInfPenalty)) {
    items.push_back({Item::Kind::glue, 0, kFil, 0, 0, false, input.text.size(), input.text.size()});
    items.push_back({Item::Kind::penalty, 0, 0, 0, -kInfPenalty, false, input.text.size(), input.text.size()});
  }
  return out;
}

// `offset` into the paragraph text as an offset into the block's plain text, which has no
// placeholders (a decorative image's U+FFFC).
std::uint32_t plain_offset(const text::ParagraphInput& input, std::size_t offset) {
  std::size_t hidden = 0;
  for (const auto& run : input.runs) {
    if (run.begin >= offset) break;
    if (run.style.object && run.style.object->placeholder) hidden += std::min(run.end, offset) - run.begin;
  }
  return static_cast<std::uint32_t>(offset - hidden);
}

// The clickable area of a stretch inside a link: its ascent and descent over its width (raised
// and smaller for a superscript).
void add_link_area(LaidLine& line, const text::TextStyle& style, double x, double width, double size) {
  const double em = size * style.scale, bottom = style.rise * size - kDescent * em;
  for (auto it = style.tags.rbegin(); it != style.tags.rend(); ++it) {
    if (it->type == "Link") {
      line.items.push_back(LinkArea{x, bottom, width, (kAscent + kDescent) * em, it->href, it->node});
      return;
    }
  }
}

struct Piece {
  std::size_t run;
  std::size_t begin, end;
  std::size_t style;
  int level;
  bool hyphen = false;
  bool in_word = false;  // part of a word hyphenated across lines
};

/// A word of the paragraph text, [begin, end).
struct Word {
  std::size_t begin = 0, end = 0;
};

/// The word around a hyphenation point: between the white space before and after it, and inside
/// the inline elements the point is in (a note reference glued to the word, "Saturdays.[1]", is
/// an element of its own: the word's Span must not take its text from it).
Word word_at(const text::ParagraphInput& input, std::size_t point) {
  const std::string& text = input.text;
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  const auto run_of = [&](std::size_t at) {
    return std::find_if(input.runs.begin(), input.runs.end(), [&](const text::StyleRun& r) { return at < r.end; });
  };
  const auto here = run_of(point);
  const auto same_tags = [&](std::size_t at) {
    const auto r = run_of(at);
    return here == input.runs.end() || r == input.runs.end() || r->style.tags == here->style.tags;
  };
  Word w{point, point};
  while (w.begin > 0 && !space(text[w.begin - 1]) && same_tags(w.begin - 1)) --w.begin;
  while (w.end < text.size() && !space(text[w.end]) && same_tags(w.end)) ++w.end;
  return w;
}

/// A piece of a line set at its place: its tags, its items and the stretch it draws ink on.
struct SetPiece {
  std::vector<TagStart> tags;
  std::vector<PageItem> items;
  double left = 0;
  std::optional<std::pair<double, double>> ink;  ///< [left, right) of its glyphs other than white space
};

/// The order in which a line's pieces are written. A left-to-right paragraph's line is written
/// left to right (visual order is its reading order). A right-to-left line is read by pdf.js
/// (Firefox's screen reader path) as text items in content order, each item turned from visual
/// to logical order by its own bidi pass, and it reads a space between two items only where the
/// next item starts to the right of where the previous one ended (a leftward jump is a new item
/// without a space; the first item after a line change starts with a line end). So the line is
/// cut into words, pieces in logical order with no white space between them (a word with a
/// number or a slash, "3.1", "غنو/لينكس", "(ia64),"): the words are written from the leftmost,
/// each word's pieces in logical order, so that the first piece of a word starts to the right
/// of where the word before it ended (the space or line end before it is read where it is) and
/// the others jump leftwards or not at all (no space). The structure tree lists the sequences in
/// logical order, which is the reading order. `joined[i]`: no white space between pieces i and
/// i + 1 (indices are in logical order).
std::vector<std::size_t> stream_order(const std::vector<SetPiece>& set, const std::vector<int32_t>& visual, bool rtl,
                                      const std::vector<bool>& joined) {
  std::vector<std::size_t> out;
  out.reserve(visual.size());
  if (!rtl) {
    for (int32_t vi : visual) out.push_back(static_cast<std::size_t>(vi));
    return out;
  }
  struct Word {
    std::size_t first = 0, last = 0;  ///< pieces [first, last]
    double left = 0;                  ///< where its leftmost ink (or piece) starts
  };
  std::vector<Word> words;
  for (std::size_t i = 0; i < set.size(); ++i) {
    const double left = set[i].ink ? set[i].ink->first : set[i].left;
    if (i == 0 || !joined[i - 1]) {
      words.push_back({i, i, left});
    } else {
      words.back().last = i;
      words.back().left = std::min(words.back().left, left);
    }
  }
  std::stable_sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.left < b.left; });
  for (const Word& w : words) {
    for (std::size_t i = w.first; i <= w.last; ++i) out.push_back(i);
  }
  return out;
}

/// Is the character just before (`before`) or at `at` of `text` white space?
bool white_space_at(const std::string& text, std::size_t at, bool before) {
  if (before ? at == 0 : at >= text.size()) return false;
  std::size_t i = at;
  if (before) {
    do --i;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80);
  }
  return u_isUWhiteSpace(static_cast<UChar32>(base::next_code_point(text, i)));
}

/// The words a line ends and begins inside, when it ends or begins at a hyphenation point.
struct LineWords {
  std::optional<Word> first;  ///< the line starts inside this word
  std::optional<Word> last;   ///< the line ends hyphenated inside this word
};

void set_line(const text::ParagraphInput& input, const text::ShapedParagraph& shaped, const std::vector<Item>& items,
              std::size_t from, std::size_t to, double ratio, const ParagraphParams& params, text::FontBook& fonts,
              const LineWords& words, LaidLine& line) {
  std::size_t lb = input.text.size(), le = 0;
  for (std::size_t i = from; i < to; ++i) {
    if (items[i].kind != Item::Kind::box) continue;
    lb = std::min(lb, items[i].begin);
    le = std::max(le, items[i].end);
  }
  if (lb >= le) return;
  // Justification: each glue's share goes to the first glyph of its range met on the line.
  std::vector<std::pair<std::pair<std::size_t, std::size_t>, double>> extras;
  for (std::size_t i = from; i < to; ++i) {
    if (items[i].kind != Item::Kind::glue) continue;
    const double extra = ratio > 0 ? ratio * items[i].stretch : ratio * items[i].shrink;
    if (extra != 0) extras.push_back({{items[i].begin, items[i].end}, extra});
  }
  // A hyphenated word's parts are pieces of their own, tagged as one Span (below).
  std::vector<std::size_t> cuts;
  if (words.first && words.first->end > lb && words.first->end < le) cuts.push_back(words.first->end);
  if (words.last && words.last->begin > lb && words.last->begin < le) cuts.push_back(words.last->begin);
  const auto in_word = [&](std::size_t at) {
    return (words.first && at < words.first->end) || (words.last && at >= words.last->begin);
  };
  std::vector<Piece> pieces;
  for (std::size_t r = 0; r < shaped.runs.size(); ++r) {
    const auto& run = shaped.runs[r];
    const std::size_t pb = std::max(run.begin, lb), pe = std::min(run.end, le);
    for (std::size_t b = pb; b < pe;) {
      const std::size_t s = text::style_at(input, b);
      std::size_t e = input.runs.empty() ? pe : std::min(pe, input.runs[s].end);
      for (std::size_t cut : cuts) {
        if (cut > b && cut < e) e = cut;
      }
      pieces.push_back({r, b, e, s, run.level, false, in_word(b)});
      b = e;
    }
  }
  const bool hyphenated = to < items.size() && items[to].kind == Item::Kind::penalty && items[to].flagged &&
                          items[to].width > 0;
  if (hyphenated && !pieces.empty()) {
    Piece h = pieces.back();
    h.hyphen = true;
    pieces.push_back(h);
  }
  std::vector<UBiDiLevel> levels;
  for (const auto& p : pieces) levels.push_back(static_cast<UBiDiLevel>(p.level));
  std::vector<int32_t> order(pieces.size());
  ubidi_reorderVisual(levels.data(), static_cast<int32_t>(levels.size()), order.data());

  std::vector<bool> extra_used(extras.size(), false);
  // Each piece is set at its visual place first (pass 1), then written in the order readers
  // need (pass 2, stream_order).
  std::vector<SetPiece> set(pieces.size());
  double x = 0;
  static const text::TextStyle kPlain;
  for (int32_t vi : order) {
    const Piece& piece = pieces[static_cast<std::size_t>(vi)];
    SetPiece& sp = set[static_cast<std::size_t>(vi)];
    const auto& run = shaped.runs[piece.run];
    const text::TextStyle& style = input.runs.empty() ? kPlain : input.runs[piece.style].style;
    for (const auto& tag : style.tags) {
      sp.tags.push_back(TagStart{tag.node, tag.type, tag.type == "Span" ? style.lang : std::string(), {}});
    }
    if (piece.in_word) {
      // A word hyphenated across lines is read whole: its parts form one Span whose ActualText
      // is the word (ISO 32000-1 14.9.4); readers that take each line's text as it is (pdf.js
      // drops the soft hyphen U+00AD and ends the line there) would read two words.
      const Word& w = words.first && piece.begin < words.first->end ? *words.first : *words.last;
      sp.tags.push_back(TagStart{params.block, "Span", {}, {}, input.text.substr(w.begin, w.end - w.begin),
                                 static_cast<std::uint32_t>(w.begin)});
    }
    LaidLine items;
    sp.left = x;
    if (style.object) {
      const text::InlineObject& object = *style.object;
      add_link_area(items, style, x, object.width, input.size);
      items.items.push_back(Image{object.path, x, -object.drop, object.width, object.height, style.node, {},
                                  object.data, params.block, plain_offset(input, piece.begin)});
      x += object.width;
      sp.ink = {sp.left, x};
      sp.items = std::move(items.items);
      continue;
    }
    GlyphRun out;
    out.font = run.face;
    out.size = input.size * style.scale;
    out.x = x;
    out.y = style.rise * input.size;
    out.level = piece.level;
    out.lang = style.lang.empty() ? input.lang : style.lang;
    out.node = style.node;
    out.block = params.block;
    out.color = params.color;
    if (piece.hyphen) {
      const auto& hyphen_glyph = fonts.face(run.face).hyphen;  // a hyphen penalty was made only with one
      out.glyphs.push_back({.gid = hyphen_glyph->first, .cluster = 0, .advance = hyphen_glyph->second * input.size});
      out.text = "\xC2\xAD";
      out.inserted_hyphen = true;
      out.block_offset = plain_offset(input, piece.end);
    } else {
      out.text = input.text.substr(piece.begin, piece.end - piece.begin);
      out.block_offset = plain_offset(input, piece.begin);
      // Glyph clusters ascend in left-to-right runs and descend in right-to-left ones.
      const bool rtl = run.level & 1;
      auto first = std::partition_point(run.glyphs.begin(), run.glyphs.end(), [&](const text::Glyph& g) {
        return rtl ? g.cluster >= piece.end : g.cluster < piece.begin;
      });
      auto last = first;
      while (last != run.glyphs.end() && last->cluster >= piece.begin && last->cluster < piece.end) ++last;
      out.glyphs.reserve(static_cast<std::size_t>(last - first));  // a line's glyphs: 13 MB for 125 pages
      for (auto it = first; it != last; ++it) {
        const text::Glyph& g = *it;
        PositionedGlyph pg{.gid = g.gid,
                           .cluster = static_cast<std::uint32_t>(g.cluster - piece.begin),
                           .advance = g.advance,
                           .x_offset = g.x_offset,
                           .y_offset = g.y_offset};
        // Glue ranges are disjoint and in logical order: the last starting at or before the
        // cluster is the only one that can hold it.
        const auto after = std::upper_bound(extras.begin(), extras.end(), g.cluster,
                                            [](std::size_t c, const auto& x) { return c < x.first.first; });
        const auto e = static_cast<std::size_t>(after - extras.begin());
        if (e > 0 && g.cluster < extras[e - 1].first.second && !extra_used[e - 1]) {
          pg.advance += extras[e - 1].second;
          extra_used[e - 1] = true;
        }
        out.glyphs.push_back(pg);
      }
    }
    if (out.glyphs.empty()) continue;
    double w = 0;
    for (const auto& g : out.glyphs) {
      // What a glyph draws: white space draws nothing.
      const char c = piece.hyphen ? '-' : out.text[g.cluster];
      if (c == ' ' || c == '\t') {
        w += g.advance;
        continue;
      }
      if (!sp.ink) sp.ink = std::pair{x + w, x + w};
      w += g.advance;
      sp.ink->second = x + w;
    }
    add_link_area(items, style, x, w, input.size);
    const Rgb color = out.color;
    items.items.push_back(std::move(out));
    if (style.struck) {
      // Through the middle of the lower-case letters, as CSS line-through draws it.
      const double y = kStrikeHeight * input.size * style.scale + style.rise * input.size;
      items.items.push_back(Rule{x, y, x + w, y, kStrikeWidth * input.size, color});
    }
    sp.items = std::move(items.items);
    x += w;
  }

  if (input.base_level % 2 == 1) {
    const auto ltr = [&](std::size_t v) {
      return v < order.size() && pieces[static_cast<std::size_t>(order[v])].level % 2 == 0;
    };
    for (std::size_t v = 0; v < order.size(); ++v) {
      for (auto& item : set[static_cast<std::size_t>(order[v])].items) {
        if (auto* run = std::get_if<GlyphRun>(&item)) {
          run->rtl_line = true;
          run->ltr_start = ltr(v) && (v == 0 || !ltr(v - 1));
          run->ltr_end = ltr(v) && !ltr(v + 1);
        }
      }
    }
  }
  const auto same = [](const TagStart& a, const TagStart& b) {
    return a.node == b.node && a.type == b.type && a.at == b.at;
  };
  std::vector<TagStart> open;
  std::vector<bool> joined(pieces.size(), false);
  for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
    joined[i] = !white_space_at(input.text, pieces[i].end, true) && !white_space_at(input.text, pieces[i + 1].begin, false);
  }
  for (std::size_t index : stream_order(set, order, input.base_level % 2 == 1, joined)) {
    SetPiece& sp = set[index];
    if (sp.items.empty()) continue;
    // Close the tags this piece is not in, open the ones it is in (shared parents stay open).
    std::size_t common = 0;
    while (common < open.size() && common < sp.tags.size() && same(open[common], sp.tags[common])) ++common;
    while (open.size() > common) {
      line.items.push_back(TagEnd{});
      open.pop_back();
    }
    for (std::size_t t = common; t < sp.tags.size(); ++t) {
      line.items.push_back(sp.tags[t]);
      open.push_back(sp.tags[t]);
    }
    for (auto& item : sp.items) line.items.push_back(std::move(item));
  }
  while (!open.empty()) {
    line.items.push_back(TagEnd{});
    open.pop_back();
  }
  line.width = x;
}

}  // namespace

namespace {

/// For each line of `breaks`, the word it ends hyphenated inside, as the Span of its parts holds
/// it: the word between white space, cut to the lines its parts are on (a word begun on an
/// earlier line after a hard hyphen keeps that part out), so that the Span's ActualText is
/// exactly the text it covers. A word hyphenated twice is one Span over three lines.
///
/// In a right-to-left paragraph, a word broken anywhere else (after a hard hyphen or a slash,
/// "CD-ROM", "غنو/لينكس", a long link) is one Span too: pdf.js reads a right-to-left line's
/// line end before the words drawn first, its leftmost (paragraph_layout's stream_order), not
/// after its last word, so the word's parts were read with a space between them ("CD- ROM").
/// In a left-to-right line the line end comes right after the part, where readers join it.
std::vector<std::optional<Word>> hyphenated_word_spans(const text::ParagraphInput& input, const std::vector<Item>& items,
                                                       const std::vector<std::size_t>& breaks) {
  const std::string& text = input.text;
  const std::size_t n = breaks.size();
  std::vector<std::pair<std::size_t, std::size_t>> bounds(n);  // each line's text [begin, end)
  std::vector<std::optional<Word>> raw(n);
  std::size_t from = 0;
  for (std::size_t li = 0; li < n; ++li) {
    const std::size_t k = breaks[li];
    bounds[li] = {text.size(), 0};
    for (std::size_t i = from; i < k; ++i) {
      if (items[i].kind != Item::Kind::box) continue;
      bounds[li].first = std::min(bounds[li].first, items[i].begin);
      bounds[li].second = std::max(bounds[li].second, items[i].end);
    }
    const bool hyphenated = items[k].flagged && items[k].width > 0;
    const bool inside_word = input.base_level % 2 == 1 && items[k].penalty > -kInfPenalty;
    if (items[k].kind == Item::Kind::penalty && (hyphenated || inside_word) && li + 1 < n) {
      raw[li] = word_at(input, items[k].begin);
    }
    from = line_start_after(items, k);
  }
  std::vector<std::optional<Word>> out(n);
  for (std::size_t first = 0; first < n;) {
    if (!raw[first]) {
      ++first;
      continue;
    }
    std::size_t last = first;  // the group's last hyphenated line
    while (last + 1 < n && raw[last + 1] && raw[last + 1]->begin == raw[first]->begin) ++last;
    const Word span{std::max(raw[first]->begin, bounds[first].first), std::min(raw[first]->end, bounds[last + 1].second)};
    for (std::size_t li = first; li <= last; ++li) out[li] = span;
    first = last + 1;
  }
  return out;
}

}  // namespace

namespace {
struct Prepared {
  text::ShapedParagraph shaped;
  Built built;
  BreakParams params;
};

Prepared prepare(const text::ParagraphInput& input, const ParagraphParams& params, text::FontBook& fonts,
                 text::LineBreaker& breaker) {
  Prepared p;
  p.shaped = text::shape_paragraph(input, fonts);
  const auto breaks = breaker.break_points(input, params.hyphenate ? &fonts.hyphenator() : nullptr);
  p.built = build_items(input, p.shaped, breaks, params, fonts, params.justify);
  p.params.line_width = params.width;
  p.params.line_stretch = params.justify ? 0 : kRaggedStretch * input.size;
  return p;
}

/// TeX's passes: tolerance 200, then 1000, then 1000 with \emergencystretch (extra stretch
/// counted in the badness only, so the chosen lines spread their real glue further); first-fit
/// only when even that finds nothing, i.e. some material cannot fit the measure.
std::vector<std::size_t> choose_breaks(Prepared& p, double size, bool& greedy) {
  greedy = false;
  if (auto b = break_knuth_plass(p.built.items, p.params)) return *b;
  p.params.tolerance = 1000;
  if (auto b = break_knuth_plass(p.built.items, p.params)) return *b;
  BreakParams emergency = p.params;
  emergency.line_stretch += kEmergencyStretch * size;
  if (auto b = break_knuth_plass(p.built.items, emergency)) return *b;
  greedy = true;
  return break_greedy(p.built.items, p.params);
}

double finite_ratio(double r) { return std::isfinite(r) ? r : (r < 0 ? -1 : 0); }
}  // namespace

LaidParagraph layout_paragraph(const text::ParagraphInput& input, const ParagraphParams& params,
                               text::FontBook& fonts, text::LineBreaker& breaker) {
  LaidParagraph out;
  if (input.text.empty()) return out;
  Prepared p = prepare(input, params, fonts, breaker);
  out.warnings = p.shaped.warnings;
  const auto breaks = choose_breaks(p, input.size, out.greedy);
  if (out.greedy) {
    base::Span span = input.runs.empty() ? base::Span{} : input.runs.front().style.span;
    out.warnings.push_back(base::make_warning("layout.greedy-breaking", span,
                                              "no good set of line breaks exists for this paragraph; lines were "
                                              "filled one by one and some may be loose or overfull"));
  }
  const auto& items = p.built.items;
  const std::vector<std::optional<Word>> hyphenated_words = hyphenated_word_spans(input, items, breaks);
  std::size_t from = 0;
  LineWords words;
  for (std::size_t li = 0; li < breaks.size(); ++li) {
    const std::size_t k = breaks[li];
    LaidLine line;
    const bool forced = items[k].kind == Item::Kind::penalty && items[k].penalty <= -kInfPenalty;
    line.last = forced;
    double r = finite_ratio(adjustment_ratio(items, from, k, p.params));
    if (r < -1) r = -1;  // an overfull line shrinks fully and no more
    if (!params.justify && r > 0) r = 0;
    line.ratio = r;
    words.last = hyphenated_words[li];
    set_line(input, p.shaped, items, from, k, r, params, fonts, words, line);
    words.first = words.last;
    out.lines.push_back(std::move(line));
    from = line_start_after(items, k);
  }
  return out;
}

BreakStudy study_breaking(const text::ParagraphInput& input, const ParagraphParams& params, text::FontBook& fonts,
                          text::LineBreaker& breaker, bool greedy) {
  BreakStudy out;
  if (input.text.empty()) return out;
  Prepared p = prepare(input, params, fonts, breaker);
  bool used_greedy = false;
  const auto breaks = greedy ? break_greedy(p.built.items, p.params) : choose_breaks(p, input.size, used_greedy);
  std::size_t from = 0;
  for (std::size_t k : breaks) {
    const bool forced = p.built.items[k].kind == Item::Kind::penalty && p.built.items[k].penalty <= -kInfPenalty;
    if (!forced) out.ratios.push_back(finite_ratio(adjustment_ratio(p.built.items, from, k, p.params)));
    from = line_start_after(p.built.items, k);
  }
  return out;
}

}  // namespace folio::layout
