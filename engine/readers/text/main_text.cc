#include "readers/text/main_text.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <unordered_map>

#include "base/two_threads.h"
#include "base/utf8.h"
#include "readers/common/picture_credit.h"
#include "readers/common/prose_evidence.h"
#include "readers/common/segment_break.h"
#include "readers/text/program_text.h"

namespace folio::readers {

extern const char kMainTextModel[];  // main_text_model.tsv, embedded by CMake

namespace {

// Beside the list markers, glyphs that open a menu's or a teaser's entry on a scraped page (and
// may open a quotation or a dash's aside in a release, so they open no list item there).
constexpr std::string_view kEntryGlyphs[] = {"|", ">", "»", "+", "–", "—"};

// A horizontal rule (w3m draws <hr> as a line of box-drawing strokes): a border between blocks.
bool is_rule(std::string_view t) {
  std::size_t strokes = 0;
  for (std::size_t i = 0; i < t.size();) {
    const char32_t c = base::next_code_point(t, i);
    if (!(c == '-' || c == '=' || c == '_' || (c >= 0x2500 && c <= 0x257F))) return false;
    ++strokes;
  }
  return strokes >= 10;
}

std::size_t bullet_glyph(std::string_view t) {
  using Glyphs = std::span<const std::string_view>;
  for (Glyphs glyphs : {Glyphs(kListMarkers), Glyphs(kNestedListMarkers), Glyphs(kEntryGlyphs)}) {
    if (const std::size_t n = opening_marker(t, glyphs)) return n;
  }
  return 0;
}

bool ends_with_stop(std::string_view t) {
  const char32_t c = base::last_code_point(t);
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' || c == '"' || c == 0x201D || c == 0x00BB;
}

// "…driven by Leanne L." / "Hivley, 52, …": a stop after a lone capital is a name's initial, and
// the wrap that put the surname on the next line does not end a sentence there.
bool ends_with_initial(std::string_view t) {
  if (!t.ends_with('.')) return false;
  t.remove_suffix(1);
  const char32_t letter = base::last_code_point(t);
  if (!u_isupper(static_cast<UChar32>(letter))) return false;
  t.remove_suffix(base::utf8_length(letter));
  return t.empty() || t.back() == ' ';
}

bool starts_upper(std::string_view t) {
  const auto c = static_cast<UChar32>(base::first_code_point(t));
  return u_isupper(c) || u_istitle(c);
}

double log1p_size(std::size_t n) { return std::log1p(static_cast<double>(n)); }

// How much of a block says the same words again at a fixed distance: the best period's share of
// matching words. A link drawn with its label and its title ("Rezepte Rezepte Rezepte", "Weiße
// Torte weisse torte") or a teaser's headline glued to its own summary repeats itself; a
// paragraph does not. Measured on a block's first kEchoWords words (a menu's or a teaser's echo
// shows there; a paragraph's words need not be read to the end).
constexpr std::size_t kEchoWords = 64;
double echo(std::string_view text) {
  std::array<std::uint64_t, kEchoWords> words;  // FNV-1a of each lower-cased word
  std::size_t n = 0;
  std::uint64_t hash = 0;
  bool in_word = false;
  const auto end_word = [&] {
    if (in_word) words[n++] = hash;
    in_word = false;
  };
  for (std::size_t i = 0; i < text.size() && n < kEchoWords;) {
    const auto c = static_cast<UChar32>(base::next_code_point(text, i));
    const bool ascii = c < 0x80;
    if (ascii ? !(std::isalnum(c) || c == '_') : !u_isalnum(c)) {
      end_word();
      continue;
    }
    if (!in_word) hash = 14695981039346656037ULL;
    in_word = true;
    hash = (hash ^ static_cast<std::uint64_t>(ascii ? std::tolower(c) : u_tolower(c))) * 1099511628211ULL;
  }
  if (n < kEchoWords) end_word();
  std::size_t best = 0;
  for (std::size_t p = 1; p <= n / 2; ++p) {
    std::size_t same = 0;
    for (std::size_t i = 0; i + p < n; ++i) same += words[i] == words[i + p];
    best = std::max(best, same);
  }
  return n < 2 ? 0.0 : static_cast<double>(best) / static_cast<double>(n);
}

// The features, by name; the order is the model file's and the training data's.
enum Feature : std::size_t {
  kLogChars, kLines, kLogWords, kStopDensity, kCapitals, kDigits, kEndsSentence, kStopsPerWord, kCommasPerWord,
  kPipes, kBrackets, kLinkLike, kWide, kBullet, kIndent, kRepeated, kFull,
  kKindFirst,  // kBoilerplateKinds bits follow
  kPosition = kKindFirst + kBoilerplateKinds, kInRegion, kBlocksBefore, kBlocksAfter, kCharsBefore, kCharsAfter,
  kProse, kShortInRegion,
  kSinceFirst,  // per section kind: 1/(1+blocks since its heading), then whether one was seen
  kPrevFirst = kSinceFirst + 10, kNextFirst = kPrevFirst + 6, kWindowProse = kNextFirst + 6, kBetweenProse,
  kFurnitureChars, kFurnitureProse,  // furniture vocabulary times length, times running prose
  kStartsDigit, kEcho,
  kProductFirst  // the products of kInteracting two by two
};

// Measures whose meaning depends on another's: a linear model sees their products.
constexpr std::size_t kInteracting[] = {kLogChars,    kBullet,      kInRegion,    kNextFirst + 3, kPrevFirst + 3,
                                        kEndsSentence, kPosition,    kStopDensity, kRepeated,      kBlocksAfter,
                                        kCapitals,    kBlocksBefore, kCharsAfter, kLinkLike,      kWindowProse};
constexpr std::size_t kInteractions = std::size(kInteracting);
static_assert(kProductFirst + kInteractions * (kInteractions - 1) / 2 == kMainTextFeatures);

constexpr double kFurnitureWords = 15;  // a block this long or shorter counts its furniture words fully
constexpr std::size_t kMaxHole = 2;       // blocks between two kept ones that may be the text's own
constexpr double kHoleFloor = 0.05;       // a hole's blocks score at least this
constexpr std::size_t kMaxNearHole = 5;   // ... or this many when the model doubts none of them
constexpr double kTailFloor = 0.15;       // the text's last sentence scores at least this
constexpr double kTailStopDensity = 0.2;  // ... and has running words
constexpr double kMinTailWords = 4;       // ... four at least

constexpr std::uint16_t kSectionKinds[] = {kComments, kRelated, kLegal, kSharing, kSubscription};

struct Model {
  std::array<double, kMainTextFeatures> mean{}, scale{}, weight{};
  double bias = 0, threshold = 0.5, near_threshold = 0.5;
};

const Model& model() {
  static const Model kModel = [] {
    Model m;
    std::unordered_map<std::string_view, std::size_t> index;
    for (std::size_t i = 0; i < kMainTextFeatures; ++i) index[main_text_feature_names()[i]] = i;
    std::string_view rest = kMainTextModel;
    std::vector<bool> seen(kMainTextFeatures, false);
    while (!rest.empty()) {
      const auto nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
      if (line.empty() || line.front() == '#') continue;
      std::vector<std::string> cells;
      for (std::size_t at = 0;;) {
        const auto tab = line.find('\t', at);
        cells.emplace_back(line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at));
        if (tab == std::string_view::npos) break;
        at = tab + 1;
      }
      const auto number = [&](std::size_t k) { return k < cells.size() ? std::strtod(cells[k].c_str(), nullptr) : 0.0; };
      if (cells[0] == "bias") {
        m.bias = number(1);
      } else if (cells[0] == "threshold") {
        m.threshold = number(1);
      } else if (cells[0] == "near_threshold") {
        m.near_threshold = number(1);
      } else if (const auto it = index.find(cells[0]); it != index.end() && cells.size() == 4) {
        m.mean[it->second] = number(1);
        m.scale[it->second] = number(2) > 0 ? number(2) : 1.0;
        m.weight[it->second] = number(3);
        seen[it->second] = true;
      } else {
        throw std::logic_error("main_text_model.tsv: unknown line '" + std::string(line) + "'");
      }
    }
    if (std::find(seen.begin(), seen.end(), false) != seen.end()) {
      throw std::logic_error("main_text_model.tsv: a feature has no weight");
    }
    return m;
  }();
  return kModel;
}

}  // namespace

