#include "writers/pdf/pdf_syntax.h"

#include <charconv>
#include <cmath>
#include <ctime>
#include <vector>

#include "base/utf8.h"

namespace folio::pdf {

std::string format_number(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0) rounded = 0;  // folds -0
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, decimals);
  std::string out(buffer, ec == std::errc{} ? end : buffer);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out;
}

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
}  // namespace

std::string pdf_date(std::int64_t seconds) { return format_time(seconds, "D:%Y%m%d%H%M%SZ"); }

std::string xmp_date(std::int64_t seconds) { return format_time(seconds, "%Y-%m-%dT%H:%M:%SZ"); }

std::string utf16be_hex(std::string_view utf8) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  auto unit = [&](std::uint32_t u) {
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(u >> shift) & 0xF];
  };
  for (std::size_t i = 0; i < utf8.size();) {
    const char32_t cp = base::next_code_point(utf8, i);
    if (cp >= 0x10000) {
      const std::uint32_t v = static_cast<std::uint32_t>(cp) - 0x10000;
      unit(0xD800 + (v >> 10));
      unit(0xDC00 + (v & 0x3FF));
    } else {
      unit(static_cast<std::uint32_t>(cp));
    }
  }
  return out;
}

std::string reverse_code_points(std::string_view utf8) {
  std::vector<char32_t> cps;
  for (std::size_t i = 0; i < utf8.size();) cps.push_back(base::next_code_point(utf8, i));
  std::string out;
  for (auto it = cps.rbegin(); it != cps.rend(); ++it) base::append_utf8(out, *it);
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

}  // namespace folio::pdf
