#include "base/deflate.h"

#include <libdeflate.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>

namespace folio::base {

namespace {

struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// One compressor per level, kept for the process and used under its lock: allocating one costs
// more than compressing a page (its tables are first touched page by page). Not thread_local: a
// thread_local in the dlopen'ed PDF engine made LeakSanitizer's tracer crash at exit (cli_test
// under ASan, with the module loaded on a thread of its own).
constexpr int kLevels = 13;
struct Slot {
  std::mutex mutex;
  std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor;
};
std::array<Slot, kLevels> slots;

}  // namespace

std::optional<std::string> deflate(std::string_view bytes, DeflateFormat format, int level) {
  level = std::clamp(level, 1, kLevels - 1);
  Slot& slot = slots[static_cast<std::size_t>(level)];
  const std::lock_guard lock(slot.mutex);
  if (!slot.compressor) slot.compressor.reset(libdeflate_alloc_compressor(level));
  libdeflate_compressor* c = slot.compressor.get();
  if (c == nullptr) return std::nullopt;
  const bool zlib = format == DeflateFormat::zlib;
  std::string out;
  out.resize(zlib ? libdeflate_zlib_compress_bound(c, bytes.size()) : libdeflate_deflate_compress_bound(c, bytes.size()));
  const std::size_t n = zlib ? libdeflate_zlib_compress(c, bytes.data(), bytes.size(), out.data(), out.size())
                             : libdeflate_deflate_compress(c, bytes.data(), bytes.size(), out.data(), out.size());
  out.resize(n);  // the bound is never too small, so n > 0
  return out;
}

}  // namespace folio::base
