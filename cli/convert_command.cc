#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "job/batch.h"
#include "job/batch_inputs.h"
#include "job/convert.h"
#include "job/worker_pool.h"

namespace folio::cli {

namespace {
struct ConvertArgs {
  std::vector<std::string> inputs;
  std::string output;
  std::vector<std::string> formats;
  int wrap = 0;
  std::string fail_on = "error";
  std::string collection;
  std::size_t releases_per_file = 0;
  std::string order = "date";
  std::string style = "default";
  bool pdf_debug = false;
  bool strict = false;
  bool no_audit = false;
  ReadingOptions reading;
  // Batches
  job::InputSelection selection;
  int jobs = 0;
  double timeout = 0;
  std::size_t memory_limit_mib = 2048;
  std::string shard;
  bool force = false;
};

// The processors this process may run on (a cluster job's allocation, not the whole machine).
int available_cores() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  const long online = sysconf(_SC_NPROCESSORS_ONLN);
  return online > 0 ? static_cast<int>(online) : 1;
}

// "K/N" with 0 <= K < N.
std::optional<job::Shard> parse_shard(const std::string& text) {
  int k = -1, n = 0;
  char end = 0;
  if (std::sscanf(text.c_str(), "%d/%d%c", &k, &n, &end) != 2 || n < 1 || k < 0 || k >= n) return std::nullopt;
  return job::Shard{k, n};
}

void print_summary(const job::BatchSummary& summary) {
  std::string line = "folio: " + job::summary_line(summary.report);
  if (summary.unchanged > 0) {
    line += " (" + std::to_string(summary.unchanged) + " of them unchanged since the last run, not converted again)";
  }
  if (summary.workers > 0) {
    line += "; " + std::to_string(summary.workers) + (summary.workers == 1 ? " worker" : " workers") + ", at most " +
            std::to_string((summary.worker_peak_kib + 1023) / 1024) + " MB each";
  }
  line += "; report: " + summary.report_path + "\n";
  std::fputs(line.c_str(), stderr);
}
}  // namespace

