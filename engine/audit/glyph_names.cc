#include "audit/glyph_names.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "audit/glyph_tables.h"

namespace folio::audit::pdf {

namespace {

using Names = std::array<std::string_view, 256>;

Names split_names(const char* table) {
  Names out{};
  std::string_view s(table);
  std::size_t code = 0;
  while (!s.empty() && code < 256) {
    const std::size_t space = s.find(' ');
    const std::string_view name = s.substr(0, space);
    if (name != "-") out[code] = name;
    ++code;
    if (space == std::string_view::npos) break;
    s.remove_prefix(space + 1);
  }
  return out;
}

const Names& names_of(SimpleEncoding encoding) {
  static const Names kStandard = split_names(tables::kStandardEncoding);
  static const Names kMacRoman = split_names(tables::kMacRomanEncoding);
  static const Names kWinAnsi = split_names(tables::kWinAnsiEncoding);
  static const Names kNone{};
  switch (encoding) {
    case SimpleEncoding::standard: return kStandard;
    case SimpleEncoding::mac_roman: return kMacRoman;
    case SimpleEncoding::win_ansi: return kWinAnsi;
    case SimpleEncoding::mac_expert: break;
  }
  return kNone;
}

using GlyphList = std::vector<std::pair<std::string_view, char32_t>>;

const GlyphList& glyph_list() {
  static const GlyphList kList = [] {
    GlyphList out;
    for (const char* const* piece = tables::kAdobeGlyphList; *piece != nullptr; ++piece) {
      std::string_view s(*piece);
      while (!s.empty()) {
        const std::size_t end = s.find('\n');
        const std::string_view line = s.substr(0, end);
        const std::size_t semi = line.find(';');
        if (semi != std::string_view::npos) {
          out.emplace_back(line.substr(0, semi),
                           static_cast<char32_t>(std::stoul(std::string(line.substr(semi + 1)), nullptr, 16)));
        }
        if (end == std::string_view::npos) break;
        s.remove_prefix(end + 1);
      }
    }
    return out;
  }();
  return kList;
}

std::optional<char32_t> listed(std::string_view name) {
  const GlyphList& list = glyph_list();
  auto it = std::lower_bound(list.begin(), list.end(), name, [](const auto& e, std::string_view n) { return e.first < n; });
  if (it == list.end() || it->first != name) return std::nullopt;
  return it->second;
}

bool is_upper_hex(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); });
}

/// `uniXXXX` (one BMP character, no surrogates) or `uXXXX`..`uXXXXXX` (AGL specification, 2.).
std::optional<char32_t> numeric_name(std::string_view name) {
  std::string_view digits;
  if (name.size() == 7 && name.substr(0, 3) == "uni") digits = name.substr(3);
  else if (name.size() >= 5 && name.size() <= 7 && name[0] == 'u') digits = name.substr(1);
  if (!is_upper_hex(digits)) return std::nullopt;
  const auto value = static_cast<char32_t>(std::stoul(std::string(digits), nullptr, 16));
  if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return std::nullopt;
  return value;
}

std::optional<char32_t> component_unicode(std::string_view component) {
  if (auto v = listed(component)) return v;
  return numeric_name(component);
}

}  // namespace

std::optional<SimpleEncoding> simple_encoding_named(std::string_view name) {
  if (name == "StandardEncoding") return SimpleEncoding::standard;
  if (name == "MacRomanEncoding") return SimpleEncoding::mac_roman;
  if (name == "WinAnsiEncoding") return SimpleEncoding::win_ansi;
  if (name == "MacExpertEncoding") return SimpleEncoding::mac_expert;
  return std::nullopt;
}

std::string_view encoding_glyph_name(SimpleEncoding encoding, std::uint8_t code) { return names_of(encoding)[code]; }

std::optional<std::uint8_t> mac_roman_code(std::string_view name) {
  const Names& names = names_of(SimpleEncoding::mac_roman);
  for (std::size_t code = 0; code < names.size(); ++code) {
    if (!names[code].empty() && names[code] == name) return static_cast<std::uint8_t>(code);
  }
  return std::nullopt;
}

bool in_adobe_glyph_list(std::string_view name) { return listed(name).has_value() || numeric_name(name).has_value(); }

std::optional<char32_t> glyph_name_unicode(std::string_view name) {
  if (const std::size_t dot = name.find('.'); dot != std::string_view::npos) name = name.substr(0, dot);
  if (name.empty()) return std::nullopt;
  std::optional<char32_t> first;
  while (true) {
    const std::size_t underscore = name.find('_');
    auto value = component_unicode(name.substr(0, underscore));
    if (!value) return std::nullopt;
    if (!first) first = value;
    if (underscore == std::string_view::npos) break;
    name.remove_prefix(underscore + 1);
  }
  return first;
}

}  // namespace folio::audit::pdf
