#include "job/render.h"

#include <ctime>

#include "job/image_loader.h"
#include "writers/epub/write_epub.h"

namespace folio::job {

std::string output_timestamp(const std::vector<const LoadedInput*>& inputs, const ConvertOptions& options) {
  if (options.source_date_epoch) {
    const std::time_t t = static_cast<std::time_t>(*options.source_date_epoch);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
  }
  std::string latest;
  for (const auto* in : inputs) {
    const std::string& d = in->document.metadata.date;
    if (d.size() >= 10 && d.substr(0, 10) > latest) latest = d.substr(0, 10);
  }
  return latest.empty() ? writers::kDefaultModified : latest + "T00:00:00Z";
}

base::Result<base::Warned<std::string>> render(const std::string& format, const std::vector<const LoadedInput*>& inputs,
                                               const ConvertOptions& options) {
  if (format == "txt") {
    return base::Warned<std::string>{writers::write_text(inputs.front()->document, options.text), {}};
  }
  // epub
  std::vector<writers::EpubChapterInput> chapters;
  for (const auto* in : inputs) chapters.push_back({&in->document, {}});
  writers::EpubOptions epub;
  epub.collection_title = options.collection_title;
  epub.modified = output_timestamp(inputs, options);
  epub.load_image = [&inputs](const std::string& src) -> std::optional<std::string> {
    // In a collection an image path is resolved next to whichever input names it first.
    for (const auto* in : inputs) {
      if (auto bytes = load_local_image(in->path, src)) return bytes;
    }
    return std::nullopt;
  };
  auto bytes = writers::write_epub(chapters, epub);
  if (!bytes) return base::Unexpected{bytes.error()};
  return base::Warned<std::string>{std::move(*bytes), {}};
}

}  // namespace folio::job
