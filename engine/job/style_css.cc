#include "job/style_css.h"

#include <cstdio>

#include "writers/epub/write_epub.h"

namespace folio::job {

namespace {
std::string em(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3gem", value);
  return buf;
}
}  // namespace

std::string epub_css(const style::Style& s) {
  std::string css = writers::default_css();
  css += "\n/* House style: " + s.name + " */\n";
  css += "body { color: " + s.text.hex() + "; background-color: " + s.background.hex() +
         "; line-height: " + std::to_string(s.leading).substr(0, 4) + "; text-align: " +
         (s.align == style::Align::justify ? "justify" : "start") + "; }\n";
  for (int level = 1; level <= 6; ++level) {
    css += "h" + std::to_string(level) + " { font-size: " + em(s.heading_sizes[level - 1] / s.base_size) +
           "; color: " + s.accent.hex() + "; text-align: start; }\n";
  }
  if (s.hyphenate) css += "p { hyphens: auto; -webkit-hyphens: auto; }\n";
  return css;
}

}  // namespace folio::job
