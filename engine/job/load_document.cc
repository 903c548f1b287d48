#include "job/load_document.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "readers/common/decode.h"
#include "readers/docx/read_docx.h"
#include "readers/html/read_html.h"
#include "readers/markdown/read_markdown.h"
#include "readers/text/read_text.h"
#include "transform/release_transforms.h"

namespace folio::job {

namespace {

base::Span file_span(const std::string& path) { return base::Span{path, 0, 0, 0, 0}; }

// What every reader's document goes through: the source named, --title, the release transforms.
base::Warned<model::Document> finish(model::Document document, base::Diagnostics diagnostics, const std::string& file,
                                     const LoadOptions& options, const base::SourceText* source) {
  if (document.metadata.source.empty()) document.metadata.source = file;
  if (!options.title.empty()) document.metadata.title = options.title;
  auto transformed = transform::apply_release_transforms(
      document, {.language = options.language, .keep_boilerplate = options.keep_boilerplate, .source = source});
  diagnostics.insert(diagnostics.end(), transformed.begin(), transformed.end());
  return base::Warned<model::Document>{std::move(document), std::move(diagnostics)};
}

// A DOCX is a ZIP package, not text: it skips decoding, and what makes it unreadable (not a
// package, a zip bomb, no Word document inside) is an error like a binary text file.
base::Result<base::Warned<model::Document>> parse_docx(std::string_view bytes, const std::string& file,
                                                       const LoadOptions& options) {
  auto read = readers::read_docx(bytes, file);
  if (!read) return base::Unexpected{read.error()};
  return finish(std::move(read->value), std::move(read->warnings), file, options, nullptr);
}

}  // namespace

base::Result<base::Warned<model::Document>> parse_document(std::string_view bytes, const std::string& file,
                                                           const LoadOptions& options) {
  const readers::SourceFormat format = options.from.value_or(readers::detect_format(file, bytes));
  if (format == readers::SourceFormat::docx) return parse_docx(bytes, file, options);
  auto decoded = readers::decode_source(bytes, file, format, readers::DecodeOptions{options.max_bytes});
  if (!decoded) return base::Unexpected{decoded.error()};
  base::Diagnostics diagnostics = std::move(decoded->warnings);
  const base::SourceText& source = decoded->value;

  base::Warned<model::Document> read;
  switch (format) {
    case readers::SourceFormat::text:
      read = readers::read_text(source, {.keep_boilerplate = options.keep_boilerplate});
      break;
    case readers::SourceFormat::html:
      read = readers::read_html(source, {.keep_boilerplate = options.keep_boilerplate});
      break;
    case readers::SourceFormat::markdown:
      read = readers::read_markdown(source, {.keep_boilerplate = options.keep_boilerplate});
      break;
    case readers::SourceFormat::docx:
      break;  // never decoded as text: parse_docx
  }
  diagnostics.insert(diagnostics.end(), read.warnings.begin(), read.warnings.end());
  return finish(std::move(read.value), std::move(diagnostics), file, options, &source);
}

base::Result<base::Warned<model::Document>> load_document(const std::string& path, const LoadOptions& options) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    return base::make_error("input.not-found", file_span(path), "no such file");
  }
  if (std::filesystem::is_directory(status)) {
    return base::make_error("input.is-directory", file_span(path), "is a directory, not a file");
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > options.max_bytes) {
    return base::make_error("input.too-large", file_span(path),
                            "file is too large (" + std::to_string(size >> 20) + " MiB; the limit is " +
                                std::to_string(options.max_bytes >> 20) + " MiB)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return base::make_error("input.unreadable", file_span(path), std::string("cannot read: ") + std::strerror(errno));
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return base::make_error("input.unreadable", file_span(path), "read error");
  return parse_document(bytes.str(), path, options);
}

}  // namespace folio::job
