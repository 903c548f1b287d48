#include "job/load_document.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/sha256.h"
#include "readers/common/decode.h"
#include "readers/html/read_html.h"
#include "readers/markdown/read_markdown.h"
#include "readers/text/read_text.h"
#include "readers/warc/read_warc.h"
#include "transform/release_transforms.h"

namespace folio::job {

namespace {
base::Span file_span(const std::string& path) { return base::Span{path, 0, 0, 0, 0}; }
}  // namespace

base::Result<base::Warned<model::Document>> parse_document(std::string_view bytes, const std::string& file,
                                                           const LoadOptions& options, const Provenance& provenance) {
  const readers::SourceFormat format = options.from.value_or(readers::detect_format(file, bytes));
  auto decoded =
      readers::decode_source(bytes, file, format, readers::DecodeOptions{options.max_bytes, provenance.charset});
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
  }
  diagnostics.insert(diagnostics.end(), read.warnings.begin(), read.warnings.end());
  if (!provenance.source.empty()) read.value.metadata.source = provenance.source;
  if (read.value.metadata.source.empty()) read.value.metadata.source = file;
  if (!options.title.empty()) read.value.metadata.title = options.title;

  auto transformed = transform::apply_release_transforms(
      read.value, {.language = options.language, .keep_boilerplate = options.keep_boilerplate, .source = &source});
  diagnostics.insert(diagnostics.end(), transformed.begin(), transformed.end());
  if (read.value.metadata.date.empty() && provenance.date.size() >= 10) {
    read.value.metadata.date = provenance.date.substr(0, 10);
    diagnostics.push_back(base::make_note("input.capture-date", file_span(file),
                                          "the page gives no date: dated by its capture, " + read.value.metadata.date));
  }
  return base::Warned<model::Document>{std::move(read.value), std::move(diagnostics)};
}

namespace {

// The bytes of an input file; the errors of load_document().
base::Result<std::string> read_input_file(const std::string& path, const LoadOptions& options) {
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
  return bytes.str();
}

}  // namespace

base::Result<base::Warned<model::Document>> load_document(const std::string& path, const LoadOptions& options) {
  auto bytes = read_input_file(path, options);
  if (!bytes) return base::Unexpected{bytes.error()};
  return parse_document(*bytes, path, options);
}

base::Result<base::Warned<model::Document>> load_input(const InputRef& input, const LoadOptions& options,
                                                       std::string* digest) {
  if (!input.warc) {
    auto bytes = read_input_file(input.path, options);
    if (!bytes) return base::Unexpected{bytes.error()};
    if (digest) *digest = base::sha256_hex(*bytes);
    return parse_document(*bytes, input.path, options);
  }
  auto payload = readers::read_warc_release(input.path, input.warc->position, {options.max_bytes});
  if (!payload) return base::Unexpected{payload.error()};
  if (digest) *digest = base::sha256_hex(payload->body);
  LoadOptions html = options;
  // The record's media type said HTML.
  if (!html.from) html.from = readers::SourceFormat::html;
  return parse_document(payload->body, input.name, html,
                        Provenance{payload->charset, input.warc->uri, input.warc->date});
}

}  // namespace folio::job
