// Input formats folio reads, and how a file's format is recognised.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio::readers {

enum class SourceFormat { text, html, markdown };

/// "txt", "html", "md".
const char* format_name(SourceFormat format);

/// Parses a --from value: "txt"/"text", "html"/"htm"/"xhtml", "md"/"markdown".
std::optional<SourceFormat> parse_format(std::string_view name);

/// The format a file's extension names (.txt, .html/.htm/.xhtml/.wml, .md/.markdown), if any.
std::optional<SourceFormat> format_from_extension(std::string_view path);

/// By extension first (.txt, .html/.htm/.xhtml/.wml, .md/.markdown), then by sniffing the content.
SourceFormat detect_format(std::string_view path, std::string_view bytes);

}  // namespace folio::readers
