#include <cstdio>
#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "job/batch_report.h"
#include "job/write_output.h"

namespace folio::cli {

namespace {
struct MergeArgs {
  std::vector<std::string> reports;
  std::string output;
};

// A directory stands for the shard reports in it.
std::vector<std::string> report_files(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  for (const auto& a : args) {
    std::error_code ec;
    if (!std::filesystem::is_directory(a, ec)) {
      files.push_back(a);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& e : std::filesystem::directory_iterator(a, ec)) {
      const std::string name = e.path().filename().string();
      if (name.starts_with("folio-report.shard-") && name.ends_with(".json")) found.push_back(e.path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}
}  // namespace

void add_report_command(CLI::App& app, CommandState& state) {
  CLI::App* cmd = app.add_subcommand("report", "Work with batch reports (folio-report.json)");
  cmd->require_subcommand(1);
  auto args = std::make_shared<MergeArgs>();
  CLI::App* merge = cmd->add_subcommand(
      "merge", "Merge the reports of a batch's shards into the report of the whole batch, checking that every "
               "shard is there once and that together they hold every input once");
  merge->add_option("reports", args->reports, "Shard reports, or directories holding folio-report.shard-*.json")
      ->required();
  merge->add_option("-o,--output", args->output,
                    "The merged report (default: folio-report.json beside the first shard report)");
  merge->callback([args, &state] {
    const auto files = report_files(args->reports);
    std::vector<job::BatchReport> shards;
    for (const auto& f : files) {
      auto r = job::read_report(f);
      if (!r) {
        for (const auto& d : r.error()) std::fprintf(stderr, "folio report merge: %s: %s\n", f.c_str(), d.message.c_str());
        state.exit_code = 2;
        return;
      }
      shards.push_back(std::move(*r));
    }
    auto merged = job::merge_reports(shards);
    if (!merged) {
      for (const auto& d : merged.error()) std::fprintf(stderr, "folio report merge: %s\n", d.message.c_str());
      state.exit_code = 2;
      return;
    }
    const std::string out = !args->output.empty() ? args->output
                            : files.empty()       ? std::string("folio-report.json")
                                                  : (std::filesystem::path(files.front()).parent_path() /
                                                     "folio-report.json").string();
    auto written = job::write_output(out, job::report_json(*merged));
    if (!written) {
      for (const auto& d : written.error()) std::fprintf(stderr, "folio report merge: %s: %s\n", out.c_str(), d.message.c_str());
      state.exit_code = 2;
      return;
    }
    const auto summary = job::summarize(*merged);
    std::fprintf(stderr, "folio: %s (%s, %zu shards)\n", job::summary_line(summary).c_str(), out.c_str(), shards.size());
    if (summary.failed > 0) state.exit_code = 2;
  });
}

}  // namespace folio::cli
