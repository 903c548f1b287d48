#include "job/convert.h"

#include <algorithm>
#include <filesystem>

#include "job/converter.h"
#include "job/targets.h"

namespace folio::job {

namespace fs = std::filesystem;

const std::vector<std::string>& writable_formats() {
  // pdf before epub: the EPUB's page-list comes from the PDF's pages.
  static const std::vector<std::string> formats{"txt", "pdf", "epub"};
  return formats;
}

namespace {

std::string slug(const std::string& title) {
  std::string out;
  for (unsigned char c : title) {
    if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "collection" : out;
}

// Decides every output path up front so usage errors are found before anything is written.
std::optional<std::vector<Target>> plan_targets(const std::vector<InputRef>& inputs, const ConvertOptions& options,
                                                const std::vector<std::string>& formats, const DiagnosticSink& sink) {
  std::vector<Target> targets;
  const std::string& output = options.output;
  const bool collection = !options.collection_title.empty();
  const std::size_t outputs = collection ? 1 : inputs.size() * formats.size();
  if (collection && formats != std::vector<std::string>{"epub"}) {
    sink(usage_error("--collection makes one EPUB: use it with --to epub"));
    return std::nullopt;
  }
  std::error_code ec;
  const bool is_dir = output.empty() || output.ends_with('/') || fs::is_directory(output, ec) ||
                      (output != "-" && outputs > 1);
  if (output == "-" && outputs > 1) {
    sink(usage_error("'-o -' writes one output to stdout; give one input and one --to format"));
    return std::nullopt;
  }
  const fs::path dir = output.empty() ? fs::path(".") : fs::path(output);
  if (collection) {
    targets.push_back({inputs, "epub", is_dir ? (dir / (slug(options.collection_title) + ".epub")).string() : output});
  } else {
    for (const auto& in : inputs) {
      for (const auto& f : formats) {
        targets.push_back({{in}, f, output == "-" ? "-" : is_dir ? output_path(dir, in, f) : output});
      }
    }
  }
  if (!check_targets(targets, inputs, sink)) return std::nullopt;
  return targets;
}

}  // namespace

std::optional<std::vector<std::string>> output_formats(const ConvertOptions& options, const DiagnosticSink& sink) {
  std::vector<std::string> formats = options.formats.empty() ? writable_formats() : options.formats;
  if (!options.collection_title.empty() && options.formats.empty()) formats = {"epub"};
  for (const auto& f : formats) {
    if (std::find(writable_formats().begin(), writable_formats().end(), f) == writable_formats().end()) {
      sink(usage_error("unknown output format '" + f + "' (folio writes: txt, pdf, epub)"));
      return std::nullopt;
    }
  }
  return formats;
}

ConvertSummary run_convert(const std::vector<InputRef>& inputs, const ConvertOptions& options,
                           const DiagnosticSink& sink) {
  const auto formats = output_formats(options, sink);
  if (!formats) return ConvertSummary{static_cast<int>(inputs.size()), 0, false};
  const auto targets = plan_targets(inputs, options, *formats, sink);
  if (!targets) return ConvertSummary{static_cast<int>(inputs.size()), 0, false};
  Converter converter(options, sink);
  converter.set_wants_pdf(std::find(formats->begin(), formats->end(), "pdf") != formats->end());
  // Targets come input by input, all formats of an input together.
  for (std::size_t i = 0; i < targets->size();) {
    std::size_t end = i + 1;
    while (end < targets->size() && (*targets)[end].inputs.front().key == (*targets)[i].inputs.front().key) ++end;
    const std::vector<Target> group(targets->begin() + static_cast<std::ptrdiff_t>(i),
                                    targets->begin() + static_cast<std::ptrdiff_t>(end));
    converter.write_together(group);
    converter.release(group.front().inputs);
    i = end;
  }
  return converter.finish();
}

}  // namespace folio::job
