#include "writers/pdf/stream_data.h"

#include <libdeflate.h>

#include <memory>
#include <mutex>
#include <string>

namespace folio::pdf {

using namespace PoDoFo;

namespace {

struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// One compressor per process, kept (allocating one costs more than compressing a page), used
// under a lock. Not thread_local: a thread_local in this dlopen'ed module made LeakSanitizer's
// tracer crash at exit (cli_test under ASan, with the module loaded on a thread of its own).
std::mutex compressor_mutex;
libdeflate_compressor* compressor() {
  static std::unique_ptr<libdeflate_compressor, CompressorDeleter> c(libdeflate_alloc_compressor(6));
  return c.get();
}

}  // namespace

void set_stream_data(PdfObject* object, std::string_view bytes) {
  PdfStream* stream = object->GetStream();
  libdeflate_compressor* c = PdfStream::eDefaultFilter == ePdfFilter_None ? nullptr : compressor();
  if (c == nullptr) {  // a debug write, or no memory for a compressor
    stream->Set(bytes.data(), static_cast<pdf_long>(bytes.size()), TVecFilters());
    return;
  }
  std::string packed;
  {
    const std::lock_guard lock(compressor_mutex);
    packed.resize(libdeflate_zlib_compress_bound(c, bytes.size()));
    packed.resize(libdeflate_zlib_compress(c, bytes.data(), bytes.size(), packed.data(), packed.size()));
  }
  stream->Set(packed.data(), static_cast<pdf_long>(packed.size()), TVecFilters());
  object->GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
}

}  // namespace folio::pdf
