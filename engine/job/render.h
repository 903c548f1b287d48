// One output format from loaded documents: the only place that knows every writer.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "job/convert.h"

namespace folio::job {

/// A document with the file it was read from (images are resolved next to it).
struct LoadedInput {
  std::string path;
  model::Document document;
};

/// Renders `format` ("txt", "epub") for one document, or for a collection when
/// `options.collection_title` is set. Diagnostics of the writers go to the result's warnings.
base::Result<base::Warned<std::string>> render(const std::string& format, const std::vector<const LoadedInput*>& inputs,
                                               const ConvertOptions& options);

/// "YYYY-MM-DDThh:mm:ssZ" for SOURCE_DATE_EPOCH, else the latest document date at midnight UTC,
/// else the epoch: never the clock.
std::string output_timestamp(const std::vector<const LoadedInput*>& inputs, const ConvertOptions& options);

}  // namespace folio::job
