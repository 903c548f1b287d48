// The usage errors found before anything is written: an output that would overwrite an input,
// however either is spelled (dots, a linked directory, a linked file), and two inputs writing
// one file.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "job/targets.h"

namespace folio::job {
namespace {

namespace fs = std::filesystem;

class Targets : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("folio-targets-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
    std::ofstream(dir_ / "in" / "a.txt") << "a";
    std::ofstream(dir_ / "in" / "b.txt") << "b";
    fs::create_directory_symlink(dir_ / "in", dir_ / "linked-dir");
    fs::create_symlink(dir_ / "in" / "a.txt", dir_ / "in" / "link-to-a.txt");
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string at(const std::string& relative) const { return (dir_ / relative).string(); }

  // check_targets on one target per (input, output path); the usage error it reports, "" if none.
  std::string check(const std::vector<std::pair<std::string, std::string>>& writes) const {
    std::vector<InputRef> inputs;
    std::vector<Target> targets;
    for (const auto& [input, output] : writes) {
      inputs.push_back(file_input(at(input)));
      targets.push_back(Target{{inputs.back()}, "txt", at(output)});
    }
    std::string error;
    const bool ok = check_targets(targets, inputs, [&](const base::Diagnostic& d) { error = d.message; });
    EXPECT_EQ(ok, error.empty()) << error;
    return error;
  }

  fs::path dir_;
};

TEST_F(Targets, OutputsBesideTheInputsOrInANewDirectoryAreFine) {
  EXPECT_EQ(check({{"in/a.txt", "in/a.out.txt"}, {"in/b.txt", "out/new/b.txt"}}), "");
}

TEST_F(Targets, AnOutputOverAnInputIsRefusedHoweverEitherIsSpelled) {
  for (const std::string output : {"in/a.txt", "in/./a.txt", "in/../in/a.txt", "linked-dir/a.txt", "in/link-to-a.txt"}) {
    EXPECT_NE(check({{"in/b.txt", "out/b.txt"}, {"in/a.txt", output}}).find("would overwrite an input"),
              std::string::npos)
        << output;
  }
  // The input named through the linked directory, the output by its real path.
  EXPECT_NE(check({{"linked-dir/a.txt", "in/a.txt"}}).find("would overwrite an input"), std::string::npos);
}

TEST_F(Targets, TwoInputsWritingOneFileAreRefused) {
  EXPECT_NE(check({{"in/a.txt", "out/x.txt"}, {"in/b.txt", "out/../out/x.txt"}}).find("would both write"),
            std::string::npos);
  EXPECT_NE(check({{"in/a.txt", "in/x.txt"}, {"in/b.txt", "linked-dir/x.txt"}}).find("would both write"),
            std::string::npos);
}

}  // namespace
}  // namespace folio::job
