#include "readers/common/source_format.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "base/utf8.h"

namespace folio::readers {

namespace {

bool contains_ci(std::string_view haystack, std::string_view needle) {
  return base::lower_ascii(haystack).find(needle) != std::string::npos;
}
}  // namespace

const char* format_name(SourceFormat format) {
  switch (format) {
    case SourceFormat::text: return "txt";
    case SourceFormat::html: return "html";
    case SourceFormat::markdown: return "md";
    case SourceFormat::docx: return "docx";
  }
  return "txt";
}

std::optional<SourceFormat> parse_format(std::string_view name) {
  const std::string n = base::lower_ascii(name);
  if (n == "txt" || n == "text") return SourceFormat::text;
  if (n == "html" || n == "htm" || n == "xhtml") return SourceFormat::html;
  if (n == "md" || n == "markdown") return SourceFormat::markdown;
  if (n == "docx") return SourceFormat::docx;
  return std::nullopt;
}

std::optional<SourceFormat> format_from_extension(std::string_view path) {
  const std::string ext = base::lower_ascii(std::filesystem::path(std::string(path)).extension().string());
  if (ext == ".txt" || ext == ".text") return SourceFormat::text;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".wml") return SourceFormat::html;
  if (ext == ".md" || ext == ".markdown") return SourceFormat::markdown;
  if (ext == ".docx" || ext == ".docm" || ext == ".dotx" || ext == ".dotm") return SourceFormat::docx;
  return std::nullopt;
}

SourceFormat detect_format(std::string_view path, std::string_view bytes) {
  if (auto by_name = format_from_extension(path)) return *by_name;
  // A ZIP archive (local file header "PK\3\4") is no text format; the DOCX reader says clearly
  // when it is not a Word document either.
  if (bytes.starts_with("PK\x03\x04")) return SourceFormat::docx;

  // Sniff the head of the file: markup first, then Markdown's tell-tale constructs.
  const std::string_view head = bytes.substr(0, 4096);
  if (contains_ci(head, "<!doctype html") || contains_ci(head, "<html") || contains_ci(head, "<body") ||
      contains_ci(head, "<p>") || contains_ci(head, "<div")) {
    return SourceFormat::html;
  }
  if (head.starts_with("---\n") || head.starts_with("# ") || head.find("\n# ") != std::string_view::npos ||
      head.find("\n## ") != std::string_view::npos || head.find("](") != std::string_view::npos) {
    return SourceFormat::markdown;
  }
  return SourceFormat::text;
}

}  // namespace folio::readers
