// Writing outputs atomically: a temporary file next to the target, renamed on success.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace folio::job {

/// Writes `bytes` to `path` ("-" = stdout). On any failure the target is untouched and no
/// temporary file is left behind.
base::Result<bool> write_output(const std::string& path, std::string_view bytes);

}  // namespace folio::job
