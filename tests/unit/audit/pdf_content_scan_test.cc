// scan_content on two threads (a long file whose objects are all in memory) finds what one scan
// of every page in order finds: the same marks (their indices too), problems, fonts with their
// codes, form uses and integrity notes, also when a budget cuts the scan short (and both halves
// read the /Lang of a property list every page names at once); the structure read beside the
// scan is the one read before it; rules reported apart and gathered report what one reporter
// does.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "audit/pdf_model.h"
#include "audit/pdf_plain_reader.h"
#include "pdf_builder.h"

namespace folio::audit::pdf {
namespace {

constexpr int kPages = 24;

// Pages whose content holds every kind of finding of the scan, some only in the later half.
std::string long_pdf() {
  test::PdfBuilder b;
  std::string kids;
  for (int i = 0; i < kPages; ++i) kids += std::to_string(10 + i) + " 0 R ";
  b.objects[1] = "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 6 0 R >>";
  // A structure element for each page's first marked paragraph, under a document element.
  std::string paragraphs;
  for (int i = 0; i < kPages; ++i) {
    paragraphs += std::to_string(70 + i) + " 0 R ";
    b.objects[70 + i] = "<< /Type /StructElem /S /Para /P 7 0 R /Pg " + std::to_string(10 + i) + " 0 R /K 0 >>";
  }
  // A link on page 20 whose appearance paints with a font of its own, listed by a Link element.
  paragraphs += "95 0 R ";
  b.objects[95] = "<< /Type /StructElem /S /Link /P 7 0 R /Pg 30 0 R /K << /Type /OBJR /Obj 9 0 R >> >>";
  b.objects[9] = "<< /Type /Annot /Subtype /Link /Rect [10 10 50 30] /AP << /N 90 0 R >> >>";
  b.objects[90] = test::PdfBuilder::stream(
      "/Type /XObject /Subtype /Form /BBox [0 0 40 20] /Resources << /Font << /F3 91 0 R >> >>",
      "BT /F3 8 Tf (go) Tj ET");
  b.objects[91] = "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>";
  b.objects[6] = "<< /Type /StructTreeRoot /K 7 0 R /RoleMap << /Para /P >> >>";
  b.objects[8] = "<< /Lang (fr-FR) >>";
  b.objects[7] = "<< /Type /StructElem /S /Document /P 6 0 R /K [" + paragraphs + "] >>";
  b.objects[2] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(kPages) + " >>";
  b.objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  b.objects[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>";
  b.objects[5] = test::PdfBuilder::stream(
      "/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /Font << /F2 4 0 R >> >>",
      "/P <</MCID 9>> BDC BT /F2 9 Tf (form) Tj ET EMC");
  for (int i = 0; i < kPages; ++i) {
    std::string content = "/P <</MCID 0>> BDC BT /F1 12 Tf 72 700 Td (Page " + std::to_string(i) + ") Tj ET EMC\n";
    if (i % 5 == 3) content += "BT /F1 12 Tf 72 600 Td (loose " + std::to_string(i * 7) + ") Tj ET\n";
    if (i % 4 == 1) content += "/Span <</MCID 1 /ActualText (alt)>> BDC BT /F1 12 Tf (s) Tj ET EMC\n";
    if (i % 6 == 2) content += "/P <</MCID 2 /Lang (not a tag!)>> BDC EMC\n";
    if (i == 2 || i == 19) content += "/X1 Do\n";
    if (i >= 14) content += "/P <</MCID 3>> BDC BT /F2 10 Tf 3 Tr (zz" + std::to_string(i) + ") Tj ET EMC\n";
    if (i == 20) content += "/Artifact BDC /P <</MCID 4>> BDC EMC EMC\n";
    content += "/Span /Shared BDC EMC\n";  // one property list with a /Lang, named on every page
    b.objects[40 + i] = test::PdfBuilder::stream("", content);
    b.objects[10 + i] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + std::to_string(40 + i) +
                        " 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >> /XObject << /X1 5 0 R >>"
                        " /Properties << /Shared 8 0 R >> >>" +
                        (i == 20 ? std::string(" /Annots [9 0 R]") : std::string()) + " >>";
  }
  return b.bytes();
}

// The model of `pdf`, its content scanned; `structure_beside`: its structure read while the
// content is scanned (as the audit does), else before.
Model scanned(const PlainPdf& pdf, bool loaded, std::size_t budget = 0, bool structure_beside = false) {
  Model m;
  m.objects = &pdf.objects;
  m.trailer = pdf.trailer.get();
  m.catalog = pdf.catalog;
  m.objects_loaded = loaded;
  if (budget > 0) m.limits.max_content_bytes = budget;
  if (structure_beside) {
    build_pages(m);
    scan_content(m, [&] { build_structure(m); });
  } else {
    build_model(m);
    scan_content(m);
  }
  return m;
}

void expect_same_scan(const Model& two, const Model& one) {
  ASSERT_EQ(two.marks.size(), one.marks.size());
  for (std::size_t i = 0; i < one.marks.size(); ++i) {
    EXPECT_EQ(two.marks[i].page, one.marks[i].page) << i;
    EXPECT_EQ(two.marks[i].mcid, one.marks[i].mcid) << i;
    EXPECT_EQ(two.marks[i].tag, one.marks[i].tag) << i;
    EXPECT_EQ(two.marks[i].lang, one.marks[i].lang) << i;
  }
  ASSERT_EQ(two.content_problems.size(), one.content_problems.size());
  for (std::size_t i = 0; i < one.content_problems.size(); ++i) {
    const ContentProblem &a = two.content_problems[i], &b = one.content_problems[i];
    EXPECT_EQ(a.issue, b.issue) << i;
    EXPECT_EQ(a.page, b.page) << i;
    EXPECT_EQ(a.object, b.object) << i;
    EXPECT_EQ(a.detail, b.detail) << i;
    EXPECT_EQ(a.mark, b.mark) << i;
  }
  ASSERT_EQ(two.fonts.size(), one.fonts.size());
  for (const auto& [dict, use] : one.fonts) {
    ASSERT_TRUE(two.fonts.contains(dict));
    const FontUse& other = two.fonts.at(dict);
    EXPECT_EQ(other.page, use.page);
    EXPECT_EQ(other.codes, use.codes);
    EXPECT_EQ(other.rendered_codes, use.rendered_codes);
    EXPECT_EQ(other.rendered, use.rendered);
    EXPECT_EQ(other.codes_unknown, use.codes_unknown);
  }
  EXPECT_EQ(two.mcid_form_uses, one.mcid_form_uses);
  EXPECT_EQ(two.integrity, one.integrity);
}

TEST(PdfContentScan, TwoThreadsFindWhatOneFinds) {
  const auto pdf = read_plain_pdf(long_pdf());
  ASSERT_NE(pdf, nullptr);
  const Model two = scanned(*pdf, true), one = scanned(*pdf, false);
  ASSERT_EQ(one.pages.size(), static_cast<std::size_t>(kPages));
  // The file holds what the comparison is about, in both halves.
  EXPECT_GT(one.marks.size(), static_cast<std::size_t>(kPages));
  EXPECT_EQ(one.mcid_form_uses.at(5), 2);
  bool late_span = false;
  for (const ContentProblem& p : one.content_problems) {
    late_span = late_span || (p.issue == ContentIssue::span_text_no_lang && p.page >= kPages / 2 && p.mark > 0);
  }
  EXPECT_TRUE(late_span);
  EXPECT_EQ(one.fonts.size(), 3u);  // the link's appearance paints with one of its own
  expect_same_scan(two, one);
}

TEST(PdfContentScan, TheStructureReadBesideTheScanIsTheStructureReadBefore) {
  const auto pdf = read_plain_pdf(long_pdf());
  ASSERT_NE(pdf, nullptr);
  for (bool loaded : {true, false}) {  // two threads, and one
    SCOPED_TRACE(loaded ? "two threads" : "one thread");
    const Model beside = scanned(*pdf, loaded, 0, true), before = scanned(*pdf, false);
    ASSERT_EQ(before.elems.size(), static_cast<std::size_t>(kPages + 2));
    ASSERT_EQ(before.annots.size(), 1u);
    ASSERT_EQ(beside.annots.size(), 1u);
    EXPECT_EQ(beside.annots[0].page, 20);
    EXPECT_EQ(beside.annots[0].objr_element, before.annots[0].objr_element);
    EXPECT_GE(before.annots[0].objr_element, 0);
    EXPECT_EQ(before.fonts.size(), 3u);  // the appearance's font too
    ASSERT_EQ(beside.elems.size(), before.elems.size());
    for (std::size_t i = 0; i < before.elems.size(); ++i) {
      EXPECT_EQ(beside.elems[i].dict, before.elems[i].dict) << i;
      EXPECT_EQ(beside.elems[i].parent, before.elems[i].parent) << i;
    }
    EXPECT_EQ(beside.role_map, before.role_map);
    expect_same_scan(beside, before);
  }
}

// Work beside the scan that throws leaves the scan unkept, on two threads as on one.
TEST(PdfContentScan, WorkBesideThatThrowsLeavesNothingScanned) {
  const auto pdf = read_plain_pdf(long_pdf());
  ASSERT_NE(pdf, nullptr);
  for (bool loaded : {true, false}) {
    Model m;
    m.objects = &pdf->objects;
    m.trailer = pdf->trailer.get();
    m.catalog = pdf->catalog;
    m.objects_loaded = loaded;
    build_pages(m);
    EXPECT_THROW(scan_content(m, [] { throw std::runtime_error("damaged structure"); }), std::runtime_error)
        << loaded;
    EXPECT_TRUE(m.marks.empty()) << loaded;
    EXPECT_TRUE(m.fonts.empty()) << loaded;
  }
}

TEST(PdfContentScan, ABudgetCutsTwoThreadsShortAsItCutsOne) {
  const auto pdf = read_plain_pdf(long_pdf());
  ASSERT_NE(pdf, nullptr);
  // The pages hold ~3.3 KB of content: budgets from well below to above it, among them those
  // each half stays under while both together do not.
  int cut = 0, whole = 0;
  for (std::size_t budget = 100; budget < 5000; budget += 97) {
    SCOPED_TRACE("budget " + std::to_string(budget));
    const Model two = scanned(*pdf, true, budget), one = scanned(*pdf, false, budget);
    bool truncated = false;
    for (const ContentProblem& p : one.content_problems) truncated = truncated || p.issue == ContentIssue::truncated;
    ++(truncated ? cut : whole);
    expect_same_scan(two, one);
  }
  EXPECT_GT(cut, 5);
  EXPECT_GT(whole, 5);
}

// The rules of a long file are checked into reporters of their own and gathered in rule order
// (audit_pdf.cc): the findings, and the cap of 50 a rule, are one reporter's.
TEST(PdfReporter, FindingsGatheredInOrderAreOneReportersFindings) {
  const Rule a{"pdf.test-a", RuleFormat::pdf, Severity::error, "", "", "", "A.", "Fix A."};
  const Rule b{"pdf.test-b", RuleFormat::pdf, Severity::warning, "", "", "", "B.", "Fix B."};
  Reporter one("f.pdf"), first("f.pdf"), second("f.pdf");
  for (int i = 0; i < 40; ++i) {
    one.report(a, "a" + std::to_string(i));
    first.report(a, "a" + std::to_string(i));
  }
  for (int i = 40; i < 80; ++i) {
    one.report(b, "b" + std::to_string(i), i);
    second.report(b, "b" + std::to_string(i), i);
    one.report(a, "a" + std::to_string(i));
    second.report(a, "a" + std::to_string(i));
  }
  Reporter gathered("f.pdf");
  gathered.absorb(std::move(first));
  gathered.absorb(std::move(second));
  const Findings expected = one.take(), got = gathered.take();
  ASSERT_EQ(got.size(), expected.size());
  std::size_t of_a = 0;
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].rule, expected[i].rule) << i;
    EXPECT_EQ(got[i].message, expected[i].message) << i;
    EXPECT_EQ(got[i].location.page, expected[i].location.page) << i;
    of_a += got[i].rule == "pdf.test-a";
  }
  EXPECT_EQ(of_a, 50u);
}

}  // namespace
}  // namespace folio::audit::pdf
