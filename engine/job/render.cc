#include "job/render.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <optional>

#include "job/image_loader.h"
#include "job/style_css.h"
#include "pdf_engine/pdf_engine.h"
#include "style/style.h"
#include "writers/epub/write_epub.h"

namespace folio::job {

struct Renderer::Resources {
  style::Style style;
  const pdf_engine::Engine* engine = nullptr;
};

Renderer::Renderer(const ConvertOptions& options) : options_(options) {}
Renderer::~Renderer() = default;

namespace {

std::string utc_timestamp(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

base::Diagnostic date_note(const std::string& timestamp, const std::string& why, std::string hint = {}) {
  return base::make_note("output.date", {}, "PDF and EPUB dates are " + timestamp + ", " + why, std::move(hint));
}

}  // namespace

OutputDate output_date(const std::vector<const LoadedInput*>& inputs, const ConvertOptions& options) {
  std::string latest;
  for (const auto* in : inputs) {
    const std::string& d = in->document.metadata.date;
    if (d.size() >= 10 && d.substr(0, 10) > latest) latest = d.substr(0, 10);
  }
  if (!latest.empty()) {
    const std::string timestamp = latest + "T00:00:00Z";
    return {timestamp, date_note(timestamp, inputs.size() > 1 ? "the latest release's date" : "the release's date")};
  }
  if (options.source_date_epoch) {
    const std::string timestamp = utc_timestamp(static_cast<std::time_t>(*options.source_date_epoch));
    return {timestamp, date_note(timestamp, "from SOURCE_DATE_EPOCH (the release has no date)")};
  }
  std::optional<std::time_t> modified;
  for (const auto* in : inputs) {
    std::error_code ec;
    const auto time = std::filesystem::last_write_time(in->path, ec);
    if (ec) continue;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::file_clock::to_sys(time).time_since_epoch());
    const std::time_t t = static_cast<std::time_t>(seconds.count());
    if (!modified || t > *modified) modified = t;
  }
  const std::string hint = "give the release a date, or set SOURCE_DATE_EPOCH";
  if (modified) {
    const std::string timestamp = utc_timestamp(*modified);
    return {timestamp, date_note(timestamp, "the modification time of the input (the release has no date)", hint)};
  }
  const std::string timestamp = utc_timestamp(std::time(nullptr));
  return {timestamp, date_note(timestamp, "the time of conversion (the release has no date)", hint)};
}

namespace {

std::int64_t epoch_seconds(const std::string& timestamp) {
  std::tm tm{};
  if (strptime(timestamp.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm) == nullptr) return 0;
  return static_cast<std::int64_t>(timegm(&tm));
}

// The PDF page where each EPUB page begins, in the EPUB writer's terms.
std::vector<writers::PageStart> epub_page_starts(const LoadedInput& input) {
  std::vector<writers::PageStart> starts;
  if (!input.pages) return starts;
  int page = 0;
  for (const auto& s : layout::page_starts(*input.pages)) {
    starts.push_back({++page, s.block, s.offset});
  }
  return starts;
}

}  // namespace

std::optional<std::string> Renderer::image(const std::string& input, const std::string& src) {
  const std::lock_guard lock(packages_mutex_);
  auto [it, added] = packages_.try_emplace(input);
  if (added) it->second = read_package(input);
  return it->second ? load_package_image(*it->second, src) : load_local_image(input, src);
}

base::Result<base::Warned<bool>> Renderer::lay_out(LoadedInput& input) {
  if (!resources_ && !resource_errors_) {
    auto style = style::load_style(options_.style, style::default_styles_dir());
    auto engine = pdf_engine::engine();
    if (!style || !engine) {
      resource_errors_ = style ? engine.error() : style.error();
    } else {
      resources_ = std::make_unique<Resources>(Resources{std::move(*style), *engine});
    }
  }
  if (resource_errors_) return base::Unexpected{*resource_errors_};
  if (input.pages) return base::Warned<bool>{true, {}};
  auto laid = resources_->engine->lay_out(input.document, resources_->style,
                                          [this, &input](const std::string& src) { return image(input.path, src); });
  if (!laid) return base::Unexpected{laid.error()};
  input.pages = std::move(laid->value);
  return base::Warned<bool>{true, std::move(laid->warnings)};
}

base::Result<base::Warned<std::string>> Renderer::render(const std::string& format,
                                                         const std::vector<const LoadedInput*>& inputs,
                                                         const std::string& page_source,
                                                         const std::string& timestamp) {
  if (format == "txt") {
    return base::Warned<std::string>{writers::write_text(inputs.front()->document, options_.text), {}};
  }
  if (format == "pdf") {
    const LoadedInput& in = *inputs.front();
    pdf::PdfOptions pdf_options;
    pdf_options.debug = options_.pdf_debug;
    pdf_options.strict = options_.strict;
    pdf_options.creation_time = epoch_seconds(timestamp);
    // Under --strict a missing PDF/UA-1 precondition is an error diagnostic, but the PDF (without
    // the claim) is still written: the exit code tells the pipeline, the file helps fix it.
    return resources_->engine->write_pdf(*in.pages, in.document, pdf_options);
  }
  std::vector<writers::EpubChapterInput> chapters;
  for (const auto* in : inputs) chapters.push_back({&in->document, epub_page_starts(*in)});
  writers::EpubOptions epub;
  epub.collection_title = options_.collection_title;
  epub.releases_per_document = options_.releases_per_file;
  epub.modified = timestamp;
  if (inputs.size() == 1 && inputs.front()->pages) epub.page_source = page_source;
  if (resources_) epub.css = epub_css(resources_->style);
  epub.load_image = [this, &inputs](const std::string& src) -> std::optional<std::string> {
    // In a collection an image path is resolved next to whichever input names it first.
    for (const auto* in : inputs) {
      if (in->path.empty()) continue;
      if (auto bytes = image(in->path, src)) return bytes;
    }
    return std::nullopt;
  };
  auto bytes = writers::write_epub(chapters, epub);
  if (!bytes) return base::Unexpected{bytes.error()};
  return base::Warned<std::string>{std::move(*bytes), {}};
}

std::string Renderer::dated(const std::vector<const LoadedInput*>& inputs, base::Diagnostics& notes) {
  OutputDate date = output_date(inputs, options_);
  std::vector<std::string> paths;
  for (const auto* in : inputs) paths.push_back(in->path);
  // Said once per document (or collection), not once per format.
  if (dated_.insert(std::move(paths)).second) notes.push_back(std::move(date.note));
  return date.timestamp;
}

}  // namespace folio::job
