#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfRubyWarichu{{"pdf.ruby-warichu", RuleFormat::pdf, Severity::error, "7.2", "09-007", "1.3.1",
                      "Ruby and Warichu nest as PDF requires: Ruby > (RB, RT, RP); Warichu > (WT, WP); RB, RT, RP in Ruby; WT, WP in Warichu.",
                      "Fix the Ruby and Warichu tags: their parts inside them, nothing else inside them."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfRubyWarichu.rule;
  auto type = [&](int i) { return i < 0 ? std::string() : m.elems[i].std_type; };
  auto fail = [&](const Element& e, const std::string& what) { out.report(rule, what, e.page + 1, e.object); };
  for (const Element& e : m.elems) {
    const std::string& t = e.std_type;
    if (t == "Ruby" || t == "Warichu") {
      for (int c : e.children) {
        const std::string k = type(c);
        const bool ok = t == "Ruby" ? (k == "RB" || k == "RT" || k == "RP") : (k == "WT" || k == "WP");
        if (!ok) fail(e, "a " + t + " contains a /" + m.elems[c].type + " element");
      }
    } else if ((t == "RB" || t == "RT" || t == "RP") && type(e.parent) != "Ruby") {
      fail(e, "an " + t + " is not inside a Ruby");
    } else if ((t == "WT" || t == "WP") && type(e.parent) != "Warichu") {
      fail(e, "a " + t + " is not inside a Warichu");
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
