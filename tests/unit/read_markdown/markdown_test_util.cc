#include "markdown_test_util.h"

#include <algorithm>

#include "model/dump.h"

namespace folio::test {

std::string dump_with_diagnostics(const base::Warned<model::Document>& read) {
  std::string out = model::dump_document(read.value);
  for (const auto& d : read.warnings) {
    out += d.code + ' ' + std::to_string(d.span.line) + ':' + std::to_string(d.span.column) + ' ' + d.message + '\n';
  }
  return out;
}

bool has_code(const base::Diagnostics& diagnostics, const std::string& code) { return count_code(diagnostics, code) > 0; }

int count_code(const base::Diagnostics& diagnostics, const std::string& code) {
  return static_cast<int>(
      std::count_if(diagnostics.begin(), diagnostics.end(), [&](const auto& d) { return d.code == code; }));
}

}  // namespace folio::test
