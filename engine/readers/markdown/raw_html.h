// Raw HTML inside Markdown: which cmark HTML blocks belong to one element, and what inline tags
// mean. Pure string scanning; the markup itself is read by read_html.
#pragma once

#include <array>
#include <string_view>

namespace folio::readers {

/// Counts open and close tags of the elements whose raw HTML cmark may split into several blocks
/// (a `<figure>` with its `<img>` on other lines, a `<table>` with blank lines inside). Elements
/// that usually wrap Markdown (`<div>`, `<section>`) are not tracked, so their Markdown content
/// stays Markdown.
class HtmlElementBalance {
 public:
  /// Scans `html` for tags; comments are skipped, stray close tags ignored.
  void scan(std::string_view html);
  /// True when every tracked element opened so far has been closed.
  bool balanced() const;

 private:
  static constexpr std::array<std::string_view, 14> kTracked = {
      "figure", "table", "picture", "video", "audio", "object", "svg",
      "math",   "pre",   "dl",      "ul",    "ol",    "blockquote", "details"};
  std::array<int, kTracked.size()> open_{};
};

/// True when `html` holds nothing but whitespace and comments (pandoc's `<!-- -->` list separators).
bool is_blank_or_comment(std::string_view html);

/// True when `html` is a start tag of element `name` (lower case): `is_start_tag("<BR />", "br")`.
bool is_start_tag(std::string_view html, std::string_view name);

}  // namespace folio::readers
