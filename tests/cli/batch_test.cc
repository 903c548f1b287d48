// Batches as an archivist runs them: directories and lists, worker processes that may crash or
// hang without stopping the run, the report, resuming, and shards.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <set>

#include <unistd.h>

#include "base/sha256.h"
#include "job/run_lock.h"
#include "job/worker_protocol.h"
#include "run_folio.h"
#include "support/paths.h"

namespace folio::test {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

/// A short release of its own: a headline and two sentences that name `topic`.
std::string release(const std::string& topic) {
  return "La ville ouvre " + topic + "\n" + "La mairie annonce l'ouverture de " + topic +
         " au public dès le premier lundi du mois.\n" + "Les habitants sont invités à découvrir " + topic +
         " en famille.\n";
}

Json read_report(const fs::path& path) { return Json::parse(read_file(path)); }

std::map<std::string, Json> inputs_by_key(const Json& report) {
  std::map<std::string, Json> out;
  for (const auto& i : report.at("inputs")) out[i.at("input").get<std::string>()] = i;
  return out;
}

/// Every file under `dir` (relative path → bytes), hidden ones included.
std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) out[e.path().lexically_relative(dir).generic_string()] = read_file(e.path());
  }
  return out;
}

/// The report without what may differ between two runs that did the same work: the times.
Json without_times(Json report) {
  report["summary"].erase("seconds");
  for (auto& i : report["inputs"]) i.erase("seconds");
  return report;
}

