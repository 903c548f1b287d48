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

/// Puts annotation `dict` (object 12) on the page.
void annotate(PdfBuilder& b, const std::string& dict) {
  b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]");
  b.objects[12] = dict;
}

/// Adds a Table element (object 12) with two rows (objects 13, 14) whose /K arrays are given.
void table(PdfBuilder& b, const std::string& row1, const std::string& row2) {
  b.edit(7, "[11 0 R]", "[11 0 R 12 0 R]");
  b.objects[12] = "<< /Type /StructElem /S /Table /P 7 0 R /K [13 0 R 14 0 R] >>";
  b.objects[13] = "<< /Type /StructElem /S /TR /P 12 0 R /K [" + row1 + "] >>";
  b.objects[14] = "<< /Type /StructElem /S /TR /P 12 0 R /K [" + row2 + "] >>";
}

struct Case {
  const char* rule;
  std::function<void(PdfBuilder&)> edit;
  const char* variant = "";  ///< tells apart two cases of one rule in the test name
};

/// "annot_tagged_hidden" for rule pdf.annot-tagged, variant hidden.
std::string case_name(const ::testing::TestParamInfo<Case>& info) {
  std::string name = std::string(info.param.rule + 4) + (*info.param.variant != 0 ? "_" : "") + info.param.variant;
  for (char& c : name) c = c == '-' ? '_' : c;
  return name;
}

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
        Case{"pdf.th-scope",
             [](PdfBuilder& b) {
               table(b, "<< /S /TH >>", "<< /S /TD >>");
             }},
        Case{"pdf.th-scope",
             [](PdfBuilder& b) {  // Headers naming an ID no TH has do not tie the cell to its header
               table(b, "<< /S /TH /ID (h1) >>", "<< /S /TD /A << /O /Table /Headers [(h2)] >> >>");
             },
             "unknown_headers"},
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
               annotate(b, "<< /Type /Annot /Subtype /FileAttachment /Rect [10 10 50 30] /Contents (a) "
                               "/FS << /Type /Filespec /F (a.txt) /EF << /F 10 0 R >> >> >>");
             }},
        Case{"pdf.truetype-encoding", [](PdfBuilder& b) { b.edit(9, "/Flags 32", "/Flags 4"); }},
        Case{"pdf.optional-content", [](PdfBuilder& b) { b.edit(1, "/Type /Catalog", "/Type /Catalog /OCProperties << /OCGs [] /D << /AS [] >> >>"); }},
        Case{"pdf.embedded-file-spec", [](PdfBuilder& b) { b.objects[12] = "<< /Type /Filespec /F (a.txt) /EF << /F 10 0 R >> >>"; }},
        Case{"pdf.xfa",
             [](PdfBuilder& b) {
               b.edit(1, "/Type /Catalog", "/Type /Catalog /AcroForm << /Fields [] /XFA [(config) 12 0 R] >>");
               b.objects[12] = PdfBuilder::stream("", "<config><acrobat><common><data><xsl/></data></common>"
                                                      "<dynamicRender> required </dynamicRender></acrobat></config>");
             }},
        Case{"pdf.tab-order", [](PdfBuilder& b) { b.edit(3, "/Tabs /S", "/Annots [12 0 R]"); b.objects[12] = kLink; }},
        Case{"pdf.link-tagged", [](PdfBuilder& b) { annotate(b, kLink); }},
        Case{"pdf.link-contents", [](PdfBuilder& b) { annotate(b, kLink); }},
        Case{"pdf.annot-tagged",
             [](PdfBuilder& b) {
               annotate(b, "<< /Type /Annot /Subtype /Text /Rect [10 10 50 30] /Contents (Note) >>");
             }},
        Case{"pdf.annot-description",
             [](PdfBuilder& b) {
               annotate(b, "<< /Type /Annot /Subtype /Text /Rect [10 10 50 30] >>");
             }},
        Case{"pdf.widget-in-form",
             [](PdfBuilder& b) {
               annotate(b, "<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /Rect [10 10 50 30] >>");
             }},
        Case{"pdf.field-description",
             [](PdfBuilder& b) {
               annotate(b, "<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /Rect [10 10 50 30] >>");
             }},
        Case{"pdf.trap-net",
             [](PdfBuilder& b) {
               annotate(b, "<< /Type /Annot /Subtype /TrapNet /Rect [10 10 50 30] >>");
             }},
        Case{"pdf.media-clip", [](PdfBuilder& b) { b.objects[12] = "<< /Type /MediaClip /S /MCD /D 10 0 R >>"; }},
        Case{"pdf.encryption-permissions", [](PdfBuilder& b) { b.trailer_extra = "/Encrypt << /Filter /Standard /V 1 /R 2 /P -516 >>"; }},
        Case{"pdf.font-embedded", [](PdfBuilder& b) { b.edit(9, "/FontFile2 10 0 R", ""); }},
        Case{"pdf.to-unicode", [](PdfBuilder& b) { b.edit(9, "/Encoding /WinAnsiEncoding", "").edit(9, "/Flags 32", "/Flags 4"); },
             "missing"},
        Case{"pdf.pdf-version", [](PdfBuilder& b) { b.header = "%PDF-2.0"; }},
        Case{"pdf.struct-elem-parent", [](PdfBuilder& b) { b.edit(11, "/P 7 0 R ", ""); }},
        Case{"pdf.ruby-warichu", [](PdfBuilder& b) { b.edit(11, "/S /P", "/S /RT"); }},
        Case{"pdf.form-element",
             [](PdfBuilder& b) {
               b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]").edit(11, "/S /P", "/S /Form /K [0 << /Type /OBJR /Obj 12 0 R >>]");
               b.edit(11, "/K 0", "").edit(8, "[0 [11 0 R]]", "[0 [11 0 R] 1 11 0 R]");
               b.objects[12] = "<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /TU (Name) /Rect [10 10 50 30] /StructParent 1 >>";
             }},
        Case{"pdf.printer-mark",
             [](PdfBuilder& b) {
               annotate(b, "<< /Type /Annot /Subtype /PrinterMark /Rect [0 0 10 10] /StructParent 1 >>");
             }},
        Case{"pdf.annot-tagged",
             [](PdfBuilder& b) {  // an OBJR without /StructParent does not make the annotation a content item
               b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]").edit(7, "[11 0 R]", "[11 0 R 13 0 R]");
               b.objects[12] = "<< /Type /Annot /Subtype /Text /Rect [10 10 50 30] /Contents (Note) >>";
               b.objects[13] = "<< /Type /StructElem /S /Annot /P 7 0 R /Pg 3 0 R /K << /Type /OBJR /Obj 12 0 R >> >>";
             },
             "objr_only"},
        Case{"pdf.annot-tagged",
             [](PdfBuilder& b) {  // a zero-sized rectangle inside the page is not "outside the crop box"
               annotate(b, "<< /Type /Annot /Subtype /Text /Rect [10 10 10 10] /F 32 /Contents (Note) >>");
             },
             "empty_rect_no_view"},
        Case{"pdf.annot-tagged",
             [](PdfBuilder& b) {  // the parent tree leads to a P element, not an Annot
               b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]").edit(8, "[0 [11 0 R]]", "[0 [11 0 R] 1 11 0 R]");
               b.objects[12] = "<< /Type /Annot /Subtype /Square /Rect [10 10 50 30] /Contents (Box) /StructParent 1 >>";
             },
             "wrong_element"},
        Case{"pdf.annot-description",
             [](PdfBuilder& b) {
               annotate(b, "<< /Type /Annot /Subtype /Text /Rect [10 10 50 30] /Contents () >>");
             },
             "empty_contents"},
        Case{"pdf.field-description",
             [](PdfBuilder& b) {
               annotate(b, "<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /TU () /Rect [10 10 50 30] >>");
             },
             "empty_tu"},
        Case{"pdf.media-clip", [](PdfBuilder& b) { b.objects[12] = "<< /Type /MediaClip /S /MCD /Alt [(en) (A clip)] >>"; }, "no_ct"},
        Case{"pdf.media-clip", [](PdfBuilder& b) { b.objects[12] = "<< /Type /MediaClip /S /MCD /CT (video/mp4) /Alt [(en) ()] >>"; },
             "empty_alt"},
        Case{"pdf.media-clip",
             [](PdfBuilder& b) {  // a clip deep inside a Screen annotation's rendition action, all direct objects
               annotate(b, "<< /Type /Annot /Subtype /Screen /Rect [10 10 50 30] /Contents (Film) /A << /S /Rendition /OP 0 "
                               "/R << /Type /Rendition /S /MR /C << /Type /MediaClip /S /MCD /Alt [() (A film)] >> >> >> >>");
             },
             "in_screen_annotation"},
        Case{"pdf.table-regularity",
             [](PdfBuilder& b) {  // a row span that reaches past the last row
               b.edit(7, "[11 0 R]", "[11 0 R 12 0 R]");
               b.objects[12] = "<< /Type /StructElem /S /Table /P 7 0 R /K [13 0 R] >>";
               b.objects[13] = "<< /Type /StructElem /S /TR /P 12 0 R /K [<< /S /TD /A << /O /Table /RowSpan 2 >> >>] >>";
             },
             "rowspan_past_end"},
        Case{"pdf.natural-language",
             [](PdfBuilder& b) {  // the XMP's x-default title has no language without a catalog /Lang
               b.edit(1, "/Lang (en-GB)", "").edit(11, "/S /P", "/S /P /Lang (en-GB)");
             },
             "xmp_default"},
        Case{"pdf.natural-language",
             [](PdfBuilder& b) {
               b.edit(1, "/Lang (en-GB)", "").edit(11, "/S /P", "/S /P /Lang (en-GB)");
               b.objects[5] = PdfBuilder::stream("/Type /Metadata /Subtype /XML", "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>");
               annotate(b, "<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /TU (Name) /Rect [10 10 50 30] >>");
             },
             "field_tu"},
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
    case_name);

}  // namespace
}  // namespace folio::audit

