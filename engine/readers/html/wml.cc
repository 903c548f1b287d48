#include "readers/html/wml.h"

#include "readers/html/html_strings.h"

namespace folio::readers::html {

namespace {

void blank(std::string& text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < text.size(); ++i) {
    if (text[i] != '\n') text[i] = ' ';
  }
}

std::string first_words(std::string_view s) {
  std::string text = collapse_whitespace(s);
  if (text.size() > 60) {
    std::size_t cut = 60;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "…";
  }
  return text;
}

}  // namespace

bool looks_like_wml(const std::string& text) {
  return text.find("<define-tag") != std::string::npos || text.rfind("#use ", 0) == 0 ||
         text.find("\n#use ") != std::string::npos;
}

WmlPage preprocess_wml(const base::SourceText& source, base::Diagnostics& diagnostics) {
  WmlPage page;
  const std::string& text = source.text();
  if (!looks_like_wml(text)) return page;
  page.is_wml = true;
  page.markup = text;
  std::string& out = page.markup;
  // Blanking keeps byte offsets, so positions in `out` are positions in the source until the
  // final placeholder pass, which reads `out` and writes a new string.
  auto line_of = [&](std::size_t pos) { return source.span(static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos)).line; };
  auto report = [&](std::size_t pos, const std::string& message) {
    diagnostics.push_back(base::make_note("html.template-directive-dropped", source.line_span(line_of(pos)), message));
  };

  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t line_end = std::min(text.find('\n', pos), text.size());
    const std::string_view this_line(text.data() + pos, line_end - pos);
    if (this_line.starts_with("<define-tag")) {
      const std::size_t open_end = text.find('>', pos);
      const std::size_t close = open_end == std::string::npos ? std::string::npos : text.find("</define-tag>", open_end);
      if (close != std::string::npos) {
        const std::string_view head(text.data() + pos + 11, open_end - pos - 11);
        const std::string name = collapse_whitespace(head.substr(0, head.find_first_of(" \t\n", head.find_first_not_of(" \t\n"))));
        const std::string value = collapse_whitespace(std::string_view(text).substr(open_end + 1, close - open_end - 1));
        const std::size_t end = close + 13;
        if (name == "pagetitle") {
          // The title's own markup (<q>, entities) is left for the HTML parser to read.
          blank(out, pos, open_end + 1);
          blank(out, close, end);
          out.replace(pos, 4, "<h1>");
          out.replace(close, 5, "</h1>");
          pos = end;
          continue;
        }
        if (name == "release_date") {
          page.date = value;
        } else {
          report(pos, "template definition <define-tag " + name + "> dropped: \"" + first_words(value) + "\"");
        }
        blank(out, pos, end);
        pos = end;
        continue;
      }
    }
    if (this_line.starts_with("#")) {
      report(pos, "template directive dropped: \"" + first_words(this_line) + "\"");
      blank(out, pos, line_end);
    }
    pos = line_end + 1;
  }

  for (std::size_t p = out.find("<:"); p != std::string::npos; p = out.find("<:", p)) {
    const std::size_t close = out.find(":>", p + 2);
    const std::size_t end = close == std::string::npos ? out.size() : close + 2;
    report(p, "template code block <: … :> dropped");
    blank(out, p, end);
    p = end;
  }

  // Placeholders are deleted, not blanked: `$(HOME)/x` must become `/x` inside an href.
  std::string result;
  result.reserve(out.size());
  std::size_t i = 0;
  while (i < out.size()) {
    if (out.compare(i, 2, "$(") == 0) {
      const std::size_t close = out.find(')', i + 2);
      const std::size_t eol = out.find('\n', i);
      if (close != std::string::npos && close < eol && close - i < 40) {
        const std::string name = out.substr(i, close + 1 - i);
        const bool in_link = result.size() >= 6 && (result.ends_with("href=\"") || result.ends_with("href='") ||
                                                    result.ends_with("src=\"") || result.ends_with("src='"));
        report(i, in_link ? "placeholder " + name + " removed from a link address (the address is now relative)"
                          : "placeholder " + name + " dropped");
        i = close + 1;
        continue;
      }
    }
    result += out[i++];
  }
  out = std::move(result);
  return page;
}

}  // namespace folio::readers::html
