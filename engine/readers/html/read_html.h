// Reader for HTML and XHTML pages and fragments (CMS pages, saved web pages, FSFE XHTML, Debian
// WML): main-content extraction, semantic mapping to the model, metadata. libxml2 stays inside.
#pragma once

#include <cstddef>

#include "base/result.h"
#include "base/source_text.h"
#include "model/document.h"

namespace folio::readers {

struct HtmlReaderOptions {
  bool keep_boilerplate = false;  ///< keep dropped regions as Role::navigation sections
  bool fragment = false;          ///< input is an HTML fragment embedded in another format
  /// Repair the page's encoding damage before reading it (page_repair.h); --no-repair: off.
  bool repair = true;
  int max_depth = 256;            ///< deeper nesting is flattened and reported
  std::size_t max_bytes = 64u << 20;  ///< larger inputs are not parsed (reported as html.too-large)
};

/// Never fails: hostile or broken markup yields a (possibly empty) document plus diagnostics.
base::Warned<model::Document> read_html(const base::SourceText& source, const HtmlReaderOptions& options = {});

}  // namespace folio::readers
