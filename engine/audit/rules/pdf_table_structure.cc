#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfTableStructure{{"pdf.table-structure", RuleFormat::pdf, Severity::error, "7.2", "09-004", "1.3.1",
                      "Tables nest as PDF requires: Table > (Caption, THead, TBody, TFoot, TR); TR > (TH, TD).",
                      "Fix the table tags: rows inside Table, THead, TBody or TFoot, cells inside rows."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfTableStructure.rule;
  auto type = [&](int i) { return i < 0 ? std::string() : m.elems[i].std_type; };
  auto fail = [&](const Element& e, const std::string& what) { out.report(rule, what, e.page + 1, e.object); };
  for (const Element& e : m.elems) {
    const std::string& t = e.std_type;
    const std::string parent = type(e.parent);
    if (t == "Table") {
      int captions = 0, heads = 0, bodies = 0, feet = 0;
      for (std::size_t k = 0; k < e.children.size(); ++k) {
        const std::string c = type(e.children[k]);
        if (c == "Caption") {
          ++captions;
          if (k != 0 && k + 1 != e.children.size()) fail(e, "a table Caption is neither first nor last");
        } else if (c == "THead") {
          ++heads;
        } else if (c == "TBody") {
          ++bodies;
        } else if (c == "TFoot") {
          ++feet;
        } else if (c != "TR") {
          fail(e, "a Table contains a /" + m.elems[e.children[k]].type + " element");
        }
      }
      if (captions > 1) fail(e, "a Table has more than one Caption");
      if (heads > 1 || feet > 1) fail(e, "a Table has more than one THead or TFoot");
      if ((heads > 0 || feet > 0) && bodies == 0) fail(e, "a Table with THead or TFoot has no TBody");
    } else if (t == "TR") {
      if (parent != "Table" && parent != "THead" && parent != "TBody" && parent != "TFoot") {
        fail(e, "a TR is not inside a Table, THead, TBody or TFoot");
      }
      for (int c : e.children) {
        if (type(c) != "TH" && type(c) != "TD") fail(e, "a TR contains a /" + m.elems[c].type + " element");
      }
    } else if (t == "TH" || t == "TD") {
      if (parent != "TR") fail(e, "a " + t + " is not inside a TR");
    } else if (t == "THead" || t == "TBody" || t == "TFoot") {
      if (parent != "Table") fail(e, "a " + t + " is not inside a Table");
      for (int c : e.children) {
        if (type(c) != "TR") fail(e, "a " + t + " contains a /" + m.elems[c].type + " element");
      }
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
