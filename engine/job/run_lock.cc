#include "job/run_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace folio::job {

RunLock::RunLock(std::string path) : path_(std::move(path)) {
  // The holder removes the file when it is done: a lock taken on a file removed meanwhile is no
  // lock, so it is taken again on the file now at the path.
  for (int attempt = 0; attempt < 8; ++attempt) {
    // Close-on-exec: a worker that held the descriptor would hold the lock after its coordinator.
    const int fd = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0) {
      error_ = std::strerror(errno);
      return;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      error_ = errno == EWOULDBLOCK ? "busy" : std::strerror(errno);
      ::close(fd);
      return;
    }
    struct stat held {}, now {};
    if (::fstat(fd, &held) == 0 && ::stat(path_.c_str(), &now) == 0 && held.st_ino == now.st_ino &&
        held.st_dev == now.st_dev) {
      fd_ = fd;
      return;
    }
    ::close(fd);
  }
  error_ = "the lock file keeps being replaced";
}

RunLock::~RunLock() {
  if (fd_ < 0) return;
  ::unlink(path_.c_str());
  ::close(fd_);
}

}  // namespace folio::job
