#include "job/self_audit.h"

#include "audit/audit.h"
#include "pdf_engine/pdf_engine.h"

namespace folio::job {

namespace {

base::Diagnostic diagnostic(const audit::Finding& f, const std::string& file, bool strict) {
  std::string where = audit::format_location(f.location);
  if (where.starts_with(file)) where.erase(0, file.size());
  while (!where.empty() && (where.front() == ' ' || where.front() == '!')) where.erase(0, 1);
  std::string standard = f.clause.empty() ? std::string() : "clause " + f.clause;
  if (!f.matterhorn.empty()) standard += (standard.empty() ? "" : ", ") + std::string("Matterhorn ") + f.matterhorn;
  if (!f.wcag.empty()) standard += (standard.empty() ? "" : ", ") + std::string("WCAG ") + f.wcag;
  std::string message = "self-audit: " + f.message;
  if (!where.empty()) message += " (at " + where + ")";
  if (!standard.empty()) message += " [" + standard + "]";
  const base::Span span{file, 0, 0, 0, 0};
  const std::string code = "audit." + f.rule;
  return f.severity == audit::Severity::error && strict ? base::make_error(code, span, message)
                                                         : base::make_warning(code, span, message);
}

}  // namespace

base::Diagnostics self_audit(std::string_view format, std::string_view bytes, const std::string& file, bool strict) {
  if (format != "pdf" && format != "epub") return {};
  audit::Report report;
  if (format == "pdf") {
    // The PDF was made by the engine, so it is loaded already.
    auto engine = pdf_engine::engine();
    if (!engine) return engine.error();
    report = (*engine)->audit_pdf(bytes, file, {});
  } else {
    report = audit::audit_epub(bytes, file);
  }
  base::Diagnostics out;
  for (const auto& f : report.findings) out.push_back(diagnostic(f, file, strict));
  if (out.empty()) {
    out.push_back(base::make_note("audit.clean", base::Span{file, 0, 0, 0, 0},
                                  "self-audit of the " + std::string(format) + ": no finding"));
  }
  return out;
}

}  // namespace folio::job