const std::array<std::string_view, kMainTextFeatures>& main_text_feature_names() {
  static const std::array<std::string_view, kProductFirst> kMeasures{
      "log_chars", "lines", "log_words", "stop_density", "capitals", "digits", "ends_sentence", "stops_per_word",
      "commas_per_word", "pipes", "brackets", "link_like", "wide", "bullet", "indent", "repeated", "full",
      "kind_cookie", "kind_sharing", "kind_account", "kind_subscription", "kind_legal", "kind_comments",
      "kind_related", "kind_navigation", "kind_credit", "kind_advert",
      "position", "in_region", "blocks_before", "blocks_after", "chars_before", "chars_after", "prose",
      "short_in_region",
      "since_comments", "since_related", "since_legal", "since_sharing", "since_subscription",
      "after_comments", "after_related", "after_legal", "after_sharing", "after_subscription",
      "prev_log_chars", "prev_stop_density", "prev_ends_sentence", "prev_prose", "prev_bullet", "prev_capitals",
      "next_log_chars", "next_stop_density", "next_ends_sentence", "next_prose", "next_bullet", "next_capitals",
      "window_prose", "between_prose", "furniture*log_chars", "furniture*prose", "starts_digit", "echo"};
  static const std::vector<std::string> kProducts = [] {
    std::vector<std::string> products;
    for (std::size_t a = 0; a < kInteractions; ++a) {
      for (std::size_t b = a + 1; b < kInteractions; ++b) {
        products.push_back(std::string(kMeasures[kInteracting[a]]) + "*" + std::string(kMeasures[kInteracting[b]]));
      }
    }
    return products;
  }();
  static const std::array<std::string_view, kMainTextFeatures> kNames = [] {
    std::array<std::string_view, kMainTextFeatures> names{};
    std::copy(kMeasures.begin(), kMeasures.end(), names.begin());
    std::copy(kProducts.begin(), kProducts.end(), names.begin() + kProductFirst);
    return names;
  }();
  return kNames;
}

