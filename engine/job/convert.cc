#include "job/convert.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "job/write_output.h"

namespace folio::job {

namespace fs = std::filesystem;

const std::vector<std::string>& writable_formats() {
  static const std::vector<std::string> formats{"txt"};
  return formats;
}

namespace {

base::Diagnostic usage_error(const std::string& message) {
  return base::make_error("usage", base::Span{}, message);
}

struct Target {
  std::string input;
  std::string format;
  std::string path;  // "-" for stdout
};

std::string render(const model::Document& doc, const std::string& format, const ConvertOptions& options) {
  // Only text for now; each writer is added here as it lands.
  (void)format;
  return writers::write_text(doc, options.text);
}

fs::path normalized(const std::string& p) {
  std::error_code ec;
  auto n = fs::weakly_canonical(fs::absolute(p), ec);
  return ec ? fs::absolute(p) : n;
}

// Decides every output path up front so usage errors are found before anything is written.
std::optional<std::vector<Target>> plan_targets(const std::vector<std::string>& inputs,
                                                const std::vector<std::string>& formats,
                                                const std::string& output, const DiagnosticSink& sink) {
  std::vector<Target> targets;
  const bool many = inputs.size() * formats.size() > 1;
  if (output == "-") {
    if (many) {
      sink(usage_error("'-o -' writes one output to stdout; give one input and one --to format"));
      return std::nullopt;
    }
    targets.push_back({inputs[0], formats[0], "-"});
    return targets;
  }
  std::error_code ec;
  const bool is_dir = output.empty() || output.ends_with('/') || fs::is_directory(output, ec) || many;
  if (is_dir) {
    const fs::path dir = output.empty() ? fs::path(".") : fs::path(output);
    for (const auto& in : inputs) {
      for (const auto& f : formats) {
        targets.push_back({in, f, (dir / (fs::path(in).stem().string() + "." + f)).string()});
      }
    }
  } else {
    targets.push_back({inputs[0], formats[0], output});
  }

  std::set<fs::path> input_paths;
  for (const auto& in : inputs) input_paths.insert(normalized(in));
  std::map<fs::path, std::string> seen;
  for (const auto& t : targets) {
    const fs::path p = normalized(t.path);
    if (input_paths.count(p)) {
      sink(usage_error("output " + t.path + " would overwrite an input; choose another -o"));
      return std::nullopt;
    }
    auto [it, fresh] = seen.emplace(p, t.input);
    if (!fresh && it->second != t.input) {
      sink(usage_error("inputs " + it->second + " and " + t.input + " would both write " + t.path +
                       "; convert them into different directories"));
      return std::nullopt;
    }
  }
  return targets;
}

}  // namespace

ConvertSummary run_convert(const std::vector<std::string>& inputs, const ConvertOptions& options,
                           const DiagnosticSink& sink) {
  ConvertSummary summary;
  std::vector<std::string> formats = options.formats.empty() ? writable_formats() : options.formats;
  for (const auto& f : formats) {
    if (std::find(writable_formats().begin(), writable_formats().end(), f) == writable_formats().end()) {
      sink(usage_error("unknown output format '" + f + "' (folio writes: txt)"));
      summary.inputs_failed = static_cast<int>(inputs.size());
      return summary;
    }
  }
  const auto targets = plan_targets(inputs, formats, options.output, sink);
  if (!targets) {
    summary.inputs_failed = static_cast<int>(inputs.size());
    return summary;
  }

  const auto report = [&](const base::Diagnostic& d) {
    if (d.severity >= base::Severity::warning) summary.warnings = true;
    sink(d);
  };

  for (const auto& input : inputs) {
    auto loaded = load_document(input, options.load);
    if (!loaded) {
      for (const auto& d : loaded.error()) report(d);
      ++summary.inputs_failed;
      continue;
    }
    if (base::has_at_least(loaded->warnings, base::Severity::error)) {
      // The input was read only partly (e.g. invalid UTF-8): publishing it would hide the loss,
      // and notes about a document that is not written would only distract from the error.
      for (const auto& d : loaded->warnings) {
        if (d.severity == base::Severity::error) report(d);
      }
      ++summary.inputs_failed;
      continue;
    }
    for (const auto& d : loaded->warnings) report(d);
    bool failed = false;
    for (const auto& t : *targets) {
      if (t.input != input) continue;
      if (t.path != "-") {
        std::error_code ec;
        const fs::path parent = fs::path(t.path).parent_path();
        if (!parent.empty()) fs::create_directories(parent, ec);
      }
      auto written = write_output(t.path, render(loaded->value, t.format, options));
      if (!written) {
        for (const auto& d : written.error()) report(d);
        failed = true;
      } else {
        ++summary.outputs_written;
      }
    }
    if (failed) ++summary.inputs_failed;
  }
  return summary;
}

}  // namespace folio::job
