#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "job/diagnostic_format.h"
#include "job/write_output.h"
#include "support/paths.h"

namespace folio::job {
namespace {

namespace fs = std::filesystem;

fs::path scratch(const std::string& name) {
  const auto dir = fs::temp_directory_path() / ("folio-job-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

TEST(WriteOutput, WritesAndReplacesWholeFiles) {
  const auto dir = scratch("write");
  const auto target = (dir / "a.txt").string();
  ASSERT_TRUE(write_output(target, "first").has_value());
  ASSERT_TRUE(write_output(target, "second").has_value());
  EXPECT_EQ(test::read_file(target), "second");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 1);
  fs::remove_all(dir);
}

TEST(WriteOutput, FailureLeavesNoTemporaryFile) {
  const auto dir = scratch("fail");
  fs::create_directories(dir / "taken" / "child");  // renaming a file onto a non-empty directory fails
  const auto r = write_output((dir / "taken").string(), "x");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().front().code, "output.write-failed");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}), 1);
  const auto missing = write_output((dir / "no" / "such" / "dir" / "a.txt").string(), "x");
  EXPECT_FALSE(missing.has_value());
  fs::remove_all(dir);
}

TEST(DiagnosticFormat, HumanShortAndJson) {
  base::Diagnostic d = base::make_warning("reader.x", base::Span{"f.txt", 3, 4, 2, 5}, "message \"q\"", "do this");
  EXPECT_EQ(format_diagnostic(d, DiagnosticFormat::short_), "f.txt:2:5: warning: message \"q\" [reader.x]\n");
  EXPECT_EQ(format_diagnostic(d, DiagnosticFormat::human),
            "f.txt:2:5: warning: message \"q\" [reader.x]\n  hint: do this\n");
  EXPECT_EQ(format_diagnostic(d, DiagnosticFormat::json),
            "{\"severity\":\"warning\",\"code\":\"reader.x\",\"file\":\"f.txt\",\"line\":2,\"column\":5,\"begin\":3,"
            "\"end\":4,\"message\":\"message \\\"q\\\"\",\"hint\":\"do this\"}\n");
  EXPECT_EQ(parse_diagnostic_format("json"), DiagnosticFormat::json);
  EXPECT_EQ(parse_diagnostic_format("xml"), std::nullopt);
}

}  // namespace
}  // namespace folio::job
