#include "text/hyphen_dictionary.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace folio::text {
namespace {

// The dictionaries scripts/setup installs (hyphen-de, hyphen-en-us, hyphen-es, hyphen-fr,
// hyphen-pt-pt, hyphen-it, hyphen-nl, hyphen-sv, hyphen-ru, hyphen-uk, hyphen-el).
const std::filesystem::path kDir = "/usr/share/hyphen";

struct FreeDict {
  void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
};
using Dict = std::unique_ptr<HyphenDict, FreeDict>;

/// libhyphen's own loader, the reference. It drops the match of a pattern written twice in a
/// file without freeing it; that leak is libhyphen's, so LeakSanitizer is told to ignore it.
Dict libhyphen_reference(const std::filesystem::path& file) {
#if defined(__SANITIZE_ADDRESS__)
  const __lsan::ScopedDisabler libhyphen_leaks;
#endif
  return Dict(hnj_hyphen_load(file.c_str()));
}

/// The reference for a file, loaded once per test program (it takes seconds for German).
HyphenDict* libhyphen_load(const std::filesystem::path& file) {
  static std::map<std::filesystem::path, Dict> loaded;
  auto [it, fresh] = loaded.try_emplace(file);
  if (fresh) it->second = libhyphen_reference(file);
  return it->second.get();
}

/// `dict` as the cache maps it: image() in a file of its own (after 64 bytes of something
/// else, as a cache file's first line and portable copy come first), mapped at `base`.
std::unique_ptr<HyphenDictionary> mapped(const HyphenDictionary& dict, std::uintptr_t base, std::string* image_out = nullptr) {
  const std::string image = dict.image(base, 64);
  if (image_out) *image_out = image;
  const auto file = std::filesystem::path(::testing::TempDir()) / ("hyphen-image-" + std::to_string(::getpid()));
  std::ofstream(file, std::ios::binary) << std::string(64, 'x') << image;
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  std::filesystem::remove(file);
  if (fd < 0) return nullptr;
  auto out = HyphenDictionary::map_image(fd, 64 + image.size(), base, 64, image.size());
  ::close(fd);
  return out;
}

/// An address for a test's image, away from where the cache puts its own.
std::uintptr_t test_base(unsigned slot) { return std::uintptr_t{0x3e0000000000} + (std::uintptr_t{slot} << 32); }

/// What hnj_hyphen_hyphenate2 says of `word`: its hyphen digits and, where a point is
/// non-standard, the replacement with its position and cut, one line.
std::string hyphenate(HyphenDict& dict, const std::string& word) {
  std::vector<char> hyphens(word.size() + 5, 0);
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  hnj_hyphen_hyphenate2(&dict, word.c_str(), static_cast<int>(word.size()), hyphens.data(), nullptr, &rep, &pos, &cut);
  std::string out(hyphens.data());
  if (rep) {
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (rep[i]) out += " " + std::to_string(i) + ":" + rep[i] + "," + std::to_string(pos[i]) + "," + std::to_string(cut[i]);
      std::free(rep[i]);
    }
    std::free(rep);
  }
  std::free(pos);
  std::free(cut);
  return out;
}

/// Test words from the dictionary itself: every pattern's letters (word boundaries dropped),
/// and each joined to the next, so that matches, fallbacks and compound splits all run.
std::vector<std::string> words_of(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string line;
  std::getline(in, line);  // charset
  std::vector<std::string> words;
  while (std::getline(in, line)) {
    std::string word;
    for (const char c : line.substr(0, line.find('/'))) {
      if (static_cast<unsigned char>(c) <= ' ') break;
      if ((c < '0' || c > '9') && c != '.') word.push_back(c);
    }
    if (word.size() > 1 && word.find_first_of("%#") == std::string::npos) words.push_back(word);
  }
  const std::size_t patterns = words.size();
  for (std::size_t i = 0; i + 1 < patterns; ++i) words.push_back(words[i] + words[i + 1]);
  return words;
}

