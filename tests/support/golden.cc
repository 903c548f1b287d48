#include "support/golden.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "support/paths.h"

namespace folio::test {

namespace {
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}
}  // namespace

void expect_golden(const std::string& actual, const std::string& relative) {
  const auto path = source_dir() / "tests" / "golden" / relative;
  const char* accept = std::getenv("FOLIO_ACCEPT");
  if (accept && std::string(accept) == "1") {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  if (!std::filesystem::exists(path)) {
    ADD_FAILURE() << "golden file missing: " << path << " (run with FOLIO_ACCEPT=1 and review it)";
    return;
  }
  const std::string expected = read_file(path);
  if (expected == actual) return;
  const auto e = split_lines(expected);
  const auto a = split_lines(actual);
  std::size_t i = 0;
  while (i < e.size() && i < a.size() && e[i] == a[i]) ++i;
  ADD_FAILURE() << "output differs from " << path << " at line " << (i + 1) << "\n  expected: "
                << (i < e.size() ? e[i] : "<end>") << "\n  actual:   " << (i < a.size() ? a[i] : "<end>")
                << "\n(FOLIO_ACCEPT=1 rewrites it; review the diff before committing)";
}

}  // namespace folio::test
