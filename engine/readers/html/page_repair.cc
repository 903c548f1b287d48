#include "readers/html/page_repair.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "readers/html/html_elements.h"
#include "readers/html/html_strings.h"
#include "transform/text_edit.h"
#include "transform/encoding_repair.h"

namespace folio::readers::html {

namespace {

// Elements whose content is not text to read: the HTML parser leaves their references undecoded.
bool holds_code(const HtmlNode& n) { return n.is("script") || n.is("style") || n.is("template"); }

// A meta element whose content is words (a title, a description, an author), not an address,
// a date or a size.
bool meta_with_words(const HtmlNode& meta) {
  const std::string* key = meta.attribute("name");
  if (!key) key = meta.attribute("property");
  if (!key) return false;
  const std::string k = lower_ascii(*key);
  for (std::string_view words : {"title", "description", "author", "keywords", "site_name", "rights"}) {
    if (k.find(words) != std::string::npos) return true;
  }
  return false;
}

bool read_by_people(const HtmlNode& element, std::string_view attribute) {
  return attribute == "alt" || attribute == "title" || attribute == "aria-label" ||
         (attribute == "content" && element.is("meta") && meta_with_words(element));
}

// From the line where node `i` starts to the line before the next node's: where its text is.
base::Span node_span(const HtmlTree& tree, NodeIndex i, const base::SourceText& source) {
  const std::uint32_t line = tree[i].line;
  std::uint32_t last = line;
  for (NodeIndex next = i + 1; next < tree.size(); ++next) {
    if (tree[next].line >= line) {
      last = std::max(line, tree[next].line);
      break;
    }
  }
  if (i + 1 >= tree.size()) last = source.line_count();
  const base::Span from = source.line_span(line);
  const base::Span to = source.line_span(last);
  if (from.end == 0 && from.begin == 0) return from;
  return source.span(from.begin, std::max(from.end, to.end));
}

}  // namespace

PageRepairs repair_page_text(HtmlTree& tree, const base::SourceText& source) {
  const std::vector<bool> block = block_like_nodes(tree);
  std::vector<bool> code(static_cast<std::size_t>(tree.size()), false);
  std::vector<transform::TextRun> runs;
  std::size_t attribute_paragraph = static_cast<std::size_t>(tree.size());
  for (NodeIndex i = 0; i < tree.size(); ++i) {
    HtmlNode& n = tree[i];
    const auto at = static_cast<std::size_t>(i);
    code[at] = holds_code(n) || (n.parent != kNoNode && code[static_cast<std::size_t>(n.parent)]);
    if (code[at]) continue;
    if (n.is_text) {
      // The runs of one block-level element are one paragraph.
      NodeIndex paragraph = n.parent;
      while (paragraph != kNoNode && !block[static_cast<std::size_t>(paragraph)]) paragraph = tree[paragraph].parent;
      runs.push_back({&n.text, static_cast<std::size_t>(std::max<NodeIndex>(paragraph, 0)), node_span(tree, i, source)});
      continue;
    }
    for (auto& [name, value] : n.attributes) {
      if (read_by_people(n, name)) runs.push_back({&value, attribute_paragraph++, node_span(tree, i, source)});
    }
  }
  PageRepairs repairs;
  for (auto& [run, note] :
       transform::repair_encoding(runs, {.source = &source,
                                          .metadata_source = source.file(),
                                          .one_note_when_throughout = true,
                                          .lost_punctuation = true})) {
    if (run == transform::kMetadataRun) {
      repairs.whole.push_back(std::move(note));
    } else {
      repairs.runs.push_back({collapse_whitespace(*runs[run].text), std::move(note)});
    }
  }
  return repairs;
}

void report_page_repairs(PageRepairs repairs, const model::Document& document, base::Diagnostics& diagnostics) {
  diagnostics.insert(diagnostics.end(), repairs.whole.begin(), repairs.whole.end());
  if (repairs.runs.empty()) return;
  std::string kept;
  for (const auto& b : document.blocks) kept += collapse_whitespace(model::plain_text(b)) + "\n";
  model::Metadata metadata = document.metadata;
  transform::for_each_metadata_text(metadata, [&](std::string& value) { kept += collapse_whitespace(value) + "\n"; });
  int left_out = 0;
  const base::Diagnostic* first = nullptr;
  for (const auto& run : repairs.runs) {
    if (!run.text.empty() && kept.find(run.text) != std::string::npos) {
      diagnostics.push_back(run.note);
    } else if (++left_out == 1) {
      first = &run.note;
    }
  }
  if (first) {
    diagnostics.push_back(base::make_note("html.repaired-left-out", first->span,
                                          std::to_string(left_out) +
                                              " repaired runs of text the document leaves out (boilerplate, attributes "
                                              "no output shows); the first: " + first->message));
  }
}

}  // namespace folio::readers::html
