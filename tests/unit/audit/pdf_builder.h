// Tiny hand-made PDFs for the audit tests: a clean tagged PDF/UA-1 page whose objects a test edits.
#pragma once

#include <map>
#include <string>

namespace folio::audit::test {

/// Objects by number; bytes() writes a PDF with a correct xref table and /Root 1 0 R.
struct PdfBuilder {
  std::map<int, std::string> objects;
  std::string trailer_extra;
  std::string header = "%PDF-1.7";  ///< the first line

  /// A stream object body with a correct /Length.
  static std::string stream(const std::string& dict_entries, const std::string& data);
  /// Replaces the first `from` in object `number` by `to`; fails the test when absent.
  PdfBuilder& edit(int number, const std::string& from, const std::string& to);
  std::string bytes() const;
};

/// One page, one tagged paragraph ("Hello") in an embedded TrueType subset of DejaVu Sans, XMP
/// with pdfuaid:part and dc:title: no rule fires on it. Objects: 1 catalog, 2 pages, 3 page,
/// 4 content, 5 XMP, 6 StructTreeRoot, 7 Document element, 8 ParentTree, 9 font, 10 font file,
/// 11 P element.
PdfBuilder clean_pdf();

struct SubsetFont;
/// A /Widths array for codes `first`..`last` of a subset whose characters are their WinAnsi codes.
std::string widths_array(const SubsetFont& font, char32_t first, char32_t last);

}  // namespace folio::audit::test