std::size_t wrap_width(const std::vector<Line>& lines, std::size_t begin) {
  std::vector<std::size_t> widths;
  for (std::size_t i = begin; i < lines.size(); ++i) {
    if (!lines[i].blank()) widths.push_back(lines[i].indent + lines[i].width);
  }
  if (widths.empty()) return 0;
  const auto at = widths.begin() + static_cast<std::ptrdiff_t>((widths.size() - 1) * 95 / 100);
  std::nth_element(widths.begin(), at, widths.end());
  return std::max<std::size_t>(20, *at);
}

namespace {

// Whether the wrap (a full line, or a line cut short going on in lower case) joins `line` to
// `above`.
bool wrap_joins(const Line& above, const Line& line, std::size_t wrap) {
  if (is_drawn_object(above.text) || is_drawn_object(line.text)) return false;
  if (above.indent + above.width + width_to_first_break(line.text) > wrap - 1) {
    // A picture's credit ends its caption as a stop ends a sentence.
    const bool stop = ends_with_stop(above.text) && !ends_with_initial(above.text);
    return !((stop || ends_with_credit(above.text)) && starts_upper(line.text));
  }
  // A line cut short (a line break inside a list item or a sentence) that goes on in lower case.
  return u_islower(static_cast<UChar32>(base::first_code_point(line.text))) && !ends_with_stop(above.text);
}

// A script the page saved beside its text does not go on into the text, nor the text into it.
bool shapes_join(LineShape a, LineShape b) { return a == b || a == LineShape::other || b == LineShape::other; }

}  // namespace

bool carries_on(const Line& above, const Line& line, std::size_t wrap) {
  return wrap_joins(above, line, wrap) && shapes_join(line_shape(above.text), line_shape(line.text));
}

bool is_drawn_object(std::string_view text) { return text.starts_with('[') && text.ends_with(']'); }

bool is_bullet_or_rule(std::string_view text) { return bullet_glyph(text) > 0 || is_rule(text); }

bool dash_carries_on(const Line& above, const Line& line, const Line* below, std::size_t wrap) {
  if (above.blank() || above.indent != line.indent || ends_with_stop(above.text)) return false;
  for (std::string_view dash : {"-", "–", "—"}) {
    if (!line.text.starts_with(dash) || line.text.size() <= dash.size() || line.text[dash.size()] != ' ') continue;
    // Beside another line opening with a dash, it is an item of a list.
    const auto opens_with_dash = [&](const Line& l) { return l.text.starts_with(std::string(dash) + ' '); };
    if (opens_with_dash(above) || (below != nullptr && opens_with_dash(*below))) return false;
    const std::string_view rest = base::trim_ascii(line.text.substr(dash.size()));
    const std::string_view word = rest.substr(0, rest.find(' '));
    return u_islower(static_cast<UChar32>(base::first_code_point(rest))) &&
           above.indent + above.width + 1 + display_width(dash) + 1 + display_width(word) > wrap - 1;
  }
  return false;
}

