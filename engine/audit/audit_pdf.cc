// The PoDoFo adapter: the one place that catches PoDoFo's PdfError (not a std::exception).
#include <algorithm>
#include <mutex>

#include "audit/audit.h"
#include "audit/pdf_model.h"
#include "audit/rule.h"
#include "audit/xmp.h"

namespace folio::audit {

namespace {

constexpr Rule kUnreadable{"pdf.unreadable", RuleFormat::pdf, Severity::error, "", "", "",
                           "The file can be read as a PDF.",
                           "Repair or re-export the file; check it with qpdf --check."};

/// Runs `fn`; a PoDoFo or standard exception becomes a message instead of crossing the module boundary.
template <typename Fn>
std::optional<std::string> guarded(Fn&& fn) {
  try {
    fn();
    return std::nullopt;
  } catch (const PoDoFo::PdfError& e) {
    return std::string(PoDoFo::PdfError::ErrorName(e.GetError()));
  } catch (const std::exception& e) {
    return std::string(e.what());
  }
}

std::string header_of(std::string_view bytes) {
  const std::size_t at = bytes.substr(0, 1024).find("%PDF-");
  if (at == std::string_view::npos) return {};
  return std::string(bytes.substr(at, std::min<std::size_t>(8, bytes.size() - at)));
}

}  // namespace

const Rule& pdf_unreadable_rule() { return kUnreadable; }

Report audit_pdf(std::string_view bytes, const std::string& file) {
  Report report{file, "pdf", {}};
  pdf::Reporter out(file);
  static std::once_flag quiet;
  std::call_once(quiet, [] {
    PoDoFo::PdfError::EnableLogging(false);
    PoDoFo::PdfError::EnableDebug(false);
  });
  if (header_of(bytes).empty()) {
    out.report(kUnreadable, "no %PDF- header in the first 1024 bytes");
    report.findings = out.take();
    return report;
  }
  PoDoFo::PdfMemDocument doc;
  if (auto error = guarded([&] { doc.LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size())); })) {
    out.report(kUnreadable, "PoDoFo cannot load the file: " + *error);
    report.findings = out.take();
    return report;
  }
  pdf::Model model;
  model.doc = &doc;
  model.file = file;
  model.header = header_of(bytes);
  if (auto error = guarded([&] {
        pdf::build_model(model);
        if (const PoDoFo::PdfObject* xmp = pdf::get(model, model.catalog, "Metadata")) {
          if (auto data = pdf::decode_stream(xmp, 8u << 20)) model.xmp = read_xmp(*data);
        }
        pdf::scan_content(model);
      })) {
    model.integrity.push_back("reading the document structure failed (" + *error + ")");
  }
  for (const pdf::PdfRule* rule : pdf::pdf_rules()) {
    if (auto error = guarded([&] { rule->check(model, out); })) {
      out.report(rule->rule, "the check stopped on damaged data (" + *error + ")");
    }
  }
  report.findings = out.take();
  return report;
}

}  // namespace folio::audit
