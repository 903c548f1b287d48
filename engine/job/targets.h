// Where each output goes, decided before anything is written, so that usage errors (an output
// that would overwrite an input, two inputs writing one file) stop a run before it starts.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "job/converter.h"

namespace folio::job {

/// DIR/<stem>.<format>: the stem is the input's output_stem, else its file stem.
std::string output_path(const std::filesystem::path& dir, const InputRef& input, const std::string& format);

/// False, after reporting a usage error to `sink`, when a target would overwrite an input or
/// two targets would write the same file.
bool check_targets(const std::vector<Target>& targets, const std::vector<InputRef>& inputs, const DiagnosticSink& sink);

/// A usage error (exit 2 before anything is written).
base::Diagnostic usage_error(const std::string& message);

}  // namespace folio::job
