// Reading one input end to end: file → bytes → decoded text → reader → release transforms.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "job/input_ref.h"
#include "model/document.h"
#include "readers/common/source_format.h"

namespace folio::job {

struct LoadOptions {
  std::optional<readers::SourceFormat> from;  ///< --from; detected when unset
  bool keep_boilerplate = false;
  std::string language;                       ///< --lang
  std::string title;                          ///< --title: overrides the title found in the input
  bool repair = true;                         ///< --no-repair turns every text repair off
  bool strict = false;                        ///< --strict: any invalid byte or NUL fails the input
  std::size_t max_bytes = 16u << 20;
};

/// Reads and converts `path`. Errors (exit 2 material): missing, unreadable, directory, empty,
/// not text, too large. Everything else is a warning or note next to the document; damage the
/// decoder reported (invalid bytes, NULs) that the reader dropped with the boilerplate is a note.
base::Result<base::Warned<model::Document>> load_document(const std::string& path, const LoadOptions& options);

/// What the transport said about bytes that did not come from a file of their own.
struct Provenance {
  std::string charset;  ///< declared by the transport (HTTP Content-Type); wins over the page's own
  std::string source;   ///< the release's address, always its source metadata
  std::string date;     ///< a capture date, the release's date when the document has none
};

/// The same from bytes already in memory; `file` names them in diagnostics.
base::Result<base::Warned<model::Document>> parse_document(std::string_view bytes, const std::string& file,
                                                           const LoadOptions& options,
                                                           const Provenance& provenance = {});

/// Reads one input, a file or a release of a web archive. `digest`, when given, receives the
/// SHA-256 of the bytes read (a release's payload).
base::Result<base::Warned<model::Document>> load_input(const InputRef& input, const LoadOptions& options,
                                                       std::string* digest = nullptr);

}  // namespace folio::job
