#pragma once
// The objects of a PDF of the plain form, read at once into PoDoFo objects without PoDoFo's
// parser. That parser loads each object on demand and copies every dictionary and array once per
// level of nesting (PdfTokenizer::ReadDictionary assigns the finished dictionary to the variant):
// ~7 µs an object, most of the self-audit of a long document, whose structure tree alone has
// thousands of small objects. The plain form is what folio writes and what qpdf and most writers
// of PDF 1.4 produce: the header at the start, one cross-reference table and trailer (no
// incremental update, no cross-reference stream), no encryption, every object where the table
// says. Anything else, and anything this reader would not read exactly as PoDoFo does (a token
// PoDoFo takes by a prefix, an escape it treats its own way), is left to PoDoFo: read_plain_pdf
// returns nullptr and the audit loads the file through PdfMemDocument as before. Two things
// PdfMemDocument adds to what the file says are left out: the time of loading as the information
// dictionary's /ModDate, and an information dictionary where the file has none.
#include <memory>
#include <string_view>

#include <podofo/podofo.h>

namespace folio::audit::pdf {

struct PlainPdf {
  PoDoFo::PdfVecObjects objects;                ///< sorted by object number, as PoDoFo keeps them
  std::unique_ptr<PoDoFo::PdfObject> trailer;  ///< the trailer dictionary
  const PoDoFo::PdfObject* catalog = nullptr;  ///< the object /Root names
};

/// The file's objects, or nullptr when the file is not of the plain form. Never throws.
std::unique_ptr<PlainPdf> read_plain_pdf(std::string_view bytes);

}  // namespace folio::audit::pdf
