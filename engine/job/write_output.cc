#include "job/write_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace folio::job {

namespace {
base::Diagnostic output_error(const std::string& path, const std::string& what) {
  return base::make_error("output.write-failed", base::Span{path, 0, 0, 0, 0}, what);
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

base::Result<bool> write_output(const std::string& path, std::string_view bytes) {
  if (path == "-") {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::fflush(stdout) != 0) {
      return output_error("<stdout>", "cannot write to standard output");
    }
    return true;
  }
  const std::filesystem::path target(path);
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  std::string name = ".";
  name += target.filename().string();
  name += ".tmp-XXXXXX";
  std::string tmpl = (dir / name).string();
  const int fd = mkstemp(tmpl.data());
  if (fd < 0) return output_error(path, std::string("cannot create output: ") + std::strerror(errno));
  const auto fail = [&](const std::string& what) {
    ::close(fd);
    ::unlink(tmpl.c_str());
    return output_error(path, what + ": " + std::strerror(errno));
  };
  if (!write_all(fd, bytes)) return fail("cannot write output");
  // Outputs are ordinary user files: honour the umask like any other program would.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0) return fail("cannot set output permissions");
  if (::close(fd) != 0) {
    ::unlink(tmpl.c_str());
    return output_error(path, std::string("cannot write output: ") + std::strerror(errno));
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    return output_error(path, std::string("cannot write output: ") + std::strerror(err));
  }
  return true;
}

}  // namespace folio::job
