// Converting releases to their output files, one target at a time, with what is costly to set up
// (style, fonts, the PDF engine) kept for the whole run: what `folio convert` and each batch
// worker run.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "job/convert.h"
#include "job/input_ref.h"
#include "job/render.h"

namespace folio::job {

/// One file to write: which inputs go into it (several for a collection) and in which format.
struct Target {
  std::vector<InputRef> inputs;
  std::string format;
  std::string path;  ///< "-" for stdout
};

/// What became of one target.
struct TargetOutcome {
  bool written = false;
  std::string sha256;       ///< of the bytes written (with set_digests)
  std::size_t bytes = 0;
  bool audited = false;     ///< the self-audit ran (PDF and EPUB unless --no-audit)
  int audit_findings = 0;   ///< its findings (0: clean)
};

class Converter {
 public:
  Converter(const ConvertOptions& options, const DiagnosticSink& sink);
  ~Converter();

  /// Tells whether PDFs are made in this run: a single EPUB then takes its page-list from them.
  /// Starts loading the PDF engine and its fonts on a thread while the first input is read.
  void set_wants_pdf(bool wants);
  /// Computes the SHA-256 of every input read and output written (for the batch report).
  void set_digests(bool digests) { digests_wanted_ = digests; }

  /// Renders and writes `target` atomically, then audits it; diagnostics go to the sink.
  TargetOutcome write(const Target& target);

  /// write() for each of `targets` (one input's formats), a PDF on a second thread beside the
  /// others; the same files and the same diagnostics in the same order as one by one.
  std::vector<TargetOutcome> write_together(const std::vector<Target>& targets);

  /// Drops documents no later target needs, so a long batch holds one release at a time.
  void release(const std::vector<InputRef>& inputs);

  /// SHA-256 of the bytes of `key` as read (with set_digests; empty before it was read).
  std::string input_digest(const std::string& key) const;

  /// Inputs that could not be read, laid out or written so far.
  const std::set<std::string>& failed() const { return failed_; }

  ConvertSummary finish();

 private:
  // A target's inputs read and laid out, and what its rendering needs.
  struct Prepared {
    std::vector<const LoadedInput*> docs;
    std::string page_source;
    std::string timestamp;
  };
  // A target rendered, written and audited; its diagnostics not reported yet.
  struct Emitted {
    TargetOutcome outcome;
    base::Diagnostics diagnostics;
  };
  void report(const base::Diagnostic& d);
  LoadedInput* load(const InputRef& input);
  /// Reads and lays out (reporting as it goes); nullopt when no input is left.
  std::optional<Prepared> prepare(const Target& target);
  /// Renders, writes and audits; touches nothing shared but the renderer (thread-safe).
  Emitted emit(const Target& target, const Prepared& prepared);
  /// Reports what emit() found and counts the output or the failure.
  TargetOutcome settle(const Target& target, Emitted emitted);

  const ConvertOptions& options_;
  const DiagnosticSink& sink_;
  ConvertSummary summary_;
  Renderer renderer_;
  std::map<std::string, std::unique_ptr<LoadedInput>> loaded_;
  std::map<std::string, std::string> digests_;
  std::set<std::string> failed_;
  bool wants_pdf_ = false;
  bool digests_wanted_ = false;
  std::jthread engine_preparation_;  // last: joined before the rest is destroyed
};

}  // namespace folio::job
