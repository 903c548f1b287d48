// Reader for Word documents (.docx: WordprocessingML in an OPC package, ECMA-376 / ISO/IEC 29500)
// on folio's ZIP reader and libxml2: structure from styles and outline levels, lists from the
// numbering, runs with their languages, tables, pictures with their alt text, notes, tracked
// changes and the core properties.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "model/document.h"
#include "zip/zip_limits.h"

namespace folio::readers {

struct DocxReaderOptions {
  /// Zip-bomb limits. A DOCX's parts are text: 64 MiB for one part is far beyond any release.
  zip::ZipLimits limits{};
};

/// Reads the DOCX held in `bytes`; `file` names it in diagnostics (spans inside a part name it
/// as "file/word/document.xml"). Errors, each one line (exit 2 material): not a ZIP archive,
/// zip-bomb limits broken, no main document part or one that is not WordprocessingML, a DOCTYPE in
/// any part read (OPC forbids them), a main part that cannot be read. Everything else — missing or
/// damaged secondary parts, malformed XML after the body began — is a warning next to the
/// document. Never throws.
base::Result<base::Warned<model::Document>> read_docx(std::string_view bytes, const std::string& file,
                                                      const DocxReaderOptions& options = {});

/// The bytes of the part `src` of the DOCX in `bytes`, as read_docx() names a picture in
/// Image::src ("word/media/image1.png"); nullopt when it is not a part of the package, or is
/// over `max_bytes`, or the archive is unreadable. Callers check that the bytes are an image.
std::optional<std::string> read_docx_part(std::string_view bytes, const std::string& src, std::size_t max_bytes);

}  // namespace folio::readers
