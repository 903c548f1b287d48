#include "audit/pdf_fonts.h"

#include <array>
#include <vector>

namespace folio::audit::pdf {

bool is_predefined_cmap(std::string_view name) {
  static constexpr std::array<std::string_view, 70> kNames = {
      "Identity-H", "Identity-V", "GB-EUC-H", "GB-EUC-V", "GBpc-EUC-H", "GBpc-EUC-V", "GBK-EUC-H", "GBK-EUC-V",
      "GBKp-EUC-H", "GBKp-EUC-V", "GBK2K-H", "GBK2K-V", "UniGB-UCS2-H", "UniGB-UCS2-V", "UniGB-UTF16-H",
      "UniGB-UTF16-V", "B5pc-H", "B5pc-V", "HKscs-B5-H", "HKscs-B5-V", "ETen-B5-H", "ETen-B5-V", "ETenms-B5-H",
      "ETenms-B5-V", "CNS-EUC-H", "CNS-EUC-V", "UniCNS-UCS2-H", "UniCNS-UCS2-V", "UniCNS-UTF16-H",
      "UniCNS-UTF16-V", "83pv-RKSJ-H", "90ms-RKSJ-H", "90ms-RKSJ-V", "90msp-RKSJ-H", "90msp-RKSJ-V",
      "90pv-RKSJ-H", "Add-RKSJ-H", "Add-RKSJ-V", "EUC-H", "EUC-V", "Ext-RKSJ-H", "Ext-RKSJ-V", "H", "V",
      "UniJIS-UCS2-H", "UniJIS-UCS2-V", "UniJIS-UCS2-HW-H", "UniJIS-UCS2-HW-V", "UniJIS-UTF16-H",
      "UniJIS-UTF16-V", "KSC-EUC-H", "KSC-EUC-V", "KSCms-UHC-H", "KSCms-UHC-V", "KSCms-UHC-HW-H",
      "KSCms-UHC-HW-V", "KSCpc-EUC-H", "UniKS-UCS2-H", "UniKS-UCS2-V", "UniKS-UTF16-H", "UniKS-UTF16-V",
      "UniJIS2004-UTF16-H", "UniJIS2004-UTF16-V", "UniJISX0213-UTF32-H", "UniJISX0213-UTF32-V",
      "UniJISX02132004-UTF32-H", "UniJISX02132004-UTF32-V", "UniGB-UTF32-H", "UniCNS-UTF32-H", "UniKS-UTF32-H"};
  for (auto n : kNames) {
    if (n == name) return true;
  }
  return false;
}

bool has_standard_unicode(const Model& model, const PdfObject* font) {
  const auto subtype = name_of(get(model, font, "Subtype"));
  if (subtype == "Type0") {
    const auto* descendants = array_of(get(model, font, "DescendantFonts"));
    if (descendants == nullptr || descendants->empty()) return false;
    const PdfObject* info = get(model, resolve(model, &(*descendants)[0]), "CIDSystemInfo");
    const auto registry = text_of(get(model, info, "Registry"));
    const auto ordering = text_of(get(model, info, "Ordering"));
    return registry == "Adobe" &&
           (ordering == "Japan1" || ordering == "GB1" || ordering == "CNS1" || ordering == "Korea1");
  }
  const PdfObject* encoding = get(model, font, "Encoding");
  auto standard = [](const std::optional<std::string>& n) {
    return n == "WinAnsiEncoding" || n == "MacRomanEncoding" || n == "MacExpertEncoding" || n == "StandardEncoding";
  };
  if (auto n = name_of(encoding)) return standard(n);
  // A Differences array names glyphs; with standard glyph names text extraction works.
  if (is_dict(encoding)) return standard(name_of(get(model, encoding, "BaseEncoding"))) || get(model, encoding, "Differences") != nullptr;
  return false;
}

namespace {

std::vector<std::string_view> cmap_tokens(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size() && out.size() < 2000000) {
    const char c = s[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      ++i;
    } else if (c == '<' || c == '[' || c == ']') {
      if (c == '<') {
        const std::size_t end = s.find('>', i);
        if (end == std::string_view::npos) break;
        out.push_back(s.substr(i, end - i + 1));
        i = end + 1;
      } else {
        out.push_back(s.substr(i, 1));
        ++i;
      }
    } else {
      const std::size_t start = i;
      while (i < s.size() && s[i] != ' ' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t' && s[i] != '<' && s[i] != '[' &&
             s[i] != ']')
        ++i;
      out.push_back(s.substr(start, i - start));
    }
  }
  return out;
}

std::optional<std::uint64_t> hex_value(std::string_view token) {
  if (token.size() < 2 || token.front() != '<') return std::nullopt;
  std::uint64_t v = 0;
  int digits = 0;
  for (char c : token.substr(1, token.size() - 2)) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else continue;
    if (++digits > 16) return std::nullopt;
    v = v * 16 + static_cast<std::uint64_t>(d);
  }
  return v;
}

bool bad_value(std::uint64_t v, std::size_t digits) {
  // ISO 14289-1, 7.21.7: no mapping to U+0000, U+FEFF or U+FFFE (a single UTF-16 unit).
  return digits <= 4 && (v == 0 || v == 0xFEFF || v == 0xFFFE);
}

std::size_t hex_digits(std::string_view token) { return token.size() >= 2 ? token.size() - 2 : 0; }

}  // namespace

std::optional<std::uint32_t> bad_unicode_code(std::string_view cmap, const std::set<std::uint32_t>& used) {
  const auto tokens = cmap_tokens(cmap);
  auto is_used = [&](std::uint64_t code) { return used.empty() || used.count(static_cast<std::uint32_t>(code)) != 0; };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i] == "beginbfchar") {
      for (++i; i + 1 < tokens.size() && tokens[i] != "endbfchar"; i += 2) {
        auto src = hex_value(tokens[i]);
        auto dst = hex_value(tokens[i + 1]);
        if (src && dst && is_used(*src) && bad_value(*dst, hex_digits(tokens[i + 1]))) return static_cast<std::uint32_t>(*src);
      }
    } else if (tokens[i] == "beginbfrange") {
      for (++i; i + 2 < tokens.size() && tokens[i] != "endbfrange";) {
        auto lo = hex_value(tokens[i]);
        auto hi = hex_value(tokens[i + 1]);
        if (!lo || !hi) break;
        if (tokens[i + 2] == "[") {
          std::uint64_t code = *lo;
          for (i += 3; i < tokens.size() && tokens[i] != "]"; ++i, ++code) {
            auto dst = hex_value(tokens[i]);
            if (dst && is_used(code) && bad_value(*dst, hex_digits(tokens[i]))) return static_cast<std::uint32_t>(code);
          }
          ++i;
          continue;
        }
        auto dst = hex_value(tokens[i + 2]);
        if (dst && *hi >= *lo && *hi - *lo < 65536) {
          for (std::uint64_t code = *lo; code <= *hi; ++code) {
            if (is_used(code) && bad_value(*dst + (code - *lo), hex_digits(tokens[i + 2]))) return static_cast<std::uint32_t>(code);
          }
        }
        i += 3;
      }
    }
  }
  return std::nullopt;
}

}  // namespace folio::audit::pdf
