#include "writers/pdf/pdf_syntax.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <iterator>
#include <vector>

#include "base/pdf_chars.h"
#include "base/utf8.h"

namespace folio::pdf {

namespace {

std::tm utc(std::int64_t seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}
std::string format_time(std::int64_t seconds, const char* format) {
  const std::tm tm = utc(seconds);
  char buffer[64];
  const std::size_t n = std::strftime(buffer, sizeof buffer, format, &tm);
  return std::string(buffer, n);
}

/// Calls `fn` with each UTF-16 code unit of `utf8`: a code point above U+FFFF as its surrogate pair.
template <typename Fn>
void for_each_utf16_unit(std::string_view utf8, Fn&& fn) {
  for (std::size_t i = 0; i < utf8.size();) {
    const char32_t cp = base::next_code_point(utf8, i);
    if (cp >= 0x10000) {
      const std::uint32_t v = static_cast<std::uint32_t>(cp) - 0x10000;
      fn(0xD800 + (v >> 10));
      fn(0xDC00 + (v & 0x3FF));
    } else {
      fn(static_cast<std::uint32_t>(cp));
    }
  }
}

/// `number` (the fixed notation of a value) without the trailing zeros of its fraction, nor a
/// point left alone.
std::string_view without_trailing_zeros(std::string_view number) {
  if (number.find('.') == std::string_view::npos) return number;
  while (number.back() == '0') number.remove_suffix(1);
  if (number.back() == '.') number.remove_suffix(1);
  return number;
}

/// `c` inside a literal string, escaped as PoDoFo escapes it: line feed, carriage return, tab,
/// backspace, form feed, parentheses and backslash.
void append_escaped(std::string& out, char c) {
  switch (c) {
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '(': case ')': case '\\':
      out += '\\';
      break;
    default:
      break;
  }
  out += c;
}

}  // namespace

void append_number(std::string& out, double value, int decimals) {
  static constexpr double kPowers[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
  const bool tabled = decimals >= 0 && decimals < static_cast<int>(std::size(kPowers));
  const double scale = tabled ? kPowers[decimals] : std::pow(10.0, decimals);
  const double scaled = std::round(value * scale);
  // A whole number of units below 2^52 is written from its digits: the double nearest to
  // scaled / scale prints as exactly those digits, the bytes std::to_chars gives, without its
  // cost (numbers are written several times per glyph run).
  if (tabled && std::abs(scaled) < 1e15) {
    char digits[32];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, static_cast<long long>(std::abs(scaled)));
    std::size_t length = static_cast<std::size_t>(end - digits);
    if (scaled < 0) out += '-';
    const auto places = static_cast<std::size_t>(decimals);
    if (length <= places) {  // 0.0ddd: zeros between the point and the digits
      std::size_t last = length;
      while (last > 0 && digits[last - 1] == '0') --last;
      if (last == 0) {
        out += '0';
        return;
      }
      out += "0.";
      out.append(places - length, '0');
      out.append(digits, last);
      return;
    }
    const std::size_t whole = length - places;
    out.append(digits, whole);
    std::size_t last = length;
    while (last > whole && digits[last - 1] == '0') --last;
    if (last > whole) {
      out += '.';
      out.append(digits + whole, last - whole);
    }
    return;
  }
  double rounded = scaled / scale;
  if (rounded == 0) rounded = 0;  // folds -0
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, decimals);
  out += without_trailing_zeros(std::string_view(buffer, ec == std::errc{} ? end : buffer));
}

std::string format_number(double value, int decimals) {
  std::string out;
  append_number(out, value, decimals);
  return out;
}

std::string pdf_date(std::int64_t seconds) { return format_time(seconds, "D:%Y%m%d%H%M%SZ"); }

std::string xmp_date(std::int64_t seconds) { return format_time(seconds, "%Y-%m-%dT%H:%M:%SZ"); }

std::string utf16be_hex(std::string_view utf8) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for_each_utf16_unit(utf8, [&](std::uint32_t u) {
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(u >> shift) & 0xF];
  });
  return out;
}

std::string reverse_code_points(std::string_view utf8) {
  std::vector<char32_t> cps;
  for (std::size_t i = 0; i < utf8.size();) cps.push_back(base::next_code_point(utf8, i));
  std::string out;
  for (auto it = cps.rbegin(); it != cps.rend(); ++it) base::append_utf8(out, *it);
  return out;
}

std::string ascii_uri(std::string_view uri) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  auto is_hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); };
  std::string out;
  for (std::size_t i = 0; i < uri.size(); ++i) {
    const auto c = static_cast<unsigned char>(uri[i]);
    const bool escape_start = c == '%' && i + 2 < uri.size() && is_hex(uri[i + 1]) && is_hex(uri[i + 2]);
    if (c <= 0x20 || c >= 0x7F || (c == '%' && !escape_start)) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

void append_name(std::string& out, std::string_view name) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += '/';
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < '!' || byte > '~' || c == '#' || !base::is_regular(c)) {
      out += '#';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    } else {
      out += c;
    }
  }
}

void append_integer(std::string& out, long long value) {
  char digits[24];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
  out += ' ';
  out.append(digits, end);
}

void append_real(std::string& out, double value) {
  char digits[400];  // fixed notation of the largest double, six decimals
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value, std::chars_format::fixed, 6);
  out += ' ';
  out += without_trailing_zeros(std::string_view(digits, static_cast<std::size_t>(end - digits)));
}

void append_reference(std::string& out, std::uint32_t object, std::uint16_t generation) {
  append_integer(out, object);
  append_integer(out, generation);
  out += " R";
}

void append_string(std::string& out, std::string_view bytes) {
  out += '(';
  for (const char c : bytes) append_escaped(out, c);
  out += ')';
}

void append_text_string(std::string& out, std::string_view utf8) {
  out += "(\xFE\xFF";
  for_each_utf16_unit(utf8, [&](std::uint32_t u) {
    append_escaped(out, static_cast<char>(u >> 8));
    append_escaped(out, static_cast<char>(u & 0xFF));
  });
  out += ')';
}

}  // namespace folio::pdf
