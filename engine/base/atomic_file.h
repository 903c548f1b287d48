// Writing a file so that nobody ever sees part of it: outputs, reports and caches.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace folio::base {

/// Writes all of `bytes` to `fd`, going on after interrupted or partial writes; false on an
/// error (errno tells which).
bool write_all(int fd, std::string_view bytes);

/// Writes `bytes` to `path` through a temporary file beside it (".NAME.tmp-XXXXXX") renamed into
/// place: a reader sees the old file or the whole new one, and a failed write leaves nothing.
/// Permissions 0666 less the umask, like any file a program creates. A symbolic link is followed
/// (the file it names is replaced, the link stays); a device, a FIFO or a socket (/dev/null, a
/// named pipe) is written into directly. Returns "" on success, else what failed, naming the
/// file's role `what` ("cannot write output: No space left on device").
std::string write_file_atomically(const std::filesystem::path& path, std::string_view bytes, std::string_view what);

}  // namespace folio::base
