#include "readers/markdown/read_markdown.h"

#include <algorithm>
#include <string>

#include "readers/markdown/cmark_to_model.h"
#include "readers/markdown/front_matter.h"

namespace folio::readers {

namespace {

bool is_level_one_heading(const model::Block& block) {
  const auto* heading = std::get_if<model::Heading>(&block.node);
  return heading != nullptr && heading->level == 1;
}

// Every release starts with its headline: the front matter title when the body has no `#`
// heading, and the title comes from the leading `#` heading when the front matter has none.
void connect_headline(model::Document& document, const base::SourceText& source, std::uint32_t title_line) {
  model::Metadata& metadata = document.metadata;
  const bool has_headline = std::any_of(document.blocks.begin(), document.blocks.end(), is_level_one_heading);
  if (!has_headline && !metadata.title.empty()) {
    model::Block headline;
    headline.info.span = source.line_span(title_line);
    headline.node = model::Heading{1, {model::make_text(metadata.title, headline.info.span)}};
    document.blocks.insert(document.blocks.begin(), std::move(headline));
  } else if (metadata.title.empty() && !document.blocks.empty() && is_level_one_heading(document.blocks.front())) {
    metadata.title = model::plain_text(std::get<model::Heading>(document.blocks.front().node).content);
  }
}

}  // namespace

base::Warned<model::Document> read_markdown(const base::SourceText& source, const MarkdownReaderOptions& options) {
  base::Warned<model::Document> result;
  auto front = read_front_matter(source);
  result.warnings = std::move(front.warnings);
  result.value.metadata = std::move(front.value.metadata);

  // The front matter becomes empty lines so cmark's line numbers are the file's.
  std::string markdown(front.value.body_line - 1, '\n');
  markdown.append(source.text(), front.value.body_offset);
  auto body = convert_markdown(source, markdown, options);
  result.value.blocks = std::move(body.value);
  result.warnings.insert(result.warnings.end(), std::make_move_iterator(body.warnings.begin()),
                         std::make_move_iterator(body.warnings.end()));

  connect_headline(result.value, source, front.value.title_line);
  return result;
}

}  // namespace folio::readers
