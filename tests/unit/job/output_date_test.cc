#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "job/render.h"

namespace folio::job {
namespace {

namespace fs = std::filesystem;

// A source file whose modification time is 2023-03-04 05:06:07 UTC.
fs::path source_file() {
  const auto path = fs::temp_directory_path() / ("folio-date-" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path) << "A release.\n";
  const auto when = std::chrono::sys_seconds{std::chrono::seconds{1677906367}};
  fs::last_write_time(path, std::chrono::file_clock::from_sys(when));
  return path;
}

LoadedInput input(const std::string& path, const std::string& date) {
  LoadedInput in;
  in.path = path;
  in.document.metadata.date = date;
  return in;
}

TEST(OutputDate, TheReleaseDateComesFirstThenSourceDateEpochThenTheFileTime) {
  const fs::path file = source_file();
  ConvertOptions options;
  options.source_date_epoch = 1767225600;  // 2026-01-01
  const LoadedInput dated = input(file.string(), "2024-05-02");
  const LoadedInput undated = input(file.string(), "");

  OutputDate d = output_date({&dated}, options);
  EXPECT_EQ(d.timestamp, "2024-05-02T00:00:00Z");
  EXPECT_EQ(d.note.code, "output.date");
  EXPECT_NE(d.note.message.find("the release's date"), std::string::npos);

  d = output_date({&undated}, options);
  EXPECT_EQ(d.timestamp, "2026-01-01T00:00:00Z");
  EXPECT_NE(d.note.message.find("SOURCE_DATE_EPOCH"), std::string::npos);

  options.source_date_epoch.reset();
  d = output_date({&undated}, options);
  EXPECT_EQ(d.timestamp, "2023-03-04T05:06:07Z");
  EXPECT_NE(d.note.message.find("modification time"), std::string::npos);
  EXPECT_EQ(d.note.severity, base::Severity::note);

  // A collection carries its latest release's date.
  const LoadedInput later = input(file.string(), "2025-01-09");
  EXPECT_EQ(output_date({&dated, &undated, &later}, options).timestamp, "2025-01-09T00:00:00Z");
  fs::remove(file);
}

TEST(OutputDate, NeverTheEpoch) {
  ConvertOptions options;
  const LoadedInput gone = input("/nonexistent/folio-release.txt", "");
  const OutputDate d = output_date({&gone}, options);
  EXPECT_NE(d.timestamp.substr(0, 4), "1970");
  EXPECT_NE(d.note.message.find("time of conversion"), std::string::npos);
}

}  // namespace
}  // namespace folio::job