/// `bytes` in `charset` as UTF-8 (ICU).
std::string to_utf8(const std::string& bytes, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(bytes.size() * 4 + 1, '\0');
  const int32_t n = ucnv_convert("UTF-8", charset, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                                 static_cast<int32_t>(bytes.size()), &err);
  out.resize(U_SUCCESS(err) ? static_cast<std::size_t>(n) : 0);
  return out;
}

/// Number of characters of a UTF-8 string.
std::size_t characters(const std::string& utf8) {
  std::size_t n = 0;
  for (const char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

class SameAsLibhyphen : public ::testing::TestWithParam<const char*> {};

// Every word gets the same points, replacements and limits from folio's loader as from
// libhyphen's own, read from the same bytes.
TEST_P(SameAsLibhyphen, OnEveryPatternWord) {
  const auto file = kDir / GetParam();
  ASSERT_TRUE(std::filesystem::exists(file)) << file << " missing: scripts/setup installs it";
  HyphenDict* reference = libhyphen_load(file);
  const auto loaded = load_hyphen_dictionary(file, /*recode_to_utf8=*/false);
  ASSERT_TRUE(reference && loaded);
  // The dictionary as loaded, and as the cache gives it back: serialized and read again, and
  // as an image mapped where it was made for.
  const auto cached = HyphenDictionary::deserialize(loaded->serialize());
  ASSERT_TRUE(cached);
  const auto in_place = mapped(*loaded, test_base(static_cast<unsigned>(std::hash<std::string>{}(GetParam()) % 512)));
  ASSERT_TRUE(in_place);
  for (HyphenDict* ours : {loaded->get(), cached->get(), in_place->get()}) {
    EXPECT_STREQ(ours->cset, reference->cset);
    EXPECT_EQ(ours->utf8, reference->utf8);
    EXPECT_EQ(ours->lhmin, reference->lhmin);
    EXPECT_EQ(ours->rhmin, reference->rhmin);
    EXPECT_EQ(ours->clhmin, reference->clhmin);
    EXPECT_EQ(ours->crhmin, reference->crhmin);
    EXPECT_EQ(ours->nohyphenl, reference->nohyphenl);
    EXPECT_EQ(ours->nextlevel != nullptr, reference->nextlevel != nullptr);
    const auto words = words_of(file);
    ASSERT_GT(words.size(), 100u);
    std::size_t differ = 0;
    std::size_t hyphenated = 0;
    for (const auto& word : words) {
      const std::string expected = hyphenate(*reference, word);
      if (expected.find_first_of("13579") != std::string::npos) ++hyphenated;
      if (hyphenate(*ours, word) != expected && ++differ <= 5) {
        ADD_FAILURE() << word << ": " << hyphenate(*ours, word) << " vs libhyphen " << expected;
      }
    }
    EXPECT_EQ(differ, 0u) << "of " << words.size() << " words";
    EXPECT_GE(hyphenated, 40u) << "the words should exercise the patterns";
  }
}

INSTANTIATE_TEST_SUITE_P(DebianDictionaries, SameAsLibhyphen,
                         ::testing::Values("hyph_de_DE.dic", "hyph_en_US.dic", "hyph_es_ES.dic", "hyph_fr.dic",
                                           "hyph_pt_PT.dic", "hyph_it_IT.dic", "hyph_nl_NL.dic", "hyph_sv_SE.dic",
                                           "hyph_ru_RU.dic", "hyph_uk_UA.dic", "hyph_el_GR.dic"));

/// The break points of a digit string that folio's Hyphenator can use: odd digits break, even
/// ones (including a pattern's inhibiting 8) do not, and no point leaves fewer than 2
/// characters before it or 3 after it (libhyphen's own edge limits count bytes in 8-bit files
/// and characters in UTF-8 ones, and differ on words of two or three letters).
std::string points_of(const std::string& digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    const bool usable = i >= 1 && i + 4 <= digits.size();
    out.push_back(usable && ((digits[i] - '0') & 1) != 0 ? '-' : '.');
  }
  return out;
}

class RecodedAsUtf8 : public ::testing::TestWithParam<const char*> {};

// hyph_de_DE.dic is ISO8859-1, hyph_ru_RU.dic KOI8-R, hyph_el_GR.dic ISO8859-7. Recoded, each
// hyphenates the UTF-8 form of a word at the characters where libhyphen hyphenates its bytes
// in the file's charset (one byte a character). The even digits may differ: in compound words
// libhyphen overwrites a segment's digits byte by byte, so an inhibiting 8 before a two-byte
// letter survives in the 8-bit file only; it never changes a point.
TEST_P(RecodedAsUtf8, SamePointsAsTheOriginalCharset) {
  const auto file = kDir / GetParam();
  HyphenDict* reference = libhyphen_load(file);
  const auto loaded = load_hyphen_dictionary(file);
  ASSERT_TRUE(reference && loaded);
  HyphenDict* recoded = loaded->get();
  EXPECT_STRNE(reference->cset, "UTF-8");
  EXPECT_STREQ(recoded->cset, "UTF-8");
  EXPECT_EQ(recoded->utf8, 1);
  std::size_t non_ascii = 0;
  std::size_t differ = 0;
  for (const auto& word : words_of(file)) {
    const std::string utf8 = to_utf8(word, reference->cset);
    ASSERT_EQ(characters(utf8), word.size()) << utf8;
    if (utf8.size() == word.size()) continue;
    ++non_ascii;
    const std::string expected = points_of(hyphenate(*reference, word).substr(0, word.size()));
    const std::string got = points_of(hyphenate(*recoded, utf8).substr(0, word.size()));
    if (got != expected && ++differ <= 5) ADD_FAILURE() << utf8 << ": " << got << " vs " << expected;
  }
  EXPECT_GT(non_ascii, 100u);
  EXPECT_EQ(differ, 0u) << "of " << non_ascii << " words with letters beyond ASCII";
}

INSTANTIATE_TEST_SUITE_P(LegacyCharsets, RecodedAsUtf8,
                         ::testing::Values("hyph_de_DE.dic", "hyph_ru_RU.dic", "hyph_el_GR.dic", "hyph_sv_SE.dic"));

// Bytes that are not a whole serialized dictionary, or that would send libhyphen outside it,
// give nullptr (the cache then loads the pattern file).
TEST(HyphenDictionary, DamagedBytesAreRefused) {
  const auto loaded = load_hyphen_dictionary(kDir / "hyph_fr.dic");
  ASSERT_TRUE(loaded);
  const std::string bytes = loaded->serialize();
  EXPECT_TRUE(HyphenDictionary::deserialize(bytes));
  EXPECT_FALSE(HyphenDictionary::deserialize(bytes.substr(0, bytes.size() / 2)));
  EXPECT_FALSE(HyphenDictionary::deserialize(bytes.substr(0, bytes.size() - 1)));
  EXPECT_FALSE(HyphenDictionary::deserialize(bytes + "x"));
  EXPECT_FALSE(HyphenDictionary::deserialize("FOLIOHY0" + bytes.substr(8)));
  // The last state's first transition (the record ends with it and the count), moved far past
  // the transitions there are.
  std::string wrong = bytes;
  wrong[wrong.size() - 5] = '\x7f';
  EXPECT_FALSE(HyphenDictionary::deserialize(wrong));
}

// An image is used only at the address it was made for, never over another mapping, and only
// when every pointer in it stays inside its block.
TEST(HyphenDictionary, ImageIsRefusedWhenItCannotBeUsedSafely) {
  const auto loaded = load_hyphen_dictionary(kDir / "hyph_fr.dic");
  ASSERT_TRUE(loaded);
  std::string image;
  {
    const auto fine = mapped(*loaded, test_base(600), &image);
    ASSERT_TRUE(fine);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(fine->get()) >> 32, test_base(600) >> 32);
  }
  // The address already holds a mapping: it is left alone.
  void* taken = ::mmap(reinterpret_cast<void*>(test_base(601)), 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  ASSERT_EQ(taken, reinterpret_cast<void*>(test_base(601)));
  EXPECT_FALSE(mapped(*loaded, test_base(601)));
  EXPECT_EQ(*static_cast<volatile const char*>(taken), 0);
  ::munmap(taken, 4096);
  // Bytes made for one address, mapped at another; cut short; a pointer moved out of its block.
  const auto map_bytes = [](const std::string& bytes, std::uintptr_t base, std::size_t size) {
    const auto file = std::filesystem::path(::testing::TempDir()) / ("hyphen-bytes-" + std::to_string(::getpid()));
    std::ofstream(file, std::ios::binary) << std::string(64, 'x') << bytes;
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    std::filesystem::remove(file);
    auto out = HyphenDictionary::map_image(fd, 64 + bytes.size(), base, 64, size);
    ::close(fd);
    return out;
  };
  EXPECT_TRUE(map_bytes(image, test_base(600), image.size()));
  EXPECT_FALSE(map_bytes(image, test_base(602), image.size()));
  EXPECT_FALSE(map_bytes(image, test_base(600), image.size() / 2));
  // A state's transitions or match moved outside their blocks (the first state with both).
  std::size_t state_at = 0;
  {
    const auto fine = map_bytes(image, test_base(600), image.size());
    ASSERT_TRUE(fine);
    // hyph_fr.dic's first level is the one-state compound level libhyphen adds; its words are next.
    const HyphenDict* root = fine->get()->nextlevel ? fine->get()->nextlevel : fine->get();
    std::size_t id = 0;
    while (id < static_cast<std::size_t>(root->num_states) && (root->states[id].num_trans == 0 || !root->states[id].match)) ++id;
    ASSERT_LT(id, static_cast<std::size_t>(root->num_states));
    state_at = reinterpret_cast<std::uintptr_t>(&root->states[id]) - test_base(600) - 64;
  }  // unmapped: the address is free again
  const std::uintptr_t far = test_base(600) + (std::uintptr_t{1} << 31);
  for (const std::size_t field : {offsetof(HyphenState, trans), offsetof(HyphenState, match)}) {
    std::string wrong = image;
    std::memcpy(wrong.data() + state_at + field, &far, sizeof far);
    EXPECT_FALSE(map_bytes(wrong, test_base(600), image.size())) << "field at " << field;
  }
  EXPECT_TRUE(map_bytes(image, test_base(600), image.size()));  // the address was free for them
}

TEST(HyphenDictionary, UnreadableFileIsNull) {
  EXPECT_EQ(load_hyphen_dictionary(kDir / "hyph_zz_NONE.dic"), nullptr);
}

// The quirks a pattern file may hold, in a file written here: a replacement pattern
// (non-standard hyphenation), NOHYPHEN, limits, and a line longer than libhyphen's buffer.
TEST(HyphenDictionary, WrittenFileWithEveryFeature) {
  const auto file = std::filesystem::path(::testing::TempDir()) / "hyph_test.dic";
  {
    std::ofstream out(file, std::ios::binary);
    out << "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nNOHYPHEN x,-\n"
        << "1ba\n1ca\nb1c\n.ab1\nf1f/ff=f,1,2\n" << "a1" << std::string(120, 'z') << "\n"
        << "% a comment 1a1\n\n1d1\n";
  }
  const Dict reference = libhyphen_reference(file);
  const auto loaded = load_hyphen_dictionary(file);
  ASSERT_TRUE(reference && loaded);
  const auto cached = HyphenDictionary::deserialize(loaded->serialize());
  ASSERT_TRUE(cached);
  for (HyphenDict* ours : {loaded->get(), cached->get()}) {
    for (const std::string word : {"abacaba", "cabbage", "staffing", "abcdxd", "a-bca", "zzzzzz", "fffff", "ab"}) {
      EXPECT_EQ(hyphenate(*ours, word), hyphenate(*reference, word)) << word;
    }
    EXPECT_NE(hyphenate(*ours, "staffing").find("ff=f"), std::string::npos) << "the replacement is read";
  }
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace folio::text
