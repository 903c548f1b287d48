#include "job/targets.h"

#include <unordered_map>
#include <unordered_set>

namespace folio::job {

namespace fs = std::filesystem;

namespace {

// A path as weakly_canonical gives it, each parent directory resolved once: a batch names tens
// of thousands of files in a few directories, and resolving each path walks all its components
// with a system call or two each (10,000 inputs and their 30,000 outputs: 0.5 s before any work).
class Normalizer {
 public:
  std::string operator()(const std::string& p) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(p, ec);  // fails for "" (the throwing form would throw)
    if (ec) return p;
    const fs::path name = absolute.filename();
    // A last component that is a link (or not a plain name) is resolved with the whole path.
    if (name.empty() || name == "." || name == ".." || fs::is_symlink(fs::symlink_status(absolute, ec))) {
      return weakly_canonical(absolute).native();
    }
    const fs::path parent = absolute.parent_path();
    auto it = parents_.find(parent.native());
    if (it == parents_.end()) it = parents_.emplace(parent.native(), weakly_canonical(parent)).first;
    return (it->second / name).native();
  }

 private:
  static fs::path weakly_canonical(const fs::path& p) {
    std::error_code ec;
    auto n = fs::weakly_canonical(p, ec);
    return ec ? p.lexically_normal() : n;
  }
  std::unordered_map<std::string, fs::path> parents_;
};

}  // namespace

base::Diagnostic usage_error(const std::string& message) {
  return base::make_error("usage", base::Span{}, message);
}

std::string output_path(const fs::path& dir, const InputRef& input, const std::string& format) {
  const std::string stem = input.output_stem.empty() ? fs::path(input.path).stem().string() : input.output_stem;
  return (dir / (stem + "." + format)).string();
}

bool check_targets(const std::vector<Target>& targets, const std::vector<InputRef>& inputs, const DiagnosticSink& sink) {
  Normalizer normalized;
  std::unordered_set<std::string> input_paths;  // canonical: compared as strings
  for (const auto& in : inputs) input_paths.insert(normalized(in.path));
  std::unordered_map<std::string, std::string> seen;
  for (const auto& t : targets) {
    if (t.path == "-") continue;
    const std::string p = normalized(t.path);
    if (input_paths.count(p)) {
      sink(usage_error("output " + t.path + " would overwrite an input; choose another -o"));
      return false;
    }
    auto [it, fresh] = seen.emplace(p, t.inputs.front().name);
    if (!fresh) {
      sink(usage_error("inputs " + it->second + " and " + t.inputs.front().name + " would both write " + t.path +
                       "; convert them into different directories"));
      return false;
    }
  }
  return true;
}

}  // namespace folio::job
