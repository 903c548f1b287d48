#include "audit/rules/pdf_rules.h"

#include <algorithm>

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfXfa{{"pdf.xfa", RuleFormat::pdf, Severity::error, "7.15", "25-001", "",
                      "The document has no dynamic XFA form: no dynamicRender element with the value required.",
                      "Convert the dynamic XFA form to an AcroForm (a static XFA form may stay)."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfXfa.rule;
  const PdfObject* xfa = get(m, get(m, m.catalog, "AcroForm"), "XFA");
  if (xfa == nullptr) return;
  // /XFA is a stream, or an array of packet names and streams (ISO 32000-1, 12.7.8).
  std::vector<const PdfObject*> streams;
  if (xfa->HasStream()) streams.push_back(xfa);
  if (const auto* a = array_of(xfa)) {
    for (const PdfObject& item : *a) {
      if (const PdfObject* s = resolve(m, &item); s != nullptr && s->HasStream()) streams.push_back(s);
    }
  }
  for (const PdfObject* s : streams) {
    const std::string data = decode_stream(s, 8u << 20).value_or("");
    for (std::size_t at = data.find("dynamicRender"); at != std::string::npos; at = data.find("dynamicRender", at + 13)) {
      if (at == 0 || data[at - 1] != '<') {
        if (at == 0 || data[at - 1] != ':') continue;  // a prefixed element name: <xfa:dynamicRender>
      }
      const std::size_t open_end = data.find('>', at);
      const std::size_t close = data.find('<', open_end == std::string::npos ? at : open_end);
      if (open_end == std::string::npos || close == std::string::npos) break;
      std::string value = data.substr(open_end + 1, close - open_end - 1);
      value.erase(std::remove_if(value.begin(), value.end(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }),
                  value.end());
      if (value == "required") {
        out.report(rule, "the XFA form is dynamic (dynamicRender is required)", 0, object_number(s));
        return;
      }
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