void add_convert_command(CLI::App& app, CommandState& state) {
  auto args = std::make_shared<ConvertArgs>();
  CLI::App* cmd = app.add_subcommand("convert", "Convert releases to accessible outputs");
  cmd->add_option("inputs", args->inputs, "Input files (txt, html, md), directories and web archives (.warc, .warc.gz)");
  cmd->add_option("-o,--output", args->output,
                  "Output file, directory (DIR/<input stem>.<ext>) or - for stdout (default: current directory)");
  cmd->add_option("--to", args->formats, "Output formats, comma separated: txt, pdf, epub (default: all)")->delimiter(',');
  cmd->add_option("--style", args->style, "House style: a name from `folio styles` or a .toml file (default: default)");
  cmd->add_flag("--pdf-debug", args->pdf_debug, "Write PDF streams uncompressed, glyph codes in hexadecimal, for reading");
  cmd->add_flag("--strict", args->strict,
                "Fail (exit 3) when an output cannot meet its accessibility claim (PDF/UA-1: title, language, alt text) "
                "or its own audit finds an error; refuse (exit 2) an input with any byte that is not UTF-8 or a NUL");
  cmd->add_flag("--no-audit", args->no_audit, "Do not audit the PDFs and EPUBs written (as `folio audit` would)");
  cmd->add_option("--collection", args->collection,
                  "Make one EPUB titled TITLE with one chapter per input (-o FILE.epub or DIR)");
  cmd->add_option("--order", args->order, "Chapter order of a collection: by date (default) or as given")
      ->check(CLI::IsMember({"date", "input"}));
  cmd->add_option("--releases-per-file", args->releases_per_file,
                  "Releases per content document of a collection (default: one each up to 1,000 releases, then as "
                  "many as keep the EPUB at 1,000 content documents)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--wrap", args->wrap, "Wrap plain text at N columns (0: no wrapping)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--fail-on", args->fail_on, "Exit 3 when diagnostics reach this severity")
      ->check(CLI::IsMember({"error", "warning"}));
  add_reading_options(*cmd, args->reading);
  const std::string batch = "Batches (several inputs, directories, lists, web archives)";
  cmd->add_option("--include", args->selection.include,
                  "In directories, take only files matching this glob (repeatable; with a '/': the path below the "
                  "directory)")
      ->group(batch);
  cmd->add_option("--exclude", args->selection.exclude, "In directories, leave out files and directories matching this glob")
      ->group(batch);
  cmd->add_option("--inputs-from", args->selection.lists, "Read more inputs from FILE, one per line (- : stdin)")
      ->group(batch);
  cmd->add_option("-j,--jobs", args->jobs, "Worker processes (default: the number of cores)")
      ->check(CLI::PositiveNumber)
      ->group(batch);
  cmd->add_option("--timeout", args->timeout, "Seconds one input may take before its worker is stopped (default: none)")
      ->check(CLI::PositiveNumber)
      ->group(batch);
  cmd->add_option("--memory-limit", args->memory_limit_mib, "MiB of memory per worker (default: 2048; 0: none)")
      ->group(batch);
  cmd->add_option("--shard", args->shard, "Convert only share K of N (0 <= K < N), as a cluster array task")
      ->group(batch);
  cmd->add_flag("--force", args->force, "Convert everything again, even inputs the report shows done and unchanged")
      ->group(batch);
  cmd->callback([args, cmd, &state] {
    job::ConvertOptions options;
    job::DiagnosticFormat format = job::DiagnosticFormat::human;
    to_load_options(args->reading, options.load, format);
    options.formats = args->formats;
    options.output = args->output;
    options.text.wrap = args->wrap;
    options.collection_title = args->collection;
    options.input_order = args->order == "input";
    options.releases_per_file = args->releases_per_file;
    options.style = args->style;
    options.pdf_debug = args->pdf_debug;
    options.strict = args->strict;
    options.load.strict = args->strict;
    options.audit = !args->no_audit;
    const auto print = [format](const base::Diagnostic& d) { print_diagnostic(d, format); };
    if (!read_source_date_epoch(options.source_date_epoch)) {
      state.exit_code = 2;
      return;
    }
    if (args->inputs.empty() && args->selection.lists.empty()) {
      std::fputs("folio convert: no input (give files, directories, web archives or --inputs-from)\n", stderr);
      state.exit_code = 2;
      return;
    }
    std::optional<job::Shard> shard;
    if (!args->shard.empty() && !(shard = parse_shard(args->shard))) {
      std::fprintf(stderr, "folio convert: --shard %s: expected K/N with 0 <= K < N (e.g. 0/4)\n", args->shard.c_str());
      state.exit_code = 2;
      return;
    }
    auto selection = args->selection;
    if (args->output != "-") selection.skip_dir = args->output.empty() ? "." : args->output;
    auto expanded = job::expand_inputs(args->inputs, selection);
    if (!expanded) {
      for (const auto& d : expanded.error()) print(d);
      state.exit_code = 2;
      return;
    }
    int failed_sources = 0;
    for (const auto& d : expanded->warnings) {
      print(d);
      if (d.severity == base::Severity::error) ++failed_sources;
    }
    const auto& inputs = expanded->value.inputs;
    if (inputs.empty()) {
      if (failed_sources == 0) std::fputs("folio convert: no input found\n", stderr);
      state.exit_code = 2;
      return;
    }
    const bool batch_options = cmd->count("--jobs") || cmd->count("--timeout") || cmd->count("--shard") ||
                               cmd->count("--force") || cmd->count("--memory-limit");
    const bool is_batch =
        args->collection.empty() && (expanded->value.expanded || inputs.size() > 1 || batch_options);
    if (!is_batch) {
      const auto summary = job::run_convert(inputs, options, print);
      if (summary.inputs_failed + failed_sources > 0) {
        state.exit_code = 2;
      } else if (summary.errors || (args->fail_on == "warning" && summary.warnings)) {
        state.exit_code = 3;
      }
      return;
    }
    job::BatchOptions batch;
    batch.convert = options;
    batch.jobs = args->jobs > 0 ? args->jobs : available_cores();
    batch.timeout_seconds = args->timeout;
    batch.memory_limit = args->memory_limit_mib << 20;
    batch.shard = shard;
    batch.force = args->force;
    batch.progress = ::isatty(STDERR_FILENO) != 0;
    batch.folio_version = FOLIO_VERSION;
    std::error_code ec;
    batch.executable = std::filesystem::read_symlink("/proc/self/exe", ec).string();
    const auto summary = job::run_batch(expanded->value, batch, print);
    if (summary.usage_error) {
      state.exit_code = 2;
      return;
    }
    print_summary(summary);
    const auto& r = summary.report;
    if (r.failed + failed_sources > 0) {
      state.exit_code = 2;
    } else if (r.errors > 0 || (args->fail_on == "warning" && r.warnings > 0)) {
      state.exit_code = 3;
    }
  });
}

}  // namespace folio::cli
