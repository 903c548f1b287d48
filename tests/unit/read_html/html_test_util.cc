#include "html_test_util.h"

#include "model/dump.h"

namespace folio::test {

base::Warned<model::Document> read_html_string(const std::string& html, const readers::HtmlReaderOptions& options,
                                               const std::string& file) {
  const base::SourceText source(file, html);
  return readers::read_html(source, options);
}

std::string dump_with_diagnostics(const base::Warned<model::Document>& read) {
  std::string out = model::dump_document(read.value);
  out += "diagnostics\n";
  for (const auto& d : read.warnings) {
    out += "  " + std::string(base::severity_name(d.severity)) + ' ' + d.code + ' ' + std::to_string(d.span.line) +
           ':' + std::to_string(d.span.column) + ' ' + d.message + '\n';
  }
  return out;
}

std::string body_text(const model::Document& document) {
  std::string out;
  for (const auto& b : document.blocks) out += model::plain_text(b) + '\n';
  return out;
}

int count_code(const base::Diagnostics& diagnostics, const std::string& code) {
  int n = 0;
  for (const auto& d : diagnostics) n += d.code == code ? 1 : 0;
  return n;
}

}  // namespace folio::test
