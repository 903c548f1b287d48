#include "job/load_document.h"

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "base/sha256.h"
#include "base/two_threads.h"
#include "readers/common/decode.h"
#include "readers/docx/read_docx.h"
#include "readers/html/read_html.h"
#include "readers/markdown/read_markdown.h"
#include "readers/text/read_text.h"
#include "readers/warc/read_warc.h"
#include "transform/release_transforms.h"
#include "transform/text_edit.h"

namespace folio::job {

namespace {

base::Span file_span(const std::string& path) { return base::Span{path, 0, 0, 0, 0}; }

// From this size of source a second thread (~50 µs to start) transforms the document while the
// check for damage all through runs (a few ms of a long page's; base/two_threads.h).
constexpr std::size_t kOverlapCheckBytes = 24 * 1024;

base::Warned<model::Document> read_source(readers::SourceFormat format, const base::SourceText& source,
                                          const LoadOptions& options) {
  switch (format) {
    case readers::SourceFormat::text:
      return readers::read_text(source, {.keep_boilerplate = options.keep_boilerplate, .repair = options.repair});
    case readers::SourceFormat::html:
      return readers::read_html(source, {.keep_boilerplate = options.keep_boilerplate, .repair = options.repair});
    case readers::SourceFormat::markdown:
      return readers::read_markdown(source, {.keep_boilerplate = options.keep_boilerplate});
    case readers::SourceFormat::docx:
      break;  // never decoded as text: parse_docx
  }
  return {};
}

// The word around byte `at` of `text`: what a replaced byte or a dropped NUL is part of.
std::string_view word_around(std::string_view text, std::size_t at) {
  const auto boundary = [](char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '=';
  };
  std::size_t begin = std::min(at, text.size());
  std::size_t end = begin;
  while (begin > 0 && at - begin < 40 && !boundary(text[begin - 1])) --begin;
  while (end < text.size() && end - at < 40 && !boundary(text[end])) ++end;
  return text.substr(begin, end - begin);
}

// Invalid bytes and NULs the decoder warned of that fell into boilerplate the reader dropped
// leave no trace in the document: they become notes. A place stays a warning when the word it
// is part of (with its U+FFFD) is in the document's text.
void note_damage_left_out(base::Diagnostics& diagnostics, std::string_view decoded, model::Document& document) {
  std::string kept;
  for (auto& d : diagnostics) {
    if (d.severity != base::Severity::warning || (d.code != "input.invalid-bytes" && d.code != "input.nul-dropped") ||
        !d.span.known()) {
      continue;
    }
    if (kept.empty()) kept = transform::all_text(document);
    const std::string_view word = word_around(decoded, d.span.begin);
    if (word.empty() || kept.find(word) == std::string::npos) {
      d.severity = base::Severity::note;
      d.message += " (in boilerplate left out of the document)";
    }
  }
}

// What every reader's document goes through: the source named, --title, the release transforms.
base::Warned<model::Document> finish(model::Document document, base::Diagnostics diagnostics, const std::string& file,
                                     const LoadOptions& options, const base::SourceText* source) {
  if (document.metadata.source.empty()) document.metadata.source = file;
  if (!options.title.empty()) document.metadata.title = options.title;
  auto transformed = transform::apply_release_transforms(
      document, {.language = options.language, .keep_boilerplate = options.keep_boilerplate, .repair = options.repair,
                 .source = source});
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
                                                           const LoadOptions& options, const Provenance& provenance) {
  const readers::SourceFormat format = options.from.value_or(readers::detect_format(file, bytes));
  if (format == readers::SourceFormat::docx) return parse_docx(bytes, file, options);
  auto decoded = readers::decode_source(
      bytes, file, format, {.max_bytes = options.max_bytes, .strict = options.strict, .charset = provenance.charset});
  if (!decoded) return base::Unexpected{decoded.error()};
  base::Diagnostics diagnostics = std::move(decoded->warnings);
  const base::SourceText& as_decoded = decoded->value;

  base::Warned<model::Document> read = read_source(format, as_decoded, options);
  const auto finish_read = [&](base::Warned<model::Document> doc, base::Diagnostics notes,
                               const base::SourceText& source) {
    notes.insert(notes.end(), doc.warnings.begin(), doc.warnings.end());
    if (!provenance.source.empty()) doc.value.metadata.source = provenance.source;
    return finish(std::move(doc.value), std::move(notes), file, options, &source);
  };
  std::optional<base::Warned<model::Document>> finished;
  // A document damaged all through is repaired and read again, so that the reader's decisions
  // (boilerplate, paragraphs, headline) are made on its real text. The check reads the text of
  // the document as first read: a long one is transformed meanwhile, on a thread of its own,
  // and that is the result unless the check finds damage (almost never).
  std::optional<base::SourceText> repaired;
  if (options.repair) {
    const std::string read_text = transform::all_text(read.value);
    std::optional<transform::SourceRepair> whole;
    const auto check = [&] {
      whole = transform::repair_source(read_text, as_decoded, format == readers::SourceFormat::text);
    };
    if (as_decoded.text().size() >= kOverlapCheckBytes) {
      base::both(true, check, [&] { finished = finish_read(std::move(read), diagnostics, as_decoded); });
    } else {
      check();
    }
    if (whole) {
      diagnostics.insert(diagnostics.end(), whole->notes.begin(), whole->notes.end());
      repaired.emplace(file, std::move(whole->text));
      finished = finish_read(read_source(format, *repaired, options), std::move(diagnostics), *repaired);
    }
  }
  if (!finished) finished = finish_read(std::move(read), std::move(diagnostics), as_decoded);
  model::Document& document = finished->value;
  if (document.metadata.date.empty() && provenance.date.size() >= 10) {
    document.metadata.date = provenance.date.substr(0, 10);
    finished->warnings.push_back(base::make_note("input.capture-date", file_span(file),
                                                "the page gives no date: dated by its capture, " + document.metadata.date));
  }
  note_damage_left_out(finished->warnings, as_decoded.text(), document);
  return std::move(*finished);
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
  // One read of the size the file has; should it have grown meanwhile, the rest is read too.
  std::string bytes(ec ? 0 : size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (in && in.peek() != std::ifstream::traits_type::eof()) {
    std::ostringstream rest;
    rest << in.rdbuf();
    bytes += rest.str();
  }
  if (in.bad()) return base::make_error("input.unreadable", file_span(path), "read error");
  return bytes;
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
