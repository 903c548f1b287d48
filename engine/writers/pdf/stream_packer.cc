#include "writers/pdf/stream_packer.h"

#include <utility>

#include "base/deflate.h"
#include "base/two_threads.h"

namespace folio::pdf {

using namespace PoDoFo;

namespace {

void set_stream(PdfObject* object, const std::string& bytes, bool flate) {
  object->GetStream()->Set(bytes.data(), static_cast<pdf_long>(bytes.size()), TVecFilters());
  if (flate) object->GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
}

}  // namespace

StreamPacker::StreamPacker(bool compress) : compress_(compress) {}

void StreamPacker::pack_while(const std::function<void()>& writing) {
  if (!compress_) {
    writing();
    return;
  }
  {
    const std::lock_guard lock(mutex_);
    written_ = false;
  }
  // The writer, once done, packs what is left beside the helper; then neither takes more.
  const auto written = [&](bool pack_rest) {
    std::unique_lock rest(mutex_);
    while (pack_rest && take_and_pack(rest)) {
    }
    written_ = true;
    rest.unlock();
    changed_.notify_all();
  };
  base::beside(
      [&] {
        std::unique_lock helper(mutex_);
        while (!written_) {
          if (!take_and_pack(helper)) changed_.wait(helper, [&] { return written_ || next_ < jobs_.size(); });
        }
      },
      [&] {
        try {
          writing();
        } catch (...) {
          written(false);
          throw;
        }
        written(true);
      },
      base::Untaken::drop);
}

void StreamPacker::add(PdfObject* object, std::string bytes) {
  if (!compress_) {
    set_stream(object, bytes, false);
    return;
  }
  {
    const std::lock_guard lock(mutex_);
    jobs_.push_back(Job{object, std::move(bytes), std::nullopt});
  }
  changed_.notify_all();
}

// Packs the next job not taken, unlocked while compressing; false when none is left.
bool StreamPacker::take_and_pack(std::unique_lock<std::mutex>& lock) {
  if (next_ == jobs_.size()) return false;
  Job& job = jobs_[next_++];
  lock.unlock();
  std::optional<std::string> packed;
  try {
    packed = base::deflate(job.bytes, base::DeflateFormat::zlib, 6);
  } catch (const std::bad_alloc&) {
    // set uncompressed, as when libdeflate has no memory
  }
  lock.lock();
  job.packed = std::move(packed);
  return true;
}

void StreamPacker::finish() {
  if (!compress_) return;
  {
    // pack_while has returned: no job is being packed elsewhere.
    std::unique_lock lock(mutex_);
    while (take_and_pack(lock)) {
    }
  }
  for (Job& job : jobs_) {
    if (job.packed) {
      set_stream(job.object, *job.packed, true);
    } else {
      set_stream(job.object, job.bytes, false);
    }
  }
  jobs_.clear();
  next_ = 0;
}

}  // namespace folio::pdf
