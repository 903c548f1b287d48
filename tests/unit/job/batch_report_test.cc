#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "job/batch.h"
#include "job/batch_inputs.h"
#include "job/batch_report.h"
#include "job/worker_protocol.h"

namespace folio::job {
namespace {

namespace fs = std::filesystem;

InputRecord converted(const std::string& key) {
  InputRecord r;
  r.key = key;
  r.digest = std::string(64, 'a');
  r.status = "converted";
  r.outputs.push_back({"txt", key + ".txt", std::string(64, 'b'), 120, std::nullopt});
  r.outputs.push_back({"epub", key + ".epub", std::string(64, 'c'), 4000, 2});
  r.warnings = 1;
  r.notes = 3;
  r.seconds = 0.0123456;
  return r;
}

BatchReport shard(int index, int count, const std::vector<std::string>& keys, const std::vector<std::string>& all) {
  BatchReport r;
  r.folio_version = "9.9";
  r.options_json = R"({"formats":["txt"]})";
  r.options_digest = "d";
  r.shard = Shard{index, count};
  r.batch_inputs = all.size();
  r.batch_digest = batch_digest(all);
  for (const auto& k : keys) r.inputs.push_back(converted(k));
  return r;
}

TEST(BatchReport, RoundTripsThroughJson) {
  BatchReport r = shard(1, 2, {"a", "b"}, {"a", "b", "c"});
  r.inputs[1].status = "failed";
  r.inputs[1].failure = "timeout";
  r.inputs[1].message = "no answer";
  r.archives.push_back({"crawl.warc.gz", 3, 1, {{"request", 4}}});
  const fs::path path = fs::temp_directory_path() / ("folio-report-test-" + std::to_string(::getpid()) + ".json");
  std::ofstream(path) << report_json(r);
  auto back = read_report(path.string());
  fs::remove(path);
  ASSERT_TRUE(back) << back.error().front().message;
  EXPECT_EQ(report_json(*back), report_json(r));
  EXPECT_EQ(back->inputs[1].failure, "timeout");
  EXPECT_EQ(*back->inputs[0].outputs[1].audit_findings, 2);
  EXPECT_FALSE(back->inputs[0].outputs[0].audit_findings);
  EXPECT_DOUBLE_EQ(back->inputs[0].seconds, 0.012);
  EXPECT_EQ(summary_line(summarize(*back)), "1 converted, 1 failed, 1 with warnings");
}

TEST(BatchReport, JournalKeepsWholeLinesOfItsOwnOptions) {
  const fs::path path = fs::temp_directory_path() / ("folio-journal-test-" + std::to_string(::getpid()));
  const std::string a = journal_line(converted("a"));
  const std::string b = journal_line(converted("b"));
  std::ofstream(path) << journal_header("9.9", "d") << a << b.substr(0, b.size() / 2);
  auto records = read_journal(path.string(), "9.9", "d");
  EXPECT_EQ(records.size(), 1u);
  EXPECT_TRUE(records.count("a"));
  // A line whose end was cut off is not trusted even when it parses.
  std::ofstream(path) << journal_header("9.9", "d") << a << b.substr(0, b.size() - 1);
  EXPECT_EQ(read_journal(path.string(), "9.9", "d").size(), 1u);
  EXPECT_TRUE(read_journal(path.string(), "9.9", "other options").empty());
  EXPECT_TRUE(read_journal(path.string(), "1.0", "d").empty());
  fs::remove(path);
}

TEST(BatchReport, MergeChecksShardsAreDisjointAndComplete) {
  const std::vector<std::string> all{"a", "b", "c", "d"};
  auto merged = merge_reports({shard(1, 2, {"c", "a"}, all), shard(0, 2, {"b", "d"}, all)});
  ASSERT_TRUE(merged) << merged.error().front().message;
  EXPECT_FALSE(merged->shard);
  ASSERT_EQ(merged->inputs.size(), 4u);
  EXPECT_EQ(merged->inputs[0].key, "a");
  EXPECT_EQ(merged->inputs[3].key, "d");

  auto missing = merge_reports({shard(0, 3, {"a"}, all), shard(2, 3, {"b"}, all)});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().front().code, "report.shard-missing");
  auto twice = merge_reports({shard(0, 2, {"a", "b"}, all), shard(0, 2, {"c", "d"}, all)});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().front().code, "report.shard-twice");
  auto overlap = merge_reports({shard(0, 2, {"a", "b"}, all), shard(1, 2, {"b", "c", "d"}, all)});
  ASSERT_FALSE(overlap);
  EXPECT_EQ(overlap.error().front().code, "report.overlap");
  auto incomplete = merge_reports({shard(0, 2, {"a"}, all), shard(1, 2, {"c", "d"}, all)});
  ASSERT_FALSE(incomplete);
  EXPECT_EQ(incomplete.error().front().code, "report.incomplete");
  BatchReport other = shard(1, 2, {"c", "d"}, all);
  other.options_digest = "e";
  auto mismatch = merge_reports({shard(0, 2, {"a", "b"}, all), other});
  ASSERT_FALSE(mismatch);
  EXPECT_EQ(mismatch.error().front().code, "report.mismatch");
}

