// Input formats folio reads, and how a file's format is recognised.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio::readers {

enum class SourceFormat { text, html, markdown, docx };

/// "txt", "html", "md", "docx".
const char* format_name(SourceFormat format);

/// Parses a --from value: "txt"/"text", "html"/"htm"/"xhtml", "md"/"markdown", "docx".
std::optional<SourceFormat> parse_format(std::string_view name);

/// The format a file's extension names (.txt, .html/.htm/.xhtml/.wml, .md/.markdown,
/// .docx/.docm/.dotx/.dotm), if any.
std::optional<SourceFormat> format_from_extension(std::string_view path);

/// By extension first, then by sniffing the content (a ZIP archive is taken for a DOCX).
SourceFormat detect_format(std::string_view path, std::string_view bytes);

}  // namespace folio::readers
