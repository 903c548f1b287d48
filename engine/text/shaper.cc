#include "text/shaper.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include "base/utf8.h"
#include "text/shape_cache.h"

namespace folio::text {

std::size_t style_at(const ParagraphInput& input, std::size_t offset) {
  auto it = std::upper_bound(input.runs.begin(), input.runs.end(), offset,
                             [](std::size_t o, const StyleRun& r) { return o < r.begin; });
  return it == input.runs.begin() ? 0 : static_cast<std::size_t>(it - input.runs.begin() - 1);
}

namespace {

const TextStyle kPlain;

struct Char {
  char32_t cp;
  std::size_t byte;
  int level;
  int script;
  std::size_t style;
  int face;  // -1: no font can show it
};

bool is_neutral_script(int s) { return s == USCRIPT_COMMON || s == USCRIPT_INHERITED || s == USCRIPT_UNKNOWN; }

bool same_shaping_style(const TextStyle& a, const TextStyle& b) {
  return a.bold == b.bold && a.italic == b.italic && a.mono == b.mono && a.lang == b.lang && a.scale == b.scale &&
         !a.object && !b.object;
}

/// uscript_getScript() with ASCII answered here: letters are Latin, the rest Common.
int script_of(char32_t cp) {
  if (cp < 0x80) {
    const char32_t lower = cp | 0x20;
    return lower >= 'a' && lower <= 'z' ? USCRIPT_LATIN : USCRIPT_COMMON;
  }
  UErrorCode err = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(cp), &err);
}

/// Whether `cp` can give a character of a left-to-right paragraph a level other than 0: a
/// right-to-left letter, an Arabic number (rule I1), or an explicit embedding, override or isolate.
bool changes_left_to_right_levels(char32_t cp) {
  switch (u_charDirection(static_cast<UChar32>(cp))) {
    case U_RIGHT_TO_LEFT:
    case U_RIGHT_TO_LEFT_ARABIC:
    case U_ARABIC_NUMBER:
    case U_LEFT_TO_RIGHT_EMBEDDING:
    case U_LEFT_TO_RIGHT_OVERRIDE:
    case U_RIGHT_TO_LEFT_EMBEDDING:
    case U_RIGHT_TO_LEFT_OVERRIDE:
    case U_POP_DIRECTIONAL_FORMAT:
    case U_LEFT_TO_RIGHT_ISOLATE:
    case U_RIGHT_TO_LEFT_ISOLATE:
    case U_FIRST_STRONG_ISOLATE:
    case U_POP_DIRECTIONAL_ISOLATE:
      return true;
    default:
      return false;
  }
}

bool invisible(char32_t cp) { return cp < 0x20 || cp == 0x7f || u_isWhitespace(static_cast<UChar32>(cp)); }

/// Splits [begin, end) after each stretch of spaces into `out`, when `words` (the face's lookups
/// never see a space, so each piece shapes as it would in the run). A mark or format character
/// after the spaces keeps the pieces joined: it clusters with the space before it.
void split_words(std::string_view text, std::size_t begin, std::size_t end, bool words,
                 std::vector<std::pair<std::size_t, std::size_t>>& out) {
  out.clear();
  std::size_t start = begin;
  for (std::size_t i = begin; words && i < end; ++i) {
    if (text[i] != ' ' || (i + 1 < end && text[i + 1] == ' ') || i + 1 == end) continue;
    std::size_t j = i + 1;
    const auto next = static_cast<UChar32>(base::next_code_point(text, j));
    if ((U_GET_GC_MASK(next) & (U_GC_M_MASK | U_GC_CF_MASK)) != 0) continue;
    out.emplace_back(start, i + 1);
    start = i + 1;
  }
  out.emplace_back(start, end);
}

std::string char_label(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  char name[128] = {0};
  UErrorCode err = U_ZERO_ERROR;
  u_charName(static_cast<UChar32>(cp), U_UNICODE_CHAR_NAME, name, sizeof name, &err);
  std::string out = buf;
  if (U_SUCCESS(err) && name[0]) out += std::string(" ") + name;
  return out;
}

}  // namespace

