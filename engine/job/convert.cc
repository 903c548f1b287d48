#include "job/convert.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "job/render.h"
#include "job/self_audit.h"
#include "job/write_output.h"

namespace folio::job {

namespace fs = std::filesystem;

const std::vector<std::string>& writable_formats() {
  // pdf before epub: the EPUB's page-list comes from the PDF's pages.
  static const std::vector<std::string> formats{"txt", "pdf", "epub"};
  return formats;
}

namespace {

base::Diagnostic usage_error(const std::string& message) {
  return base::make_error("usage", base::Span{}, message);
}

/// One file to write: which inputs go into it and in which format.
struct Target {
  std::vector<std::string> inputs;
  std::string format;
  std::string path;  // "-" for stdout
};

fs::path normalized(const std::string& p) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(p, ec);  // fails for "" (the throwing form would throw)
  if (ec) return fs::path(p);
  auto n = fs::weakly_canonical(absolute, ec);
  return ec ? absolute : n;
}

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
std::optional<std::vector<Target>> plan_targets(const std::vector<std::string>& inputs, const ConvertOptions& options,
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
        const std::string path = output == "-" ? "-" : is_dir ? (dir / (fs::path(in).stem().string() + "." + f)).string() : output;
        targets.push_back({{in}, f, path});
      }
    }
  }
  std::set<fs::path> input_paths;
  for (const auto& in : inputs) input_paths.insert(normalized(in));
  std::map<fs::path, std::string> seen;
  for (const auto& t : targets) {
    if (t.path == "-") continue;
    const fs::path p = normalized(t.path);
    if (input_paths.count(p)) {
      sink(usage_error("output " + t.path + " would overwrite an input; choose another -o"));
      return std::nullopt;
    }
    auto [it, fresh] = seen.emplace(p, t.inputs.front());
    if (!fresh) {
      sink(usage_error("inputs " + it->second + " and " + t.inputs.front() + " would both write " + t.path +
                       "; convert them into different directories"));
      return std::nullopt;
    }
  }
  return targets;
}

class Converter {
 public:
  Converter(const ConvertOptions& options, const DiagnosticSink& sink)
      : options_(options), sink_(sink), renderer_(options) {}

  void report(const base::Diagnostic& d) {
    if (d.severity >= base::Severity::warning) summary_.warnings = true;
    if (d.severity >= base::Severity::error) summary_.errors = true;
    sink_(d);
  }

  // Loads an input once; nullptr when it failed (its errors are reported).
  LoadedInput* load(const std::string& path) {
    if (auto it = loaded_.find(path); it != loaded_.end()) return it->second.get();
    auto result = load_document(path, options_.load);
    std::unique_ptr<LoadedInput> input;
    if (!result) {
      for (const auto& d : result.error()) report(d);
    } else if (base::has_at_least(result->warnings, base::Severity::error)) {
      // The input was read only partly (e.g. invalid UTF-8): publishing it would hide the loss,
      // and notes about a document that is not written would only distract from the error.
      for (const auto& d : result->warnings) {
        if (d.severity == base::Severity::error) report(d);
      }
    } else {
      for (const auto& d : result->warnings) report(d);
      input = std::make_unique<LoadedInput>(LoadedInput{path, std::move(result->value), std::nullopt});
    }
    if (!input) failed_.insert(path);
    return (loaded_[path] = std::move(input)).get();
  }

  void write(const Target& target) {
    std::vector<const LoadedInput*> docs;
    for (const auto& in : target.inputs) {
      LoadedInput* doc = load(in);
      if (!doc) continue;
      // The PDF needs pages; a single EPUB takes its page-list from them when a PDF is made too.
      const bool paged = target.format == "pdf" ||
                         (target.format == "epub" && target.inputs.size() == 1 && wants_pdf_);
      if (paged) {
        auto laid = renderer_.lay_out(*doc);
        if (!laid) {
          for (const auto& d : laid.error()) report(d);
          failed_.insert(in);
          continue;
        }
        for (const auto& d : laid->warnings) report(d);
      }
      docs.push_back(doc);
    }
    if (docs.empty()) return;
    if (!options_.collection_title.empty() && !options_.input_order) {
      // Chronological, undated releases last, ties in the given order.
      std::stable_sort(docs.begin(), docs.end(), [](const LoadedInput* a, const LoadedInput* b) {
        const auto& da = a->document.metadata.date;
        const auto& db = b->document.metadata.date;
        return !da.empty() && (db.empty() || da < db);
      });
    }
    auto rendered = renderer_.render(target.format, docs);
    if (rendered) {
      for (const auto& d : rendered->warnings) report(d);
      if (target.path != "-") {
        std::error_code ec;
        const fs::path parent = fs::path(target.path).parent_path();
        if (!parent.empty()) fs::create_directories(parent, ec);
      }
      auto written = write_output(target.path, rendered->value);
      if (written) {
        ++summary_.outputs_written;
        if (options_.audit) {
          const std::string file = target.path == "-" ? "<stdout>" : target.path;
          for (const auto& d : self_audit(target.format, rendered->value, file, options_.strict)) report(d);
        }
        return;
      }
      for (const auto& d : written.error()) report(d);
    } else {
      for (const auto& d : rendered.error()) report(d);
    }
    for (const auto& in : target.inputs) failed_.insert(in);
  }

  // Drops documents no later target needs, so a long batch holds one release at a time.
  void release(const std::vector<std::string>& inputs) {
    for (const auto& in : inputs) loaded_.erase(in);
  }

  void set_wants_pdf(bool wants) { wants_pdf_ = wants; }

  ConvertSummary finish() {
    summary_.inputs_failed = static_cast<int>(failed_.size());
    return summary_;
  }

 private:
  const ConvertOptions& options_;
  const DiagnosticSink& sink_;
  ConvertSummary summary_;
  Renderer renderer_;
  std::map<std::string, std::unique_ptr<LoadedInput>> loaded_;
  std::set<std::string> failed_;
  bool wants_pdf_ = false;
};

}  // namespace

ConvertSummary run_convert(const std::vector<std::string>& inputs, const ConvertOptions& options,
                           const DiagnosticSink& sink) {
  std::vector<std::string> formats = options.formats.empty() ? writable_formats() : options.formats;
  if (!options.collection_title.empty() && options.formats.empty()) formats = {"epub"};
  for (const auto& f : formats) {
    if (std::find(writable_formats().begin(), writable_formats().end(), f) == writable_formats().end()) {
      sink(usage_error("unknown output format '" + f + "' (folio writes: txt, pdf, epub)"));
      return ConvertSummary{static_cast<int>(inputs.size()), 0, false};
    }
  }
  const auto targets = plan_targets(inputs, options, formats, sink);
  if (!targets) return ConvertSummary{static_cast<int>(inputs.size()), 0, false};
  Converter converter(options, sink);
  converter.set_wants_pdf(std::find(formats.begin(), formats.end(), "pdf") != formats.end());
  // Targets come input by input, all formats of an input together.
  for (std::size_t i = 0; i < targets->size(); ++i) {
    converter.write((*targets)[i]);
    if (i + 1 == targets->size() || (*targets)[i + 1].inputs != (*targets)[i].inputs) {
      converter.release((*targets)[i].inputs);
    }
  }
  return converter.finish();
}

}  // namespace folio::job
