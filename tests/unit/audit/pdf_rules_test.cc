// One case per PDF rule: the clean page raises nothing; one edit to it raises exactly that rule.
#include <chrono>
#include <functional>

#include <gtest/gtest.h>

#include "audit/audit.h"
#include "pdf_builder.h"

namespace folio::audit {
namespace {

using test::clean_pdf;
using test::PdfBuilder;

bool has_rule(const Report& r, const std::string& id) {
  for (const Finding& f : r.findings) {
    if (f.rule == id) return true;
  }
  return false;
}

std::string dump(const Report& r) {
  std::string out;
  for (const Finding& f : r.findings) out += f.rule + ": " + f.message + "\n";
  return out;
}

TEST(PdfRules, CleanPageHasNoFindings) {
  const Report r = audit_pdf(clean_pdf().bytes(), "clean.pdf");
  EXPECT_TRUE(r.findings.empty()) << dump(r);
}

struct Case {
  const char* rule;
  std::function<void(PdfBuilder&)> edit;
  const char* variant = "";  ///< tells apart two cases of one rule in the test name
};

class PdfRule : public ::testing::TestWithParam<Case> {};

TEST_P(PdfRule, Fires) {
  PdfBuilder b = clean_pdf();
  GetParam().edit(b);
  const Report r = audit_pdf(b.bytes(), "case.pdf");
  EXPECT_TRUE(has_rule(r, GetParam().rule)) << dump(r);
}

const std::string kLink =
    "<< /Type /Annot /Subtype /Link /Rect [10 10 50 30] /StructParent 1 /A << /S /URI /URI (https://example.org) >> >>";

INSTANTIATE_TEST_SUITE_P(
    All, PdfRule,
    ::testing::Values(
        Case{"pdf.unreadable", [](PdfBuilder& b) { b.objects.clear(); }},
        Case{"pdf.metadata-stream", [](PdfBuilder& b) { b.edit(1, "/Metadata 5 0 R", ""); }},
        Case{"pdf.pdfua-identifier", [](PdfBuilder& b) { b.objects[5] = PdfBuilder::stream("/Type /Metadata /Subtype /XML", "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>"); }},
        Case{"pdf.dc-title", [](PdfBuilder& b) { b.objects[5] = PdfBuilder::stream("/Type /Metadata /Subtype /XML", "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>"); }},
        Case{"pdf.display-doc-title", [](PdfBuilder& b) { b.edit(1, "/DisplayDocTitle true", "/DisplayDocTitle false"); }},
        Case{"pdf.mark-info", [](PdfBuilder& b) { b.edit(1, "/Marked true", "/Marked false"); }},
        Case{"pdf.suspects", [](PdfBuilder& b) { b.edit(1, "/Marked true", "/Marked true /Suspects true"); }},
        Case{"pdf.struct-tree-root", [](PdfBuilder& b) { b.edit(1, "/StructTreeRoot 6 0 R", ""); }},
        Case{"pdf.content-untagged", [](PdfBuilder& b) { b.objects[4] = PdfBuilder::stream("", "0 0 10 10 re f"); }},
        Case{"pdf.artifact-in-tagged", [](PdfBuilder& b) { b.objects[4] = PdfBuilder::stream("", "/P << /MCID 0 >> BDC /Artifact BMC 0 0 1 1 re f EMC EMC"); }},
        Case{"pdf.tagged-in-artifact", [](PdfBuilder& b) { b.objects[4] = PdfBuilder::stream("", "/Artifact BMC /P << /MCID 0 >> BDC 0 0 1 1 re f EMC EMC"); }},
        Case{"pdf.parent-tree", [](PdfBuilder& b) { b.edit(8, "[0 [11 0 R]]", "[5 [11 0 R]]"); }},
        Case{"pdf.role-map-unmapped", [](PdfBuilder& b) { b.edit(11, "/S /P", "/S /Para"); }},
        Case{"pdf.role-map-cycle", [](PdfBuilder& b) { b.edit(6, "/Type /StructTreeRoot", "/Type /StructTreeRoot /RoleMap << /A /B /B /A >>"); }},
        Case{"pdf.role-map-standard", [](PdfBuilder& b) { b.edit(6, "/Type /StructTreeRoot", "/Type /StructTreeRoot /RoleMap << /P /Span >>"); }},
        Case{"pdf.table-structure", [](PdfBuilder& b) { b.edit(11, "/S /P", "/S /TD"); }},
        Case{"pdf.list-structure", [](PdfBuilder& b) { b.edit(11, "/S /P", "/S /LI"); }},
        Case{"pdf.toc-structure", [](PdfBuilder& b) { b.edit(11, "/S /P", "/S /TOCI"); }},
        Case{"pdf.natural-language", [](PdfBuilder& b) { b.edit(1, "/Lang (en-GB)", ""); }},
        Case{"pdf.lang-valid", [](PdfBuilder& b) { b.edit(11, "/S /P", "/S /P /Lang (en_GB!)"); }},
        Case{"pdf.figure-alt", [](PdfBuilder& b) { b.edit(11, "/S /P", "/S /Figure"); }},
        Case{"pdf.formula-alt", [](PdfBuilder& b) { b.edit(11, "/S /P", "/S /Formula"); }},
        Case{"pdf.note-id", [](PdfBuilder& b) { b.edit(11, "/S /P", "/S /Note"); }},
        Case{"pdf.th-scope", [](PdfBuilder& b) { b.edit(11, "/S /P", "/S /TH"); }},
        Case{"pdf.heading-first", [](PdfBuilder& b) { b.edit(11, "/S /P", "/S /H2"); }},
        Case{"pdf.heading-mixed",
             [](PdfBuilder& b) {
               b.edit(7, "[11 0 R]", "[11 0 R 12 0 R]").edit(11, "/S /P", "/S /H1");
               b.objects[12] = "<< /Type /StructElem /S /H /P 7 0 R >>";
             }},
        Case{"pdf.heading-skipped",
             [](PdfBuilder& b) {
               b.edit(7, "[11 0 R]", "[11 0 R 12 0 R]").edit(11, "/S /P", "/S /H1");
               b.objects[12] = "<< /Type /StructElem /S /H3 /P 7 0 R >>";
             }},
        Case{"pdf.table-regularity",
             [](PdfBuilder& b) {
               b.edit(7, "[11 0 R]", "[11 0 R 12 0 R]");
               b.objects[12] = "<< /Type /StructElem /S /Table /P 7 0 R /K [13 0 R 14 0 R] >>";
               b.objects[13] = "<< /Type /StructElem /S /TR /P 12 0 R /K [<< /S /TH /A << /O /Table /Scope /Column >> >> "
                               "<< /S /TH /A << /O /Table /Scope /Column >> >>] >>";
               b.objects[14] = "<< /Type /StructElem /S /TR /P 12 0 R /K [<< /S /TD >>] >>";
             }},
        Case{"pdf.cid-to-gid-map",
             [](PdfBuilder& b) {
               b.objects[9] = "<< /Type /Font /Subtype /Type0 /BaseFont /T /Encoding /Identity-H /DescendantFonts [12 0 R] "
                              "/ToUnicode 13 0 R >>";
               b.objects[12] = "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /T /CIDSystemInfo << /Registry (Adobe) "
                               "/Ordering (Identity) /Supplement 0 >> /FontDescriptor << /FontFile2 10 0 R >> >>";
               b.objects[13] = PdfBuilder::stream("", "1 begincodespacerange <0000> <FFFF> endcodespacerange");
             }},
        Case{"pdf.cmap",
             [](PdfBuilder& b) {
               b.objects[9] = "<< /Type /Font /Subtype /Type0 /BaseFont /T /Encoding /Made-Up-H /DescendantFonts [12 0 R] >>";
               b.objects[12] = "<< /Type /Font /Subtype /CIDFontType2 /CIDToGIDMap /Identity /FontDescriptor << /FontFile2 10 0 R >> >>";
             }},
        Case{"pdf.cid-system-info",
             [](PdfBuilder& b) {
               b.objects[9] = "<< /Type /Font /Subtype /Type0 /BaseFont /T /Encoding 13 0 R /DescendantFonts [12 0 R] >>";
               b.objects[12] = "<< /Type /Font /Subtype /CIDFontType2 /CIDToGIDMap /Identity /CIDSystemInfo << /Registry (Adobe) "
                               "/Ordering (Japan1) /Supplement 0 >> /FontDescriptor << /FontFile2 10 0 R >> >>";
               b.objects[13] = PdfBuilder::stream("/Type /CMap /CMapName /X /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) "
                                                  "/Supplement 0 >>", "begincmap endcmap");
             }},
        Case{"pdf.to-unicode",
             [](PdfBuilder& b) {
               b.edit(9, "/Encoding /WinAnsiEncoding", "/ToUnicode 12 0 R");
               b.objects[12] = PdfBuilder::stream("", "1 beginbfchar <48> <FEFF> endbfchar");
             }},
        Case{"pdf.file-attachment",
             [](PdfBuilder& b) {
               b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]");
               b.objects[12] = "<< /Type /Annot /Subtype /FileAttachment /Rect [10 10 50 30] /Contents (a) "
                               "/FS << /Type /Filespec /F (a.txt) /EF << /F 10 0 R >> >> >>";
             }},
        Case{"pdf.truetype-encoding", [](PdfBuilder& b) { b.edit(9, "/Flags 32", "/Flags 4"); }},
        Case{"pdf.optional-content", [](PdfBuilder& b) { b.edit(1, "/Type /Catalog", "/Type /Catalog /OCProperties << /OCGs [] /D << /AS [] >> >>"); }},
        Case{"pdf.embedded-file-spec", [](PdfBuilder& b) { b.objects[12] = "<< /Type /Filespec /F (a.txt) /EF << /F 10 0 R >> >>"; }},
        Case{"pdf.xfa", [](PdfBuilder& b) { b.edit(1, "/Type /Catalog", "/Type /Catalog /AcroForm << /Fields [] /XFA 10 0 R >>"); }},
        Case{"pdf.tab-order", [](PdfBuilder& b) { b.edit(3, "/Tabs /S", "/Annots [12 0 R]"); b.objects[12] = kLink; }},
        Case{"pdf.link-tagged", [](PdfBuilder& b) { b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]"); b.objects[12] = kLink; }},
        Case{"pdf.link-contents", [](PdfBuilder& b) { b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]"); b.objects[12] = kLink; }},
        Case{"pdf.annot-tagged",
             [](PdfBuilder& b) {
               b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]");
               b.objects[12] = "<< /Type /Annot /Subtype /Text /Rect [10 10 50 30] /Contents (Note) >>";
             }},
        Case{"pdf.annot-description",
             [](PdfBuilder& b) {
               b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]");
               b.objects[12] = "<< /Type /Annot /Subtype /Text /Rect [10 10 50 30] >>";
             }},
        Case{"pdf.widget-in-form",
             [](PdfBuilder& b) {
               b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]");
               b.objects[12] = "<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /Rect [10 10 50 30] >>";
             }},
        Case{"pdf.field-description",
             [](PdfBuilder& b) {
               b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]");
               b.objects[12] = "<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /Rect [10 10 50 30] >>";
             }},
        Case{"pdf.trap-net",
             [](PdfBuilder& b) {
               b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]");
               b.objects[12] = "<< /Type /Annot /Subtype /TrapNet /Rect [10 10 50 30] >>";
             }},
        Case{"pdf.media-clip", [](PdfBuilder& b) { b.objects[12] = "<< /Type /MediaClip /S /MCD /D 10 0 R >>"; }},
        Case{"pdf.encryption-permissions", [](PdfBuilder& b) { b.trailer_extra = "/Encrypt << /Filter /Standard /V 1 /R 2 /P -516 >>"; }},
        Case{"pdf.font-embedded", [](PdfBuilder& b) { b.edit(9, "/FontFile2 10 0 R", ""); }},
        Case{"pdf.to-unicode", [](PdfBuilder& b) { b.edit(9, "/Encoding /WinAnsiEncoding", ""); }, "missing"},
        Case{"pdf.reference-xobject",
             [](PdfBuilder& b) {
               b.edit(3, "/Font << /F1 9 0 R >>", "/Font << /F1 9 0 R >> /XObject << /X1 12 0 R >>");
               b.objects[4] = PdfBuilder::stream("", "/P << /MCID 0 >> BDC /X1 Do EMC");
               b.objects[12] = PdfBuilder::stream("/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Ref << /F (x.pdf) /Page 0 >>", "");
             }},
        Case{"pdf.form-xobject-reuse",
             [](PdfBuilder& b) {
               b.edit(3, "/Font << /F1 9 0 R >>", "/Font << /F1 9 0 R >> /XObject << /X1 12 0 R >>");
               b.objects[4] = PdfBuilder::stream("", "/X1 Do /X1 Do");
               b.objects[12] = PdfBuilder::stream("/Type /XObject /Subtype /Form /BBox [0 0 1 1]", "/P << /MCID 0 >> BDC 0 0 1 1 re f EMC");
             }},
        Case{"pdf.structure-limits",
             [](PdfBuilder& b) {
               b.edit(3, "/Font << /F1 9 0 R >>", "/Font << /F1 9 0 R >> /XObject << /X1 12 0 R >>");
               b.objects[4] = PdfBuilder::stream("", "/Artifact BMC /X1 Do EMC");
               b.objects[12] = PdfBuilder::stream("/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /X1 12 0 R >> >>", "/X1 Do");
             }}),
    [](const ::testing::TestParamInfo<Case>& info) {
      std::string name = std::string(info.param.rule + 4) + (*info.param.variant != 0 ? "_" : "") + info.param.variant;
      for (char& c : name) c = c == '-' ? '_' : c;
      return name;
    });

}  // namespace
}  // namespace folio::audit

