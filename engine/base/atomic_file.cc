#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace folio::base {

namespace {
// Linux tells the umask in /proc/self/status; umask() can only read it by setting it, which
// would give a file another thread creates meanwhile the wrong permissions: that is the fallback,
// done once.
mode_t process_umask() {
  static const mode_t mask = [] {
    if (std::FILE* status = std::fopen("/proc/self/status", "r")) {
      char line[256];
      unsigned value = 0;
      bool found = false;
      while (!found && std::fgets(line, sizeof line, status)) found = std::sscanf(line, "Umask: %o", &value) == 1;
      std::fclose(status);
      if (found) return static_cast<mode_t>(value);
    }
    const mode_t m = ::umask(0);
    ::umask(m);
    return m;
  }();
  return mask;
}
}  // namespace

bool write_all(int fd, std::string_view bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

namespace {

std::string failure(const char* step, std::string_view what, int err) {
  return std::string(step) + " " + std::string(what) + ": " + std::strerror(err);
}

// A device, a FIFO or a socket is written into: nothing can be renamed over it without replacing
// it (`-o /dev/null` run as root would leave /dev/null a regular file).
std::string write_in_place(const std::filesystem::path& path, std::string_view bytes, std::string_view what) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return failure("cannot open", what, errno);
  if (!write_all(fd, bytes)) {
    const int err = errno;
    ::close(fd);
    return failure("cannot write", what, err);
  }
  if (::close(fd) != 0) return failure("cannot write", what, errno);
  return {};
}

}  // namespace

std::string write_file_atomically(const std::filesystem::path& given, std::string_view bytes, std::string_view what) {
  struct stat st {};
  if (::stat(given.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    return write_in_place(given, bytes, what);
  }
  // A symbolic link stays one: the file it names is replaced.
  std::error_code error;
  std::filesystem::path path = given;
  if (std::filesystem::is_symlink(given, error)) {
    if (auto target = std::filesystem::canonical(given, error); !error) path = std::move(target);
  }
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
  std::string tmpl = (dir / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  const auto failed = [&](const char* step, int err) { return failure(step, what, err); };
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return failed("cannot create", errno);
  const auto fail = [&](const char* step) {
    const int err = errno;
    ::close(fd);
    ::unlink(tmpl.c_str());
    return failed(step, err);
  };
  if (!write_all(fd, bytes)) return fail("cannot write");
  if (::fchmod(fd, 0666 & ~process_umask()) != 0) return fail("cannot set the permissions of");
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    return failed("cannot write", err);
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    return failed("cannot write", err);
  }
  return {};
}

}  // namespace folio::base