// A directory is walked recursively in a stable order; hidden files, non-matching files and
// excluded directories are left out; outputs mirror the directory's layout.
TEST(Batch, DirectoriesWithIncludeAndExclude) {
  ScratchDir dir;
  dir.write("archive/2023/musee.txt", release("le musée"));
  dir.write("archive/2024/jardin.txt", release("le jardin"));
  dir.write("archive/2024/notes.md", "# Notes\n\nNot a release to convert.\n");
  dir.write("archive/2024/.cache.txt", release("un fichier caché"));
  dir.write("archive/drafts/brouillon.txt", release("le brouillon"));
  dir.write("archive/logo.png", "\x89PNG\r\n\x1a\n");
  const CliRun r = run_folio(
      {"convert", "archive", "--include", "*.txt", "--exclude", "drafts", "--to", "txt", "-o", "out/", "--jobs", "2"},
      dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(dir.list("out"), (std::vector<std::string>{"2023", "2024", "folio-report.json"}));
  EXPECT_EQ(dir.list("out/2024"), std::vector<std::string>{"jardin.txt"});
  EXPECT_NE(read_file(dir.path() / "out/2023/musee.txt").find("La ville ouvre le musée"), std::string::npos);
  const auto inputs = inputs_by_key(read_report(dir.path() / "out/folio-report.json"));
  EXPECT_EQ(inputs.size(), 2u);
  EXPECT_TRUE(inputs.count("archive/2023/musee.txt"));
  EXPECT_NE(r.err.find("folio: 2 converted, 0 failed, 0 with warnings"), std::string::npos) << r.err;
  // Without --include, the files folio reads by their extension: the Markdown file too.
  const CliRun all = run_folio({"convert", "archive", "--to", "txt", "-o", "all/"}, dir.path());
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_EQ(dir.list("all/2024"), (std::vector<std::string>{"jardin.txt", "notes.txt"}));
  EXPECT_EQ(dir.list("all/drafts"), std::vector<std::string>{"brouillon.txt"});
}

// --inputs-from reads one input per line, from a file or from standard input.
TEST(Batch, InputsFromAListOrStdin) {
  ScratchDir dir;
  dir.write("a/port.txt", release("le port"));
  dir.write("b/gare.txt", release("la gare"));
  dir.write("list.txt", "a/port.txt\n\nb/gare.txt\n");
  const CliRun r = run_folio({"convert", "--inputs-from", "list.txt", "--to", "txt", "-o", "out/"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(dir.list("out"), (std::vector<std::string>{"folio-report.json", "gare.txt", "port.txt"}));
  const CliRun piped = run_folio({"convert", "--inputs-from", "-", "--to", "txt", "-o", "piped/"}, dir.path(),
                                 RunSetting{"b/gare.txt\n", {}});
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(dir.list("piped"), (std::vector<std::string>{"folio-report.json", "gare.txt"}));
  EXPECT_EQ(run_folio({"convert", "--inputs-from", "missing.txt", "-o", "x/"}, dir.path()).exit_code, 2);
}

// The report (docs/batch-report-schema.md): every input with its status, outputs and their
// SHA-256, diagnostic counts and audit result; a summary that adds up.
TEST(Batch, ReportSchema) {
  ScratchDir dir;
  dir.write("in/phare.txt", release("le phare"));
  dir.write("in/cassé.txt", std::string("Titre\nUn octet cassé \xff ici.\n"));
  const CliRun r = run_folio({"convert", "in", "--to", "txt,epub", "-o", "out/"}, dir.path());
  EXPECT_EQ(r.exit_code, 2) << r.err;  // one input failed
  const Json report = read_report(dir.path() / "out/folio-report.json");
  EXPECT_EQ(report.at("schema"), "folio-batch-report");
  EXPECT_EQ(report.at("schema_version"), 1);
  EXPECT_TRUE(report.at("folio_version").is_string());
  EXPECT_EQ(report.at("options").at("formats"), Json::array({"txt", "epub"}));
  EXPECT_EQ(report.at("options_sha256").get<std::string>().size(), 64u);
  EXPECT_EQ(report.at("batch").at("inputs"), 2);
  EXPECT_FALSE(report.contains("shard"));
  const auto inputs = inputs_by_key(report);
  const Json& good = inputs.at("in/phare.txt");
  EXPECT_EQ(good.at("status"), "converted");
  EXPECT_EQ(good.at("sha256"), base::sha256_hex(read_file(dir.path() / "in/phare.txt")));
  ASSERT_EQ(good.at("outputs").size(), 2u);
  for (const auto& o : good.at("outputs")) {
    const std::string bytes = read_file(dir.path() / "out" / o.at("path").get<std::string>());
    EXPECT_EQ(o.at("sha256"), base::sha256_hex(bytes)) << o;
    EXPECT_EQ(o.at("bytes"), bytes.size());
  }
  EXPECT_FALSE(good["outputs"][0].contains("audit_findings")) << "plain text is not audited";
  EXPECT_EQ(good["outputs"][1].at("format"), "epub");
  EXPECT_EQ(good["outputs"][1].at("audit_findings"), 0);
  EXPECT_GT(good.at("diagnostics").at("note").get<int>(), 0);
  EXPECT_GE(good.at("seconds").get<double>(), 0);
  const Json& bad = inputs.at("in/cassé.txt");
  EXPECT_EQ(bad.at("status"), "failed");
  EXPECT_EQ(bad.at("failure"), "error");
  EXPECT_NE(bad.at("message").get<std::string>().find("not UTF-8"), std::string::npos) << bad;
  EXPECT_EQ(bad.at("diagnostics").at("error"), 1);
  const Json& summary = report.at("summary");
  EXPECT_EQ(summary.at("inputs"), 2);
  EXPECT_EQ(summary.at("converted"), 1);
  EXPECT_EQ(summary.at("failed"), 1);
  EXPECT_EQ(summary.at("outputs"), 2);
  EXPECT_NE(r.err.find("folio: 1 converted, 1 failed"), std::string::npos) << r.err;
  // Nothing of a progress line when stderr is not a terminal.
  EXPECT_EQ(r.err.find('\r'), std::string::npos);
}

// A worker that crashes, hangs or runs out of memory costs its input only: the batch goes on,
// the report says what happened, nothing half-written is left.
TEST(Batch, CrashHangAndMemoryExhaustionAreIsolated) {
  ScratchDir dir;
  dir.write("in/a-bon.txt", release("le bon dossier"));
  dir.write("in/b-plante.txt", release("le dossier qui plante"));
  dir.write("in/c-bloque.txt", release("le dossier qui bloque"));
  dir.write("in/d-gourmand.txt", release("le dossier gourmand"));
  dir.write("in/e-bon.txt", release("le second bon dossier"));
  // One fault per run: the hook names one input. A hang needs the timeout; running out of
  // memory, a limit (kept small: every page the hook fills costs a page fault).
  struct Fault {
    std::string hook, input, failure;
    std::vector<std::string> limits;
  };
  const Fault faults[] = {{"crash:plante", "in/b-plante.txt", "crash", {}},
                          {"hang:bloque", "in/c-bloque.txt", "timeout", {"--timeout", "1"}},
                          {"memory:gourmand", "in/d-gourmand.txt", "memory", {"--memory-limit", "100"}}};
  for (const auto& [fault, input, failure, limits] : faults) {
    std::vector<std::string> args{"convert", "in", "--to", "txt,epub", "-o", "out/", "--jobs", "2"};
    args.insert(args.end(), limits.begin(), limits.end());
    fs::remove_all(dir.path() / "out");
    const CliRun r = run_folio(args, dir.path(), RunSetting{"", {"FOLIO_TEST_FAULT=" + fault}});
    EXPECT_EQ(r.exit_code, 2) << fault << ": " << r.err;
    const auto inputs = inputs_by_key(read_report(dir.path() / "out/folio-report.json"));
    ASSERT_EQ(inputs.size(), 5u) << fault;
    for (const auto& [key, record] : inputs) {
      if (key == input) {
        EXPECT_EQ(record.at("status"), "failed") << fault;
        EXPECT_EQ(record.at("failure"), failure) << fault << ": " << record;
        EXPECT_TRUE(record.at("outputs").empty()) << record;
      } else {
        EXPECT_EQ(record.at("status"), "converted") << fault << ": " << key;
      }
    }
    EXPECT_NE(r.err.find("4 converted, 1 failed"), std::string::npos) << fault << ": " << r.err;
    const std::string stem = fs::path(input).stem().string();
    for (const auto& [path, bytes] : tree(dir.path() / "out")) {
      EXPECT_EQ(path.find(stem), std::string::npos) << fault << ": left " << path;
      EXPECT_EQ(path.find(".tmp-"), std::string::npos) << fault << ": left " << path;
    }
    EXPECT_TRUE(fs::exists(dir.path() / "out/e-bon.epub")) << fault;
  }
}

// A second run converts only what changed; other options or --force convert everything again.
// A worker asks to die with its coordinator; a coordinator killed before the worker could ask
// leaves it to another parent, and it would go on writing into the outputs of the run started
// after (the kill-and-resume test found a temporary file left so under AddressSanitizer).
TEST(Batch, AWorkerWhoseCoordinatorIsGoneStopsAtOnce) {
  ScratchDir dir;
  dir.write("mairie.txt", release("la médiathèque"));
  job::WorkTask task;
  task.input.key = task.input.name = task.input.path = (dir.path() / "mairie.txt").string();
  task.targets = {{"txt", (dir.path() / "mairie-out.txt").string()}};
  const job::ConvertOptions options;
  RunSetting setting;
  setting.stdin_text = job::options_json(options) + "\n" + job::task_line(task) + "\n";
  // This test is the worker's parent: named as the coordinator, it converts the task.
  run_folio({"worker", "--coordinator", std::to_string(::getpid())}, dir.path(), setting);
  EXPECT_TRUE(fs::exists(dir.path() / "mairie-out.txt"));
  fs::remove(dir.path() / "mairie-out.txt");
  // Another process named as the coordinator: the worker stops before its first task.
  const CliRun orphan = run_folio({"worker", "--coordinator", "999999999"}, dir.path(), setting);
  EXPECT_EQ(orphan.exit_code, 1);
  EXPECT_FALSE(fs::exists(dir.path() / "mairie-out.txt"));
}

TEST(Batch, SecondRunSkipsWhatIsDoneAndUnchanged) {
  ScratchDir dir;
  for (const char* topic : {"la piscine", "le stade", "la halle"}) {
    dir.write(std::string("in/") + (topic + 3) + ".txt", release(topic));
  }
  const std::vector<std::string> args{"convert", "in", "--to", "txt", "-o", "out/"};
  ASSERT_EQ(run_folio(args, dir.path()).exit_code, 0);
  const Json first = read_report(dir.path() / "out/folio-report.json");
  const CliRun again = run_folio(args, dir.path());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("3 of them unchanged since the last run"), std::string::npos) << again.err;
  EXPECT_EQ(read_report(dir.path() / "out/folio-report.json"), first);
  dir.write("in/stade.txt", release("le grand stade"));
  fs::remove(dir.path() / "out/halle.txt");
  const CliRun changed = run_folio(args, dir.path());
  EXPECT_NE(changed.err.find("1 of them unchanged since the last run"), std::string::npos) << changed.err;
  EXPECT_NE(read_file(dir.path() / "out/stade.txt").find("le grand stade"), std::string::npos);
  EXPECT_TRUE(fs::exists(dir.path() / "out/halle.txt"));
  const CliRun wrapped = run_folio({"convert", "in", "--to", "txt", "-o", "out/", "--wrap", "40"}, dir.path());
  EXPECT_EQ(wrapped.err.find("unchanged"), std::string::npos) << wrapped.err;
  const CliRun forced = run_folio({"convert", "in", "--to", "txt", "-o", "out/", "--wrap", "40", "--force"}, dir.path());
  EXPECT_EQ(forced.err.find("unchanged"), std::string::npos) << forced.err;
  EXPECT_NE(forced.err.find("3 converted"), std::string::npos) << forced.err;
}

// A second run into the same directory (and shard) while one works would remove the first's
// temporary files as leftovers of its own: it is refused, in one line, and touches nothing.
TEST(Batch, ASecondRunIntoTheSameDirectoryWaitsForNone) {
  ScratchDir dir;
  dir.write("in/piscine.txt", release("la piscine"));
  fs::create_directories(dir.path() / "out");
  const std::vector<std::string> args{"convert", "in", "--to", "txt", "-o", "out/"};
  {
    const job::RunLock running((dir.path() / "out/.folio-journal.jsonl.lock").string());
    ASSERT_TRUE(running.held()) << running.error();
    const CliRun second = run_folio(args, dir.path());
    EXPECT_EQ(second.exit_code, 2);
    ASSERT_EQ(second.err_lines().size(), 1u) << second.err;
    EXPECT_NE(second.err.find("another folio run is converting into"), std::string::npos) << second.err;
    EXPECT_FALSE(fs::exists(dir.path() / "out/piscine.txt"));
    // A lock is taken once.
    EXPECT_FALSE(job::RunLock((dir.path() / "out/.folio-journal.jsonl.lock").string()).held());
  }
  const CliRun after = run_folio(args, dir.path());
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_TRUE(fs::exists(dir.path() / "out/piscine.txt"));
  // The lock goes with its run: nothing of it stays among the outputs.
  EXPECT_EQ(dir.list("out"), (std::vector<std::string>{"folio-report.json", "piscine.txt"}));
}

// Shards are disjoint and together complete; merged, they are the one-process run.
TEST(Batch, ShardsAreDisjointCompleteAndMergeIntoTheWholeRun) {
  ScratchDir dir;
  const char* topics[] = {"le marché", "la bibliothèque", "le cinéma", "la patinoire", "le théâtre", "la crèche",
                          "le kiosque", "la fontaine"};
  for (int i = 0; i < 8; ++i) dir.write("in/r" + std::to_string(i) + ".txt", release(topics[i]));
  ASSERT_EQ(run_folio({"convert", "in", "--to", "txt", "-o", "whole/"}, dir.path()).exit_code, 0);
  std::set<std::string> seen;
  for (int k = 0; k < 3; ++k) {
    const CliRun r = run_folio(
        {"convert", "in", "--to", "txt", "-o", "sharded/", "--shard", std::to_string(k) + "/3", "--jobs", "1"},
        dir.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const Json part = read_report(dir.path() / ("sharded/folio-report.shard-" + std::to_string(k) + "-of-3.json"));
    EXPECT_EQ(part.at("shard").at("index"), k);
    for (const auto& [key, record] : inputs_by_key(part)) EXPECT_TRUE(seen.insert(key).second) << key << " twice";
  }
  EXPECT_EQ(seen.size(), 8u);
  const CliRun partial = run_folio({"report", "merge", "sharded/folio-report.shard-0-of-3.json",
                                    "sharded/folio-report.shard-2-of-3.json", "-o", "partial.json"},
                                   dir.path());
  EXPECT_EQ(partial.exit_code, 2);
  EXPECT_NE(partial.err.find("shards missing: 1"), std::string::npos) << partial.err;
  const CliRun merged = run_folio({"report", "merge", "sharded"}, dir.path());
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  EXPECT_EQ(without_times(read_report(dir.path() / "sharded/folio-report.json")),
            without_times(read_report(dir.path() / "whole/folio-report.json")));
  auto outputs = tree(dir.path() / "sharded");
  std::erase_if(outputs, [](const auto& e) { return e.first.starts_with("folio-report"); });
  auto whole = tree(dir.path() / "whole");
  whole.erase("folio-report.json");
  EXPECT_EQ(outputs, whole);
  EXPECT_EQ(run_folio({"convert", "in", "--shard", "3/3", "-o", "x/"}, dir.path()).exit_code, 2);
}

}  // namespace
}  // namespace folio::test
