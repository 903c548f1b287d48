#include "job/worker_protocol.h"

#include <nlohmann/json.hpp>

namespace folio::job {

namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json diagnostic_json(const base::Diagnostic& d) {
  return Json{{"severity", base::severity_name(d.severity)},
              {"code", d.code},
              {"file", d.span.file},
              {"span", Json::array({d.span.begin, d.span.end, d.span.line, d.span.column})},
              {"message", d.message},
              {"hint", d.hint},
              {"spec", d.spec}};
}

base::Diagnostic diagnostic_from(const Json& j) {
  base::Diagnostic d;
  const std::string severity = j.at("severity").get<std::string>();
  d.severity = severity == "error" ? base::Severity::error
               : severity == "warning" ? base::Severity::warning
                                       : base::Severity::note;
  d.code = j.at("code").get<std::string>();
  const auto& span = j.at("span");
  d.span = base::Span{j.at("file").get<std::string>(), span.at(0).get<std::uint32_t>(), span.at(1).get<std::uint32_t>(),
                      span.at(2).get<std::uint32_t>(), span.at(3).get<std::uint32_t>()};
  d.message = j.at("message").get<std::string>();
  d.hint = j.at("hint").get<std::string>();
  d.spec = j.at("spec").get<std::string>();
  return d;
}

}  // namespace

std::string options_json(const ConvertOptions& o) {
  Json j;
  j["formats"] = o.formats;
  j["style"] = o.style;
  j["from"] = o.load.from ? readers::format_name(*o.load.from) : "";
  j["lang"] = o.load.language;
  j["title"] = o.load.title;
  j["keep_boilerplate"] = o.load.keep_boilerplate;
  j["wrap"] = o.text.wrap;
  j["strict"] = o.strict;
  j["audit"] = o.audit;
  j["pdf_debug"] = o.pdf_debug;
  j["source_date_epoch"] = o.source_date_epoch ? Json(*o.source_date_epoch) : Json(nullptr);
  return dump(j);
}

std::optional<ConvertOptions> options_from_json(const std::string& text) {
  try {
    const Json j = Json::parse(text);
    ConvertOptions o;
    o.formats = j.at("formats").get<std::vector<std::string>>();
    o.style = j.at("style").get<std::string>();
    if (const auto from = j.at("from").get<std::string>(); !from.empty()) o.load.from = readers::parse_format(from);
    o.load.language = j.at("lang").get<std::string>();
    o.load.title = j.at("title").get<std::string>();
    o.load.keep_boilerplate = j.at("keep_boilerplate").get<bool>();
    o.text.wrap = j.at("wrap").get<int>();
    o.strict = j.at("strict").get<bool>();
    o.audit = j.at("audit").get<bool>();
    o.pdf_debug = j.at("pdf_debug").get<bool>();
    if (!j.at("source_date_epoch").is_null()) o.source_date_epoch = j.at("source_date_epoch").get<std::int64_t>();
    return o;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

std::string task_line(const WorkTask& task) {
  const InputRef& in = task.input;
  Json input{{"key", in.key}, {"name", in.name}, {"path", in.path}, {"output_stem", in.output_stem}};
  if (in.warc) {
    input["warc"] = Json{{"member", in.warc->position.member},
                         {"inner", in.warc->position.inner},
                         {"uri", in.warc->uri},
                         {"date", in.warc->date}};
  }
  Json targets = Json::array();
  for (const auto& [format, path] : task.targets) targets.push_back(Json::array({format, path}));
  return dump(Json{{"id", task.id}, {"input", std::move(input)}, {"targets", std::move(targets)}}) + "\n";
}

std::optional<WorkTask> parse_task_line(const std::string& line) {
  try {
    const Json j = Json::parse(line);
    WorkTask t;
    t.id = j.at("id").get<std::uint64_t>();
    const auto& in = j.at("input");
    t.input = InputRef{in.at("key").get<std::string>(), in.at("name").get<std::string>(),
                       in.at("path").get<std::string>(), in.at("output_stem").get<std::string>(), std::nullopt, {}, {}};
    if (in.contains("warc")) {
      const auto& w = in.at("warc");
      t.input.warc = WarcRecordRef{{w.at("member").get<std::uint64_t>(), w.at("inner").get<std::uint64_t>()},
                                   w.at("uri").get<std::string>(), w.at("date").get<std::string>()};
    }
    for (const auto& target : j.at("targets")) {
      t.targets.emplace_back(target.at(0).get<std::string>(), target.at(1).get<std::string>());
    }
    return t;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

std::string result_line(const WorkResult& result) {
  Json diagnostics = Json::array();
  for (const auto& d : result.diagnostics) diagnostics.push_back(diagnostic_json(d));
  std::string record = journal_line(result.record);
  record.pop_back();  // its line end
  return "{\"id\":" + std::to_string(result.id) + ",\"record\":" + record + ",\"diagnostics\":" + dump(diagnostics) +
         "}\n";
}

std::optional<WorkResult> parse_result_line(const std::string& line) {
  try {
    const Json j = Json::parse(line);
    WorkResult r;
    r.id = j.at("id").get<std::uint64_t>();
    auto record = parse_journal_line(j.at("record").dump());
    if (!record) return std::nullopt;
    r.record = std::move(*record);
    for (const auto& d : j.at("diagnostics")) r.diagnostics.push_back(diagnostic_from(d));
    return r;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace folio::job
