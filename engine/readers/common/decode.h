// Bytes → UTF-8 text, for every reader: BOM, declared charset, validation, then ICU detection.
// Never guesses silently: every choice other than "valid UTF-8" is reported.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"
#include "base/source_text.h"
#include "readers/common/source_format.h"

namespace folio::readers {

struct DecodeOptions {
  std::size_t max_bytes = 16u << 20;  ///< larger inputs are refused (a release is never this big)
  bool strict = false;                ///< --strict: any invalid byte or NUL is an error
  /// Charset declared by the transport (HTTP Content-Type); as in the HTML encoding sniffing
  /// algorithm it comes after a BOM and before the page's own declaration. Empty: none.
  std::string charset{};
};

/// Decodes `bytes` read from `file`. Line ends become "\n", a BOM is removed. Errors (no value):
/// empty input, input over the size limit, what is not text (a binary signature, more than 1%
/// NUL bytes or controls, more than 1% bytes that are not UTF-8, a legacy charset no one can
/// tell). A few invalid bytes of UTF-8 become U+FFFD and a stray NUL is dropped, each place
/// reported as a warning (`input.invalid-bytes`, `input.nul-dropped`) with its line and column;
/// under `strict` the invalid bytes are an error next to the value (decoded so it can be
/// inspected; callers must not publish it) and a NUL refuses the input. Other warnings: a legacy
/// charset was detected or declared, a declared charset was contradicted by the content.
base::Result<base::Warned<base::SourceText>> decode_source(std::string_view bytes, const std::string& file,
                                                           SourceFormat format,
                                                           const DecodeOptions& options = {});

}  // namespace folio::readers
