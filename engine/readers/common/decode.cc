#include "readers/common/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "base/utf8.h"

namespace folio::readers {

namespace {

using base::Diagnostic;
using base::Span;


// Counts well-formed and ill-formed non-ASCII sequences (RFC 3629: no overlongs, no surrogates).
struct Utf8Stats {
  std::size_t valid = 0;
  std::size_t invalid = 0;
};

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) -> unsigned { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  const unsigned c = b(i);
  const auto cont = [&](std::size_t k) { return (b(k) & 0xC0u) == 0x80u; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c == 0xE0) return (b(i + 1) >= 0xA0 && b(i + 1) <= 0xBF && cont(i + 2)) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return (cont(i + 1) && cont(i + 2)) ? 3 : 0;
  if (c == 0xED) return (b(i + 1) >= 0x80 && b(i + 1) <= 0x9F && cont(i + 2)) ? 3 : 0;
  if (c == 0xF0) return (b(i + 1) >= 0x90 && b(i + 1) <= 0xBF && cont(i + 2) && cont(i + 3)) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return (cont(i + 1) && cont(i + 2) && cont(i + 3)) ? 4 : 0;
  if (c == 0xF4) return (b(i + 1) >= 0x80 && b(i + 1) <= 0x8F && cont(i + 2) && cont(i + 3)) ? 4 : 0;
  return 0;
}

Utf8Stats utf8_stats(std::string_view s) {
  Utf8Stats st;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      ++st.invalid;
      ++i;
    } else {
      ++st.valid;
      i += n;
    }
  }
  return st;
}

// Decoded text with "\n" line ends, NULs dropped and each ill-formed byte of UTF-8 replaced by
// U+FFFD, and where (byte offsets in `text`) each replacement and each dropped NUL is.
struct CleanText {
  std::string text;
  std::vector<std::uint32_t> invalid;
  std::vector<std::uint32_t> nuls;
};

