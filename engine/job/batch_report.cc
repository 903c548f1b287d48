#include "job/batch_report.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/sha256.h"

namespace folio::job {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSchema = "folio-batch-report";

base::Diagnostic report_error(const std::string& code, const std::string& file, const std::string& message) {
  return base::make_error(code, base::Span{file, 0, 0, 0, 0}, message);
}

// Milliseconds are all a person reads in a conversion time, and they keep the report short.
double rounded(double seconds) { return std::round(seconds * 1000) / 1000; }

Json record_json(const InputRecord& r) {
  Json j;
  j["input"] = r.key;
  if (!r.source.empty()) j["source"] = r.source;
  j["sha256"] = r.digest;
  j["status"] = r.status;
  if (!r.failure.empty()) j["failure"] = r.failure;
  if (!r.message.empty()) j["message"] = r.message;
  if (!r.duplicate_of.empty()) j["duplicate_of"] = r.duplicate_of;
  Json outputs = Json::array();
  for (const auto& o : r.outputs) {
    Json out;
    out["format"] = o.format;
    out["path"] = o.path;
    out["sha256"] = o.sha256;
    out["bytes"] = o.bytes;
    if (o.audit_findings) out["audit_findings"] = *o.audit_findings;
    outputs.push_back(std::move(out));
  }
  j["outputs"] = std::move(outputs);
  j["diagnostics"] = Json{{"error", r.errors}, {"warning", r.warnings}, {"note", r.notes}};
  j["seconds"] = rounded(r.seconds);
  return j;
}

InputRecord record_from(const Json& j) {
  InputRecord r;
  r.key = j.at("input").get<std::string>();
  r.source = j.value("source", "");
  r.digest = j.at("sha256").get<std::string>();
  r.status = j.at("status").get<std::string>();
  r.failure = j.value("failure", "");
  r.message = j.value("message", "");
  r.duplicate_of = j.value("duplicate_of", "");
  for (const auto& o : j.at("outputs")) {
    OutputRecord out{o.at("format").get<std::string>(), o.at("path").get<std::string>(),
                     o.at("sha256").get<std::string>(), o.at("bytes").get<std::uint64_t>(), std::nullopt};
    if (o.contains("audit_findings")) out.audit_findings = o.at("audit_findings").get<int>();
    r.outputs.push_back(std::move(out));
  }
  const auto& d = j.at("diagnostics");
  r.errors = d.at("error").get<int>();
  r.warnings = d.at("warning").get<int>();
  r.notes = d.at("note").get<int>();
  r.seconds = j.at("seconds").get<double>();
  return r;
}

}  // namespace

std::string batch_digest(std::vector<std::string> keys) {
  std::sort(keys.begin(), keys.end());
  base::Sha256 sha;
  for (const auto& key : keys) {
    sha.update(key);
    sha.update("\n");
  }
  return sha.hex();
}

ReportSummary summarize(const BatchReport& report) {
  ReportSummary s;
  for (const auto& r : report.inputs) {
    if (r.status == "converted") ++s.converted;
    if (r.status == "failed") ++s.failed;
    if (r.status == "duplicate") ++s.duplicates;
    if (r.status == "converted" && (r.warnings > 0 || r.errors > 0)) ++s.with_warnings;
    s.outputs += static_cast<int>(r.outputs.size());
    s.errors += r.errors;
    s.warnings += r.warnings;
    s.notes += r.notes;
    s.seconds += rounded(r.seconds);
  }
  return s;
}

std::string summary_line(const ReportSummary& s) {
  std::string line = std::to_string(s.converted) + " converted, " + std::to_string(s.failed) + " failed, " +
                     std::to_string(s.with_warnings) + " with warnings";
  if (s.duplicates > 0) line += ", " + std::to_string(s.duplicates) + " duplicates";
  return line;
}

