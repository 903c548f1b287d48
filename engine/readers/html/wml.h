// Debian WML sources: template directives are removed before the markup reaches the HTML parser,
// keeping line numbers intact; the page title becomes the page's h1 and the release date is kept.
#pragma once

#include <cstdint>
#include <string>

#include "base/diagnostic.h"
#include "base/source_text.h"

namespace folio::readers::html {

struct WmlPage {
  bool is_wml = false;         ///< the source used WML constructs; nothing else is set otherwise
  std::string markup;          ///< the source with directives blanked (same line count)
  std::string date;            ///< <define-tag release_date>
};

/// True when `text` looks like a WML source (define-tag or #use lines).
bool looks_like_wml(const std::string& text);

/// Turns `<define-tag pagetitle>` into an `<h1>`, blanks other `<define-tag>` blocks, `#use`/`#include`/`#` comment lines and `<: :>` perl blocks, removes
/// `$(NAME)` placeholders (a link to `$(HOME)/x` becomes `/x`); each one is reported as
/// `html.template-directive-dropped`.
WmlPage preprocess_wml(const base::SourceText& source, base::Diagnostics& diagnostics);

}  // namespace folio::readers::html
