// `folio audit FILE… [--format text|json] [--fail-on error|warning] [--list-rules]`.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>

#include "audit/audit.h"
#include "audit/report.h"
#include "cli/commands.h"
#include "cli/common_options.h"
#include "job/load_document.h"
#include "pdf_engine/pdf_engine.h"

namespace folio::cli {

namespace {

struct AuditArgs {
  std::vector<std::string> files;
  std::string format = "text";
  std::string fail_on = "error";
  bool list_rules = false;
};

enum class Kind { pdf, epub, source };

/// By magic first (%PDF in the first KiB, a ZIP whose first entry is mimetype), then by extension.
Kind kind_of(const std::string& path, const std::string& bytes) {
  if (bytes.substr(0, 1024).find("%PDF-") != std::string::npos) return Kind::pdf;
  if (bytes.rfind("PK\x03\x04", 0) == 0 && bytes.size() >= 38 && bytes.compare(30, 8, "mimetype") == 0) return Kind::epub;
  const auto dot = path.rfind('.');
  const std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
  if (ext == "pdf") return Kind::pdf;
  if (ext == "epub") return Kind::epub;
  return Kind::source;
}

}  // namespace

void add_audit_command(CLI::App& app, CommandState& state) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* cmd = app.add_subcommand("audit", "Check PDFs, EPUBs and sources (txt, html, md, docx) for accessibility");
  cmd->add_option("files", args->files, "Files to audit");
  cmd->add_option("--format", args->format, "Report format")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--fail-on", args->fail_on, "Exit 3 when a finding reaches this severity (default error)")
      ->check(CLI::IsMember({"error", "warning"}));
  cmd->add_flag("--list-rules", args->list_rules, "List every rule (with --format json: as JSON) and exit");
  cmd->callback([args, &state] {
    if (args->list_rules) {
      auto engine = pdf_engine::engine();
      if (!engine) {
        for (const auto& d : engine.error()) print_diagnostic(d, job::DiagnosticFormat::human);
        state.exit_code = 2;
        return;
      }
      const auto rules = audit::sorted_rules({audit::epub_and_source_rules(), (*engine)->pdf_rules()});
      std::fputs(audit::render_rules(rules, args->format == "json").c_str(), stdout);
      state.exit_code = 0;
      return;
    }
    if (args->files.empty()) {
      std::fputs("folio audit: no file given\n", stderr);
      state.exit_code = 2;
      return;
    }
    std::vector<audit::Report> reports;
    bool could_not_run = false;
    for (const std::string& path : args->files) {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "folio audit: cannot read %s\n", path.c_str());
        could_not_run = true;
        continue;
      }
      const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      switch (kind_of(path, bytes)) {
        case Kind::pdf: {
          auto engine = pdf_engine::engine();
          if (!engine) {
            for (const auto& d : engine.error()) std::fprintf(stderr, "folio audit: %s: %s\n", path.c_str(), d.message.c_str());
            could_not_run = true;
            break;
          }
          reports.push_back((*engine)->audit_pdf(bytes, path, {}));
          break;
        }
        case Kind::epub: reports.push_back(audit::audit_epub(bytes, path)); break;
        case Kind::source: {
          auto loaded = job::parse_document(bytes, path, job::LoadOptions{});
          if (!loaded) {
            for (const auto& d : loaded.error()) std::fprintf(stderr, "folio audit: %s: %s\n", path.c_str(), d.message.c_str());
            could_not_run = true;
            break;
          }
          reports.push_back(audit::audit_document(loaded->value, path, loaded->warnings));
        }
      }
    }
    const std::string out = args->format == "json" ? audit::render_json(reports) : audit::render_text(reports);
    std::fputs(out.c_str(), stdout);
    state.exit_code = audit::exit_code(reports, *audit::parse_fail_on(args->fail_on), could_not_run);
  });
}

}  // namespace folio::cli
