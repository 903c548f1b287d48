// The PoDoFo adapter: with the plain reader (which declines on any PoDoFo error), the one place that
// catches PoDoFo's PdfError (not a std::exception).
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "audit/audit.h"
#include "audit/pdf_font_program.h"
#include "audit/pdf_memory_device.h"
#include "audit/pdf_model.h"
#include "audit/pdf_plain_reader.h"
#include "audit/rule.h"
#include "audit/rules/pdf_rules.h"
#include "audit/xmp.h"
#include "base/two_threads.h"

namespace folio::audit {

namespace {

// From this many structure elements the rules are checked on two threads: ~6,000 instructions an
// element (seed x50's 3,587 take ~21 M), ~1 ms of work here (a release has a few dozen).
constexpr std::size_t kTwoThreadElements = 1000;

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

/// The header line from "%PDF-" to the end of its line; "" when the first 1024 bytes have none.
/// Bytes before it are kept so that a header not at the start of the file shows.
std::string header_of(std::string_view bytes) {
  const std::size_t at = bytes.substr(0, 1024).find("%PDF-");
  if (at == std::string_view::npos) return {};
  const std::size_t end = bytes.find_first_of("\r\n", at);
  return std::string(bytes.substr(0, std::min<std::size_t>(end == std::string_view::npos ? bytes.size() : end, at + 64)));
}

// PoDoFo refuses some encrypted files it cannot decrypt; ISO 14289-1, 7.16 is still decidable from
// the raw /P of the standard security handler's dictionary.
void check_raw_encryption(std::string_view bytes, pdf::Reporter& out) {
  const std::size_t handler = bytes.find("/Standard");
  if (bytes.find("/Encrypt") == std::string_view::npos || handler == std::string_view::npos) return;
  const std::size_t begin = bytes.rfind("<<", handler);
  const std::size_t end = bytes.find(">>", handler);
  if (begin == std::string_view::npos || end == std::string_view::npos) return;
  const std::string_view dict = bytes.substr(begin, end - begin);
  for (std::size_t at = dict.find("/P"); at != std::string_view::npos; at = dict.find("/P", at + 2)) {
    std::size_t i = at + 2;
    while (i < dict.size() && (dict[i] == ' ' || dict[i] == '\n' || dict[i] == '\r')) ++i;
    if (i >= dict.size() || !(dict[i] == '-' || (dict[i] >= '0' && dict[i] <= '9'))) continue;
    const long p = std::strtol(std::string(dict.substr(i, 16)).c_str(), nullptr, 10);
    if ((static_cast<unsigned long>(p) & (1ul << 9)) == 0) {
      out.report(pdf::kPdfEncryptionPermissions.rule,
                 "the encryption dictionary forbids content extraction for accessibility (bit 10 of /P)");
    }
    return;
  }
}

}  // namespace

const Rule& pdf_unreadable_rule() { return kUnreadable; }

Report audit_pdf(std::string_view bytes, const std::string& file, const PdfLimits& limits) {
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
  // PoDoFo loads what the plain reader declines (pdf_plain_reader.h).
  std::unique_ptr<pdf::PlainPdf> plain = pdf::read_plain_pdf(bytes);
  std::optional<PoDoFo::PdfMemDocument> doc;
  pdf::Model model;
  if (plain) {
    model.objects = &plain->objects;
    model.trailer = plain->trailer.get();
    model.catalog = plain->catalog;
    model.objects_loaded = true;
  } else {
    doc.emplace();
    if (auto error = guarded(
            [&] { doc->LoadFromDevice(PoDoFo::PdfRefCountedInputDevice(new pdf::MemoryInputDevice(bytes))); })) {
      out.report(kUnreadable, "PoDoFo cannot load the file: " + *error);
      check_raw_encryption(bytes, out);
      report.findings = out.take();
      return report;
    }
    model.objects = &doc->GetObjects();
    model.trailer = doc->GetTrailer();
    model.catalog = doc->GetCatalog();
  }
  model.file = file;
  model.limits = limits;
  model.header = header_of(bytes);
  if (auto error = guarded([&] {
        pdf::build_pages(model);
        // The structure and the metadata are read while the content is scanned (a long file's on
        // two threads), in the order of one thread.
        pdf::scan_content(model, [&] {
          pdf::build_structure(model);
          if (const PoDoFo::PdfObject* xmp = pdf::get(model, model.catalog, "Metadata")) {
            if (auto data = pdf::decode_stream(xmp, 8u << 20)) model.xmp = read_xmp(*data);
          }
        });
        pdf::analyse_fonts(model);
      })) {
    model.integrity.push_back("reading the document structure failed (" + *error + ")");
  }
  // The rules only read the model. A long file's, its objects all in memory (as for the content
  // scan), are checked on two threads, every other rule on each, each rule into a reporter of its
  // own; the findings are taken in rule order, as one thread reports them.
  const auto rules = pdf::pdf_rules();
  std::vector<pdf::Reporter> found(rules.size(), pdf::Reporter(file));
  const auto check_every_other = [&](std::size_t first) {
    for (std::size_t i = first; i < rules.size(); i += 2) {
      if (auto error = guarded([&] { rules[i]->check(model, found[i]); })) {
        found[i].report(rules[i]->rule, "the check stopped on damaged data (" + *error + ")");
      }
    }
  };
  base::both(
      model.objects_loaded && model.elems.size() >= kTwoThreadElements, [&] { check_every_other(0); },
      [&] { check_every_other(1); });
  for (pdf::Reporter& rule_found : found) out.absorb(std::move(rule_found));
  report.findings = out.take();
  return report;
}

}  // namespace folio::audit
