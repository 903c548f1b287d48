#include "audit/pdf_fonts.h"

namespace folio::audit::pdf {

namespace {

// ISO 32000-1, 9.7.5.2, Table 118: the predefined CMaps other than Identity-H/V, with the Adobe
// character collection each maps to and the Supplement of its current Adobe CMap resource (from
// Debian's poppler-data, the CMaps Adobe publishes as cmap-resources).
struct Predefined {
  std::string_view name;
  std::string_view ordering;
  int supplement;
};
constexpr Predefined kPredefined[] = {
    {"GB-EUC-H", "GB1", 0}, {"GB-EUC-V", "GB1", 0}, {"GBpc-EUC-H", "GB1", 0}, {"GBpc-EUC-V", "GB1", 0},
    {"GBK-EUC-H", "GB1", 2}, {"GBK-EUC-V", "GB1", 2}, {"GBKp-EUC-H", "GB1", 2}, {"GBKp-EUC-V", "GB1", 2},
    {"GBK2K-H", "GB1", 5}, {"GBK2K-V", "GB1", 5}, {"UniGB-UCS2-H", "GB1", 4}, {"UniGB-UCS2-V", "GB1", 4},
    {"UniGB-UTF16-H", "GB1", 5}, {"UniGB-UTF16-V", "GB1", 5}, {"B5pc-H", "CNS1", 0}, {"B5pc-V", "CNS1", 0},
    {"HKscs-B5-H", "CNS1", 6}, {"HKscs-B5-V", "CNS1", 6}, {"ETen-B5-H", "CNS1", 0}, {"ETen-B5-V", "CNS1", 0},
    {"ETenms-B5-H", "CNS1", 0}, {"ETenms-B5-V", "CNS1", 0}, {"CNS-EUC-H", "CNS1", 0}, {"CNS-EUC-V", "CNS1", 0},
    {"UniCNS-UCS2-H", "CNS1", 3}, {"UniCNS-UCS2-V", "CNS1", 3}, {"UniCNS-UTF16-H", "CNS1", 7},
    {"UniCNS-UTF16-V", "CNS1", 7}, {"83pv-RKSJ-H", "Japan1", 1}, {"90ms-RKSJ-H", "Japan1", 2},
    {"90ms-RKSJ-V", "Japan1", 2}, {"90msp-RKSJ-H", "Japan1", 2}, {"90msp-RKSJ-V", "Japan1", 2},
    {"90pv-RKSJ-H", "Japan1", 1}, {"Add-RKSJ-H", "Japan1", 1}, {"Add-RKSJ-V", "Japan1", 1},
    {"EUC-H", "Japan1", 1}, {"EUC-V", "Japan1", 1}, {"Ext-RKSJ-H", "Japan1", 2}, {"Ext-RKSJ-V", "Japan1", 2},
    {"H", "Japan1", 1}, {"V", "Japan1", 1}, {"UniJIS-UCS2-H", "Japan1", 4}, {"UniJIS-UCS2-V", "Japan1", 4},
    {"UniJIS-UCS2-HW-H", "Japan1", 4}, {"UniJIS-UCS2-HW-V", "Japan1", 4}, {"UniJIS-UTF16-H", "Japan1", 7},
    {"UniJIS-UTF16-V", "Japan1", 7}, {"KSC-EUC-H", "Korea1", 0}, {"KSC-EUC-V", "Korea1", 0},
    {"KSCms-UHC-H", "Korea1", 1}, {"KSCms-UHC-V", "Korea1", 1}, {"KSCms-UHC-HW-H", "Korea1", 1},
    {"KSCms-UHC-HW-V", "Korea1", 1}, {"KSCpc-EUC-H", "Korea1", 0}, {"UniKS-UCS2-H", "Korea1", 1},
    {"UniKS-UCS2-V", "Korea1", 1}, {"UniKS-UTF16-H", "Korea1", 1}, {"UniKS-UTF16-V", "Korea1", 1},
};

}  // namespace

bool is_predefined_cmap(std::string_view name) {
  return name == "Identity-H" || name == "Identity-V" || predefined_cmap_system_info(name).has_value();
}

std::optional<SystemInfo> predefined_cmap_system_info(std::string_view name) {
  for (const Predefined& p : kPredefined) {
    if (p.name == name) return SystemInfo{std::string("Adobe"), std::string(p.ordering), p.supplement};
  }
  return std::nullopt;
}

const PdfObject* descendant_font(const Model& model, const PdfObject* font) {
  const auto* descendants = array_of(get(model, font, "DescendantFonts"));
  if (descendants == nullptr || descendants->empty()) return nullptr;
  const PdfObject* cid_font = resolve(model, &(*descendants)[0]);
  return is_dict(cid_font) ? cid_font : nullptr;
}

const PdfObject* font_descriptor(const Model& model, const PdfObject* font) {
  const PdfObject* holder = name_of(get(model, font, "Subtype")) == "Type0" ? descendant_font(model, font) : font;
  const PdfObject* descriptor = get(model, holder, "FontDescriptor");
  return is_dict(descriptor) ? descriptor : nullptr;
}

std::optional<EmbeddedProgram> embedded_program(const Model& model, const PdfObject* descriptor) {
  for (const char* key : {"FontFile", "FontFile2", "FontFile3"}) {
    const PdfObject* stream = get(model, descriptor, key);
    if (stream == nullptr) continue;
    EmbeddedProgram program;
    program.stream = stream->HasStream() ? stream : nullptr;
    program.key = key;
    program.subtype = name_of(get(model, stream, "Subtype")).value_or("");
    return program;
  }
  return std::nullopt;
}

SystemInfo system_info_of(const Model& model, const PdfObject* info) {
  if (const auto* a = array_of(info); a != nullptr && !a->empty()) info = resolve(model, &(*a)[0]);
  SystemInfo out;
  if (!is_dict(info)) return out;
  out.registry = text_of(get(model, info, "Registry"));
  out.ordering = text_of(get(model, info, "Ordering"));
  out.supplement = int_of(get(model, info, "Supplement"));
  return out;
}

bool is_symbolic(const Model& model, const PdfObject* descriptor) {
  return (int_of(get(model, descriptor, "Flags")).value_or(0) & 4) != 0;
}

std::string codes_text(const std::vector<std::uint32_t>& codes) {
  std::string out;
  for (std::size_t i = 0; i < codes.size() && i < 5; ++i) out += (i == 0 ? "" : ", ") + std::to_string(codes[i]);
  if (codes.size() > 5) out += " and " + std::to_string(codes.size() - 5) + " more";
  return out;
}

void report_font_codes(const Model& model, Reporter& out, const Rule& rule, std::vector<std::uint32_t> FontFacts::*codes,
                       std::string_view what) {
  for (const auto& [dict, f] : model.font_facts) {
    if ((f.*codes).empty()) continue;
    out.report(rule, "font /" + f.base_font + " " + std::string(what) + " code(s) " + codes_text(f.*codes),
               model.fonts.at(dict).page + 1, object_number(dict));
  }
}

}  // namespace folio::audit::pdf