namespace folio::audit {
namespace {

TEST(PdfLimits, HugeSharedContentStaysWithinTheScanBudget) {
  // 3000 pages painting one 1.3 MB untagged stream: 3.9 GB of content if scanned naively; a small
  // budget keeps the Debug and sanitizer runs short, the mechanism is the same as with the
  // default 128 MiB. (The file is read on both threads: the first half uses the whole budget.)
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
  limits.max_content_bytes = 1u << 20;
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

namespace folio::audit {
namespace {

TEST(PdfLanguage, SpanAlternateTextNeedsALanguage) {
  PdfBuilder b = test::clean_pdf();
  b.edit(1, "/Lang (en-GB)", "");
  b.objects[5] = PdfBuilder::stream("/Type /Metadata /Subtype /XML", "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>");
  b.edit(11, "/S /P", "/S /P /Lang (en-GB)");
  b.objects[4] = PdfBuilder::stream("", "/P << /MCID 0 >> BDC BT /F1 12 Tf 10 10 Td /Span << /ActualText (Hi) >> BDC (Hello) Tj EMC ET EMC");
  EXPECT_FALSE(has_rule(audit_pdf(b.bytes(), "span.pdf"), "pdf.natural-language")) << "the P element's /Lang covers the Span";
  b.edit(11, "/S /P /Lang (en-GB)", "/S /P");
  b.objects[4] = PdfBuilder::stream("", "/P << /MCID 0 /Lang (en) >> BDC BT /F1 12 Tf 10 10 Td /Span << /ActualText (Hi) >> BDC (Hello) Tj "
                                        "EMC ET EMC");
  EXPECT_FALSE(has_rule(audit_pdf(b.bytes(), "span.pdf"), "pdf.natural-language")) << "the enclosing sequence's /Lang covers it";
  b.objects[4] = PdfBuilder::stream("", "/P << /MCID 0 /Lang (en) >> BDC EMC BT /F1 12 Tf 10 10 Td /Artifact BMC /Span << /ActualText "
                                        "(Hi) >> BDC (Hello) Tj EMC EMC ET");
  const Report r = audit_pdf(b.bytes(), "span.pdf");
  bool span = false;
  for (const Finding& f : r.findings) span = span || (f.rule == "pdf.natural-language" && f.message.find("Span") != std::string::npos);
  EXPECT_TRUE(span) << dump(r);
}

TEST(PdfSeverity, WhatPdfUaRequiresIsAnError) {
  // ISO 14289-1, 7.4.2 and 7.5 say "shall": skipped heading levels and TH without Scope fail.
  for (const Rule* rule : pdf_rule_list()) {
    if (rule->id == "pdf.heading-skipped" || rule->id == "pdf.th-scope") {
      EXPECT_EQ(rule->severity, Severity::error) << rule->id;
    }
  }
}

/// Edits that keep a file conformant for the rule named: the variants the clauses allow.
class PdfRulePasses : public ::testing::TestWithParam<Case> {};

TEST_P(PdfRulePasses, DoesNotFire) {
  PdfBuilder b = test::clean_pdf();
  GetParam().edit(b);
  const Report r = audit_pdf(b.bytes(), "case.pdf");
  EXPECT_FALSE(has_rule(r, GetParam().rule)) << dump(r);
}

INSTANTIATE_TEST_SUITE_P(
    All, PdfRulePasses,
    ::testing::Values(
        Case{"pdf.annot-tagged",
             [](PdfBuilder& b) {  // hidden annotations are not presented (ISO 14289-1, 7.18.1)
               annotate(b, "<< /Type /Annot /Subtype /Text /Rect [10 10 50 30] /F 2 >>");
             },
             "hidden"},
        Case{"pdf.annot-tagged",
             [](PdfBuilder& b) {  // outside the crop box the page inherits from its Pages node
               b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]").edit(2, "/Count 1", "/Count 1 /CropBox [0 0 100 100]");
               b.objects[12] = "<< /Type /Annot /Subtype /Text /Rect [120 120 150 150] >>";
             },
             "outside_inherited_crop_box"},
        Case{"pdf.annot-tagged",
             [](PdfBuilder& b) {  // a role-mapped type that maps to Annot
               b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]").edit(7, "[11 0 R]", "[11 0 R 13 0 R]");
               b.edit(6, "/Type /StructTreeRoot", "/Type /StructTreeRoot /RoleMap << /Comment /Annot >>");
               b.edit(8, "[0 [11 0 R]]", "[0 [11 0 R] 1 13 0 R]");
               b.objects[12] = "<< /Type /Annot /Subtype /Text /Rect [10 10 50 30] /Contents (Note) /StructParent 1 >>";
               b.objects[13] = "<< /Type /StructElem /S /Comment /P 7 0 R /Pg 3 0 R /K << /Type /OBJR /Obj 12 0 R >> >>";
             },
             "role_mapped"},
        Case{"pdf.annot-tagged",
             [](PdfBuilder& b) {  // PrinterMark annotations are artifacts, outside the structure
               annotate(b, "<< /Type /Annot /Subtype /PrinterMark /Rect [0 0 10 10] >>");
             },
             "printer_mark"},
        Case{"pdf.printer-mark",
             [](PdfBuilder& b) {
               annotate(b, "<< /Type /Annot /Subtype /PrinterMark /Rect [0 0 10 10] >>");
             }},
        Case{"pdf.annot-description",
             [](PdfBuilder& b) {  // an /Alt on the Annot element describes it
               b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]").edit(7, "[11 0 R]", "[11 0 R 13 0 R]");
               b.edit(8, "[0 [11 0 R]]", "[0 [11 0 R] 1 13 0 R]");
               b.objects[12] = "<< /Type /Annot /Subtype /Text /Rect [10 10 50 30] /StructParent 1 >>";
               b.objects[13] = "<< /Type /StructElem /S /Annot /Alt (A note) /P 7 0 R /Pg 3 0 R /K << /Type /OBJR /Obj 12 0 R >> >>";
             }},
        Case{"pdf.field-description",
             [](PdfBuilder& b) {  // the /TU of the parent field names its widget
               annotate(b, "<< /Type /Annot /Subtype /Widget /Parent 13 0 R /Rect [10 10 50 30] >>");
               b.objects[13] = "<< /FT /Btn /T (choice) /TU (Your choice) /Kids [12 0 R] >>";
             }},
        Case{"pdf.media-clip", [](PdfBuilder& b) { b.objects[12] = "<< /Type /MediaClip /S /MCD /CT (video/mp4) /Alt [(en) (A clip)] >>"; }},
        Case{"pdf.th-scope",
             [](PdfBuilder& b) {  // Scope from a class of the ClassMap
               b.edit(7, "[11 0 R]", "[11 0 R 12 0 R]");
               b.edit(6, "/Type /StructTreeRoot", "/Type /StructTreeRoot /ClassMap << /head << /O /Table /Scope /Column >> >>");
               b.objects[12] = "<< /Type /StructElem /S /Table /P 7 0 R /K [13 0 R 14 0 R] >>";
               b.objects[13] = "<< /Type /StructElem /S /TR /P 12 0 R /K [<< /S /TH /C /head >>] >>";
               b.objects[14] = "<< /Type /StructElem /S /TR /P 12 0 R /K [<< /S /TD >>] >>";
             },
             "class_map"},
        Case{"pdf.th-scope",
             [](PdfBuilder& b) {  // every TD names its headers by ID
               table(b, "<< /S /TH /ID (h1) >>", "<< /S /TD /A [<< /O /Layout >> 0 << /O /Table /Headers [(h1)] >> 0] >>");
             },
             "headers_and_ids"},
        Case{"pdf.table-regularity",
             [](PdfBuilder& b) {  // a row span filling the next row's first column
               table(b, "<< /S /TH /A << /O /Table /RowSpan 2 /Scope /Row >> >> << /S /TD >>", "<< /S /TD >>");
             }},
        Case{"pdf.xfa",
             [](PdfBuilder& b) {  // a static XFA form is allowed
               b.edit(1, "/Type /Catalog", "/Type /Catalog /AcroForm << /Fields [] /XFA 12 0 R >>");
               b.objects[12] = PdfBuilder::stream("", "<xdp:xdp><config><dynamicRender>forbidden</dynamicRender></config></xdp:xdp>");
             }},
        Case{"pdf.content-untagged",
             [](PdfBuilder& b) {  // a form XObject with /StructParent is itself a content item
               b.edit(3, "/Font << /F1 9 0 R >>", "/Font << /F1 9 0 R >> /XObject << /X1 12 0 R >>");
               b.objects[4] = PdfBuilder::stream("", "/P << /MCID 0 >> BDC BT /F1 12 Tf (Hello) Tj ET EMC /X1 Do");
               b.objects[12] = PdfBuilder::stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /StructParent 1", "0 0 5 5 re f");
             },
             "form_content_item"}),
    case_name);

}  // namespace
}  // namespace folio::audit
