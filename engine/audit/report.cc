#include "audit/report.h"

#include <map>

#include <nlohmann/json.hpp>

#include "audit/rule.h"

namespace folio::audit {

namespace {

nlohmann::ordered_json location_json(const Location& l) {
  nlohmann::ordered_json j;
  j["file"] = l.file;
  if (!l.entry.empty()) j["entry"] = l.entry;
  if (l.page > 0) j["page"] = l.page;
  if (l.object > 0) j["object"] = l.object;
  if (l.line > 0) j["line"] = l.line;
  if (l.column > 0) j["column"] = l.column;
  return j;
}

nlohmann::ordered_json report_json(const Report& r) {
  nlohmann::ordered_json j;
  j["version"] = kReportSchemaVersion;
  j["file"] = r.file;
  j["format"] = r.format;
  j["findings"] = nlohmann::ordered_json::array();
  for (const Finding& f : r.findings) {
    nlohmann::ordered_json fj;
    fj["rule"] = f.rule;
    fj["severity"] = severity_name(f.severity);
    fj["clause"] = f.clause;
    fj["matterhorn"] = f.matterhorn;
    fj["wcag"] = f.wcag;
    fj["message"] = f.message;
    fj["location"] = location_json(f.location);
    j["findings"].push_back(std::move(fj));
  }
  return j;
}

std::string standard_ref(const Finding& f) {
  std::string out;
  auto add = [&](const std::string& label, const std::string& value) {
    if (value.empty()) return;
    if (!out.empty()) out += ", ";
    out += label + value;
  };
  add(f.location.page > 0 || f.rule.rfind("pdf.", 0) == 0 ? "ISO 14289-1 " : "", f.clause);
  add("Matterhorn ", f.matterhorn);
  if (f.clause.rfind("WCAG", 0) != 0) add("WCAG ", f.wcag);
  return out;
}

}  // namespace

std::string render_text(std::span<const Report> reports) {
  std::string out;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  for (const Report& r : reports) {
    out += r.file + " (" + r.format + "): ";
    if (r.findings.empty()) {
      out += "no findings\n";
      continue;
    }
    out += std::to_string(r.findings.size()) + (r.findings.size() == 1 ? " finding\n" : " findings\n");
    // Group by rule, rules in first-seen order, so the report reads as a list of problems.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const Finding*>> by_rule;
    for (const Finding& f : r.findings) {
      auto& list = by_rule[f.rule];
      if (list.empty()) order.push_back(f.rule);
      list.push_back(&f);
      (f.severity == Severity::error ? errors : warnings)++;
    }
    for (const std::string& id : order) {
      const auto& list = by_rule[id];
      const Finding& first = *list.front();
      out += "  " + std::string(severity_name(first.severity)) + " " + id;
      if (const std::string ref = standard_ref(first); !ref.empty()) out += " [" + ref + "]";
      out += "\n";
      if (!first.description.empty()) out += "    " + std::string(first.description) + "\n";
      if (!first.hint.empty()) out += "    hint: " + std::string(first.hint) + "\n";
      for (const Finding* f : list) out += "    - " + format_location(f->location) + ": " + f->message + "\n";
    }
  }
  out += std::to_string(reports.size()) + (reports.size() == 1 ? " file, " : " files, ") + std::to_string(errors) +
         (errors == 1 ? " error, " : " errors, ") + std::to_string(warnings) + (warnings == 1 ? " warning\n" : " warnings\n");
  return out;
}

std::string render_json(std::span<const Report> reports) {
  if (reports.size() == 1) return report_json(reports.front()).dump(2) + "\n";
  nlohmann::ordered_json j;
  j["version"] = kReportSchemaVersion;
  j["reports"] = nlohmann::ordered_json::array();
  for (const Report& r : reports) j["reports"].push_back(report_json(r));
  return j.dump(2) + "\n";
}

std::string render_rules(std::span<const Rule* const> rules, bool json) {
  if (json) {
    nlohmann::ordered_json j;
    j["version"] = kReportSchemaVersion;
    j["rules"] = nlohmann::ordered_json::array();
    for (const Rule* r : rules) {
      nlohmann::ordered_json rj;
      rj["id"] = r->id;
      rj["format"] = rule_format_name(r->format);
      rj["severity"] = severity_name(r->severity);
      rj["clause"] = r->clause;
      rj["matterhorn"] = r->matterhorn;
      rj["wcag"] = r->wcag;
      rj["description"] = r->description;
      rj["hint"] = r->hint;
      j["rules"].push_back(std::move(rj));
    }
    return j.dump(2) + "\n";
  }
  std::string out;
  for (const Rule* r : rules) {
    out += std::string(r->id) + "  " + severity_name(r->severity);
    if (!r->clause.empty()) out += "  clause " + std::string(r->clause);
    if (!r->matterhorn.empty()) out += "  Matterhorn " + std::string(r->matterhorn);
    if (!r->wcag.empty()) out += "  WCAG " + std::string(r->wcag);
    out += "\n    " + std::string(r->description) + "\n";
  }
  return out;
}

std::optional<Severity> parse_fail_on(std::string_view text) {
  if (text == "error") return Severity::error;
  if (text == "warning") return Severity::warning;
  return std::nullopt;
}

int exit_code(std::span<const Report> reports, Severity fail_on, bool could_not_run) {
  if (could_not_run) return 2;
  for (const Report& r : reports) {
    for (const Finding& f : r.findings) {
      if (f.severity >= fail_on) return 3;
    }
  }
  return 0;
}

}  // namespace folio::audit
