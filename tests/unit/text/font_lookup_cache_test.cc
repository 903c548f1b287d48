#include "text/font_lookup_cache.h"

#include <gtest/gtest.h>
#include <unicode/uscript.h>

#include <chrono>
#include <cstdlib>
#include <fstream>

#include "support/paths.h"
#include "text/font_book.h"

namespace folio::text {
namespace {

namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("folio-font-cache-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

FontBook load_book(const fs::path& cache) {
  auto f = FontBook::load(test::source_dir() / "fonts" / "fonts.toml", "/usr/share/hyphen", cache);
  if (!f) throw std::runtime_error(f.error().front().message);
  return std::move(*f);
}

std::string ps(FontBook& book, char32_t cp, int script, const char* chain, bool bold = false) {
  auto id = book.font_for(cp, script, chain, bold, false);
  return id ? book.face(*id).postscript_name + " " + book.face(*id).file : "none";
}

// Sets an environment variable for one scope.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() { old_ ? ::setenv(name_, old_->c_str(), 1) : ::unsetenv(name_); }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(FontLookupCache, ASecondRunAnswersFromTheCacheWithoutStartingFontconfig) {
  const fs::path dir = fresh_dir("second-run");
  std::string first;
  {
    FontBook book = load_book(dir);
    EXPECT_TRUE(book.fontconfig_started());
    first = ps(book, U'a', USCRIPT_LATIN, "serif") + ps(book, U'a', USCRIPT_LATIN, "sans", true) +
            ps(book, U'ب', USCRIPT_ARABIC, "serif") + ps(book, U'☎', USCRIPT_COMMON, "serif");
    book.save_lookups();
  }
  ASSERT_TRUE(fs::exists(dir / "font-lookups.json"));
  FontBook again = load_book(dir);
  EXPECT_FALSE(again.fontconfig_started());
  EXPECT_EQ(ps(again, U'a', USCRIPT_LATIN, "serif") + ps(again, U'a', USCRIPT_LATIN, "sans", true) +
                ps(again, U'ب', USCRIPT_ARABIC, "serif") + ps(again, U'☎', USCRIPT_COMMON, "serif"),
            first);
  // The same faces, and fontconfig never asked.
  EXPECT_FALSE(again.fontconfig_started());
  // A lookup the cache has no answer for starts fontconfig, and is kept.
  const std::string cjk = ps(again, U'中', USCRIPT_HAN, "serif");
  EXPECT_NE(cjk, "none");
  EXPECT_TRUE(again.fontconfig_started());
  again.save_lookups();
  FontBook third = load_book(dir);
  EXPECT_EQ(ps(third, U'中', USCRIPT_HAN, "serif"), cjk);
  EXPECT_FALSE(third.fontconfig_started());
  fs::remove_all(dir);
}

TEST(FontLookupCache, NoCacheDirectoryMeansNoFile) {
  FontBook book = load_book({});
  EXPECT_TRUE(book.fontconfig_started());
  EXPECT_NE(ps(book, U'a', USCRIPT_LATIN, "serif"), "none");
  book.save_lookups();  // nowhere to save: nothing happens
}

// A cache made under a configuration file of the test's own (which includes the system's).
class ChangedConfiguration : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("changes");
    // In a directory of its own: the cache records the directories of configuration files.
    fs::create_directories(dir_ / "conf");
    conf_ = dir_ / "conf" / "fonts.conf";
    std::ofstream(conf_) << "<?xml version=\"1.0\"?>\n<fontconfig><include>/etc/fonts/fonts.conf</include></fontconfig>\n";
    fs::create_directories(dir_ / "home");
    env_.emplace("FONTCONFIG_FILE", conf_.string());
    home_.emplace("HOME", (dir_ / "home").string());
    config_home_.emplace("XDG_CONFIG_HOME", (dir_ / "home" / ".config").string());
    FontLookupCache cache(file());
    EXPECT_FALSE(cache.valid());
    cache.store_match("Noto Serif", false, false, {"/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf", 0});
    FcConfig* config = FcInitLoadConfigAndFonts();
    ASSERT_NE(config, nullptr);
    cache.save(config);
    FcConfigDestroy(config);
  }
  void TearDown() override {
    config_home_.reset();
    home_.reset();
    env_.reset();
    fs::remove_all(dir_);
  }
  fs::path file() const { return dir_ / "cache" / "font-lookups.json"; }

  fs::path dir_, conf_;
  std::optional<ScopedEnv> env_, home_, config_home_;
};

TEST_F(ChangedConfiguration, UnchangedIsTrusted) {
  FontLookupCache cache(file());
  EXPECT_TRUE(cache.valid());
  ASSERT_TRUE(cache.match("Noto Serif", false, false));
  EXPECT_EQ(cache.match("Noto Serif", false, false)->file, "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf");
  EXPECT_FALSE(cache.match("Noto Serif", true, false));  // never asked
}

TEST_F(ChangedConfiguration, AnEditedConfigurationFileIsNot) {
  fs::last_write_time(conf_, fs::last_write_time(conf_) + std::chrono::seconds(5));
  EXPECT_FALSE(FontLookupCache(file()).valid());
}

TEST_F(ChangedConfiguration, ANewUserConfigurationIsNot) {
  // No file fontconfig read changes when a user writes a configuration of their own.
  fs::create_directories(dir_ / "home" / ".config" / "fontconfig");
  EXPECT_FALSE(FontLookupCache(file()).valid());
}

TEST_F(ChangedConfiguration, ANewUserFontIsNot) {
  fs::create_directories(dir_ / "home" / ".fonts");
  EXPECT_FALSE(FontLookupCache(file()).valid());
}

TEST_F(ChangedConfiguration, AnotherHomeIsNot) {
  ScopedEnv home("HOME", "/nonexistent");
  EXPECT_FALSE(FontLookupCache(file()).valid());
}

TEST_F(ChangedConfiguration, AnotherLocaleIsNot) {
  ScopedEnv lang("LC_ALL", "ja_JP.UTF-8");
  EXPECT_FALSE(FontLookupCache(file()).valid());
}

TEST_F(ChangedConfiguration, ADamagedOrOldCacheIsIgnored) {
  for (const char* text : {"", "{", "[1,2]", "{\"version\": 0}", "{\"version\": 1, \"environment\": 3}", "\xff\xfe"}) {
    std::ofstream(file(), std::ios::trunc) << text;
    FontLookupCache cache(file());
    EXPECT_FALSE(cache.valid()) << text;
    EXPECT_FALSE(cache.match("Noto Serif", false, false)) << text;
  }
}

}  // namespace
}  // namespace folio::text
