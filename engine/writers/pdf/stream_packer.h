// A PDF's streams (pages' content, font programs, their maps) Flate-compressed by libdeflate on
// the process's helper thread (base::beside) while the writer goes on painting pages: compression
// is a tenth of writing a long PDF and needs nothing of PoDoFo. PoDoFo is not thread-safe, so the
// compressed bytes are set in its objects on the writer's thread, at the end. Each stream is
// compressed alone, so the file's bytes do not depend on which thread compressed what, or when.
//
// libdeflate at level 6 is smaller than zlib's level 6 (the seed's streams: 26.8 KB against
// 27.5 KB) in about a quarter of the time.
#pragma once

#include <podofo/podofo.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

namespace folio::pdf {

class StreamPacker {
 public:
  /// `compress` false (PdfOptions::debug): streams are set at once, uncompressed.
  explicit StreamPacker(bool compress);
  StreamPacker(const StreamPacker&) = delete;
  StreamPacker& operator=(const StreamPacker&) = delete;

  /// Calls `writing`, which adds streams, while the helper thread compresses them as they come;
  /// then the caller compresses what is left beside the helper. Returns when both have stopped,
  /// rethrowing an exception of `writing` (then nothing more is compressed). Without a free
  /// helper the caller compresses everything, after `writing`.
  void pack_while(const std::function<void()>& writing);

  /// `object`'s stream will hold `bytes`, with /Filter /FlateDecode when compressed; the object
  /// must live until finish().
  void add(PoDoFo::PdfObject* object, std::string bytes);

  /// Compresses what is not yet (streams added outside pack_while), then sets every stream
  /// added, in order. Call on the thread that owns the PoDoFo document, outside pack_while,
  /// before the document is written; PoDoFo errors propagate. Streams added afterwards are
  /// compressed and set by the next call.
  void finish();

 private:
  struct Job {
    PoDoFo::PdfObject* object = nullptr;
    std::string bytes;
    std::optional<std::string> packed;  ///< nullopt: libdeflate had no memory for a compressor
  };

  bool take_and_pack(std::unique_lock<std::mutex>& lock);

  const bool compress_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Job> jobs_;  ///< appended under mutex_; a deque, so a job being packed never moves
  std::size_t next_ = 0;  ///< the first job no thread has taken
  bool written_ = false;  ///< pack_while's writing is over and every job taken: the helper stops
};

}  // namespace folio::pdf
