#include "writers/pdf/stream_data.h"

#include <string>

#include "base/deflate.h"

namespace folio::pdf {

using namespace PoDoFo;

void set_stream_data(PdfObject* object, std::string_view bytes) {
  PdfStream* stream = object->GetStream();
  std::optional<std::string> packed;
  if (PdfStream::eDefaultFilter != ePdfFilter_None) packed = base::deflate(bytes, base::DeflateFormat::zlib, 6);
  if (!packed) {  // a debug write, or no memory for a compressor
    stream->Set(bytes.data(), static_cast<pdf_long>(bytes.size()), TVecFilters());
    return;
  }
  stream->Set(packed->data(), static_cast<pdf_long>(packed->size()), TVecFilters());
  object->GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
}

}  // namespace folio::pdf
