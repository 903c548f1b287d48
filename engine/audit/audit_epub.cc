#include "audit/audit.h"
#include "audit/epub_model.h"
#include "audit/rules/epub_rules.h"

namespace folio::audit {

Report audit_epub(std::string_view bytes, const std::string& file) {
  epub::Model model;
  model.file = file;
  epub::build_model(bytes, model);
  epub::Reporter out(file);
  for (const epub::EpubRule* rule : epub::epub_rules()) rule->check(model, out);
  return Report{file, "epub", out.take()};
}

}  // namespace folio::audit