namespace {

// A block of lines, as the page wrapped them, that is a program's text. Only a block with a
// line shaped as code is looked at.
bool program_block(const std::vector<Line>& lines, const std::vector<LineShape>& shape, const TextBlock& b) {
  const auto first = shape.begin() + static_cast<std::ptrdiff_t>(b.first);
  if (std::find(first, first + static_cast<std::ptrdiff_t>(b.last - b.first + 1), LineShape::code) ==
      first + static_cast<std::ptrdiff_t>(b.last - b.first + 1)) {
    return false;
  }
  std::string text;
  for (std::size_t i = b.first; i <= b.last; ++i) (text += lines[i].text) += '\n';
  return is_program_text(text) || is_template_text(text);
}

// Marks the blocks of a program's text, and a block of at most two lines between two of them (a
// script's string of words the wrap put on its own lines: `new TypeError("Super expression
// must either be null or a`).
void mark_program_blocks(const std::vector<Line>& lines, const std::vector<LineShape>& shape,
                         std::vector<TextBlock>& blocks) {
  constexpr std::size_t kMaxStringLines = 2;
  for (TextBlock& b : blocks) b.program = program_block(lines, shape, b);
  for (std::size_t i = 1; i + 1 < blocks.size(); ++i) {
    TextBlock& b = blocks[i];
    if (!b.program && b.last - b.first < kMaxStringLines && blocks[i - 1].program && blocks[i + 1].program &&
        blocks[i - 1].last + 1 == b.first && b.last + 1 == blocks[i + 1].first) {
      b.program = true;
    }
  }
}

}  // namespace

std::vector<TextBlock> group_wrapped_lines(const std::vector<Line>& lines, std::size_t begin) {
  const std::size_t wrap = wrap_width(lines, begin);
  if (wrap == 0) return {};

  std::vector<LineShape> shape(lines.size(), LineShape::other);
  for (std::size_t i = begin; i < lines.size(); ++i) shape[i] = line_shape(lines[i].text);
  std::vector<TextBlock> blocks;
  std::size_t cont_indent = 0;
  constexpr std::size_t kNoIndent = static_cast<std::size_t>(-1);
  std::size_t marker_indent = kNoIndent;  // a numbered or dash-opened block's own indent
  bool after_rule = false;
  for (std::size_t i = begin; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.blank()) continue;
    const bool contiguous = !blocks.empty() && blocks.back().last + 1 == i && !after_rule;
    // A dash the wrap put at the start of a line goes on with the sentence: it is no bullet.
    const Line* below = i + 1 < lines.size() ? &lines[i + 1] : nullptr;
    const bool dash = contiguous && dash_carries_on(lines[i - 1], l, below, wrap);
    const std::size_t glyph = dash ? 0 : bullet_glyph(l.text);
    const bool rule = is_rule(l.text);
    // A numbered paragraph ("1. Erstelle …") or one a quotation dash opens ("– Stosunkowo prosta …")
    // may also wrap back to its marker's column.
    int next_number = 0;
    std::string_view next_body;
    // And a browser that wrapped at a run of spaces leaves one at the next line's start ("… etwa 1
    // cm" / " tief aus …"): a line going on in lower case may stand a column off.
    const bool lower = u_islower(static_cast<UChar32>(base::first_code_point(l.text))) != 0;
    const bool indent_goes_on =
        l.indent == cont_indent || (lower && l.indent == cont_indent + 1) ||
        (l.indent == marker_indent && !is_numbered_line(l.text, next_number, next_body));
    const bool joins = dash || (contiguous && glyph == 0 && !rule && indent_goes_on && !l.ideographic_indent &&
                                wrap_joins(lines[i - 1], l, wrap) && shapes_join(shape[i - 1], shape[i]));
    after_rule = rule;
    if (joins) {
      TextBlock& b = blocks.back();
      b.last = i;
      // Wrapped Chinese or Japanese goes on without a space (as paragraphs are rebuilt).
      if (!b.text.empty() && !segment_break_removed(base::last_code_point(b.text), base::first_code_point(l.text))) {
        b.text += ' ';
      }
      b.text += l.text;
      continue;
    }
    TextBlock b;
    b.first = b.last = i;
    b.bullet = glyph > 0;
    b.indent = l.indent;
    b.text = std::string(base::trim_ascii(l.text.substr(glyph)));
    // A list item's lines go on under its text, past the bullet or number.
    int number = 0;
    std::string_view body;
    const std::string_view marked = glyph ? l.text.substr(glyph) : l.text;
    const bool numbered = !glyph && is_numbered_line(l.text, number, body);
    b.numbered = numbered;
    cont_indent = l.indent;
    const bool dash_opened =
        glyph > 0 && (l.text.starts_with("–") || l.text.starts_with("—") || l.text.starts_with("-"));
    marker_indent = numbered || dash_opened ? l.indent : kNoIndent;
    if (glyph || numbered) {
      const std::string_view text = numbered ? body : base::trim_ascii(marked);
      cont_indent += display_width(l.text.substr(0, static_cast<std::size_t>(text.data() - l.text.data())));
    }
    blocks.push_back(std::move(b));
  }
  mark_program_blocks(lines, shape, blocks);
  return blocks;
}

