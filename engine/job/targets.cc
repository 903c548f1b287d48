#include "job/targets.h"

#include <map>
#include <set>

namespace folio::job {

namespace fs = std::filesystem;

namespace {
fs::path normalized(const std::string& p) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(p, ec);  // fails for "" (the throwing form would throw)
  if (ec) return fs::path(p);
  auto n = fs::weakly_canonical(absolute, ec);
  return ec ? absolute : n;
}
}  // namespace

base::Diagnostic usage_error(const std::string& message) {
  return base::make_error("usage", base::Span{}, message);
}

std::string output_path(const fs::path& dir, const InputRef& input, const std::string& format) {
  const std::string stem = input.output_stem.empty() ? fs::path(input.path).stem().string() : input.output_stem;
  return (dir / (stem + "." + format)).string();
}

bool check_targets(const std::vector<Target>& targets, const std::vector<InputRef>& inputs, const DiagnosticSink& sink) {
  std::set<fs::path> input_paths;
  for (const auto& in : inputs) input_paths.insert(normalized(in.path));
  std::map<fs::path, std::string> seen;
  for (const auto& t : targets) {
    if (t.path == "-") continue;
    const fs::path p = normalized(t.path);
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
