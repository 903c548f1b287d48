// Writing outputs so that nobody sees part of one, without replacing what is not a plain file.
#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace folio::base {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "folio-atomic-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { fs::remove_all(path); }
};

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(AtomicFile, ReplacesAFileAndLeavesNoTemporary) {
  TempDir dir;
  const fs::path out = dir.path / "release.txt";
  std::ofstream(out) << "old";
  EXPECT_EQ(write_file_atomically(out, "new text", "output"), "");
  EXPECT_EQ(read(out), "new text");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator{}), 1);
}

TEST(AtomicFile, ASymbolicLinkStaysOneAndItsFileIsReplaced) {
  TempDir dir;
  const fs::path real = dir.path / "real.txt", link = dir.path / "link.txt";
  std::ofstream(real) << "old";
  fs::create_symlink(real, link);
  EXPECT_EQ(write_file_atomically(link, "through the link", "output"), "");
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(read(real), "through the link");
}

TEST(AtomicFile, AFifoIsWrittenIntoNotReplaced) {
  TempDir dir;
  const fs::path fifo = dir.path / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // The reader is there first (a non-blocking open needs no writer), so writing cannot block.
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  EXPECT_EQ(write_file_atomically(fifo, "to the reader", "output"), "");
  char buffer[64] = {};
  const ssize_t n = ::read(reader, buffer, sizeof buffer);
  ::close(reader);
  EXPECT_EQ(std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0), "to the reader");
  EXPECT_TRUE(fs::is_fifo(fifo));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator{}), 1);
}

// What `-o /dev/null` meets, on a node of its own (making one needs root, as CI runs).
TEST(AtomicFile, ACharacterDeviceIsWrittenIntoNotReplaced) {
  TempDir dir;
  const fs::path null = dir.path / "null";
  if (::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) GTEST_SKIP() << "mknod needs root";
  EXPECT_EQ(write_file_atomically(null, "discarded", "output"), "");
  struct stat st {};
  ASSERT_EQ(::stat(null.c_str(), &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator{}), 1);
}

}  // namespace
}  // namespace folio::base
