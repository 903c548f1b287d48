// One output format from loaded documents: the only place that knows every writer.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

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

  /// The output date of `inputs` (output_date()), with its note added to `notes` the first time
  /// it is asked for these inputs: said once per document or collection, not once per format.
  std::string dated(const std::vector<const LoadedInput*>& inputs, base::Diagnostics& notes);

  /// Renders `format` ("txt", "epub", "pdf") for one document, or for a collection when
  /// `options.collection_title` is set, dated `timestamp` (dated()). A single EPUB's page-list
  /// names `page_source`, the PDF made beside it. Writer diagnostics go to the result's
  /// warnings. Two formats of laid-out documents may be rendered on two threads at once.
  base::Result<base::Warned<std::string>> render(const std::string& format,
                                                 const std::vector<const LoadedInput*>& inputs,
                                                 const std::string& page_source, const std::string& timestamp);

 private:
  struct Resources;
  /// The bytes of image `src` named by the document read from `input`.
  std::optional<std::string> image(const std::string& input, const std::string& src);

  const ConvertOptions& options_;
  std::mutex packages_mutex_;  // image() may be called from the EPUB's thread
  std::map<std::string, std::optional<std::string>> packages_;  ///< input → its DOCX bytes, when it is one
  std::unique_ptr<Resources> resources_;
  std::optional<base::Diagnostics> resource_errors_;
  std::set<std::vector<std::string>> dated_;  ///< inputs whose output date was already noted
};

/// The date PDFs and EPUBs carry (Info and XMP dates, dcterms:modified) and where it comes from.
struct OutputDate {
  std::string timestamp;  ///< "YYYY-MM-DDThh:mm:ssZ"
  base::Diagnostic note;  ///< says which date was taken and why (severity note)
};

/// The latest release date of `inputs` at midnight UTC; else SOURCE_DATE_EPOCH; else the latest
/// modification time of the input files; else (no input file can be read) the clock. Never a
/// made-up date such as the epoch: a reader takes it for the date of the document.
OutputDate output_date(const std::vector<const LoadedInput*>& inputs, const ConvertOptions& options);

}  // namespace folio::job
