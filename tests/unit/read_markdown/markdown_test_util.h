// Helpers shared by the Markdown reader tests: read a fixture or a string, dump it for goldens.
#pragma once

#include <string>

#include "base/source_text.h"
#include "model/document.h"
#include "readers/markdown/read_markdown.h"

namespace folio::test {

/// read_markdown over `text`, named `file` in spans.
inline base::Warned<model::Document> read_md(const std::string& text, const std::string& file = "test.md") {
  return readers::read_markdown(base::SourceText(file, text));
}

/// The native dump followed by one line per diagnostic: "code line:col message".
std::string dump_with_diagnostics(const base::Warned<model::Document>& read);

/// True when some warning has `code`.
bool has_code(const base::Diagnostics& diagnostics, const std::string& code);

/// Number of diagnostics with `code`.
int count_code(const base::Diagnostics& diagnostics, const std::string& code);

/// Every block of the document, depth first, that holds a `T`.
template <typename T>
std::vector<const T*> all_of(const model::Document& document) {
  std::vector<const T*> found;
  model::for_each_block(document.blocks, [&](const model::Block& block) {
    if (const auto* node = std::get_if<T>(&block.node)) found.push_back(node);
  });
  return found;
}

}  // namespace folio::test