// ~8 µs a block: a long page (seed x50 has 2,171 blocks) gains from a second thread, a release
// of ~50 blocks would not.
constexpr std::size_t kTwoThreadBlocks = 500;

std::vector<BlockFeatures> main_text_features(const std::vector<TextBlock>& blocks) {
  const std::size_t n = blocks.size();
  std::vector<BlockFeatures> features(n, BlockFeatures{});
  if (n == 0) return features;
  std::map<std::string_view, int> counts;
  for (const auto& b : blocks) ++counts[b.text];
  // What each block's words say, on two threads for a long text (each reads its block only),
  // with its function words of every language: the page's language is the one they hit most,
  // and each block's stop words are counted against it.
  std::vector<ProseEvidence> evidence(n);
  std::vector<StopWordHits> hits(n);
  std::vector<double> echoes(n);
  base::for_each_on_two_threads(n, kTwoThreadBlocks, [&](std::size_t i) {
    evidence[i] = measure_prose(blocks[i].text, hits[i]);
    echoes[i] = echo(blocks[i].text);
  });
  StopWordHits page_hits;
  for (const StopWordHits& h : hits) page_hits += h;
  const std::string_view language = most_hit_language(page_hits);
  for (std::size_t i = 0; i < n; ++i) evidence[i].stop_words = stop_words_in(hits[i], language);

  std::vector<std::size_t> chars(n);
  std::vector<bool> prose(n);
  for (std::size_t i = 0; i < n; ++i) {
    const TextBlock& b = blocks[i];
    const ProseEvidence& e = evidence[i];
    auto& f = features[i];
    const double words = std::max(1, e.words);
    chars[i] = static_cast<std::size_t>(e.chars);
    f[kLogChars] = log1p_size(chars[i]);
    f[kLines] = static_cast<double>(b.last - b.first + 1);
    f[kLogWords] = std::log1p(e.words);
    f[kStopDensity] = e.stop_density();
    f[kCapitals] = e.words > 1 ? e.capitalised / (words - 1) : 0.0;
    f[kDigits] = e.digits / std::max(1.0, static_cast<double>(e.chars));
    f[kEndsSentence] = e.ends_sentence;
    f[kStopsPerWord] = e.sentence_stops / words;
    f[kCommasPerWord] = e.commas / words;
    f[kPipes] = std::min<double>(5, static_cast<double>(std::count(b.text.begin(), b.text.end(), '|')));
    f[kBrackets] = std::min<double>(5, static_cast<double>(std::count(b.text.begin(), b.text.end(), '[')));
    f[kLinkLike] = b.text.find("http") != std::string::npos || b.text.find("www.") != std::string::npos ||
                   b.text.find('@') != std::string::npos;
    f[kWide] = e.wide / std::max(1.0, static_cast<double>(e.chars));
    f[kBullet] = b.bullet;
    f[kIndent] = std::min<double>(12, static_cast<double>(b.indent)) / 12;
    f[kRepeated] = counts[b.text] > 1;
    f[kFull] = b.last > b.first || b.text.size() > 48;
    // Furniture vocabulary names a share line or a cookie notice; in a long paragraph it is more
    // often the article's topic ("Werbung" in a story about adverts): its weight fades with length.
    const double fade = std::min(1.0, kFurnitureWords / words);
    for (int k = 0; k < kBoilerplateKinds; ++k) {
      f[kKindFirst + static_cast<std::size_t>(k)] = ((e.kinds >> k) & 1) * fade;
    }
    // Running prose: enough text, function words (or CJK), a sentence end.
    prose[i] = (e.stop_density() >= 0.25 || f[kWide] > 0.5) && e.ends_sentence && e.chars >= 80;
    f[kProse] = prose[i];
    f[kFurnitureChars] = e.kinds != 0 ? f[kLogChars] : 0.0;
    f[kFurnitureProse] = e.kinds != 0 && prose[i];
    // A quantity, a rank, a date or a numbered step: the article's lists and the page's dates.
    f[kStartsDigit] = u_isdigit(static_cast<UChar32>(base::first_code_point(b.text))) != 0;
    f[kEcho] = echoes[i];
  }

  // The densest run of prose (the largest sum of prose length minus furniture length).
  std::optional<std::size_t> start;
  std::size_t region_begin = 0, region_end = 0;  // [begin, end)
  double best = -1e18, sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double v = prose[i] ? static_cast<double>(chars[i]) : -0.5 * static_cast<double>(chars[i]) - 20;
    if (!start || sum <= 0) {
      start = i;
      sum = v;
    } else {
      sum += v;
    }
    if (sum > best) {
      best = sum;
      region_begin = *start;
      region_end = i + 1;
    }
  }
  std::vector<double> chars_prefix(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) chars_prefix[i + 1] = chars_prefix[i] + static_cast<double>(chars[i]);
  for (std::size_t i = 0; i < n; ++i) {
    auto& f = features[i];
    f[kPosition] = chars_prefix[i] / std::max(1.0, chars_prefix[n]);
    const bool inside = i >= region_begin && i < region_end;
    f[kInRegion] = inside;
    f[kBlocksBefore] = i < region_begin ? log1p_size(region_begin - i) : 0.0;
    f[kBlocksAfter] = i >= region_end ? log1p_size(i - region_end + 1) : 0.0;
    f[kCharsBefore] = i + 1 < region_begin ? std::log1p(chars_prefix[region_begin] - chars_prefix[i + 1]) : 0.0;
    f[kCharsAfter] = i > region_end ? std::log1p(chars_prefix[i] - chars_prefix[region_end]) : 0.0;
    f[kShortInRegion] = inside && chars[i] < 80;
  }

  // Headings that announce a section of furniture: comments, related articles, the footer.
  for (std::size_t k = 0; k < std::size(kSectionKinds); ++k) {
    std::optional<std::size_t> last;
    const auto bit = static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(kSectionKinds[k])));
    for (std::size_t i = 0; i < n; ++i) {
      features[i][kSinceFirst + k] = last ? 1.0 / static_cast<double>(1 + i - *last) : 0.0;
      features[i][kSinceFirst + 5 + k] = last.has_value();
      if (features[i][kKindFirst + bit] > 0 && chars[i] < 60) last = i;
    }
  }

  constexpr std::size_t kNeighbour[] = {kLogChars, kStopDensity, kEndsSentence, kProse, kBullet, kCapitals};
  for (std::size_t i = 0; i < n; ++i) {
    auto& f = features[i];
    for (std::size_t k = 0; k < std::size(kNeighbour); ++k) {
      f[kPrevFirst + k] = i > 0 ? features[i - 1][kNeighbour[k]] : 0.0;
      f[kNextFirst + k] = i + 1 < n ? features[i + 1][kNeighbour[k]] : 0.0;
    }
    const std::size_t lo = i >= 3 ? i - 3 : 0, hi = std::min(n, i + 4);
    double around = 0;
    bool before = false, after = false;
    for (std::size_t j = lo; j < hi; ++j) {
      if (j == i || !prose[j]) continue;
      around += 1;
      (j < i ? before : after) = true;
    }
    f[kWindowProse] = around / 6;
    f[kBetweenProse] = before && after;
    std::size_t product = kProductFirst;
    for (std::size_t a = 0; a < kInteractions; ++a) {
      for (std::size_t b = a + 1; b < kInteractions; ++b) f[product++] = f[kInteracting[a]] * f[kInteracting[b]];
    }
  }
  return features;
}

