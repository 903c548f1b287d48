// One output format from loaded documents: the only place that knows every writer.
#pragma once

#include <string>
#include <vector>

#include <memory>
#include <optional>

#include "base/result.h"
#include "job/convert.h"
#include "layout/paged_document.h"

namespace folio::job {

/// A document with the file it was read from (images are resolved next to it; empty: none are)
/// and, once laid out, its pages (the PDF is drawn from them and the EPUB takes its page-list
/// from them).
struct LoadedInput {
  std::string path;
  model::Document document;
  std::optional<layout::PagedDocument> pages;
};

/// Renders outputs; holds what is costly to set up (fonts, style) for the whole run.
class Renderer {
 public:
  explicit Renderer(const ConvertOptions& options);
  ~Renderer();

  /// Lays `input` out unless done already; needed before "pdf", and before "epub" to get a
  /// page-list that matches the PDF. Errors: the style or the fonts cannot be loaded.
  base::Result<base::Warned<bool>> lay_out(LoadedInput& input);

  /// Renders `format` ("txt", "epub", "pdf") for one document, or for a collection when
  /// `options.collection_title` is set. A single EPUB's page-list names `page_source`, the
  /// PDF made beside it. Writer diagnostics go to the result's warnings.
  base::Result<base::Warned<std::string>> render(const std::string& format,
                                                 const std::vector<const LoadedInput*>& inputs,
                                                 const std::string& page_source);

 private:
  struct Resources;
  const ConvertOptions& options_;
  std::unique_ptr<Resources> resources_;
  std::optional<base::Diagnostics> resource_errors_;
};

/// "YYYY-MM-DDThh:mm:ssZ" for SOURCE_DATE_EPOCH, else the latest document date at midnight UTC,
/// else the epoch: never the clock.
std::string output_timestamp(const std::vector<const LoadedInput*>& inputs, const ConvertOptions& options);

}  // namespace folio::job
