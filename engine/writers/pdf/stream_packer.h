// A PDF's streams (pages' content, font programs, their maps) Flate-compressed by libdeflate on a
// second thread while the writer goes on painting pages: compression is a tenth of writing a long
// PDF and needs nothing of PoDoFo. PoDoFo is not thread-safe, so the compressed bytes are set in
// its objects on the writer's thread, at the end. Each stream is compressed alone, so the file's
// bytes do not depend on which thread compressed what, or when.
//
// libdeflate at level 6 is smaller than zlib's level 6 (the seed's streams: 26.8 KB against
// 27.5 KB) in about a quarter of the time.
#pragma once

#include <podofo/podofo.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace folio::pdf {

class StreamPacker {
 public:
  /// `compress` false (PdfOptions::debug): streams are set at once, uncompressed, and no thread
  /// is started.
  explicit StreamPacker(bool compress);
  ~StreamPacker() = default;  ///< stops the thread (after the stream it is packing), sets nothing
  StreamPacker(const StreamPacker&) = delete;
  StreamPacker& operator=(const StreamPacker&) = delete;

  /// `object`'s stream will hold `bytes`, with /Filter /FlateDecode when compressed; the object
  /// must live until finish().
  void add(PoDoFo::PdfObject* object, std::string bytes);

  /// Compresses what the second thread has not reached yet (on this thread too), then sets every
  /// stream added, in order, and stops the thread. Call on the thread that owns the PoDoFo
  /// document, before it is written; PoDoFo errors propagate. Streams added afterwards are
  /// compressed and set by the next call, on this thread alone.
  void finish();

 private:
  struct Job {
    PoDoFo::PdfObject* object = nullptr;
    std::string bytes;
    std::optional<std::string> packed;  ///< nullopt: libdeflate had no memory for a compressor
  };

  bool take_and_pack(std::unique_lock<std::mutex>& lock);
  void work(std::stop_token stop);

  const bool compress_;
  std::mutex mutex_;
  std::condition_variable_any changed_;
  std::deque<Job> jobs_;  ///< appended under mutex_; a deque, so a job being packed never moves
  std::size_t next_ = 0;  ///< the first job no thread has taken
  std::size_t done_ = 0;  ///< jobs packed
  std::jthread worker_;   ///< last: stopped and joined before the jobs go
};

}  // namespace folio::pdf
