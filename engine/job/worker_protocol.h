// What a batch coordinator and its worker processes say to each other, one JSON object per line:
// the options once, then a task per input one way, a result per task the other way.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "job/batch_report.h"
#include "job/convert.h"
#include "job/converter.h"

namespace folio::job {

/// The options that shape the outputs' bytes, as a JSON object with a fixed key order: sent to
/// the workers, and digested for the report (a run with other options converts again).
/// `output` and the collection settings are not part of it.
std::string options_json(const ConvertOptions& options);
/// Back from options_json(); nullopt when the text is not such an object.
std::optional<ConvertOptions> options_from_json(const std::string& text);

struct WorkTask {
  std::uint64_t id = 0;
  InputRef input;
  std::vector<std::pair<std::string, std::string>> targets;  ///< (format, path)
};
std::string task_line(const WorkTask& task);
std::optional<WorkTask> parse_task_line(const std::string& line);

/// A worker's answer: the input's record (outputs with paths as written) and every diagnostic.
struct WorkResult {
  std::uint64_t id = 0;
  InputRecord record;
  base::Diagnostics diagnostics;
};
std::string result_line(const WorkResult& result);
std::optional<WorkResult> parse_result_line(const std::string& line);

}  // namespace folio::job
