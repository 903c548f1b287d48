// `folio convert` at archive scale: the inputs of a run (job/batch_inputs.h) converted by worker
// processes (job/worker.h) into an output directory, recorded in the batch report
// (job/batch_report.h), resumable after a kill, and cut into shards for a cluster.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "job/batch_inputs.h"
#include "job/batch_report.h"
#include "job/convert.h"

namespace folio::job {

struct BatchOptions {
  ConvertOptions convert;         ///< `output` is the output directory ("" = current)
  int jobs = 1;                   ///< worker processes
  double timeout_seconds = 0;     ///< per input; 0: none
  std::size_t memory_limit = 0;   ///< bytes of data per worker; 0: none
  std::optional<Shard> shard;     ///< this run's share of the inputs
  bool force = false;             ///< convert everything again, whatever the report says
  bool progress = false;          ///< draw the progress line (stderr is a terminal)
  std::string folio_version;
  std::string executable;         ///< folio itself, started as `folio worker`
};

struct BatchSummary {
  bool usage_error = false;  ///< nothing was done (exit 2)
  ReportSummary report;      ///< of every input of this run's report, the unchanged ones included
  int worked_on = 0;         ///< inputs this run converted or tried to
  int unchanged = 0;         ///< inputs skipped because the report showed them done
  std::string report_path;
  int workers = 0;           ///< worker processes started
  long worker_peak_kib = 0;  ///< the largest peak memory of a worker
};

/// The report this run writes: OUT/folio-report.json, or folio-report.shard-K-of-N.json.
std::string report_file_name(const std::optional<Shard>& shard);

/// Which shard of `count` an input key falls in: by the first 8 bytes of its SHA-256.
int shard_of(const std::string& key, int count);

/// Runs the batch. Diagnostics of each input go to `sink` as it finishes, followed by the
/// sources that gave nothing (in `inputs.warnings`, reported by the caller).
BatchSummary run_batch(const ExpandedInputs& inputs, const BatchOptions& options, const DiagnosticSink& sink);

}  // namespace folio::job
