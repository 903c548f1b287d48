// The batch report OUT/folio-report.json (docs/batch-report-schema.md): one record per input with
// its status, outputs and their digests, diagnostic counts and audit result; written atomically
// at the end of a run from a journal appended as each input finishes, so a run killed at any
// moment resumes where it stopped. Also what `folio report merge` joins.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "job/batch_inputs.h"

namespace folio::job {

inline constexpr int kBatchReportSchemaVersion = 1;

struct OutputRecord {
  std::string format;
  std::string path;    ///< relative to the output directory
  std::string sha256;
  std::uint64_t bytes = 0;
  std::optional<int> audit_findings;  ///< self-audit findings; unset when not audited
};

struct InputRecord {
  std::string key;           ///< InputRef::key
  std::string source;        ///< a web archive release's address; empty for files
  std::string digest;        ///< SHA-256 of the bytes read
  std::string status;        ///< "converted", "failed" or "duplicate"
  std::string failure;       ///< failed: "error", "crash", "timeout" or "memory"
  std::string message;       ///< failed: the first error, in one line
  std::string duplicate_of;  ///< duplicate: the key of the release converted instead
  std::vector<OutputRecord> outputs;
  int errors = 0, warnings = 0, notes = 0;
  double seconds = 0;        ///< conversion time; the only field that differs between runs
};

struct Shard {
  int index = 0;  ///< 0 … count-1
  int count = 1;
  friend bool operator==(const Shard&, const Shard&) = default;
};

struct BatchReport {
  std::string folio_version;
  std::string options_digest;
  std::string options_json;  ///< the conversion options the digest is taken of (a JSON object)
  std::optional<Shard> shard;
  std::size_t batch_inputs = 0;  ///< inputs of the whole batch, before it was cut into shards
  std::string batch_digest;      ///< SHA-256 of every input key of the whole batch
  std::vector<ArchiveSummary> archives;
  std::vector<InputRecord> inputs;  ///< sorted by key
};

/// Counts of a report's inputs, as the summary line and the report's "summary" say them.
struct ReportSummary {
  int converted = 0, failed = 0, duplicates = 0, with_warnings = 0, outputs = 0;
  int errors = 0, warnings = 0, notes = 0;
  double seconds = 0;
};
ReportSummary summarize(const BatchReport& report);

/// "1000 converted, 3 failed, 12 with warnings" (duplicates named when there are some).
std::string summary_line(const ReportSummary& summary);

/// SHA-256 of a batch's input keys (sorted, one per line): which inputs a batch had.
std::string batch_digest(std::vector<std::string> keys);

std::string report_json(const BatchReport& report);
/// Errors (`report.*`): unreadable file, not a folio report, a schema version this folio does not read.
base::Result<BatchReport> read_report(const std::string& path);

/// One journal line (a finished input) and back; a line that does not parse (a write cut by a
/// kill) gives nullopt.
std::string journal_line(const InputRecord& record);
std::optional<InputRecord> parse_journal_line(const std::string& line);

/// The journal's first line: which version and options its records were made with.
std::string journal_header(const std::string& folio_version, const std::string& options_digest);

/// The records of a journal made with this version and options (none when the header differs
/// or the file is absent), later records of a key replacing earlier ones.
std::map<std::string, InputRecord> read_journal(const std::string& path, const std::string& folio_version,
                                                const std::string& options_digest);

/// Joins shard reports into the report of the whole batch. Errors (`report.*`): reports of
/// different batches, versions or options; a shard missing or given twice; an input in two shards.
base::Result<BatchReport> merge_reports(const std::vector<BatchReport>& shards);

}  // namespace folio::job