CleanText clean_text(std::string_view s) {
  CleanText out;
  out.text.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\r') {
      out.text += '\n';
      i += i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
    } else if (c == 0) {
      out.nuls.push_back(static_cast<std::uint32_t>(out.text.size()));
      ++i;
    } else if (c < 0x80) {
      out.text += s[i++];
    } else if (const std::size_t n = utf8_sequence_length(s, i); n == 0) {
      out.invalid.push_back(static_cast<std::uint32_t>(out.text.size()));
      out.text += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.text.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

// Binary formats by their signature: a file that starts with one is not text, whatever follows.
std::optional<std::string_view> binary_signature(std::string_view s) {
  using namespace std::string_view_literals;
  static const std::pair<std::string_view, std::string_view> kSignatures[] = {
      {"%PDF-"sv, "PDF"sv}, {"PK\x03\x04"sv, "ZIP"sv}, {"PK\x05\x06"sv, "ZIP"sv}, {"\x89PNG"sv, "PNG"sv},
      {"GIF87a"sv, "GIF"sv}, {"GIF89a"sv, "GIF"sv}, {"\xFF\xD8\xFF"sv, "JPEG"sv}, {"\x1F\x8B"sv, "gzip"sv},
      {"\x7F" "ELF"sv, "ELF"sv}, {"\xD0\xCF\x11\xE0"sv, "OLE (old Office)"sv}, {"BZh"sv, "bzip2"sv},
      {"\xFD" "7zXZ"sv, "xz"sv}, {"7z\xBC\xAF"sv, "7-Zip"sv}, {"Rar!"sv, "RAR"sv}, {"OggS"sv, "Ogg"sv},
      {"ID3"sv, "MP3"sv}, {"RIFF"sv, "RIFF"sv}, {"wOFF"sv, "WOFF"sv}, {"wOF2"sv, "WOFF2"sv}, {"OTTO"sv, "OpenType"sv},
      {"\0\x01\0\0"sv, "TrueType"sv}, {"SQLite format 3"sv, "SQLite"sv}, {"\x1A\x45\xDF\xA3"sv, "Matroska"sv},
      {"fLaC"sv, "FLAC"sv}, {"\xCA\xFE\xBA\xBE"sv, "Java class"sv}, {"\x28\xB5\x2F\xFD"sv, "Zstandard"sv},
      {"II*\0"sv, "TIFF"sv}, {"MM\0*"sv, "TIFF"sv}, {"\0asm"sv, "WebAssembly"sv}};
  for (const auto& [magic, name] : kSignatures) {
    if (s.starts_with(magic)) return name;
  }
  if (s.size() >= 8 && s.substr(4, 4) == "ftyp") return "MP4";
  return std::nullopt;
}

// Binary data: more than 1% NUL bytes (so UTF-16 without a byte-order mark too), or many C0
// controls other than tab, CR, LF and FF in the first 8 KiB. A stray NUL is damage, not binary.
bool looks_binary(std::string_view s) {
  if (static_cast<std::size_t>(std::count(s.begin(), s.end(), '\0')) * 100 > s.size()) return true;
  const std::string_view head = s.substr(0, 8192);
  std::size_t controls = 0;
  for (unsigned char c : head) {
    if (c != 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  return controls * 100 > head.size() * 2;
}

// <meta charset>, http-equiv Content-Type or an XML declaration in the head of a markup file.
std::optional<std::string> declared_charset(std::string_view bytes) {
  const std::string head = base::lower_ascii(bytes.substr(0, 4096));
  const auto value_after = [&](std::size_t pos) -> std::optional<std::string> {
    while (pos < head.size() && (head[pos] == ' ' || head[pos] == '=' || head[pos] == '"' || head[pos] == '\'')) ++pos;
    std::size_t end = pos;
    while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
                                 head[end] == '_' || head[end] == '.' || head[end] == ':')) {
      ++end;
    }
    if (end == pos) return std::nullopt;
    return head.substr(pos, end - pos);
  };
  if (head.starts_with("<?xml")) {
    const auto end = head.find("?>");
    const auto enc = head.find("encoding");
    if (enc != std::string::npos && enc < end) return value_after(enc + 8);
  }
  for (std::size_t pos = head.find("<meta"); pos != std::string::npos; pos = head.find("<meta", pos + 5)) {
    const auto close = head.find('>', pos);
    const std::string_view tag = std::string_view(head).substr(pos, close == std::string::npos ? 200 : close - pos);
    const auto cs = tag.find("charset");
    if (cs != std::string_view::npos) return value_after(pos + cs + 7);
  }
  return std::nullopt;
}

bool is_utf8_name(const std::string& name) { return name == "utf-8" || name == "utf8"; }

std::optional<std::string> convert_with_icu(std::string_view bytes, const std::string& charset,
                                            std::size_t& replacements) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &status);
  if (U_FAILURE(status) || conv == nullptr) return std::nullopt;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> guard(conv, &ucnv_close);
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), conv, status);
  if (U_FAILURE(status)) return std::nullopt;
  replacements = 0;
  for (int32_t i = 0; i < text.length(); ++i) {
    if (text[i] == 0xFFFD || text[i] == 0x1A) ++replacements;
  }
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::optional<std::pair<std::string, int>> detect_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_FAILURE(status)) return std::nullopt;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> guard(det, &ucsdet_close);
  ucsdet_setText(det, bytes.data(), static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1u << 20)), &status);
  const UCharsetMatch* match = ucsdet_detect(det, &status);
  if (U_FAILURE(status) || match == nullptr) return std::nullopt;
  const char* name = ucsdet_getName(match, &status);
  const int confidence = ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status) || name == nullptr) return std::nullopt;
  std::string n = name;
  // ISO-8859-1 as labelled on the web is windows-1252 (WHATWG Encoding); it decodes 0x80-0x9F.
  if (base::lower_ascii(n) == "iso-8859-1") n = "windows-1252";
  return std::make_pair(n, confidence);
}

