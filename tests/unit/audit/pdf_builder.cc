#include "pdf_builder.h"

#include "font_fixtures.h"

#include <gtest/gtest.h>

namespace folio::audit::test {

std::string PdfBuilder::stream(const std::string& dict_entries, const std::string& data) {
  return "<< " + dict_entries + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

PdfBuilder& PdfBuilder::edit(int number, const std::string& from, const std::string& to) {
  std::string& body = objects[number];
  const auto at = body.find(from);
  EXPECT_NE(at, std::string::npos) << "object " << number << " has no " << from;
  if (at != std::string::npos) body.replace(at, from.size(), to);
  return *this;
}

std::string PdfBuilder::bytes() const {
  std::string out = header + "\n%\xE2\xE3\xCF\xD3\n";
  const int size = objects.empty() ? 1 : objects.rbegin()->first + 1;
  std::map<int, std::size_t> offsets;
  for (const auto& [number, body] : objects) {
    offsets[number] = out.size();
    out += std::to_string(number) + " 0 obj\n" + body + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(size) + "\n0000000000 65535 f \n";
  for (int n = 1; n < size; ++n) {
    char line[32];
    auto it = offsets.find(n);
    std::snprintf(line, sizeof line, it == offsets.end() ? "%010zu 00000 f \n" : "%010zu 00000 n \n",
                  it == offsets.end() ? std::size_t{0} : it->second);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(size) + " /Root 1 0 R " + trailer_extra + ">>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

std::string widths_array(const SubsetFont& font, char32_t first, char32_t last) {
  std::string out = "[";
  for (char32_t c = first; c <= last; ++c) {
    auto it = font.width.find(c);
    out += std::to_string(it == font.width.end() ? 0 : it->second) + " ";
  }
  return out + "]";
}

const SubsetFont& hello_font() {
  static const SubsetFont font = truetype_subset(kDejaVuSans, U"Hello");
  return font;
}

PdfBuilder clean_pdf() {
  PdfBuilder b;
  b.objects[1] =
      "<< /Type /Catalog /Pages 2 0 R /MarkInfo << /Marked true >> /Lang (en-GB) "
      "/ViewerPreferences << /DisplayDocTitle true >> /Metadata 5 0 R /StructTreeRoot 6 0 R >>";
  b.objects[2] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
  b.objects[3] =
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
      "/Resources << /Font << /F1 9 0 R >> >> /StructParents 0 /Tabs /S >>";
  b.objects[4] = PdfBuilder::stream("", "/P << /MCID 0 >> BDC BT /F1 12 Tf 10 10 Td (Hello) Tj ET EMC");
  b.objects[5] = PdfBuilder::stream(
      "/Type /Metadata /Subtype /XML",
      "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part>"
      "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Test</rdf:li></rdf:Alt></dc:title>"
      "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>");
  b.objects[6] = "<< /Type /StructTreeRoot /K 7 0 R /ParentTree 8 0 R /ParentTreeNextKey 1 >>";
  b.objects[7] = "<< /Type /StructElem /S /Document /P 6 0 R /K [11 0 R] >>";
  b.objects[8] = "<< /Nums [0 [11 0 R]] >>";
  // A real TrueType subset (DejaVu Sans: H, e, l, o) with the widths of its program.
  b.objects[9] = "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+DejaVuSans /Encoding /WinAnsiEncoding /FirstChar 72 "
                 "/LastChar 111 /Widths " + widths_array(hello_font(), 72, 111) +
                 " /FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+DejaVuSans /Flags 32 /FontBBox [0 -200 1000 900] "
                 "/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 10 0 R >> >>";
  b.objects[10] = PdfBuilder::stream("/Length1 " + std::to_string(hello_font().program.size()), hello_font().program);
  b.objects[11] = "<< /Type /StructElem /S /P /P 7 0 R /Pg 3 0 R /K 0 >>";
  return b;
}

}  // namespace folio::audit::test
