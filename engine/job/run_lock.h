// One batch run at a time per output directory and shard: a second run started into the same
// place while the first works would delete the first's temporary files as its own leftovers and
// write the same journal. The second is refused instead.
#pragma once

#include <string>

namespace folio::job {

/// An exclusive lock on the file `path` (created if needed), held while the object lives and
/// removed with it. Taken without waiting: `error()` says why it was not.
class RunLock {
 public:
  explicit RunLock(std::string path);
  ~RunLock();
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

  bool held() const { return fd_ >= 0; }
  /// Empty when held; "busy" when another process holds it; else the system's reason.
  const std::string& error() const { return error_; }

 private:
  std::string path_;
  int fd_ = -1;
  std::string error_;
};

}  // namespace folio::job
