#include "transform/repair.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

#include "base/utf8.h"

namespace folio::transform {

namespace {

// Windows-1252 bytes 0x80–0x9F; 0 where the code page leaves the byte undefined.
constexpr std::array<char32_t, 32> kCp1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The byte a character came from when UTF-8 was read as Windows-1252 (or Latin-1 for the C1
// controls); nullopt for characters that cannot be such a byte.
std::optional<unsigned char> as_cp1252_byte(char32_t c) {
  if (c >= 0xA0 && c <= 0xFF) return static_cast<unsigned char>(c);
  if (c >= 0x80 && c <= 0x9F) return static_cast<unsigned char>(c);
  for (std::size_t i = 0; i < kCp1252High.size(); ++i) {
    if (kCp1252High[i] == c && c != 0) return static_cast<unsigned char>(0x80 + i);
  }
  return std::nullopt;
}

std::size_t utf8_length_of_lead(unsigned char b) {
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

std::string encode(char32_t c) {
  std::string s;
  base::append_utf8(s, c);
  return s;
}

std::vector<char32_t> decode_all(std::string_view text) {
  std::vector<char32_t> cps;
  for (std::size_t i = 0; i < text.size();) cps.push_back(base::next_code_point(text, i));
  return cps;
}

bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

}  // namespace

std::string repair_mojibake(std::string_view text, ChangeLog& log) {
  const std::vector<char32_t> cps = decode_all(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < cps.size();) {
    const auto lead = as_cp1252_byte(cps[i]);
    const std::size_t n = lead ? utf8_length_of_lead(*lead) : 0;
    if (n > 0 && i + n <= cps.size()) {
      std::string bytes(1, static_cast<char>(*lead));
      bool ok = true;
      for (std::size_t k = 1; k < n && ok; ++k) {
        const auto b = as_cp1252_byte(cps[i + k]);
        ok = b && (*b & 0xC0) == 0x80;
        if (ok) bytes += static_cast<char>(*b);
      }
      if (ok) {
        std::size_t j = 0;
        const char32_t decoded = base::next_code_point(bytes, j);
        // Reject overlongs/surrogates (next_code_point accepts them) and non-characters.
        const bool valid = j == bytes.size() && decoded != 0xFFFD && decoded >= 0x80 &&
                           !(decoded >= 0xD800 && decoded <= 0xDFFF) && (n != 3 || decoded >= 0x800) &&
                           (n != 4 || decoded >= 0x10000);
        if (valid) {
          std::string from;
          for (std::size_t k = 0; k < n; ++k) base::append_utf8(from, cps[i + k]);
          const std::string to = encode(decoded);
          log.add(from, to);
          out += to;
          i += n;
          continue;
        }
      }
    }
    base::append_utf8(out, cps[i]);
    ++i;
  }
  return out;
}

bool language_uses_a_circumflex(const std::string& language) {
  static const std::array<std::string_view, 9> kLanguages{"fr", "pt", "ro", "vi", "tr", "cy", "sk", "ku", "fur"};
  const std::string primary = primary_language(language);
  for (auto l : kLanguages) {
    if (primary == l) return true;
  }
  return false;
}

std::string repair_lost_quote_bytes(std::string_view text, ChangeLog& log) {
  const std::vector<char32_t> cps = decode_all(text);
  std::string out;
  const auto at = [&](std::size_t k) -> char32_t { return k < cps.size() ? cps[k] : 0; };
  const auto suffix_is = [&](std::size_t k, std::u32string_view s) {
    for (std::size_t m = 0; m < s.size(); ++m) {
      if (at(k + m) != s[m]) return false;
    }
    return !is_letter(at(k + s.size()));
  };
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] != U'â') {
      base::append_utf8(out, cps[i]);
      continue;
    }
    const char32_t prev = i > 0 ? cps[i - 1] : 0;
    const char32_t next = at(i + 1);
    std::u32string replacement;
    std::size_t consumed = 1;
    if (next == '?') {
      replacement = U"”";  // U+201D's last byte 0x9D is undefined in cp1252 and became '?'
      consumed = 2;
    } else if (is_letter(prev) && (suffix_is(i + 1, U"s") || suffix_is(i + 1, U"t") || suffix_is(i + 1, U"ll") ||
                                   suffix_is(i + 1, U"re") || suffix_is(i + 1, U"ve") || suffix_is(i + 1, U"d") ||
                                   suffix_is(i + 1, U"m"))) {
      replacement = U"’";
    } else if ((prev == 0 || prev == ' ' || prev == '(' || prev == '\n') && next != ' ' && next != 0) {
      replacement = U"“";
    } else if (prev == ' ' && next == ' ') {
      replacement = U"–";
    } else if (is_letter(prev) && is_letter(next)) {
      replacement = U"—";
    } else {
      replacement = U"”";
    }
    std::string from, to;
    for (std::size_t k = 0; k < consumed; ++k) base::append_utf8(from, cps[i + k]);
    for (char32_t c : replacement) base::append_utf8(to, c);
    log.add(from, to);
    out += to;
    i += consumed - 1;
  }
  return out;
}

