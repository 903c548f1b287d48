#include "transform/mojibake.h"

#include <unicode/uchar.h>

#include <array>
#include <optional>
#include <utility>
#include <vector>

#include "base/utf8.h"

namespace folio::transform {

namespace {

// Windows-1252 bytes 0x80–0x9F; 0 where the code page leaves the byte undefined.
constexpr std::array<char32_t, 32> kCp1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Rounds of repair: text encoded twice is repaired in two; a third catches a triple encoding.
constexpr int kMaxRounds = 3;
// A document reads as mojibake throughout from this many telltale sequences on.
constexpr int kMinWholeDocument = 3;

// The byte a character stands for when UTF-8 was read as Windows-1252 (or as Latin-1, which
// gives C1 controls for 0x80–0x9F); nullopt for characters no such reading gives.
std::optional<unsigned char> byte_of(char32_t c) {
  if (c >= 0x80 && c <= 0xFF) return static_cast<unsigned char>(c);
  for (std::size_t i = 0; i < kCp1252High.size(); ++i) {
    if (kCp1252High[i] == c && c != 0) return static_cast<unsigned char>(0x80 + i);
  }
  return std::nullopt;
}

std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// The character of a well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates).
std::optional<char32_t> decode(const std::array<unsigned char, 4>& b, std::size_t n) {
  if (n == 2) return static_cast<char32_t>(((b[0] & 0x1Fu) << 6) | (b[1] & 0x3Fu));
  if (n == 3) {
    if ((b[0] == 0xE0 && b[1] < 0xA0) || (b[0] == 0xED && b[1] > 0x9F)) return std::nullopt;
    return static_cast<char32_t>(((b[0] & 0x0Fu) << 12) | ((b[1] & 0x3Fu) << 6) | (b[2] & 0x3Fu));
  }
  if ((b[0] == 0xF0 && b[1] < 0x90) || (b[0] == 0xF4 && b[1] > 0x8F)) return std::nullopt;
  return static_cast<char32_t>(((b[0] & 0x07u) << 18) | ((b[1] & 0x3Fu) << 12) | ((b[2] & 0x3Fu) << 6) |
                               (b[3] & 0x3Fu));
}

// Continuation bytes whose Windows-1252 character may follow a letter in correct text: no-break
// space, soft hyphen, ellipsis, quotation marks, dashes, guillemets, middle dot. "ß" + soft
// hyphen or "é" + no-break space + "»" are correct German and French.
bool may_follow_a_letter(unsigned char b) {
  switch (b) {
    case 0xA0: case 0xAD: case 0x85: case 0x91: case 0x92: case 0x93: case 0x94:
    case 0x96: case 0x97: case 0xAB: case 0xBB: case 0xB7:
      return true;
    default:
      return false;
  }
}

/// A run of characters that reads as the UTF-8 of one character.
struct Candidate {
  std::size_t begin = 0;  // code point index
  std::size_t end = 0;
  char32_t decoded = 0;
  bool telltale = false;  // no correct text contains it
};

std::vector<Candidate> find_candidates(const std::u32string& cps) {
  std::vector<Candidate> out;
  const auto is_lower = [](char32_t c) { return u_islower(static_cast<UChar32>(c)) != 0; };
  for (std::size_t i = 0; i < cps.size();) {
    // A lead byte read as Windows-1252 or Latin-1 is U+00C2–U+00F4 (the two agree above 0x9F):
    // most characters are ruled out before looking them up.
    if (cps[i] < 0xC2 || cps[i] > 0xF4) {
      ++i;
      continue;
    }
    const auto lead = byte_of(cps[i]);
    const std::size_t n = lead ? sequence_length(*lead) : 0;
    if (n == 0 || i + n > cps.size()) {
      ++i;
      continue;
    }
    std::array<unsigned char, 4> bytes{*lead, 0, 0, 0};
    bool well_formed = true;
    bool telltale = false;
    for (std::size_t k = 1; k < n && well_formed; ++k) {
      const auto b = byte_of(cps[i + k]);
      well_formed = b && (*b & 0xC0) == 0x80;
      if (!well_formed) break;
      bytes[k] = *b;
      // A C1 control (Latin-1's reading of 0x80–0x9F) is never text; nor is a symbol glued to a letter.
      if (cps[i + k] <= 0x9F || !may_follow_a_letter(*b)) telltale = true;
    }
    const auto decoded = well_formed ? decode(bytes, n) : std::nullopt;
    if (!decoded) {
      ++i;
      continue;
    }
    // "Ã" + punctuation is correct text only at the end of a word in capitals ("IRMÃ”"): not
    // after a lower-case letter ("estÃ¡"), nor glued to a lower-case letter after it ("Ã–sterreich").
    if (n == 2 && u_isupper(static_cast<UChar32>(cps[i]))) {
      if (i > 0 && is_lower(cps[i - 1])) telltale = true;
      if (bytes[1] != 0xA0 && i + 2 < cps.size() && is_lower(cps[i + 2])) telltale = true;
    }
    out.push_back({i, i + n, *decoded, telltale});
    i += n;
  }
  return out;
}

// A character that is a step of text encoded twice: a byte of Windows-1252 or Latin-1 that only
// makes sense as part of the next round ("Ëœ" → "˜", then "â€˜" → "‘"). It may be produced
// in a round, but is put back if no later round uses it.
bool is_intermediate(char32_t c) { return byte_of(c).has_value(); }

// May the repair put `c`, spelt by `length` characters of the damaged text, into the document?
bool acceptable(char32_t c, std::size_t length, const MojibakeContext& context) {
  if (fits_document(c, context.profile)) return true;
  return context.throughout && length >= 3 && u_isalpha(static_cast<UChar32>(c));
}

}  // namespace

bool may_hold_mojibake(std::string_view text) {
  for (std::size_t at = text.find('\xC3'); at != std::string_view::npos && at + 2 < text.size();
       at = text.find('\xC3', at + 1)) {
    const auto second = static_cast<unsigned char>(text[at + 1]);
    if (second < 0x82 || second > 0xB4) continue;
    switch (static_cast<unsigned char>(text[at + 2])) {
      case 0xC2: case 0xC5: case 0xC6: case 0xCB: case 0xE2:
        return true;
      default:
        break;
    }
  }
  return false;
}

MojibakeContext mojibake_context(std::string_view text) {
  const std::u32string cps = base::decode_utf8(text);
  const auto candidates = find_candidates(cps);
  MojibakeContext clean;
  std::size_t next = 0;
  for (const auto& c : candidates) {
    clean.profile.add(std::u32string_view(cps).substr(next, c.begin - next));
    next = c.end;
  }
  clean.profile.add(std::u32string_view(cps).substr(next));
  // The document as it would read with its telltale sequences repaired.
  MojibakeContext repaired{clean.profile, true, true};
  for (const auto& c : candidates) {
    if (c.telltale) repaired.profile.add(c.decoded);
  }
  int repairable = 0;
  for (const auto& c : candidates) repairable += c.telltale && fits_document(c.decoded, repaired.profile) ? 1 : 0;
  if (repairable >= kMinWholeDocument && repairable >= clean.profile.non_ascii_letters()) {
    repaired.profile.any_share();
    return repaired;
  }
  return clean;
}

bool shows_mojibake(std::string_view text, const MojibakeContext& context) {
  if (!may_hold_mojibake(text)) return false;
  for (const auto& c : find_candidates(base::decode_utf8(text))) {
    if (c.telltale && fits_document(c.decoded, context.profile)) return true;
  }
  return false;
}

std::string repair_mojibake(std::string_view text, const MojibakeContext& context, ChangeLog& log) {
  if (!may_hold_mojibake(text)) return std::string(text);
  const std::u32string original = base::decode_utf8(text);
  std::u32string cps = original;
  // For each character of `cps`, the range of `original` it stands for.
  std::vector<std::pair<std::size_t, std::size_t>> origin(cps.size());
  for (std::size_t i = 0; i < origin.size(); ++i) origin[i] = {i, i + 1};
  bool repaired = false;
  for (int round = 0; round < kMaxRounds; ++round) {
    std::vector<Candidate> candidates;
    bool telltale = context.damaged;
    for (const auto& c : find_candidates(cps)) {
      if (!acceptable(c.decoded, c.end - c.begin, context) && !is_intermediate(c.decoded)) continue;
      candidates.push_back(c);
      telltale = telltale || c.telltale;
    }
    if (candidates.empty() || !telltale) break;
    std::u32string next;
    std::vector<std::pair<std::size_t, std::size_t>> next_origin;
    std::size_t i = 0;
    for (const auto& c : candidates) {
      for (; i < c.begin; ++i) {
        next.push_back(cps[i]);
        next_origin.push_back(origin[i]);
      }
      next.push_back(c.decoded);
      next_origin.emplace_back(origin[c.begin].first, origin[c.end - 1].second);
      i = c.end;
    }
    for (; i < cps.size(); ++i) {
      next.push_back(cps[i]);
      next_origin.push_back(origin[i]);
    }
    cps = std::move(next);
    origin = std::move(next_origin);
    repaired = true;
  }
  if (!repaired) return std::string(text);
  std::u32string out;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const auto [begin, end] = origin[i];
    const std::u32string_view from = std::u32string_view(original).substr(begin, end - begin);
    if (end - begin == 1) {
      out.push_back(cps[i]);
    } else if (!acceptable(cps[i], end - begin, context)) {
      out += from;  // a step of a double encoding that no later round used
    } else {
      log.add(base::encode_utf8(from), base::encode_utf8({&cps[i], 1}));
      out.push_back(cps[i]);
    }
  }
  return base::encode_utf8(out);
}

}  // namespace folio::transform
