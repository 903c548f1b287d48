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

std::string write_file_atomically(const std::filesystem::path& path, std::string_view bytes, std::string_view what) {
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
  std::string tmpl = (dir / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  const auto failed = [&](const char* step, int err) { return std::string(step) + " " + std::string(what) + ": " + std::strerror(err); };
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
