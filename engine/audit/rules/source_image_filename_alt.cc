#include "audit/rules/source_rules.h"

#include <regex>

namespace folio::audit::source {

namespace {
void check(const model::Document& doc, const Emit& emit);
}  // namespace

constexpr SourceRule kSourceImageFilenameAlt{{"source.image-filename-alt", RuleFormat::source, Severity::error, "WCAG 2.2 1.1.1", "", "1.1.1",
                         "Alternative text is not a file name (IMG_1234.jpg).",
                         "Replace the file name with a description of the image."},
                        check};

namespace {

bool looks_like_file_name(const std::string& alt) {
  static const std::regex kFile(R"(^\s*[^\s/\\]*[/\\]?[^\s]*\.(jpe?g|png|gif|webp|svg|tiff?|bmp|heic)\s*$)", std::regex::icase);
  static const std::regex kCamera(R"(^\s*(IMG|DSC|DSCN|DCIM|PXL|P)[_-]?\d{3,}\s*$)", std::regex::icase);
  return std::regex_search(alt, kFile) || std::regex_search(alt, kCamera);
}

void check(const model::Document& doc, const Emit& emit) {
  const Rule& rule = kSourceImageFilenameAlt.rule;
  for_each_image(doc, [&](const base::Span& span, const model::Image& image) {
    if (image.alt && looks_like_file_name(*image.alt)) emit(rule, span, "alternative text \"" + *image.alt + "\" is a file name");
  });
}
}  // namespace

}  // namespace folio::audit::source