ShapedParagraph shape_paragraph(const ParagraphInput& input, FontBook& fonts) {
  ShapedParagraph out;
  const std::string& text = input.text;
  if (text.empty()) return out;

  std::vector<Char> chars;
  chars.reserve(text.size());
  bool needs_bidi = input.base_level != 0;
  std::size_t style = 0;  // the style run of the character: characters come in byte order
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    char32_t cp = base::next_code_point(text, i);
    while (style + 1 < input.runs.size() && input.runs[style + 1].begin <= at) ++style;
    // An inline object is one neutral character to the bidi algorithm, whatever its stand-in says.
    if (!input.runs.empty() && input.runs[style].style.object) cp = U'\uFFFC';
    needs_bidi = needs_bidi || (cp >= 0x80 && changes_left_to_right_levels(cp));
    chars.push_back({cp, at, input.base_level, script_of(cp), style, -1});
  }

  // UAX #9 resolved levels (rules X1–I2), paragraph level from the block's direction. Without a
  // right-to-left paragraph or character every level is 0, which chars already hold.
  if (needs_bidi) {
    std::vector<UChar> u16;
    std::vector<std::size_t> u16_of_char;
    u16.reserve(chars.size());
    u16_of_char.reserve(chars.size());
    for (const Char& ch : chars) {
      u16_of_char.push_back(u16.size());
      if (ch.cp > 0xffff) {
        u16.push_back(U16_LEAD(ch.cp));
        u16.push_back(U16_TRAIL(ch.cp));
      } else {
        u16.push_back(static_cast<UChar>(ch.cp));
      }
    }
    UErrorCode err = U_ZERO_ERROR;
    UBiDi* bidi = ubidi_openSized(static_cast<int32_t>(u16.size()), 0, &err);
    ubidi_setPara(bidi, u16.data(), static_cast<int32_t>(u16.size()), static_cast<UBiDiLevel>(input.base_level),
                  nullptr, &err);
    if (U_SUCCESS(err)) {
      const UBiDiLevel* levels = ubidi_getLevels(bidi, &err);
      if (U_SUCCESS(err)) {
        for (std::size_t c = 0; c < chars.size(); ++c) chars[c].level = levels[u16_of_char[c]];
      }
    }
    ubidi_close(bidi);
  }

  // Common and Inherited characters take the script of the text before them at the same bidi
  // level, else of the text after them at the same level (so "« » " around an Arabic phrase in
  // French stay Latin).
  std::vector<bool> neutral(chars.size());
  for (std::size_t c = 0; c < chars.size(); ++c) neutral[c] = is_neutral_script(chars[c].script);
  for (std::size_t c = 1; c < chars.size(); ++c) {
    if (neutral[c] && chars[c - 1].level == chars[c].level && !is_neutral_script(chars[c - 1].script)) {
      chars[c].script = chars[c - 1].script;
    }
  }
  for (std::size_t c = chars.size(); c-- > 1;) {
    if (is_neutral_script(chars[c - 1].script) && chars[c - 1].level == chars[c].level) {
      chars[c - 1].script = chars[c].script;
    }
  }

  std::map<char32_t, std::size_t> missing;  // code point → first char index
  // A paragraph asks font_for about the same characters in the same style and script again and
  // again: its answers are kept here by code point (direct-mapped), so most characters cost a
  // comparison (font_for resolves its chain and language by name before its own cache).
  struct Answer {
    char32_t cp = ~char32_t{0};
    std::size_t style = 0;
    int script = 0;
    int face = -1;
  };
  std::array<Answer, 256> answers{};
  for (std::size_t c = 0; c < chars.size(); ++c) {
    Char& ch = chars[c];
    const TextStyle& st = input.runs.empty() ? kPlain : input.runs[ch.style].style;
    if (st.object) continue;  // not shaped: given its neighbour's face below, never reported
    const std::string& chain = st.mono ? input.mono_chain : input.chain;
    // Neutral characters and marks stay in the face of their neighbour when it has them, so
    // spaces and punctuation do not split runs (and marks shape with their base).
    if (c > 0 && neutral[c] && chars[c - 1].face >= 0 && chars[c - 1].style == ch.style &&
        chars[c - 1].level == ch.level && fonts.has_glyph(chars[c - 1].face, ch.cp)) {
      ch.face = chars[c - 1].face;
      continue;
    }
    Answer& answer = answers[ch.cp % answers.size()];
    if (answer.cp != ch.cp || answer.style != ch.style || answer.script != ch.script) {
      const std::string& lang = st.lang.empty() ? input.lang : st.lang;
      const auto f = fonts.font_for(ch.cp, ch.script, chain, st.bold, st.italic, lang);
      answer = {ch.cp, ch.style, ch.script, f ? *f : -1};
    }
    ch.face = answer.face;
    if (ch.face < 0 && !invisible(ch.cp)) missing.emplace(ch.cp, c);
  }
  // Characters without a font borrow a neighbour's face: they shape to .notdef, removed below.
  int fallback = -1;
  for (auto& ch : chars) {
    if (ch.face >= 0) { fallback = ch.face; break; }
  }
  if (fallback < 0) {
    const auto f = fonts.font_for(' ', USCRIPT_LATIN, input.chain, false, false);
    fallback = f ? *f : -1;
  }
  if (fallback < 0) {
    out.warnings.push_back(base::make_error("layout.no-font", {}, "no font of chain '" + input.chain + "' is installed",
                                            "run `folio fonts` to see which packages are missing"));
    return out;
  }
  for (std::size_t c = 0; c < chars.size(); ++c) {
    if (chars[c].face < 0) chars[c].face = c > 0 ? chars[c - 1].face : fallback;
  }
  for (const auto& [cp, c] : missing) {
    const TextStyle& st = input.runs.empty() ? kPlain : input.runs[chars[c].style].style;
    out.warnings.push_back(base::make_error(
        "layout.missing-glyph", st.span,
        "no font can show " + char_label(cp) + "; it is left out of the page",
        "install a font with this character and add it to a chain in fonts/fonts.toml"));
  }

  auto style_of = [&](const Char& c) -> const TextStyle& {
    return input.runs.empty() ? kPlain : input.runs[c.style].style;
  };
  ShapeCache& cache = fonts.shape_cache();
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  for (std::size_t c = 0; c < chars.size();) {
    std::size_t e = c + 1;
    const bool object = style_of(chars[c]).object.has_value();
    while (e < chars.size() &&
           (object ? chars[e].style == chars[c].style
                   : chars[e].level == chars[c].level && chars[e].script == chars[c].script &&
                         chars[e].face == chars[c].face &&
                         (chars[e].style == chars[c].style ||
                          same_shaping_style(style_of(chars[e]), style_of(chars[c]))))) {
      ++e;
    }
    ShapedRun run;
    run.begin = chars[c].byte;
    run.end = e < chars.size() ? chars[e].byte : text.size();
    run.face = chars[c].face;
    run.level = chars[c].level;
    run.script = chars[c].script;
    run.style = chars[c].style;
    if (object) {  // an object run has no glyphs: layout sets the object's box
      out.runs.push_back(std::move(run));
      c = e;
      continue;
    }
    const Face& face = fonts.face(run.face);
    const std::string& lang = style_of(chars[c]).lang.empty() ? input.lang : style_of(chars[c]).lang;
    const ShapeProps props{run.script, (run.level & 1) != 0, lang};
    const double scale = input.size * style_of(chars[c]).scale / face.units_per_em;
    // About a glyph per byte of text: one allocation instead of a growing vector's dozen.
    run.glyphs.reserve(run.end - run.begin);
    split_words(text, run.begin, run.end, face.space_free_lookups, pieces);
    if (props.rtl) std::reverse(pieces.begin(), pieces.end());  // glyphs come in visual order
    for (const auto& [b, pe] : pieces) {
      // Between spaces (or the paragraph's ends) a word shapes the same without its context: no
      // lookup of the face sees the space and a space joins nothing (Arabic joining stops there).
      const bool alone = face.space_free_lookups && (b == 0 || text[b - 1] == ' ') &&
                         (pe == text.size() || text[pe - 1] == ' ');
      for (const RawGlyph& g : cache.shape(run.face, face, props, text, b, pe, alone)) {
        if (g.gid == 0) continue;  // .notdef: reported above (or an invisible control)
        run.glyphs.push_back({g.gid, g.advance * scale, g.x_offset * scale, g.y_offset * scale,
                              static_cast<std::uint32_t>(b + g.cluster), g.unsafe_to_break});
      }
    }
    out.runs.push_back(std::move(run));
    c = e;
  }
  return out;
}

}  // namespace folio::text
