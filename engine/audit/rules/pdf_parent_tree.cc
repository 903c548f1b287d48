#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfParentTree{{"pdf.parent-tree", RuleFormat::pdf, Severity::error, "7.1", "01-005", "1.3.1",
                      "Structure tree, parent tree and marked content agree: every MCID on a page belongs to exactly one element.",
                      "Rebuild the /ParentTree so that the MCIDs of each page map to the elements that own them."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfParentTree.rule;
  if (m.struct_tree_root == nullptr) return;
  std::map<std::pair<int, int>, int> owners;  // (page, mcid) -> element
  for (std::size_t i = 0; i < m.elems.size(); ++i) {
    for (const auto& [page, mcid] : m.elems[i].mcids) {
      if (page < 0) continue;
      if (!owners.emplace(std::make_pair(page, mcid), static_cast<int>(i)).second) {
        out.report(rule, "MCID " + std::to_string(mcid) + " is claimed by two structure elements", page + 1, m.elems[i].object);
      }
    }
  }
  std::set<std::pair<int, int>> seen;
  for (const Mark& mark : m.marks) {
    if (!seen.insert(std::make_pair(mark.page, mark.mcid)).second) continue;
    const PdfObject* page = m.pages[mark.page].dict;
    const auto key = int_of(get(m, page, "StructParents"));
    if (!key) {
      out.report(rule, "a page with marked content has no /StructParents", mark.page + 1, m.pages[mark.page].object);
      continue;
    }
    auto entry = m.parent_tree.find(*key);
    const auto* list = entry == m.parent_tree.end() ? nullptr : array_of(entry->second);
    if (list == nullptr || mark.mcid < 0 || static_cast<std::size_t>(mark.mcid) >= list->size()) {
      out.report(rule, "MCID " + std::to_string(mark.mcid) + " has no entry in the parent tree", mark.page + 1);
      continue;
    }
    if (element_of(m, resolve(m, &(*list)[static_cast<std::size_t>(mark.mcid)])) < 0) {
      out.report(rule, "the parent tree maps MCID " + std::to_string(mark.mcid) + " to no structure element", mark.page + 1);
    }
  }
  // ISO 32000-1, 14.7.4.4: an annotation that is a content item (an OBJR names it) has a
  // /StructParent whose parent-tree entry is the element holding that OBJR.
  for (const Annotation& a : m.annots) {
    if (a.objr_element < 0 || a.element == a.objr_element) continue;
    out.report(rule,
               get(m, a.dict, "StructParent") == nullptr
                   ? "an annotation an OBJR refers to has no /StructParent"
                   : "an annotation's /StructParent does not lead to the element whose OBJR refers to it",
               a.page + 1, object_number(a.dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
