#include "job/converter.h"

#include <libxml/parser.h>

#include <algorithm>
#include <filesystem>
#include <future>

#include "base/sha256.h"
#include "job/self_audit.h"
#include "job/write_output.h"
#include "pdf_engine/pdf_engine.h"

namespace folio::job {

namespace fs = std::filesystem;

Converter::Converter(const ConvertOptions& options, const DiagnosticSink& sink)
    : options_(options), sink_(sink), renderer_(options) {}

Converter::~Converter() = default;

void Converter::set_wants_pdf(bool wants) {
  wants_pdf_ = wants;
  if (wants && !engine_preparation_.joinable()) engine_preparation_ = pdf_engine::prepare_in_background();
}

void Converter::report(const base::Diagnostic& d) {
  if (d.severity >= base::Severity::warning) summary_.warnings = true;
  if (d.severity >= base::Severity::error) summary_.errors = true;
  sink_(d);
}

LoadedInput* Converter::load(const InputRef& ref) {
  if (auto it = loaded_.find(ref.key); it != loaded_.end()) return it->second.get();
  auto result = load_input(ref, options_.load, digests_wanted_ ? &digests_[ref.key] : nullptr);
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
    // A release of a web archive has no directory of its own to find images in.
    input = std::make_unique<LoadedInput>(LoadedInput{ref.warc ? std::string() : ref.path,
                                                      std::move(result->value), std::nullopt});
  }
  if (!input) failed_.insert(ref.key);
  return (loaded_[ref.key] = std::move(input)).get();
}

std::optional<Converter::Prepared> Converter::prepare(const Target& target) {
  Prepared prepared;
  for (const auto& in : target.inputs) {
    LoadedInput* doc = load(in);
    if (!doc) continue;
    // The PDF needs pages; a single EPUB takes its page-list from them when a PDF is made too.
    const bool paged =
        target.format == "pdf" || (target.format == "epub" && target.inputs.size() == 1 && wants_pdf_);
    if (paged) {
      auto laid = renderer_.lay_out(*doc);
      if (!laid) {
        for (const auto& d : laid.error()) report(d);
        failed_.insert(in.key);
        continue;
      }
      for (const auto& d : laid->warnings) report(d);
    }
    prepared.docs.push_back(doc);
  }
  if (prepared.docs.empty()) return std::nullopt;
  if (!options_.collection_title.empty() && !options_.input_order) {
    // Chronological, undated releases last, ties in the given order.
    std::stable_sort(prepared.docs.begin(), prepared.docs.end(), [](const LoadedInput* a, const LoadedInput* b) {
      const auto& da = a->document.metadata.date;
      const auto& db = b->document.metadata.date;
      return !da.empty() && (db.empty() || da < db);
    });
  }
  // The EPUB's page-list names the PDF written beside it.
  prepared.page_source =
      fs::path(target.path == "-" ? target.inputs.front().name : target.path).stem().string() + ".pdf";
  if (target.format != "txt") {
    base::Diagnostics notes;
    prepared.timestamp = renderer_.dated(prepared.docs, notes);
    for (const auto& d : notes) report(d);
  }
  return prepared;
}

Converter::Emitted Converter::emit(const Target& target, const Prepared& prepared) {
  Emitted emitted;
  auto rendered = renderer_.render(target.format, prepared.docs, prepared.page_source, prepared.timestamp);
  if (!rendered) {
    emitted.diagnostics = std::move(rendered.error());
    return emitted;
  }
  emitted.diagnostics = std::move(rendered->warnings);
  if (target.path != "-") {
    std::error_code ec;
    const fs::path parent = fs::path(target.path).parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);
  }
  auto written = write_output(target.path, rendered->value);
  if (!written) {
    emitted.diagnostics.insert(emitted.diagnostics.end(), written.error().begin(), written.error().end());
    return emitted;
  }
  TargetOutcome& outcome = emitted.outcome;
  outcome.written = true;
  if (digests_wanted_) outcome.sha256 = base::sha256_hex(rendered->value);
  outcome.bytes = rendered->value.size();
  if (options_.audit && (target.format == "pdf" || target.format == "epub")) {
    const std::string file = target.path == "-" ? "<stdout>" : target.path;
    outcome.audited = true;
    for (auto& d : self_audit(target.format, rendered->value, file, options_.strict)) {
      if (d.code != "audit.clean") ++outcome.audit_findings;
      emitted.diagnostics.push_back(std::move(d));
    }
  }
  return emitted;
}

TargetOutcome Converter::settle(const Target& target, Emitted emitted) {
  for (const auto& d : emitted.diagnostics) report(d);
  if (emitted.outcome.written) {
    ++summary_.outputs_written;
  } else {
    for (const auto& in : target.inputs) failed_.insert(in.key);
  }
  return emitted.outcome;
}

TargetOutcome Converter::write(const Target& target) {
  auto prepared = prepare(target);
  if (!prepared) return {};
  return settle(target, emit(target, *prepared));
}

std::vector<TargetOutcome> Converter::write_together(const std::vector<Target>& targets) {
  std::vector<std::optional<Prepared>> prepared;
  for (const auto& target : targets) prepared.push_back(prepare(target));
  // The PDF's writing and self-audit are about half of a release's work: on a thread of their
  // own while the other formats are written. Diagnostics are reported in the targets' order.
  // libxml2 (EPUB writing and audit, the PDF audit's XMP) must be initialised before two threads
  // use it.
  xmlInitParser();
  std::vector<std::future<Emitted>> pending(targets.size());
  std::vector<std::optional<Emitted>> emitted(targets.size());
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (prepared[i] && targets[i].format == "pdf" && targets.size() > 1) {
      pending[i] = std::async(std::launch::async, [this, &targets, &prepared, i] { return emit(targets[i], *prepared[i]); });
    }
  }
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (prepared[i] && !pending[i].valid()) emitted[i] = emit(targets[i], *prepared[i]);
  }
  std::vector<TargetOutcome> outcomes(targets.size());
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (pending[i].valid()) emitted[i] = pending[i].get();
    if (emitted[i]) outcomes[i] = settle(targets[i], std::move(*emitted[i]));
  }
  return outcomes;
}

void Converter::release(const std::vector<InputRef>& inputs) {
  for (const auto& in : inputs) loaded_.erase(in.key);
}

std::string Converter::input_digest(const std::string& key) const {
  auto it = digests_.find(key);
  return it == digests_.end() ? std::string() : it->second;
}

ConvertSummary Converter::finish() {
  summary_.inputs_failed = static_cast<int>(failed_.size());
  return summary_;
}

}  // namespace folio::job
