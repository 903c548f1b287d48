#include "readers/common/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>

#include "base/utf8.h"

namespace folio::readers {

namespace {

using base::Diagnostic;
using base::Span;


// Counts well-formed and ill-formed non-ASCII sequences (RFC 3629: no overlongs, no surrogates).
struct Utf8Stats {
  std::size_t valid = 0;
  std::size_t invalid = 0;
  std::size_t first_invalid = std::string_view::npos;
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
      if (st.first_invalid == std::string_view::npos) st.first_invalid = i;
      ++st.invalid;
      ++i;
    } else {
      ++st.valid;
      i += n;
    }
  }
  return st;
}

// Valid UTF-8 kept, each ill-formed byte replaced by U+FFFD.
std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out += s[i++];
      continue;
    }
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

// Binary data: NUL bytes or many C0 controls other than tab, CR, LF, FF.
bool looks_binary(std::string_view s) {
  const std::string_view head = s.substr(0, 8192);
  std::size_t controls = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
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

std::string normalize_newlines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

Span file_span(const std::string& file) { return Span{file, 0, 0, 0, 0}; }

// Below this ICU confidence a legacy-charset guess is no better than noise.
constexpr int kMinDetectionConfidence = 25;

}  // namespace

base::Result<base::Warned<base::SourceText>> decode_source(std::string_view bytes, const std::string& file,
                                                           SourceFormat format, const DecodeOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return base::make_error("input.too-large", file_span(file),
                            "file is too large (" + std::to_string(bytes.size() >> 20) + " MiB; the limit is " +
                                std::to_string(options.max_bytes >> 20) + " MiB)");
  }
  base::Diagnostics warnings;
  std::string text;
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
    text = std::move(*converted);
  } else {
    if (looks_binary(body)) {
      return base::make_error("input.binary", file_span(file),
                              "not a text file (binary data); folio reads plain text, HTML and Markdown");
    }
    const Utf8Stats stats = utf8_stats(body);
    const auto declared = !options.charset.empty()        ? std::optional<std::string>(options.charset)
                          : format == SourceFormat::text ? std::nullopt
                                                         : declared_charset(body);
    if (stats.invalid == 0) {
      text = std::string(body);
      if (declared && !is_utf8_name(*declared) && stats.valid > 0) {
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
      text = std::move(*converted);
      warnings.push_back(base::make_note("input.charset-declared", file_span(file),
                                         "decoded as declared charset '" + *declared + "'"));
      if (bad > 0) {
        warnings.push_back(base::make_warning("input.replacement-characters", file_span(file),
                                              std::to_string(bad) + " bytes not valid in '" + *declared +
                                                  "' were replaced with U+FFFD"));
      }
    } else if (stats.valid > 0 && stats.valid >= stats.invalid) {
      // Mostly UTF-8 with damaged bytes: decoded with U+FFFD so the text can be inspected, but
      // reported as an error: publishing replacement characters would hide lost text.
      text = repair_utf8(body);
      const base::SourceText located(file, std::string(body));
      warnings.push_back(base::make_error(
          "input.invalid-utf8",
          located.span(static_cast<std::uint32_t>(stats.first_invalid),
                       static_cast<std::uint32_t>(stats.first_invalid + 1)),
          "invalid UTF-8: " + std::to_string(stats.invalid) + " bytes are not UTF-8 (first shown here)"));
    } else {
      const auto detected = detect_charset(body);
      const std::string charset = detected ? detected->first : "windows-1252";
      std::size_t bad = 0;
      auto converted = convert_with_icu(body, charset, bad);
      if (!converted || (detected && detected->second < kMinDetectionConfidence)) {
        text = repair_utf8(body);
        warnings.push_back(base::make_error("input.invalid-utf8", file_span(file),
                                            "not UTF-8, and its encoding could not be determined" +
                                                (detected ? " (best guess " + charset + ", confidence " +
                                                                std::to_string(detected->second) + "%)"
                                                          : std::string())));
      } else {
        text = std::move(*converted);
        warnings.push_back(base::make_warning(
            "input.charset-detected", file_span(file),
            "not UTF-8; decoded as " + charset +
                (detected ? " (detected, confidence " + std::to_string(detected->second) + "%)" : " (fallback)"),
            "convert the file to UTF-8 or declare its charset"));
      }
    }
  }
  if (text.find('\0') != std::string::npos) {
    return base::make_error("input.binary", file_span(file), "not a text file (NUL characters)");
  }
  text = normalize_newlines(text);
  if (base::trim_ascii(text).empty()) {
    return base::make_error("input.empty", file_span(file), "file is empty (nothing to convert)");
  }
  return base::Warned<base::SourceText>{base::SourceText(file, std::move(text)), std::move(warnings)};
}

}  // namespace folio::readers
