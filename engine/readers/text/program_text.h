// A program's text saved as a page's text: a browser that did not run a page's scripts, or a
// scraper that read them, writes minified JavaScript and unfilled templates among the page's
// lines. No reader reads them.
#pragma once

#include <string_view>

namespace folio::readers {

/// How a line of a page reads: as code (20 bytes or more, and code punctuation at least 8 % of
/// them, spaces at most 10 % and a mark of a program or a template's "{{"; or a template's
/// placeholders, is_template_text), as prose (a space in eight bytes or more, code punctuation
/// under 5 %), or neither. A block of lines never joins code to prose.
enum class LineShape { code, prose, other };
LineShape line_shape(std::string_view line);

/// Whether `text` (a line, or lines joined by line breaks) reads as minified program code: it
/// calls something (a '('), code punctuation (`{ } ( ) [ ] ; = & |`) is at least 8 % of its
/// bytes, spaces at most 10 % (a minifier removes them; code shown to readers keeps them, as
/// prose does with ~15 %), and it holds the marks of a program (`){`, `};`, `)}`, `=>`, `&&`,
/// `||`, `!==`, `function(`, `return`, `var `): at least two, and one per 160 bytes (a script
/// holding CSS has fewer). Texts shorter than 40 bytes are never judged.
bool is_program_text(std::string_view text);

/// Whether `text` is mostly a template's placeholders that no script filled in (`{{ title }}`,
/// `{{#message}}{{{message}}}{{/message}}`): they hold at least half of its visible bytes.
bool is_template_text(std::string_view text);

}  // namespace folio::readers
