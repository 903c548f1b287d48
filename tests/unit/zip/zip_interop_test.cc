// Interop with independent implementations: Info-ZIP's unzip and Python's zipfile test and read
// folio's archives, and folio reads the archives Python writes (stored, deflated, data
// descriptors, comments, UTF-8 names, local-only extra fields).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "support/paths.h"
#include "zip/zip_reader.h"
#include "zip/zip_writer.h"
#include "zip_test_bytes.h"

namespace folio::zip {
namespace {

namespace fs = std::filesystem;

// The entries both sides write; kPythonWriter spells the same bytes.
std::vector<ZipEntry> shared_entries() {
  std::string all_bytes;
  for (int i = 0; i < 4; ++i) {
    for (int b = 0; b < 256; ++b) all_bytes += static_cast<char>(b);
  }
  std::string hello;
  for (int i = 0; i < 50; ++i) hello += "hello, world\n";
  return {{"hello.txt", hello, true}, {"dir/binary.bin", all_bytes, true}, {"empty.txt", "", false},
          {"café/ünïcode.txt", "accents", true}};
}

class ZipInterop : public ::testing::Test {
 protected:
  void SetUp() override {
    if (std::system("python3 -c '' >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 is not installed";
    dir_ = fs::temp_directory_path() / ("folio-zip-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
                                        "-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }

  fs::path write(const std::string& name, const std::string& bytes) const {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  /// Runs `command` through the shell in the test's directory; returns the exit status and sets
  /// `output` to what it printed (stdout and stderr).
  int run(const std::string& command, std::string& output) const {
    const fs::path log = dir_ / "command.log";
    const int status = std::system(("cd '" + dir_.string() + "' && PYTHONIOENCODING=utf-8 " + command + " >'" +
                                    log.string() + "' 2>&1").c_str());
    output = folio::test::read_file(log);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  fs::path dir_;
};

std::string build_or_fail(const std::vector<ZipEntry>& entries) {
  auto bytes = build_zip(entries);
  EXPECT_TRUE(bytes);
  return bytes ? *bytes : std::string();
}

TEST_F(ZipInterop, OurArchivePassesAnIndependentTest) {
  write("ours.zip", build_or_fail(shared_entries()));
  std::string output;
  if (fs::exists("/usr/bin/unzip")) {
    EXPECT_EQ(run("/usr/bin/unzip -t ours.zip", output), 0) << output;
    EXPECT_NE(output.find("No errors detected in compressed data of ours.zip."), std::string::npos) << output;
  } else {
    EXPECT_EQ(run("python3 -m zipfile -t ours.zip", output), 0) << output;
    EXPECT_NE(output.find("Done testing"), std::string::npos) << output;
  }
}

TEST_F(ZipInterop, PythonReadsEveryEntryIdentically) {
  write("ours.zip", build_or_fail(shared_entries()));
  std::string output;
  ASSERT_EQ(run("python3 -c '"
                "import sys, zipfile\n"
                "with zipfile.ZipFile(\"ours.zip\") as z:\n"
                "    assert z.testzip() is None\n"
                "    for i in z.infolist():\n"
                "        print(i.filename, i.compress_type, i.flag_bits, i.date_time, z.read(i).hex())\n"
                "'",
                output),
            0)
      << output;
  std::string expected;
  const auto hex = [](const std::string& data) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (unsigned char c : data) out += std::string{digits[c >> 4], digits[c & 15]};
    return out;
  };
  for (const ZipEntry& e : shared_entries()) {
    const bool ascii = std::all_of(e.name.begin(), e.name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    expected += e.name + " " + (e.deflate ? "8" : "0") + " " + (ascii ? "0" : "2048") + " (1980, 1, 1, 0, 0, 0) " +
                hex(e.data) + "\n";
  }
  EXPECT_EQ(output, expected);
}

// Writes the archives of PythonArchivesReadByUs with Python's zipfile.
constexpr const char* kPythonWriter = R"py(
import io, zipfile

hello = b"hello, world\n" * 50
all_bytes = bytes(range(256)) * 4
entries = [("hello.txt", hello), ("dir/binary.bin", all_bytes), ("empty.txt", b""), ("café/ünïcode.txt", b"accents")]

class Unseekable(io.RawIOBase):
    """A pipe-like output: zipfile then writes a data descriptor after each entry."""
    def __init__(self, f): self.f = f
    def writable(self): return True
    def write(self, b): return self.f.write(b)

def write(name, compression, unseekable=False, comment=b"", force_zip64=False):
    with open(name, "wb") as raw:
        out = Unseekable(raw) if unseekable else raw
        with zipfile.ZipFile(out, "w", compression) as z:
            z.comment = comment
            for entry, data in entries:
                with z.open(entry, "w", force_zip64=force_zip64) as f:
                    f.write(data)

write("stored.zip", zipfile.ZIP_STORED)
write("deflated.zip", zipfile.ZIP_DEFLATED)
write("descriptor.zip", zipfile.ZIP_DEFLATED, unseekable=True)
write("comment.zip", zipfile.ZIP_DEFLATED, comment=b"PK\x05\x06 looks like an end record but is the comment")
write("local-extra.zip", zipfile.ZIP_DEFLATED, force_zip64=True)
)py";

TEST_F(ZipInterop, PythonArchivesReadByUs) {
  write("writer.py", kPythonWriter);
  std::string output;
  ASSERT_EQ(run("python3 writer.py", output), 0) << output;
  const std::map<std::string, std::uint16_t> archives{{"stored.zip", kMethodStored}, {"deflated.zip", kMethodDeflate},
                                                      {"descriptor.zip", kMethodDeflate}, {"comment.zip", kMethodDeflate},
                                                      {"local-extra.zip", kMethodDeflate}};
  const auto entries = shared_entries();
  for (const auto& [name, method] : archives) {
    SCOPED_TRACE(name);
    const std::string zip = folio::test::read_file(dir_ / name);
    const auto directory = read_zip_directory(zip);
    ASSERT_TRUE(directory) << directory.error().front().message;
    ASSERT_EQ(directory->size(), entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const ZipEntryInfo& info = (*directory)[i];
      EXPECT_EQ(info.name, entries[i].name);
      EXPECT_EQ(info.method, method);
      const auto data = read_zip_entry(zip, info, 1 << 20);
      ASSERT_TRUE(data) << data.error().front().message;
      EXPECT_EQ(*data, entries[i].data);
    }
  }
  // The archives really have what they are named after.
  const std::string descriptor = folio::test::read_file(dir_ / "descriptor.zip");
  EXPECT_NE(test::le16(descriptor, 6) & (1u << 3), 0) << "data descriptor flag";
  EXPECT_NE(descriptor.find("PK\x07\x08"), std::string::npos) << "data descriptor record";
  EXPECT_TRUE(folio::test::read_file(dir_ / "comment.zip").ends_with("PK\x05\x06 looks like an end record but is the comment"));
  EXPECT_EQ(test::le16(folio::test::read_file(dir_ / "local-extra.zip"), 28), 20) << "ZIP64 extra field in the local header only";
  EXPECT_NE(folio::test::read_file(dir_ / "deflated.zip").find("café/ünïcode.txt"), std::string::npos) << "UTF-8 name";
}

}  // namespace
}  // namespace folio::zip