Span file_span(const std::string& file) { return Span{file, 0, 0, 0, 0}; }

// Below this ICU confidence a legacy-charset guess is no better than noise.
constexpr int kMinDetectionConfidence = 25;
// More undecodable bytes than this share of the input (percent): not text, or text in an
// encoding no one can tell.
constexpr std::size_t kMaxInvalidPercent = 1;
// Invalid bytes and NULs are reported place by place up to this many places, then summed up.
constexpr std::size_t kMaxPlacesReported = 10;

// One warning per place (adjacent replaced bytes are one place), then one for the rest.
void report_places(const base::SourceText& located, const std::vector<std::uint32_t>& places, std::uint32_t width,
                   const char* code, const std::string& what, base::Diagnostics& out) {
  std::size_t reported = 0;
  std::size_t rest = 0;
  for (std::size_t k = 0; k < places.size(); ++k) {
    std::size_t last = k;
    while (last + 1 < places.size() && places[last + 1] == places[last] + width) ++last;
    const std::size_t count = last - k + 1;
    if (reported < kMaxPlacesReported) {
      out.push_back(base::make_warning(code, located.span(places[k], places[last] + width),
                                       std::to_string(count) + " " + what));
      ++reported;
    } else {
      rest += count;
    }
    k = last;
  }
  if (rest > 0) {
    out.push_back(base::make_warning(code, Span{located.file(), 0, 0, 0, 0},
                                     std::to_string(rest) + " more " + what + " elsewhere"));
  }
}

}  // namespace

