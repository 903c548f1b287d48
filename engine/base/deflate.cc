#include "base/deflate.h"

#include <libdeflate.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <vector>

namespace folio::base {

namespace {

struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// Compressors kept for the process, per level, and lent to one caller at a time: allocating one
// costs more than compressing a page (its tables are first touched page by page). As many are
// made as callers compress at once (the PDF writer's streams on two threads). Not thread_local:
// a thread_local in the dlopen'ed PDF engine made LeakSanitizer's tracer crash at exit (cli_test
// under ASan, with the module loaded on a thread of its own).
constexpr int kLevels = 13;
using Compressor = std::unique_ptr<libdeflate_compressor, CompressorDeleter>;
struct Slot {
  std::mutex mutex;
  std::vector<Compressor> idle;
};
std::array<Slot, kLevels> slots;

Compressor borrow(Slot& slot, int level) {
  {
    const std::lock_guard lock(slot.mutex);
    if (!slot.idle.empty()) {
      Compressor c = std::move(slot.idle.back());
      slot.idle.pop_back();
      return c;
    }
  }
  return Compressor(libdeflate_alloc_compressor(level));
}

void give_back(Slot& slot, Compressor c) {
  const std::lock_guard lock(slot.mutex);
  slot.idle.push_back(std::move(c));
}

}  // namespace

std::optional<std::string> deflate(std::string_view bytes, DeflateFormat format, int level) {
  level = std::clamp(level, 1, kLevels - 1);
  Slot& slot = slots[static_cast<std::size_t>(level)];
  Compressor compressor = borrow(slot, level);
  libdeflate_compressor* c = compressor.get();
  if (c == nullptr) return std::nullopt;
  const bool zlib = format == DeflateFormat::zlib;
  std::string out;
  out.resize(zlib ? libdeflate_zlib_compress_bound(c, bytes.size()) : libdeflate_deflate_compress_bound(c, bytes.size()));
  const std::size_t n = zlib ? libdeflate_zlib_compress(c, bytes.data(), bytes.size(), out.data(), out.size())
                             : libdeflate_deflate_compress(c, bytes.data(), bytes.size(), out.data(), out.size());
  out.resize(n);  // the bound is never too small, so n > 0
  give_back(slot, std::move(compressor));
  return out;
}

}  // namespace folio::base
