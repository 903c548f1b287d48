#include "text/hyphen_dictionary_cache.h"

#include <gtest/gtest.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace folio::text {
namespace {

namespace fs = std::filesystem;

/// A pattern file of our own with `patterns`, one per line, in a fresh directory.
class HyphenCache : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) / ("hyphen-cache-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "dicts");
    dic_ = root_ / "dicts" / "hyph_xx.dic";
    cache_ = root_ / "cache";
  }
  void TearDown() override { fs::remove_all(root_); }

  void write_patterns(const std::string& patterns) {
    std::ofstream(dic_, std::ios::binary) << "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n" << patterns;
  }

  static std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  fs::path root_, dic_, cache_;
};

/// hnj_hyphen_hyphenate2's digits for `word`.
std::string digits(const HyphenDictionary& dict, const std::string& word) {
  std::vector<char> hyphens(word.size() + 5, 0);
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  hnj_hyphen_hyphenate2(dict.get(), word.c_str(), static_cast<int>(word.size()), hyphens.data(), nullptr, &rep, &pos,
                        &cut);
  if (rep) {
    for (std::size_t i = 0; i < word.size(); ++i) std::free(rep[i]);
  }
  std::free(rep);
  std::free(pos);
  std::free(cut);
  return hyphens.data();
}

/// The digits of "abab" with a dictionary of `patterns` read straight from a pattern file.
std::string uncached(const fs::path& dir, const std::string& patterns) {
  const fs::path file = dir / "hyph_direct.dic";
  std::ofstream(file, std::ios::binary) << "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n" << patterns;
  const auto dict = load_hyphen_dictionary(file);
  fs::remove(file);
  return dict ? digits(*dict, "abab") : "";
}

// What the tests tell apart: "a1b" and "b1a" break "abab" at other places.
class HyphenCachePoints : public HyphenCache {
 protected:
  void SetUp() override {
    HyphenCache::SetUp();
    after_a_ = uncached(root_, "a1b\n");
    after_b_ = uncached(root_, "b1a\n");
    ASSERT_NE(after_a_, after_b_);
  }
  /// The digits of "abab" with the dictionary load_cached_hyphen_dictionary gives; "" for none.
  std::string cached_points() const {
    const auto dict = load_cached_hyphen_dictionary(dic_, cache_);
    return dict ? digits(*dict, "abab") : "";
  }
  std::string after_a_, after_b_;
};

TEST_F(HyphenCachePoints, FirstLoadKeepsTheDictionaryAndTheNextOneUsesIt) {
  write_patterns("a1b\n");
  const auto first = load_cached_hyphen_dictionary(dic_, cache_);
  ASSERT_TRUE(first);
  EXPECT_EQ(digits(*first, "abab"), after_a_);
  const fs::path file = hyphen_cache_file(dic_, cache_);
  ASSERT_TRUE(fs::exists(file));
  // Put another dictionary's bytes under the same first line: a load that returns its points
  // read the cache, not the pattern file.
  const std::string kept = read(file);
  const std::string first_line = kept.substr(0, kept.find('\n') + 1);
  const fs::path other = root_ / "dicts" / "hyph_yy.dic";
  std::ofstream(other, std::ios::binary) << "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nb1a\n";
  const auto other_dict = load_hyphen_dictionary(other);
  ASSERT_TRUE(other_dict);
  std::ofstream(file, std::ios::binary) << first_line << other_dict->serialize();
  EXPECT_EQ(cached_points(), after_b_);
  // That was an older folio's layout (no image): it is made again in this one, from what it
  // held (the other dictionary's points), and the next load uses it in place.
  EXPECT_NE(read(file), first_line + other_dict->serialize());
  const auto upgraded = load_cached_hyphen_dictionary(dic_, cache_);
  ASSERT_TRUE(upgraded);
  EXPECT_EQ(digits(*upgraded, "abab"), after_b_);
  const std::uintptr_t at = hyphen_cache_image_address(file);
  const auto root = reinterpret_cast<std::uintptr_t>(upgraded->get());
  EXPECT_TRUE(root >= at && root < at + (std::uintptr_t{1} << 32)) << std::hex << root << " " << at;
}

// A kept dictionary is used where it lies in the cache file, mapped at its address; when that
// address is taken, the file's portable copy gives the same dictionary.
TEST_F(HyphenCachePoints, KeptDictionaryIsUsedInPlaceOrCopiedWhenItsAddressIsTaken) {
  write_patterns("a1b\n");
  ASSERT_TRUE(load_cached_hyphen_dictionary(dic_, cache_));
  const std::uintptr_t at = hyphen_cache_image_address(hyphen_cache_file(dic_, cache_));
  {
    const auto in_place = load_cached_hyphen_dictionary(dic_, cache_);
    ASSERT_TRUE(in_place);
    EXPECT_EQ(digits(*in_place, "abab"), after_a_);
    const auto root = reinterpret_cast<std::uintptr_t>(in_place->get());
    EXPECT_TRUE(root >= at && root < at + (std::uintptr_t{1} << 32)) << std::hex << root << " " << at;
  }
  void* taken = ::mmap(reinterpret_cast<void*>(at), 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  ASSERT_EQ(taken, reinterpret_cast<void*>(at));
  const std::string kept = read(hyphen_cache_file(dic_, cache_));
  const auto copied = load_cached_hyphen_dictionary(dic_, cache_);
  ASSERT_TRUE(copied);
  EXPECT_EQ(digits(*copied, "abab"), after_a_);
  const auto root = reinterpret_cast<std::uintptr_t>(copied->get());
  EXPECT_FALSE(root >= at && root < at + (std::uintptr_t{1} << 32));
  EXPECT_EQ(read(hyphen_cache_file(dic_, cache_)), kept);  // a good file is not made again
  ::munmap(taken, 4096);
}

TEST_F(HyphenCachePoints, ChangedPatternFileIsReadAgain) {
  write_patterns("a1b\n");
  ASSERT_TRUE(load_cached_hyphen_dictionary(dic_, cache_));
  write_patterns("b1a\nx1y\n");  // another size, another modification time
  EXPECT_EQ(cached_points(), after_b_);
  EXPECT_EQ(cached_points(), after_b_);  // from the copy made again
}

TEST_F(HyphenCachePoints, DamagedCacheIsReplaced) {
  write_patterns("a1b\n");
  ASSERT_TRUE(load_cached_hyphen_dictionary(dic_, cache_));
  const fs::path file = hyphen_cache_file(dic_, cache_);
  const std::string whole = read(file);
  std::ofstream(file, std::ios::binary) << whole.substr(0, whole.size() / 2);
  EXPECT_EQ(cached_points(), after_a_);
  EXPECT_EQ(read(file), whole);
}

TEST_F(HyphenCachePoints, NoCacheDirectoryOrUnwritableOneStillLoads) {
  write_patterns("a1b\n");
  const auto without = load_cached_hyphen_dictionary(dic_, {});
  ASSERT_TRUE(without);
  EXPECT_EQ(digits(*without, "abab"), after_a_);
  std::ofstream(root_ / "file") << "x";  // a cache "directory" that is a file
  const auto blocked = load_cached_hyphen_dictionary(dic_, root_ / "file");
  ASSERT_TRUE(blocked);
  EXPECT_EQ(digits(*blocked, "abab"), after_a_);
  EXPECT_FALSE(load_cached_hyphen_dictionary(root_ / "dicts" / "hyph_none.dic", cache_));
}

}  // namespace
}  // namespace folio::text