std::vector<double> main_text_scores(const std::vector<BlockFeatures>& features) {
  const Model& m = model();
  std::vector<double> scores;
  scores.reserve(features.size());
  for (const auto& f : features) {
    double z = m.bias;
    for (std::size_t k = 0; k < kMainTextFeatures; ++k) z += m.weight[k] * (f[k] - m.mean[k]) / m.scale[k];
    scores.push_back(1.0 / (1.0 + std::exp(-z)));
  }
  return scores;
}

// A block is judged against the page's best block: when even the page's best scores low (a recipe
// of short lines, a short text, a site built unlike the training pages), part of the model's doubt
// is the page's, not the block's, and every score is raised by the same factor.
std::vector<double> judged_against_page(std::vector<double> scores) {
  if (scores.empty()) return scores;
  const double best = std::max(*std::max_element(scores.begin(), scores.end()), 1e-6);
  for (double& s : scores) s = std::min(1.0, s / best);
  return scores;
}

namespace {

// A block that names a kind of furniture, or repeats elsewhere on the page (a menu's entry).
bool names_furniture(const BlockFeatures& f) {
  return f[kRepeated] > 0 || std::any_of(f.begin() + kKindFirst, f.begin() + kKindFirst + kBoilerplateKinds,
                                         [](double v) { return v > 0; });
}

}  // namespace