namespace folio::audit {
namespace {

TEST(PdfLimits, HugeSharedContentStaysWithinTheScanBudget) {
  // 3000 pages painting one 1.3 MB untagged stream: 3.9 GB of content if scanned naively; a small
  // budget keeps the Debug run short, the mechanism is the same as with the default 128 MiB.
  PdfBuilder b = test::clean_pdf();
  std::string ops;
  for (int i = 0; i < 100000; ++i) ops += "0 0 1 1 re f\n";
  b.objects[4] = PdfBuilder::stream("", ops);
  std::string kids;
  for (int i = 0; i < 3000; ++i) {
    const int n = 100 + i;
    b.objects[n] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>";
    kids += std::to_string(n) + " 0 R ";
  }
  b.objects[2] = "<< /Type /Pages /Kids [" + kids + "] /Count 3000 >>";
  const auto start = std::chrono::steady_clock::now();
  PdfLimits limits;
  limits.max_content_bytes = 4u << 20;
  const Report r = audit_pdf(b.bytes(), "huge.pdf", limits);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 10.0);
  EXPECT_TRUE(has_rule(r, "pdf.content-untagged"));
  EXPECT_TRUE(has_rule(r, "pdf.structure-limits"));
}

TEST(PdfLimits, CyclicStructureTreeAndFormsAreReported) {
  PdfBuilder b = test::clean_pdf();
  b.edit(11, "/K 0", "/K [0 7 0 R]");  // the P element lists its own parent as a child
  const Report r = audit_pdf(b.bytes(), "cycle.pdf");
  EXPECT_TRUE(has_rule(r, "pdf.structure-limits")) << dump(r);
}

}  // namespace
}  // namespace folio::audit