std::string report_json(const BatchReport& report) {
  Json j;
  j["schema"] = kSchema;
  j["schema_version"] = kBatchReportSchemaVersion;
  j["folio_version"] = report.folio_version;
  j["options"] = Json::parse(report.options_json.empty() ? "{}" : report.options_json);
  j["options_sha256"] = report.options_digest;
  j["batch"] = Json{{"inputs", report.batch_inputs}, {"sha256", report.batch_digest}};
  if (report.shard) j["shard"] = Json{{"index", report.shard->index}, {"count", report.shard->count}};
  const ReportSummary s = summarize(report);
  j["summary"] = Json{{"inputs", report.inputs.size()},
                      {"converted", s.converted},
                      {"failed", s.failed},
                      {"duplicates", s.duplicates},
                      {"with_warnings", s.with_warnings},
                      {"outputs", s.outputs},
                      {"diagnostics", Json{{"error", s.errors}, {"warning", s.warnings}, {"note", s.notes}}},
                      {"seconds", rounded(s.seconds)}};
  Json archives = Json::array();
  for (const auto& a : report.archives) {
    Json skipped = Json::object();
    for (const auto& [why, n] : a.skipped) skipped[why] = n;
    archives.push_back(Json{{"path", a.path}, {"releases", a.releases}, {"duplicates", a.duplicates},
                            {"skipped", std::move(skipped)}});
  }
  j["archives"] = std::move(archives);
  Json inputs = Json::array();
  for (const auto& r : report.inputs) inputs.push_back(record_json(r));
  j["inputs"] = std::move(inputs);
  return j.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

base::Result<BatchReport> read_report(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return report_error("report.unreadable", path, "cannot read the report");
  try {
    const Json j = Json::parse(in);
    if (!j.is_object() || j.value("schema", "") != kSchema) {
      return report_error("report.not-a-report", path, "not a folio batch report");
    }
    if (j.at("schema_version").get<int>() != kBatchReportSchemaVersion) {
      return report_error("report.schema-version", path,
                          "report schema version " + std::to_string(j.at("schema_version").get<int>()) +
                              " (this folio reads version " + std::to_string(kBatchReportSchemaVersion) + ")");
    }
    BatchReport r;
    r.folio_version = j.at("folio_version").get<std::string>();
    r.options_json = j.at("options").dump();
    r.options_digest = j.at("options_sha256").get<std::string>();
    r.batch_inputs = j.at("batch").at("inputs").get<std::size_t>();
    r.batch_digest = j.at("batch").at("sha256").get<std::string>();
    if (j.contains("shard")) r.shard = Shard{j["shard"].at("index").get<int>(), j["shard"].at("count").get<int>()};
    for (const auto& a : j.at("archives")) {
      ArchiveSummary s{a.at("path").get<std::string>(), a.at("releases").get<int>(), a.at("duplicates").get<int>(), {}};
      for (const auto& [why, n] : a.at("skipped").items()) s.skipped[why] = n.get<int>();
      r.archives.push_back(std::move(s));
    }
    for (const auto& i : j.at("inputs")) r.inputs.push_back(record_from(i));
    return r;
  } catch (const nlohmann::json::exception& e) {
    return report_error("report.malformed", path, std::string("malformed report: ") + e.what());
  }
}

std::string journal_line(const InputRecord& record) {
  return record_json(record).dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::optional<InputRecord> parse_journal_line(const std::string& line) {
  try {
    const Json j = Json::parse(line);
    if (!j.is_object() || !j.contains("input")) return std::nullopt;
    return record_from(j);
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

std::string journal_header(const std::string& folio_version, const std::string& options_digest) {
  return Json{{"journal", kSchema}, {"folio_version", folio_version}, {"options_sha256", options_digest}}.dump() + "\n";
}

std::map<std::string, InputRecord> read_journal(const std::string& path, const std::string& folio_version,
                                                const std::string& options_digest) {
  std::map<std::string, InputRecord> out;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line) || line + "\n" != journal_header(folio_version, options_digest)) return out;
  while (std::getline(in, line)) {
    // The last line may have been cut by a kill, or may lack its line end: only whole records count.
    if (in.eof()) break;
    if (auto r = parse_journal_line(line)) out[r->key] = std::move(*r);
  }
  return out;
}

namespace {
std::vector<std::string> keys_of(const std::vector<InputRecord>& inputs) {
  std::vector<std::string> keys;
  for (const auto& r : inputs) keys.push_back(r.key);
  return keys;
}
}  // namespace

base::Result<BatchReport> merge_reports(const std::vector<BatchReport>& shards) {
  if (shards.empty()) return report_error("report.no-shard", "", "no report to merge");
  const BatchReport& first = shards.front();
  const int count = first.shard ? first.shard->count : 1;
  std::set<int> seen;
  BatchReport merged = first;
  merged.shard.reset();
  merged.inputs.clear();
  for (const auto& s : shards) {
    if (s.folio_version != first.folio_version || s.options_digest != first.options_digest ||
        s.batch_digest != first.batch_digest) {
      return report_error("report.mismatch", "",
                          "the reports are not shards of one batch (their folio version, options or inputs differ)");
    }
    const int index = s.shard ? s.shard->index : 0;
    if ((s.shard ? s.shard->count : 1) != count || !seen.insert(index).second) {
      return report_error("report.shard-twice", "", "shard " + std::to_string(index) + " of " +
                                                        std::to_string(count) + " is given twice or does not fit");
    }
    merged.inputs.insert(merged.inputs.end(), s.inputs.begin(), s.inputs.end());
  }
  if (static_cast<int>(seen.size()) != count) {
    std::string missing;
    for (int i = 0; i < count; ++i) {
      if (!seen.count(i)) missing += (missing.empty() ? "" : ", ") + std::to_string(i);
    }
    return report_error("report.shard-missing", "", "shards missing: " + missing + " (of " + std::to_string(count) + ")");
  }
  std::sort(merged.inputs.begin(), merged.inputs.end(),
            [](const InputRecord& a, const InputRecord& b) { return a.key < b.key; });
  for (std::size_t i = 1; i < merged.inputs.size(); ++i) {
    if (merged.inputs[i].key == merged.inputs[i - 1].key) {
      return report_error("report.overlap", "", "input " + merged.inputs[i].key + " is in two shards");
    }
  }
  if (merged.inputs.size() != merged.batch_inputs || batch_digest(keys_of(merged.inputs)) != merged.batch_digest) {
    return report_error("report.incomplete", "",
                        "the shards hold " + std::to_string(merged.inputs.size()) + " of the batch's " +
                            std::to_string(merged.batch_inputs) + " inputs, or other ones");
  }
  return merged;
}

}  // namespace folio::job
