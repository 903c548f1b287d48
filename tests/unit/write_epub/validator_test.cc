// Runs the independent checkers (EPUBCheck 4.2.6, DAISY Ace 1.4.6) on representative EPUBs.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <stdlib.h>

#include "epub_test_support.h"
#include "release_index_fixture.h"
#include "sample_documents.h"
#include "support/paths.h"

namespace folio::writers::epub_test {
namespace {

struct Check {
  int exit_code = -1;
  std::string output;
};

Check run_check_epub(const std::filesystem::path& tool, const std::filesystem::path& epub, bool ace) {
  const std::string command = "'" + tool.string() + "' " + (ace ? "" : "--no-ace ") + "'" + epub.string() + "' 2>&1";
  Check check;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return check;
  std::array<char, 4096> buffer{};
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) check.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  check.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return check;
}

class EpubValidator : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto shared = folio::test::shared_dir();
    if (!shared || !std::filesystem::exists(*shared / "tools" / "check-epub")) GTEST_SKIP() << "../shared/tools/check-epub not found";
    tool_ = *shared / "tools" / "check-epub";
    std::string pattern = (std::filesystem::temp_directory_path() / "folio-write-epub-validator-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }

  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
  }

  void expect_valid(const std::string& name, const std::string& epub, bool ace) {
    ASSERT_FALSE(epub.empty());
    const auto path = dir_ / (name + ".epub");
    std::ofstream(path, std::ios::binary) << epub;
    const Check check = run_check_epub(tool_, path, ace);
    std::cout << check.output;
    EXPECT_EQ(check.exit_code, 0) << check.output;
    // check-epub's exit status ignores warnings; folio's bar is 0 warnings too.
    EXPECT_NE(check.output.find("\"warning\": 0"), std::string::npos) << check.output;
  }

  std::filesystem::path tool_;
  std::filesystem::path dir_;
};

TEST_F(EpubValidator, FrenchWithQuotesAndPages) {
  const auto doc = french_release();
  EpubOptions options;
  options.page_source = "mobilite-verte.pdf";
  expect_valid("french", write_or_fail({{&doc, {{1, doc.blocks[1].info.id, 0}, {2, doc.blocks[7].info.id, 30}}}}, options),
               true);
}

TEST_F(EpubValidator, ArabicRightToLeft) {
  const auto doc = arabic_release();
  expect_valid("arabic", write_or_fail({{&doc, {}}}), false);
}

// Ace runs on this one and on the French release only: it starts Chromium for every book. Three
// releases share a content document, as in a large collection: their landmarks and ids must
// stay apart (a collection of one release per document is the single releases' content). The
// index fixture's releases follow, for the release indexes' dates by year or month alone
// (<time datetime="2020">), undated releases and organisations in three scripts.
TEST_F(EpubValidator, CollectionWithTableFiguresAndPages) {
  const auto fr = french_release();
  const auto ar = arabic_release();
  const auto en = table_and_figures_release();
  const auto notes = notes_release();
  const auto fr2 = french_release();
  EpubOptions options;
  options.collection_title = "Communiqués 2022";
  options.releases_per_document = 3;
  options.page_source = "communiques-2022.pdf";
  options.load_image = sample_image_loader();
  std::vector<EpubChapterInput> inputs{{&fr, {{1, fr.blocks[1].info.id, 0}, {2, fr.blocks[6].info.id, 0}}},
                                       {&ar, {{3, ar.blocks[2].info.id, 12}}},
                                       {&en, {{4, en.blocks[3].info.id, 0}}},
                                       {&notes, {}},
                                       {&fr2, {{5, fr2.blocks[1].info.id, 0}}}};
  const IndexFixture fixture;
  for (const auto& input : fixture.inputs()) inputs.push_back(input);
  expect_valid("collection", write_or_fail(inputs, options), true);
}

}  // namespace
}  // namespace folio::writers::epub_test