TEST(BatchReport, ShardsCutByKeyDigest) {
  std::vector<int> sizes(4);
  for (int i = 0; i < 400; ++i) {
    const int s = shard_of("archive/" + std::to_string(i) + ".html", 4);
    ASSERT_GE(s, 0);
    ASSERT_LT(s, 4);
    ++sizes[static_cast<std::size_t>(s)];
    EXPECT_EQ(shard_of("archive/" + std::to_string(i) + ".html", 4), s) << "deterministic";
  }
  for (int n : sizes) EXPECT_GT(n, 60) << "roughly even";
  EXPECT_EQ(shard_of("anything", 1), 0);
}

TEST(BatchInputs, OutputStemsOfAddresses) {
  EXPECT_EQ(uri_output_stem("http://Example.org/"), "example.org/index");
  EXPECT_EQ(uri_output_stem("https://example.org:8443/news/2024/marche.html"), "example.org/news/2024/marche");
  EXPECT_EQ(uri_output_stem("http://example.org/news/"), "example.org/news/index");
  EXPECT_EQ(uri_output_stem("http://example.org/item.php?id=3&l=fr#top"), "example.org/item_id_3_l_fr");
  EXPECT_EQ(uri_output_stem("http://example.org/a/../b/%C3%A9t%C3%A9"), "example.org/a/_/b/_C3_A9t_C3_A9");
  EXPECT_EQ(uri_output_stem("http://user@127.0.0.1:8000/x"), "127.0.0.1/x");
}

TEST(WorkerProtocol, OptionsTasksAndResultsRoundTrip) {
  ConvertOptions o;
  o.formats = {"txt", "pdf"};
  o.style = "letter";
  o.load.from = readers::SourceFormat::markdown;
  o.load.language = "fr";
  o.text.wrap = 72;
  o.strict = true;
  o.source_date_epoch = 1700000000;
  const auto back = options_from_json(options_json(o));
  ASSERT_TRUE(back);
  EXPECT_EQ(options_json(*back), options_json(o));
  EXPECT_EQ(back->load.from, readers::SourceFormat::markdown);

  WorkTask t;
  t.id = 7;
  t.input.key = "crawl.warc#<urn:uuid:1>";
  t.input.name = "crawl.warc#http://example.org/";
  t.input.path = "crawl.warc";
  t.input.warc = WarcRecordRef{{12345, 67}, "http://example.org/", "2024-01-01T00:00:00Z"};
  t.targets = {{"txt", "out/x.txt"}};
  const auto task = parse_task_line(task_line(t));
  ASSERT_TRUE(task);
  EXPECT_EQ(task_line(*task), task_line(t));
  EXPECT_EQ(task->input.warc->position.member, 12345u);

  WorkResult r{7, converted("k"), {base::make_warning("x.y", base::Span{"f", 1, 2, 3, 4}, "m", "h")}};
  const auto result = parse_result_line(result_line(r));
  ASSERT_TRUE(result);
  EXPECT_EQ(result_line(*result), result_line(r));
  EXPECT_EQ(result->diagnostics[0].span.column, 4u);
  EXPECT_FALSE(parse_result_line("{\"id\":1"));
}

}  // namespace
}  // namespace folio::job
