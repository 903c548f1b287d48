#include "job/write_output.h"

#include <cstdio>

#include "base/atomic_file.h"

namespace folio::job {

namespace {
base::Diagnostic output_error(const std::string& path, const std::string& what) {
  return base::make_error("output.write-failed", base::Span{path, 0, 0, 0, 0}, what);
}
}  // namespace

base::Result<bool> write_output(const std::string& path, std::string_view bytes) {
  if (path == "-") {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::fflush(stdout) != 0) {
      return output_error("<stdout>", "cannot write to standard output");
    }
    return true;
  }
  const std::string failure = base::write_file_atomically(path, bytes, "output");
  if (!failure.empty()) return output_error(path, failure);
  return true;
}

}  // namespace folio::job