std::vector<bool> main_text_kept(const std::vector<TextBlock>& blocks, const std::vector<BlockFeatures>& features,
                                 const std::vector<double>& model_scores) {
  const Model& m = model();
  const std::vector<double> scores = judged_against_page(model_scores);
  const std::size_t n = scores.size();
  std::vector<bool> good(n), kept(n);
  for (std::size_t i = 0; i < n; ++i) good[i] = kept[i] = scores[i] >= m.threshold;
  for (std::size_t i = 0; i < n; ++i) {
    if (good[i] || scores[i] < m.near_threshold) continue;
    const bool before = i > 0 && good[i - 1];
    const bool after = i + 1 < n && good[i + 1];
    kept[i] = (before && after) || (features[i][kProse] > 0 && (before || after));
  }
  // The text's last sentence before the page's furniture: a block of running words right after a
  // sentence the model is sure of (not a teaser's title), ending a sentence (not announcing a list
  // with a colon) and naming no furniture, which the model doubts only because furniture follows
  // it ("Christian Drosten: Gerne. Bis morgen.").
  for (std::size_t i = 1; i < n; ++i) {
    const auto& f = features[i];
    const bool sentence = f[kEndsSentence] > 0 && !blocks[i].text.ends_with(':') &&
                          f[kLogWords] >= std::log1p(kMinTailWords) && f[kStopDensity] >= kTailStopDensity;
    if (!kept[i] && good[i - 1] && features[i - 1][kEndsSentence] > 0 && f[kBullet] == 0 && sentence &&
        !names_furniture(f) && scores[i] >= kTailFloor) {
      kept[i] = true;
    }
  }
  // A short interruption of the text (a subheading, a caption, a quote, a line of a list) between
  // two kept blocks is the text's own unless it names furniture, repeats elsewhere on the page
  // (a menu between two copies of a text), or the model is sure it is not: two blocks, or up to
  // five (a subheading and a short list, a recipe's ingredients) that all score near.
  const std::vector<bool> context = kept;
  for (std::size_t a = 0; a < n;) {
    if (context[a]) {
      ++a;
      continue;
    }
    std::size_t e = a;
    bool furniture = false, near = true;
    for (; e < n && !context[e]; ++e) {
      near = near && scores[e] >= m.near_threshold;
      furniture = furniture || scores[e] < kHoleFloor || names_furniture(features[e]);
    }
    if (a > 0 && e < n && (e - a <= kMaxHole || (near && e - a <= kMaxNearHole)) && !furniture) {
      std::fill(kept.begin() + a, kept.begin() + e, true);
    }
    a = e;
  }
  // A list between two kept paragraphs is a list of the text: kept whole when its items score
  // near on average.
  for (std::size_t a = 0; a < n;) {
    if (features[a][kBullet] == 0) {
      ++a;
      continue;
    }
    std::size_t e = a;
    double sum = 0;
    for (; e < n && features[e][kBullet] > 0; ++e) sum += scores[e];
    const bool framed = a > 0 && kept[a - 1] && e < n && kept[e];
    if (framed && sum / static_cast<double>(e - a) >= m.near_threshold) std::fill(kept.begin() + a, kept.begin() + e, true);
    a = e;
  }
  return kept;
}

}  // namespace folio::readers
