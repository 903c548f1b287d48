#include "writers/pdf/stream_packer.h"

#include <utility>

#include "base/deflate.h"

namespace folio::pdf {

using namespace PoDoFo;

namespace {

void set_stream(PdfObject* object, const std::string& bytes, bool flate) {
  object->GetStream()->Set(bytes.data(), static_cast<pdf_long>(bytes.size()), TVecFilters());
  if (flate) object->GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
}

}  // namespace

StreamPacker::StreamPacker(bool compress) : compress_(compress) {
  if (compress_) worker_ = std::jthread([this](std::stop_token stop) { work(stop); });
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
  ++done_;
  changed_.notify_all();
  return true;
}

void StreamPacker::work(std::stop_token stop) {
  std::unique_lock lock(mutex_);
  while (!stop.stop_requested()) {
    if (!take_and_pack(lock)) changed_.wait(lock, stop, [&] { return next_ < jobs_.size(); });
  }
}

void StreamPacker::finish() {
  if (!compress_) return;
  {
    std::unique_lock lock(mutex_);
    while (take_and_pack(lock)) {
    }
    changed_.wait(lock, [&] { return done_ == jobs_.size(); });
  }
  if (worker_.joinable()) {
    worker_.request_stop();
    worker_.join();
  }
  for (Job& job : jobs_) {
    if (job.packed) {
      set_stream(job.object, *job.packed, true);
    } else {
      set_stream(job.object, job.bytes, false);
    }
  }
  jobs_.clear();
  next_ = done_ = 0;
}

}  // namespace folio::pdf