base::Result<base::Warned<base::SourceText>> decode_source(std::string_view bytes, const std::string& file,
                                                           SourceFormat format, const DecodeOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return base::make_error("input.too-large", file_span(file),
                            "file is too large (" + std::to_string(bytes.size() >> 20) + " MiB; the limit is " +
                                std::to_string(options.max_bytes >> 20) + " MiB)");
  }
  base::Diagnostics warnings;
  std::string decoded;  // UTF-8, with the input's ill-formed bytes when it was read as UTF-8
  bool read_as_utf8 = true;
  std::string_view body = bytes;

  std::optional<std::string> bom_charset;
  if (body.starts_with("\xEF\xBB\xBF")) {
    body.remove_prefix(3);
  } else if (body.starts_with("\xFF\xFE")) {
    bom_charset = "UTF-16LE";
    body.remove_prefix(2);
  } else if (body.starts_with("\xFE\xFF")) {
    bom_charset = "UTF-16BE";
    body.remove_prefix(2);
  }

  if (bom_charset) {
    std::size_t bad = 0;
    auto converted = convert_with_icu(body, *bom_charset, bad);
    if (!converted) {
      return base::make_error("input.undecodable", file_span(file), "cannot decode " + *bom_charset + " text");
    }
    decoded = std::move(*converted);
    read_as_utf8 = false;
  } else {
    if (const auto kind = binary_signature(body)) {
      return base::make_error("input.binary", Span{file, 0, 0, 1, 1},
                              "not a text file (" + std::string(*kind) + " data); folio reads plain text, HTML and Markdown");
    }
    if (looks_binary(body)) {
      return base::make_error("input.binary", file_span(file),
                              "not a text file (binary data); folio reads plain text, HTML and Markdown");
    }
    const Utf8Stats stats = utf8_stats(body);
    const auto declared = !options.charset.empty()        ? std::optional<std::string>(options.charset)
                          : format == SourceFormat::text ? std::nullopt
                                                         : declared_charset(body);
    if (stats.invalid == 0 || (stats.valid > 0 && stats.valid >= stats.invalid && !(declared && !is_utf8_name(*declared)))) {
      // UTF-8, perhaps with a few damaged bytes that clean_text replaces below.
      decoded = std::string(body);
      if (stats.invalid == 0 && declared && !is_utf8_name(*declared) && stats.valid > 0) {
        warnings.push_back(base::make_warning(
            "input.charset-mismatch", file_span(file),
            "declared charset '" + *declared + "' is contradicted by the content, which is valid UTF-8; read as UTF-8"));
      }
    } else if (declared && !is_utf8_name(*declared)) {
      std::size_t bad = 0;
      auto converted = convert_with_icu(body, *declared, bad);
      if (!converted) {
        return base::make_error("input.unknown-charset", file_span(file),
                                "declared charset '" + *declared + "' is unknown");
      }
      decoded = std::move(*converted);
      read_as_utf8 = false;
      warnings.push_back(base::make_note("input.charset-declared", file_span(file),
                                         "decoded as declared charset '" + *declared + "'"));
      if (bad > 0) {
        warnings.push_back(base::make_warning("input.replacement-characters", file_span(file),
                                              std::to_string(bad) + " bytes not valid in '" + *declared +
                                                  "' were replaced with U+FFFD"));
      }
    } else {
      const auto detected = detect_charset(body);
      const std::string charset = detected ? detected->first : "windows-1252";
      std::size_t bad = 0;
      auto converted = convert_with_icu(body, charset, bad);
      if (!converted || (detected && detected->second < kMinDetectionConfidence)) {
        const CleanText located = clean_text(body);
        const std::uint32_t first = located.invalid.empty() ? 0 : located.invalid.front();
        return base::make_error("input.undecodable", base::SourceText(file, located.text).span(first, first + 1),
                                "not UTF-8, and its encoding could not be determined" +
                                    (detected ? " (best guess " + charset + ", confidence " +
                                                    std::to_string(detected->second) + "%)"
                                              : std::string()),
                                "convert the file to UTF-8 or declare its charset");
      }
      decoded = std::move(*converted);
      read_as_utf8 = false;
      warnings.push_back(base::make_warning(
          "input.charset-detected", file_span(file),
          "not UTF-8; decoded as " + charset +
              (detected ? " (detected, confidence " + std::to_string(detected->second) + "%)" : " (fallback)"),
          "convert the file to UTF-8 or declare its charset"));
    }
  }
  CleanText clean = clean_text(decoded);
  const base::SourceText located(file, clean.text);
  if (!clean.invalid.empty() && read_as_utf8) {
    const std::uint32_t first = clean.invalid.front();
    const std::string count = std::to_string(clean.invalid.size()) + " bytes are not UTF-8";
    if (clean.invalid.size() * 100 > bytes.size() * kMaxInvalidPercent) {
      return base::make_error("input.undecodable", located.span(first, first + 3),
                              "not text: " + count + ", more than " + std::to_string(kMaxInvalidPercent) +
                                  "% of the file (the first is here)");
    }
    if (options.strict) {
      // Decoded with U+FFFD so it can be inspected, but an error: the caller publishes nothing.
      warnings.push_back(base::make_error("input.invalid-utf8", located.span(first, first + 3),
                                          "invalid UTF-8: " + count + " (the first is here; --strict)"));
    } else {
      report_places(located, clean.invalid, 3, "input.invalid-bytes", "bytes not UTF-8, replaced with U+FFFD", warnings);
    }
  }
  if (!clean.nuls.empty()) {
    if (options.strict) {
      return base::make_error("input.binary", located.span(clean.nuls.front(), clean.nuls.front()),
                              "not a text file: NUL byte (--strict)");
    }
    report_places(located, clean.nuls, 0, "input.nul-dropped", "NUL bytes dropped", warnings);
  }
  if (base::trim_ascii(clean.text).empty()) {
    return base::make_error("input.empty", file_span(file), "file is empty (nothing to convert)");
  }
  return base::Warned<base::SourceText>{base::SourceText(file, std::move(clean.text)), std::move(warnings)};
}

}  // namespace folio::readers
