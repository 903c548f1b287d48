// Small UTF-8 helpers for code that walks already-validated UTF-8 (readers validate with ICU first).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio::base {

/// Decodes a multi-byte sequence at `i` (next_code_point's slow path).
char32_t next_multibyte_code_point(std::string_view text, std::size_t& i);

/// Decodes the code point at `i` and advances `i`; an invalid byte yields U+FFFD and advances by one.
/// Inline with its ASCII case: every pass over text calls it once per character.
inline char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  return next_multibyte_code_point(text, i);
}

/// The code points of `text` (next_code_point's reading of invalid bytes): for passes that look
/// around each character.
std::u32string decode_utf8(std::string_view text);

/// `cps` encoded as UTF-8.
std::string encode_utf8(std::u32string_view cps);

/// The length of the shortest UTF-8 form of `cp`, the one append_utf8 writes.
inline std::size_t utf8_length(char32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

/// True when encode_utf8(decode_utf8(text)) == text: no invalid byte, no overlong form. A pass
/// that changes no character may then hand back `text` itself instead of re-encoding it.
bool round_trips(std::string_view text);

/// The first code point of `text`, 0 when it is empty.
char32_t first_code_point(std::string_view text);

/// The last code point of `text`, 0 when it is empty.
char32_t last_code_point(std::string_view text);

/// Appends `cp` (at least U+0080) encoded as UTF-8 (append_utf8's slow path).
void append_multibyte_utf8(std::string& out, char32_t cp);

/// Appends `cp` encoded as UTF-8.
inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else {
    append_multibyte_utf8(out, cp);
  }
}

/// Number of code points in `text`.
std::size_t count_code_points(std::string_view text);

/// At most the first `max_bytes` bytes of `text`, cut before a code point, never inside one: the
/// excerpts diagnostics quote must stay UTF-8 ("370 €" cut at a byte count left "370 \xE2\x82").
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

/// True when every byte of `text` is ASCII.
bool is_ascii(std::string_view text);

/// `text` with ASCII letters lower-cased (for tag, charset and extension names, not prose).
std::string lower_ascii(std::string_view text);

/// `text` with ASCII whitespace trimmed on both ends.
std::string_view trim_ascii(std::string_view text);

}  // namespace folio::base
