// Helpers shared by the HTML reader tests: run the reader on a string or fixture, dump the result.
#pragma once

#include <string>

#include "base/result.h"
#include "model/document.h"
#include "readers/html/read_html.h"

namespace folio::test {

/// read_html on `html` (already UTF-8) named `file`.
base::Warned<model::Document> read_html_string(const std::string& html, const readers::HtmlReaderOptions& options = {},
                                               const std::string& file = "test.html");

/// Native dump followed by one line per diagnostic: "code line:col message".
std::string dump_with_diagnostics(const base::Warned<model::Document>& read);

/// Plain text of all blocks, one block per line.
std::string body_text(const model::Document& document);

/// Number of diagnostics with `code`.
int count_code(const base::Diagnostics& diagnostics, const std::string& code);

}  // namespace folio::test