std::string restore_lost_ligatures(std::string_view text, const std::string& language, ChangeLog& log) {
  // Only words that exist solely with their œ: none of the damaged forms is a French word.
  static const std::map<std::u32string, std::u32string> kFrench{
      {U"uvre", U"œuvre"},       {U"uvres", U"œuvres"},       {U"uvrer", U"œuvrer"},
      {U"uvrent", U"œuvrent"},   {U"uvrant", U"œuvrant"},     {U"manuvre", U"manœuvre"},
      {U"manuvres", U"manœuvres"}, {U"manuvrer", U"manœuvrer"}, {U"cur", U"cœur"},
      {U"curs", U"cœurs"},       {U"buf", U"bœuf"},         {U"bufs", U"bœufs"},         {U"ufs", U"œufs"},
      {U"illet", U"œillet"},     {U"illets", U"œillets"},     {U"sophage", U"œsophage"},
      {U"cumenique", U"œcuménique"}, {U"dsuvrement", U"désœuvrement"}, {U"vux", U"vœux"},
      {U"nud", U"nœud"},         {U"nuds", U"nœuds"},         {U"ftus", U"fœtus"},
      {U"rancur", U"rancœur"},     {U"chur", U"chœur"},
      {U"churs", U"chœurs"},     {U"crve-cur", U"crève-cœur"}};
  if (primary_language(language) != "fr") return std::string(text);
  const std::vector<char32_t> cps = decode_all(text);
  std::string out;
  for (std::size_t i = 0; i < cps.size();) {
    if (!is_letter(cps[i])) {
      base::append_utf8(out, cps[i++]);
      continue;
    }
    std::size_t j = i;
    while (j < cps.size() && is_letter(cps[j])) ++j;
    std::u32string word(cps.begin() + static_cast<std::ptrdiff_t>(i), cps.begin() + static_cast<std::ptrdiff_t>(j));
    std::u32string lower;
    for (char32_t c : word) lower += static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    const auto it = kFrench.find(lower);
    if (it != kFrench.end()) {
      std::u32string fixed = it->second;
      if (u_isupper(static_cast<UChar32>(word[0]))) fixed[0] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(fixed[0])));
      std::string from, to;
      for (char32_t c : word) base::append_utf8(from, c);
      for (char32_t c : fixed) base::append_utf8(to, c);
      log.add(from, to);
      out += to;
    } else {
      for (char32_t c : word) base::append_utf8(out, c);
    }
    i = j;
  }
  return out;
}

std::string remove_invisible(std::string_view text, ChangeLog& log) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = base::next_code_point(text, i);
    const char* name = nullptr;
    if (c == 0xAD) name = "soft hyphen";
    if (c == 0x200B) name = "zero-width space";
    if (c == 0xFEFF) name = "byte-order mark";
    if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) name = "control character";
    if (name) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X ", static_cast<unsigned>(c));
      log.add(code + std::string(name), "");
      continue;
    }
    if (c == '\t') {
      out += ' ';
      continue;
    }
    base::append_utf8(out, c);
  }
  return out;
}

std::string repair_homoglyphs(std::string_view text, ChangeLog& log) {
  static const std::map<char32_t, char32_t> kLatinToCyrillic{
      {U'a', U'а'}, {U'c', U'с'}, {U'e', U'е'}, {U'o', U'о'}, {U'p', U'р'}, {U'x', U'х'}, {U'y', U'у'},
      {U'A', U'А'}, {U'B', U'В'}, {U'C', U'С'}, {U'E', U'Е'}, {U'H', U'Н'}, {U'K', U'К'}, {U'M', U'М'},
      {U'O', U'О'}, {U'P', U'Р'}, {U'T', U'Т'}, {U'X', U'Х'}};
  const std::vector<char32_t> cps = decode_all(text);
  const auto script = [](char32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(c), &status);
  };
  // Words as [begin, end) letter runs.
  std::vector<std::pair<std::size_t, std::size_t>> words;
  for (std::size_t i = 0; i < cps.size();) {
    if (!is_letter(cps[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < cps.size() && is_letter(cps[j])) ++j;
    words.emplace_back(i, j);
    i = j;
  }
  std::vector<char32_t> fixed = cps;
  const auto word_script = [&](std::size_t w) {
    int cyr = 0, lat = 0;
    for (std::size_t k = words[w].first; k < words[w].second; ++k) {
      const auto s = script(cps[k]);
      cyr += s == USCRIPT_CYRILLIC;
      lat += s == USCRIPT_LATIN;
    }
    return std::make_pair(cyr, lat);
  };
  for (std::size_t w = 0; w < words.size(); ++w) {
    const auto [cyr, lat] = word_script(w);
    bool convert = false;
    if (cyr > 0 && lat > 0) {
      convert = true;  // mixed-script word
    } else if (lat == 1 && cyr == 0 && words[w].second - words[w].first == 1) {
      // A lone Latin letter between two Cyrillic words.
      convert = w > 0 && w + 1 < words.size() && word_script(w - 1).first > 0 && word_script(w + 1).first > 0;
    }
    if (!convert) continue;
    std::string from, to;
    bool all_mappable = true;
    for (std::size_t k = words[w].first; k < words[w].second; ++k) {
      if (script(cps[k]) == USCRIPT_LATIN && !kLatinToCyrillic.count(cps[k])) all_mappable = false;
    }
    if (!all_mappable) continue;
    for (std::size_t k = words[w].first; k < words[w].second; ++k) {
      base::append_utf8(from, cps[k]);
      if (script(cps[k]) == USCRIPT_LATIN) fixed[k] = kLatinToCyrillic.at(cps[k]);
      base::append_utf8(to, fixed[k]);
    }
    log.add(from + " (Latin letters)", to + " (Cyrillic)");
  }
  std::string out;
  for (char32_t c : fixed) base::append_utf8(out, c);
  return out;
}

std::string normalize_nfc(std::string_view text, bool& changed) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_FAILURE(status) || nfc->isNormalized(u, status)) {
    changed = false;
    return std::string(text);
  }
  status = U_ZERO_ERROR;
  const icu::UnicodeString n = nfc->normalize(u, status);
  std::string out;
  n.toUTF8String(out);
  changed = U_SUCCESS(status) && out != text;
  return U_SUCCESS(status) ? out : std::string(text);
}

}  // namespace folio::transform
