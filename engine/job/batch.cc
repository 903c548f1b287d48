#include "job/batch.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "base/atomic_file.h"
#include "base/sha256.h"
#include "job/progress.h"
#include "job/run_lock.h"
#include "job/targets.h"
#include "job/worker_pool.h"
#include "job/worker_protocol.h"
#include "job/write_output.h"

namespace folio::job {

namespace fs = std::filesystem;

namespace {

using Planned = std::vector<std::pair<std::string, std::string>>;  // (format, path)

std::string read_bytes(const std::string& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  ok = static_cast<bool>(in) && !in.bad();
  return bytes.str();
}

// A style named by a file is part of the options by its content: editing it converts again.
std::string options_digest(const std::string& options, const ConvertOptions& convert) {
  base::Sha256 sha;
  sha.update(options);
  std::error_code ec;
  if (fs::is_regular_file(convert.style, ec)) {
    bool ok = false;
    sha.update(read_bytes(convert.style, ok));
  }
  return sha.hex();
}

std::string relative_to(const std::string& path, const fs::path& dir) {
  return fs::path(path).lexically_relative(dir).generic_string();
}

// Whether `previous` still describes the input and its outputs are all there as written.
bool unchanged(const InputRecord& previous, const InputRef& input, const Planned& planned, const fs::path& out_dir) {
  if (previous.status != "converted" || previous.outputs.size() != planned.size()) return false;
  std::string digest = input.digest;
  if (digest.empty()) {
    bool ok = false;
    const std::string bytes = read_bytes(input.path, ok);
    if (!ok) return false;
    digest = base::sha256_hex(bytes);
  }
  if (digest != previous.digest) return false;
  for (std::size_t i = 0; i < planned.size(); ++i) {
    const OutputRecord& o = previous.outputs[i];
    std::error_code ec;
    if (o.format != planned[i].first || o.path != relative_to(planned[i].second, out_dir) ||
        fs::file_size(planned[i].second, ec) != o.bytes || ec) {
      return false;
    }
  }
  return true;
}

// The temporary files of write_output() (".NAME.tmp-XXXXXX") that a killed worker or run left
// beside the outputs in `planned`.
void remove_temporaries(const std::vector<const Planned*>& planned) {
  std::map<fs::path, std::set<std::string>> names;
  for (const auto* p : planned) {
    for (const auto& [format, path] : *p) names[fs::path(path).parent_path()].insert(fs::path(path).filename().string());
  }
  for (const auto& [dir, files] : names) {
    std::error_code ec;
    for (fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      const auto tmp = name.rfind(".tmp-");
      if (name.starts_with('.') && tmp != std::string::npos && tmp > 1 && name.size() == tmp + 11 &&
          files.count(name.substr(1, tmp - 1))) {
        std::error_code rm;
        fs::remove(it->path(), rm);
      }
    }
  }
}

std::string journal_file_name(const std::optional<Shard>& shard) {
  return "." + report_file_name(shard).replace(0, std::strlen("folio-report"), "folio-journal") + "l";
}

bool journal_usable(const std::string& path, const std::string& header) {
  std::ifstream in(path, std::ios::binary);
  std::string first;
  return in && std::getline(in, first) && first + "\n" == header;
}

}  // namespace

std::string report_file_name(const std::optional<Shard>& shard) {
  if (!shard) return "folio-report.json";
  return "folio-report.shard-" + std::to_string(shard->index) + "-of-" + std::to_string(shard->count) + ".json";
}

int shard_of(const std::string& key, int count) {
  base::Sha256 sha;
  sha.update(key);
  const auto d = sha.digest();
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | d[static_cast<std::size_t>(i)];
  return static_cast<int>(v % static_cast<std::uint64_t>(count));
}

BatchSummary run_batch(const ExpandedInputs& expanded, const BatchOptions& options, const DiagnosticSink& sink) {
  BatchSummary summary;
  const ConvertOptions& convert = options.convert;
  const std::vector<InputRef>& inputs = expanded.inputs;
  const auto fail_usage = [&](const std::string& message) {
    sink(usage_error(message));
    summary.usage_error = true;
    return summary;
  };
  if (convert.output == "-") return fail_usage("a batch writes files: give an output directory (-o DIR/)");
  const auto formats = output_formats(convert, sink);
  if (!formats) {
    summary.usage_error = true;
    return summary;
  }
  const fs::path out_dir = convert.output.empty() ? fs::path(".") : fs::path(convert.output);
  std::error_code ec;
  if (fs::exists(out_dir, ec) && !fs::is_directory(out_dir, ec)) {
    return fail_usage("-o " + convert.output + " is a file: a batch writes into a directory");
  }

  // Every output of the whole batch is planned and checked, so that every shard refuses the
  // same usage errors.
  std::vector<Planned> planned(inputs.size());
  std::vector<Target> targets;
  std::set<std::string> keys;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!keys.insert(inputs[i].key).second) return fail_usage("input " + inputs[i].name + " is given twice");
    if (!inputs[i].duplicate_of.empty()) continue;
    for (const auto& f : *formats) {
      planned[i].emplace_back(f, output_path(out_dir, inputs[i], f));
      targets.push_back(Target{{inputs[i]}, f, planned[i].back().second});
    }
  }
  if (!check_targets(targets, inputs, sink)) {
    summary.usage_error = true;
    return summary;
  }
  targets.clear();

  BatchReport report;
  report.folio_version = options.folio_version;
  report.options_json = options_json(convert);
  report.options_digest = options_digest(report.options_json, convert);
  report.shard = options.shard;
  report.batch_inputs = inputs.size();
  report.batch_digest = batch_digest(std::vector<std::string>(keys.begin(), keys.end()));
  report.archives = expanded.archives;
  std::vector<std::size_t> mine;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!options.shard || shard_of(inputs[i].key, options.shard->count) == options.shard->index) mine.push_back(i);
  }

  fs::create_directories(out_dir, ec);
  // Before anything of a run there is read or removed: another run may be at work on it.
  const std::string lock_path = (out_dir / (journal_file_name(options.shard) + ".lock")).string();
  const RunLock lock(lock_path);
  if (!lock.held()) {
    return fail_usage(lock.error() == "busy"
                          ? "another folio run is converting into " + out_dir.string() +
                                (options.shard ? " as this shard" : "") + " (it holds " + lock_path +
                                "); wait for it to end, or write into another directory"
                          : "cannot lock " + lock_path + ": " + lock.error());
  }
  const std::string report_path = (out_dir / report_file_name(options.shard)).string();
  const std::string journal_path = (out_dir / journal_file_name(options.shard)).string();
  summary.report_path = report_path;
  const std::string header = journal_header(report.folio_version, report.options_digest);
  std::map<std::string, InputRecord> previous;
  if (!options.force) {
    if (auto old = read_report(report_path);
        old && old->folio_version == report.folio_version && old->options_digest == report.options_digest) {
      for (auto& r : old->inputs) previous[r.key] = std::move(r);
    }
    for (auto& [key, r] : read_journal(journal_path, report.folio_version, report.options_digest)) {
      previous[key] = std::move(r);
    }
  }

  std::map<std::string, InputRecord> records;
  std::vector<std::size_t> todo;
  std::vector<const Planned*> todo_planned;
  for (const std::size_t i : mine) {
    const InputRef& in = inputs[i];
    const std::string source = in.warc ? in.warc->uri : std::string();
    if (!in.duplicate_of.empty()) {
      InputRecord r;
      r.key = in.key;
      r.source = source;
      r.digest = in.digest;
      r.status = "duplicate";
      r.duplicate_of = in.duplicate_of;
      records[in.key] = std::move(r);
      continue;
    }
    if (auto it = previous.find(in.key); it != previous.end() && unchanged(it->second, in, planned[i], out_dir)) {
      records[in.key] = it->second;
      ++summary.unchanged;
      continue;
    }
    todo.push_back(i);
    todo_planned.push_back(&planned[i]);
  }
  remove_temporaries(todo_planned);

  // The journal records each input as it finishes; it is folded into the report at the end.
  const bool append = !options.force && journal_usable(journal_path, header);
  const int journal = ::open(journal_path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0666);
  if (journal < 0) return fail_usage("cannot write the journal " + journal_path + ": " + std::strerror(errno));
  // One write per record: a kill cuts at most this line, which the next run ignores.
  const auto append_line = [journal](const std::string& text) { base::write_all(journal, text); };
  if (!append) append_line(header);

  Progress progress(todo.size(), options.progress);
  std::size_t finished = 0, failed = 0;
  std::vector<std::string> tasks;
  for (std::size_t t = 0; t < todo.size(); ++t) {
    WorkTask task{t, inputs[todo[t]], planned[todo[t]]};
    tasks.push_back(task_line(task));
  }
  PoolSettings pool{options.executable,
                    {"folio", "worker", "--memory-limit", std::to_string(options.memory_limit), "--coordinator",
                     std::to_string(::getpid())},
                    report.options_json + "\n",
                    options.jobs,
                    options.timeout_seconds};
  const auto done = [&](std::size_t t, const TaskEnd& end) {
    const InputRef& in = inputs[todo[t]];
    InputRecord record;
    base::Diagnostics diagnostics;
    std::optional<WorkResult> result;
    if (end.answered) result = parse_result_line(end.result);
    if (result && result->record.key == in.key) {
      record = std::move(result->record);
      diagnostics = std::move(result->diagnostics);
    } else {
      record.key = in.key;
      record.status = "failed";
      record.failure = end.answered ? "crash" : end.failure;
      record.message = end.answered ? "the worker's answer could not be read" : end.message;
      record.seconds = end.seconds;
      record.errors = 1;
      diagnostics.push_back(base::make_error("batch." + record.failure, base::Span{in.name, 0, 0, 0, 0},
                                             record.message + "; the batch goes on without this input"));
      remove_temporaries({&planned[todo[t]]});
    }
    if (record.digest.empty()) record.digest = in.digest;
    record.source = in.warc ? in.warc->uri : std::string();
    for (auto& o : record.outputs) o.path = relative_to(o.path, out_dir);
    progress.clear();
    for (const auto& d : diagnostics) sink(d);
    append_line(journal_line(record));
    ++finished;
    if (record.status == "failed") ++failed;
    ++summary.worked_on;
    records[in.key] = std::move(record);
    progress.update(finished, failed, finished == todo.size());
  };
  std::string pool_error;
  PoolStats stats;
  const bool ran =
      todo.empty() || run_pool(pool, tasks, done, [&] { progress.update(finished, failed); }, stats, pool_error);
  summary.workers = stats.started;
  summary.worker_peak_kib = stats.peak_rss_kib;
  progress.clear();
  ::close(journal);
  if (!ran) {
    sink(base::make_error("batch.workers", base::Span{}, "cannot run the workers: " + pool_error));
    summary.usage_error = true;
    return summary;
  }

  for (auto& [key, r] : records) report.inputs.push_back(std::move(r));
  summary.report = summarize(report);
  auto written = write_output(report_path, report_json(report));
  if (!written) {
    for (const auto& d : written.error()) sink(d);
    summary.usage_error = true;
    return summary;
  }
  // Folded into the report: a kill before this line leaves both, which the next run reads alike.
  ::unlink(journal_path.c_str());
  return summary;
}

}  // namespace folio::job
