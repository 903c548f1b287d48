#include "writers/epub/write_epub.h"

namespace folio::writers {

// Relative units only, so reading systems can scale and reflow (displayTransformability); logical
// properties so right-to-left chapters indent on the correct side.
const std::string& default_css() {
  static const std::string kCss = R"(@charset "utf-8";
body { line-height: 1.5; margin: 0 5%; font-family: serif; }
header { margin-block-end: 1.5em; }
h1 { font-size: 1.6em; line-height: 1.25; margin-block: 0.5em; }
h2 { font-size: 1.3em; line-height: 1.3; margin-block: 1.2em 0.4em; }
h3 { font-size: 1.15em; margin-block: 1em 0.3em; }
h4, h5, h6 { font-size: 1em; margin-block: 1em 0.3em; }
p { margin-block: 0 0.75em; }
.subheadline { font-size: 1.15em; font-style: italic; }
.dateline { font-weight: bold; }
.lead { font-weight: bold; }
.embargo { font-weight: bold; text-transform: uppercase; }
blockquote { margin-block: 1em; margin-inline: 2em 0; padding-inline-start: 1em; border-inline-start: 0.2em solid currentColor; }
.attribution { margin-inline-start: 3em; font-style: italic; }
.attribution cite { font-style: normal; }
q { quotes: none; }  /* the marks are in the text (transform::mark_inline_quotes) */
figure { margin-block: 1em; margin-inline: 0; }
figure img { max-width: 100%; height: auto; }
img { max-height: 1.5em; width: auto; vertical-align: baseline; }  /* inline, as the PDF sets it in the line */
figure > img { max-height: none; }
figcaption { font-size: 0.9em; font-style: italic; }
.image-missing { font-style: italic; }
table { border-collapse: collapse; margin-block: 1em; max-width: 100%; }
caption { font-weight: bold; text-align: start; margin-block-end: 0.5em; }
th, td { border: 0.0625em solid currentColor; padding: 0.25em 0.5em; text-align: start; vertical-align: top; }
thead th { border-block-end-width: 0.15em; }
ul, ol { margin-block: 0 0.75em; padding-inline-start: 2em; }
ul.marked, ol.marked { list-style: none; }
.marker { float: left; width: 2em; margin-left: -2em; }
[dir="rtl"] .marker { float: right; margin-left: 0; margin-right: -2em; }
address { font-style: normal; margin-block: 1em; }
aside { margin-block: 1.5em; padding-block-start: 0.5em; border-block-start: 0.0625em solid currentColor; font-size: 0.95em; }
hr { margin-block: 1.5em; border: 0; border-block-start: 0.0625em solid currentColor; }
.release + .release { break-before: page; }  /* releases sharing a content document */
.end-mark { text-align: center; margin-block: 1.5em; }
nav ol { list-style: none; padding-inline-start: 1em; }
.notes { margin-block-start: 2em; padding-block-start: 0.5em; border-block-start: 0.0625em solid currentColor; font-size: 0.9em; }
.notes ol { padding-inline-start: 0; }
sup { line-height: 0; }
/* Struck-through text is announced: its word ("deleted: ") is said before it, out of sight. */
del[data-label]::before, s[data-label]::before {
  content: attr(data-label) ": ";
  position: absolute; width: 0.0625em; height: 0.0625em; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
)";
  return kCss;
}

}  // namespace folio::writers
