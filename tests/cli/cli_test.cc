// The folio command line as a user meets it: outputs, exit codes, and one clear line per bad input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "run_folio.h"
#include "support/paths.h"

namespace folio::test {
namespace {

const std::string kRelease =
    "Une Chorale Gratuite Pour Tous\n"
    "La maison de quartier ouvre une chorale gratuite chaque mardi soir.\n"
    "Les répétitions commencent le 5 mai.\n";

TEST(Cli, VersionAndHelp) {
  ScratchDir dir;
  const CliRun v = run_folio({"--version"}, dir.path());
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_EQ(v.out.rfind("folio ", 0), 0u);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--help"}, {"convert", "--help"}, {"inspect", "--help"}}) {
    const CliRun h = run_folio(args, dir.path());
    EXPECT_EQ(h.exit_code, 0) << args.front();
    EXPECT_NE(h.out.find("Usage"), std::string::npos);
  }
}

// `folio fonts` tells which face serves which script and language, and which hyphenation
// dictionary serves which language.
TEST(Cli, FontsListsChainsLanguageFacesAndDictionaries) {
  ScratchDir dir;
  const CliRun r = run_folio({"fonts"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("chain serif"), std::string::npos);
  EXPECT_NE(r.out.find("  Han:zh-Hant:\n    Noto Serif CJK TC (fonts-noto-cjk)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("hyphenation dictionaries: /usr/share/hyphen\n"), std::string::npos);
  EXPECT_NE(r.out.find("  de: /usr/share/hyphen/hyph_de_DE.dic (ISO8859-1, read as UTF-8)\n"), std::string::npos);
  EXPECT_NE(r.out.find("  fr: /usr/share/hyphen/hyph_fr.dic (UTF-8)\n"), std::string::npos);
  EXPECT_NE(r.out.find("  ru: /usr/share/hyphen/hyph_ru_RU.dic (KOI8-R, read as UTF-8)\n"), std::string::npos);
}

TEST(Cli, NoSubcommandIsAUsageError) {
  ScratchDir dir;
  EXPECT_EQ(run_folio({}, dir.path()).exit_code, 2);
  EXPECT_EQ(run_folio({"convert"}, dir.path()).exit_code, 2);
  EXPECT_EQ(run_folio({"frobnicate"}, dir.path()).exit_code, 2);
}

TEST(Cli, ConvertWritesStemDotTxtIntoTheOutputDirectory) {
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  const CliRun r = run_folio({"convert", "chorale.txt", "-o", "out/"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // Without --to, every format folio writes.
  EXPECT_EQ(dir.list("out"), (std::vector<std::string>{"chorale.epub", "chorale.pdf", "chorale.txt"}));
  const std::string text = read_file(dir.path() / "out" / "chorale.txt");
  EXPECT_NE(text.find("Une Chorale Gratuite Pour Tous"), std::string::npos);
  EXPECT_NE(text.find("chaque mardi soir."), std::string::npos);
  EXPECT_EQ(r.out, "") << "stdout is only for the product";
}

// An input whose size is not known before it is read (a named pipe) is read whole.
TEST(Cli, InputFromANamedPipeIsReadWhole) {
  ScratchDir dir;
  const auto fifo = dir.path() / "chorale.txt";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0) << std::strerror(errno);
  std::thread writer([&] {
    // Opened without blocking once folio has opened it to read (ENXIO until then), for 10 s at most.
    int fd = -1;
    for (int tries = 0; fd < 0 && tries < 1000; ++tries) {
      fd = open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
      if (fd < 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (fd < 0) return;
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    std::string rest = kRelease;
    while (!rest.empty()) {
      const ssize_t n = write(fd, rest.data(), rest.size());
      if (n <= 0) break;
      rest.erase(0, static_cast<std::size_t>(n));
    }
    close(fd);
  });
  const CliRun r = run_folio({"convert", "chorale.txt", "--from", "text", "--to", "txt", "-o", "out/"}, dir.path());
  writer.join();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string text = read_file(dir.path() / "out" / "chorale.txt");
  EXPECT_NE(text.find("Une Chorale Gratuite Pour Tous"), std::string::npos) << text;
  EXPECT_NE(text.find("Les répétitions commencent le 5 mai."), std::string::npos) << text;
}

/// A release page: `title` as title and headline, then `body` (HTML), in language `lang`.
std::string html_page(const std::string& lang, const std::string& title, const std::string& body) {
  return "<html lang=\"" + lang + "\"><head><title>" + title + "</title></head><body><main><h1>" + title + "</h1>" +
         body + "</main></body></html>";
}

// An image the source left without alt text is announced in the release's own language.
TEST(Cli, UndescribedImageIsAnnouncedInTheReleaseLanguage) {
  ScratchDir dir;
  dir.write("faro.html", html_page("es", "El faro reabre",
                                   "<p>El faro del puerto abre de nuevo sus puertas al público.</p>"
                                   "<p><img src=\"faro.png\"></p>"));
  const CliRun r = run_folio({"convert", "faro.html", "--to", "txt", "-o", "out/"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string text = read_file(dir.path() / "out" / "faro.txt");
  EXPECT_NE(text.find("[Imagen sin descripción]"), std::string::npos) << text;
  EXPECT_EQ(text.find("Image without description"), std::string::npos) << text;
}

TEST(Cli, ConvertWithoutOutputWritesIntoTheCurrentDirectory) {
  ScratchDir dir;
  dir.write("in/chorale.txt", kRelease);
  const CliRun r = run_folio({"convert", "in/chorale.txt", "--to", "txt"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "chorale.txt"));
}

TEST(Cli, DashWritesToStdout) {
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  const CliRun r = run_folio({"convert", "chorale.txt", "-o", "-", "--to", "txt"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Une Chorale Gratuite Pour Tous"), std::string::npos);
}

// Every bad input: exit 2, exactly one line on stderr that names the file, nothing written.
void expect_refused(const ScratchDir& dir, const std::string& input, const std::string& fragment) {
  const CliRun r = run_folio({"convert", input, "-o", "out/"}, dir.path());
  EXPECT_EQ(r.exit_code, 2) << input << ": " << r.err;
  const auto lines = r.err_lines();
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_NE(lines[0].find(input), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find(fragment), std::string::npos) << lines[0];
  EXPECT_TRUE(dir.list("out").empty()) << "output left behind for " << input;
}

TEST(Cli, BadInputsGetOneLineErrorsAndNoOutput) {
  ScratchDir dir;
  dir.write("empty.txt", "");
  dir.write("blank.txt", " \n\n\t\n");
  dir.write("binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) + std::string(200, '\0'));
  dir.write("invalid.txt", "Titre\nUn texte en UTF-8 avec des accents é è à et un octet cassé \xff\xfe ici.\n");
  std::filesystem::create_directories(dir.path() / "folder.txt");
  {
    std::ofstream big(dir.path() / "big.txt", std::ios::binary);
    const std::string line(1023, 'a');
    for (int i = 0; i < 50 * 1024; ++i) big << line << '\n';  // 50 MiB
  }
  expect_refused(dir, "missing.txt", "no such file");
  expect_refused(dir, "folder.txt", "directory");
  expect_refused(dir, "empty.txt", "empty");
  expect_refused(dir, "blank.txt", "empty");
  expect_refused(dir, "binary.txt", "not a text file");
  expect_refused(dir, "invalid.txt", "not UTF-8");  // 2 bytes of 90: more than 1%, not text
  expect_refused(dir, "big.txt", "too large");
}

TEST(Cli, InvalidUtf8ErrorPointsAtTheByte) {
  ScratchDir dir;
  dir.write("invalid.txt", "Titre\nUn octet cassé \xff ici.\n");
  const CliRun r = run_folio({"convert", "invalid.txt", "-o", "out/"}, dir.path());
  EXPECT_NE(r.err.find("invalid.txt:2:16:"), std::string::npos) << r.err;
}

// A few damaged bytes or a stray NUL in a real page: converted, each place a warning with its
// line and column; --strict keeps them an error (exit 2, one line, nothing written).
TEST(Cli, AFewInvalidBytesOrANulConvertWithAWarningButNotUnderStrict) {
  ScratchDir dir;
  std::string text = kRelease;
  text.insert(text.find("Gratuite") + 8, std::string("\xff", 1));
  dir.write("damaged.txt", text);
  CliRun r = run_folio({"convert", "damaged.txt", "--to", "txt", "-o", "out/", "--diagnostic-format", "short"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("damaged.txt:1:21: warning: 1 bytes not UTF-8, replaced with U+FFFD [input.invalid-bytes]"),
            std::string::npos) << r.err;
  EXPECT_NE(read_file(dir.path() / "out" / "damaged.txt").find("Gratuite\uFFFD"), std::string::npos);
  r = run_folio({"convert", "damaged.txt", "--to", "txt", "-o", "strict/", "--strict"}, dir.path());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("damaged.txt:1:21: error: invalid UTF-8"), std::string::npos) << r.err;
  EXPECT_TRUE(dir.list("strict").empty());

  std::string with_nul = kRelease;
  with_nul.insert(with_nul.find("Chorale") + 7, std::string(1, '\0'));
  dir.write("nul.txt", with_nul);
  r = run_folio({"convert", "nul.txt", "--to", "txt", "-o", "out/", "--diagnostic-format", "short"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("nul.txt:1:12: warning: 1 NUL bytes dropped [input.nul-dropped]"), std::string::npos) << r.err;
  r = run_folio({"convert", "nul.txt", "--to", "txt", "-o", "strict/", "--strict"}, dir.path());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.err_lines().size(), 1u) << r.err;
}

TEST(Cli, NoRepairLeavesTheTextAsItIs) {
  ScratchDir dir;
  dir.write("cafe.txt", "Le CafÃ© Ouvre\n\nLe cafÃ© de la gare ouvre Ã  nouveau ses portes aprÃ¨s les travaux de lâÃ©tÃ©.\n");
  CliRun r = run_folio({"convert", "cafe.txt", "--to", "txt", "-o", "-"}, dir.path());
  EXPECT_NE(r.out.find("Le café de la gare"), std::string::npos) << r.out;
  r = run_folio({"convert", "cafe.txt", "--to", "txt", "-o", "-", "--no-repair", "--diagnostic-format", "short"}, dir.path());
  EXPECT_NE(r.out.find("Le cafÃ© de la gare"), std::string::npos) << r.out;
  EXPECT_EQ(r.err.find("[repair."), std::string::npos) << r.err;
}

TEST(Cli, OneBadInputDoesNotStopTheOthers) {
  ScratchDir dir;
  dir.write("good.txt", kRelease);
  const CliRun r = run_folio({"convert", "missing.txt", "good.txt", "-o", "out", "--to", "txt"}, dir.path());
  EXPECT_EQ(r.exit_code, 2);
  // Several inputs make a batch, which reports on each (batch_test.cc).
  EXPECT_EQ(dir.list("out"), (std::vector<std::string>{"folio-report.json", "good.txt"}));
}

TEST(Cli, RefusesToOverwriteItsInput) {
  ScratchDir dir;
  const auto input = dir.write("chorale.txt", kRelease);
  const CliRun r = run_folio({"convert", "chorale.txt", "-o", "chorale.txt", "--to", "txt"}, dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("overwrite an input"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(input), kRelease);
}

TEST(Cli, UnwritableOutputLeavesNothingBehind) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions";
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  std::filesystem::create_directories(dir.path() / "locked");
  std::filesystem::permissions(dir.path() / "locked", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  const CliRun r = run_folio({"convert", "chorale.txt", "-o", "locked/"}, dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(dir.list("locked").empty());
}

TEST(Cli, FailedWriteLeavesNoTemporaryFile) {
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  // The target is an existing directory name with a file extension: rename onto it fails.
  std::filesystem::create_directories(dir.path() / "out" / "chorale.txt" / "x");
  const CliRun r = run_folio({"convert", "chorale.txt", "-o", "out/", "--to", "txt"}, dir.path());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(dir.list("out"), std::vector<std::string>{"chorale.txt"});
  EXPECT_TRUE(std::filesystem::is_directory(dir.path() / "out" / "chorale.txt"));
}

TEST(Cli, UnknownFormatAndStdoutMisuseAreUsageErrors) {
  ScratchDir dir;
  dir.write("a.txt", kRelease);
  dir.write("b.txt", kRelease);
  EXPECT_EQ(run_folio({"convert", "a.txt", "--to", "docx"}, dir.path()).exit_code, 2);
  EXPECT_EQ(run_folio({"convert", "a.txt", "b.txt", "-o", "-"}, dir.path()).exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "a.docx"));
}

// A language that is not a BCP 47 tag never reaches an output: --lang refuses it (exit 2, one
// line); a source's lang attribute is dropped with a warning and the language detected.
TEST(Cli, LanguagesThatAreNotBcp47TagsAreRefusedOrDropped) {
  ScratchDir dir;
  dir.write("a.txt", kRelease);
  const CliRun refused = run_folio({"convert", "a.txt", "--lang", "english", "-o", "out/"}, dir.path());
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("'english' is not a BCP 47 language tag"), std::string::npos) << refused.err;
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "out"));
  EXPECT_EQ(run_folio({"convert", "a.txt", "--lang", "fr_CA", "--to", "txt", "-o", "out/"}, dir.path()).exit_code, 0);

  dir.write("library.html", html_page("english", "The library opens",
                                      "<p>The council said that the new library will open in the spring and that "
                                      "it is for all residents of the town.</p>"));
  const CliRun r = run_folio({"convert", "library.html", "--to", "pdf", "-o", "out/"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("language 'english' is not a BCP 47 language tag"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("audit.pdf.lang"), std::string::npos) << r.err;
  const std::string pdf = read_file(dir.path() / "out" / "library.pdf");
  EXPECT_NE(pdf.find("/Lang(en)"), std::string::npos);
  EXPECT_EQ(pdf.find("english"), std::string::npos);
}

TEST(Cli, SameStemTwiceIsRefusedBeforeWriting) {
  ScratchDir dir;
  dir.write("x/a.txt", kRelease);
  dir.write("y/a.txt", kRelease);
  const CliRun r = run_folio({"convert", "x/a.txt", "y/a.txt", "-o", "out/"}, dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(dir.list("out").empty());
}

TEST(Cli, FailOnWarningExitsThreeButStillWrites) {
  ScratchDir dir;
  dir.write("latin1.txt", "Ferme Solidaire\nLa ferme annonce une r\xe9" "colte record et des l\xe9gumes pour les \xe9" "coles.\n");
  const CliRun plain = run_folio({"convert", "latin1.txt", "-o", "out/", "--to", "txt"}, dir.path());
  EXPECT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_NE(plain.err.find("windows-1252"), std::string::npos);
  const CliRun strict =
      run_folio({"convert", "latin1.txt", "-o", "out2/", "--to", "txt", "--fail-on", "warning"}, dir.path());
  EXPECT_EQ(strict.exit_code, 3);
  EXPECT_EQ(dir.list("out2"), std::vector<std::string>{"latin1.txt"});
  EXPECT_NE(read_file(dir.path() / "out2" / "latin1.txt").find("récolte"), std::string::npos);
}

TEST(Cli, JsonDiagnosticsAreOneObjectPerLine) {
  ScratchDir dir;
  dir.write("lost.txt", "Titre De Test\nLa coopérative recrute de la main-d’uvre pour la récolte des pommes du verger.\n");
  const CliRun r = run_folio({"convert", "lost.txt", "-o", "out/", "--diagnostic-format", "json"}, dir.path());
  EXPECT_EQ(r.exit_code, 0);
  bool found = false;
  for (const auto& line : r.err_lines()) {
    const auto j = nlohmann::json::parse(line);
    EXPECT_TRUE(j.contains("severity") && j.contains("code") && j.contains("message") && j.contains("file"));
    if (j["code"] == "repair.lost-ligature") {
      found = true;
      EXPECT_EQ(j["line"], 2);
      EXPECT_EQ(j["file"], "lost.txt");
    }
  }
  EXPECT_TRUE(found) << r.err;
}

TEST(Cli, ShortDiagnosticsHaveNoHints) {
  ScratchDir dir;
  dir.write("nohead.txt", "Une phrase qui commence le texte sans titre et qui se termine ici.\n");
  const CliRun human = run_folio({"convert", "nohead.txt", "-o", "out/"}, dir.path());
  EXPECT_NE(human.err.find("  hint: "), std::string::npos);
  const CliRun brief = run_folio({"convert", "nohead.txt", "-o", "out/", "--diagnostic-format", "short"}, dir.path());
  EXPECT_EQ(brief.err.find("hint:"), std::string::npos);
  EXPECT_NE(brief.err.find("[outline.title-derived]"), std::string::npos);
}

TEST(Cli, InspectPrintsTheModel) {
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  const CliRun r = run_folio({"inspect", "chorale.txt"}, dir.path());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("heading level=1 role=headline @1:1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("language \"fr\""), std::string::npos);
  EXPECT_EQ(run_folio({"inspect", "missing.txt"}, dir.path()).exit_code, 2);
}

TEST(Cli, OptionsOverrideTheInput) {
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  const CliRun r = run_folio({"inspect", "chorale.txt", "--lang", "fr-BE", "--title", "Autre titre"}, dir.path());
  EXPECT_NE(r.out.find("language \"fr-BE\""), std::string::npos);
  EXPECT_NE(r.out.find("title \"Autre titre\""), std::string::npos);
}

std::string zip_entry_names(const std::string& bytes) {
  // Local file headers: "PK\3\4", name length at offset 26, name at offset 30.
  std::string names;
  for (std::size_t at = bytes.find("PK\x03\x04"); at != std::string::npos; at = bytes.find("PK\x03\x04", at + 4)) {
    if (at + 30 > bytes.size()) break;
    const std::size_t n = static_cast<unsigned char>(bytes[at + 26]) | (static_cast<unsigned char>(bytes[at + 27]) << 8);
    names += bytes.substr(at + 30, n) + "\n";
  }
  return names;
}

TEST(Cli, EpubIsReproducibleAndHonoursSourceDateEpoch) {
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  ASSERT_EQ(run_folio({"convert", "chorale.txt", "--to", "epub", "-o", "a.epub"}, dir.path()).exit_code, 0);
  ASSERT_EQ(run_folio({"convert", "chorale.txt", "--to", "epub", "-o", "b.epub"}, dir.path()).exit_code, 0);
  const std::string a = read_file(dir.path() / "a.epub");
  EXPECT_EQ(a, read_file(dir.path() / "b.epub"));
  EXPECT_EQ(a.substr(30, 8), "mimetype");
  ::setenv("SOURCE_DATE_EPOCH", "1767225600", 1);  // 2026-01-01
  ASSERT_EQ(run_folio({"convert", "chorale.txt", "--to", "epub", "-o", "c.epub"}, dir.path()).exit_code, 0);
  ::setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
  const CliRun bad = run_folio({"convert", "chorale.txt", "--to", "epub", "-o", "d.epub"}, dir.path());
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_NE(read_file(dir.path() / "c.epub"), a);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("SOURCE_DATE_EPOCH"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "d.epub"));
}

TEST(Cli, FormatsWrittenTogetherEqualFormatsWrittenOneByOne) {
  // One input's PDF is written on a second thread beside its text and EPUB; a batch worker
  // writes the same targets one after the other. The files must not tell which.
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  const std::vector<std::string> all{"convert", "chorale.txt", "--to", "txt,pdf,epub", "-o"};
  auto with = [&all](std::initializer_list<std::string> more) {
    std::vector<std::string> args = all;
    args.insert(args.end(), more);
    return args;
  };
  const CliRun together = run_folio(with({"a/"}), dir.path());
  ASSERT_EQ(together.exit_code, 0) << together.err;
  const CliRun again = run_folio(with({"a/"}), dir.path());
  EXPECT_EQ(again.err, together.err);  // the same diagnostics in the same order, every time
  const auto pdf_clean = together.err.find("a/chorale.pdf: note: self-audit of the pdf");
  const auto epub_clean = together.err.find("a/chorale.epub: note: self-audit of the epub");
  ASSERT_NE(pdf_clean, std::string::npos) << together.err;
  ASSERT_NE(epub_clean, std::string::npos) << together.err;
  EXPECT_LT(pdf_clean, epub_clean);  // in the targets' order, whichever thread finished first
  const CliRun one_by_one = run_folio(with({"b/", "--jobs", "1"}), dir.path());
  ASSERT_EQ(one_by_one.exit_code, 0) << one_by_one.err;
  for (const char* name : {"chorale.txt", "chorale.pdf", "chorale.epub"}) {
    const std::string a = read_file(dir.path() / "a" / name);
    EXPECT_FALSE(a.empty()) << name;
    EXPECT_EQ(a, read_file(dir.path() / "b" / name)) << name;
  }
}

TEST(Cli, CollectionMakesOneEpubWithAChapterPerInput) {
  ScratchDir dir;
  dir.write("a.md", "---\ntitle: Second release\ndate: 2024-05-02\nlang: en\n---\n\nThe second text of the year.\n");
  dir.write("b.md", "---\ntitle: First release\ndate: 2024-01-10\nlang: en\n---\n\nThe first text of the year.\n");
  dir.write("c.txt", kRelease);
  const CliRun r = run_folio({"convert", "a.md", "b.md", "c.txt", "--collection", "Press archive 2024", "-o", "out/"},
                             dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(dir.list("out"), std::vector<std::string>{"press-archive-2024.epub"});
  const std::string names = zip_entry_names(read_file(dir.path() / "out" / "press-archive-2024.epub"));
  EXPECT_NE(names.find("chapter-3"), std::string::npos) << names;
  EXPECT_EQ(names.find("chapter-4"), std::string::npos) << names;
  EXPECT_EQ(run_folio({"convert", "a.md", "--collection", "X", "--to", "txt"}, dir.path()).exit_code, 2);
}

// The everyday call: the source named without a directory, its image beside it. Its directory
// is then "" (which std::filesystem::absolute refuses): the image must still be found.
TEST(Cli, ImageBesideASourceNamedWithoutADirectory) {
  ScratchDir dir;
  std::ifstream png(fixture("pdf/chart.png"), std::ios::binary);
  dir.write("chart.png", std::string(std::istreambuf_iterator<char>(png), {}));
  dir.write("budget.html", html_page("en", "The budget in one chart",
                                     "<p>The council publishes its budget.</p>"
                                     "<p><img src=\"chart.png\" alt=\"A bar chart of the budget by department\"></p>"));
  const CliRun r = run_folio({"convert", "budget.html", "--to", "epub,pdf", "-o", "out/"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(zip_entry_names(read_file(dir.path() / "out" / "budget.epub")).find("images/image-1.png"), std::string::npos);
  EXPECT_NE(read_file(dir.path() / "out" / "budget.pdf").find("/Subtype/Image"), std::string::npos);
}

TEST(Cli, PdfIsReproducibleAndStrictFailsWithoutATitle) {
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  ASSERT_EQ(run_folio({"convert", "chorale.txt", "--to", "pdf", "-o", "a.pdf"}, dir.path()).exit_code, 0);
  ASSERT_EQ(run_folio({"convert", "chorale.txt", "--to", "pdf", "-o", "b.pdf"}, dir.path()).exit_code, 0);
  const std::string a = read_file(dir.path() / "a.pdf");
  EXPECT_EQ(a.rfind("%PDF-1.7", 0), 0u);
  EXPECT_EQ(a, read_file(dir.path() / "b.pdf"));
  EXPECT_NE(a.find("pdfuaid:part"), std::string::npos);
  // An image without alt text: the PDF is written without the PDF/UA-1 claim, and --strict says so.
  dir.write("photo.md", "# Une photo\n\n![](photo.png)\n\nLa photo du jour, prise au marché ce matin.\n");
  const CliRun lax = run_folio({"convert", "photo.md", "--to", "pdf", "-o", "c.pdf"}, dir.path());
  EXPECT_EQ(lax.exit_code, 0) << lax.err;
  EXPECT_EQ(read_file(dir.path() / "c.pdf").find("pdfuaid:part"), std::string::npos);
  const CliRun strict = run_folio({"convert", "photo.md", "--to", "pdf", "-o", "d.pdf", "--strict"}, dir.path());
  EXPECT_EQ(strict.exit_code, 3) << strict.err;
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "d.pdf"));
  // No headline: a title is derived (with a warning) so the PDF stays identifiable.
  dir.write("untitled.txt", "une phrase sans titre qui forme tout le communiqué de presse.\n");
  const CliRun untitled = run_folio({"convert", "untitled.txt", "--to", "pdf", "-o", "e.pdf"}, dir.path());
  EXPECT_NE(untitled.err.find("[outline.title-derived]"), std::string::npos) << untitled.err;
  EXPECT_NE(read_file(dir.path() / "e.pdf").find("pdfuaid:part"), std::string::npos);
}

TEST(Cli, UnknownStyleIsAnError) {
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  const CliRun r = run_folio({"convert", "chorale.txt", "--to", "pdf", "--style", "nope", "-o", "out/"}, dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(dir.list("out").empty());
}

TEST(Cli, AuditOfFolioOwnOutputsIsCleanAndBrokenFilesAreFindings) {
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  ASSERT_EQ(run_folio({"convert", "chorale.txt", "-o", "out/"}, dir.path()).exit_code, 0);
  const CliRun own = run_folio({"audit", "out/chorale.pdf", "out/chorale.epub", "chorale.txt"}, dir.path());
  EXPECT_EQ(own.exit_code, 0) << own.out << own.err;
  EXPECT_NE(own.out.find("0 errors, 0 warnings"), std::string::npos) << own.out;
  dir.write("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n");
  const CliRun broken = run_folio({"audit", "broken.pdf", "--format", "json"}, dir.path());
  EXPECT_EQ(broken.exit_code, 3) << broken.out << broken.err;
  EXPECT_NE(broken.out.find("\"findings\""), std::string::npos);
  EXPECT_EQ(run_folio({"audit", "missing.pdf"}, dir.path()).exit_code, 2);
}

// What the executable loads at start (its NEEDED entries, from `readelf -d`).
std::string needed_libraries(const std::filesystem::path& binary) {
  std::string out;
  FILE* pipe = ::popen(("readelf -d '" + binary.string() + "'").c_str(), "r");
  if (pipe == nullptr) return out;
  char line[512];
  while (std::fgets(line, sizeof line, pipe) != nullptr) {
    if (std::strstr(line, "(NEEDED)") != nullptr) out += line;
  }
  ::pclose(pipe);
  return out;
}

// The PDF stack (PoDoFo, HarfBuzz, FreeType, fontconfig, libhyphen) is a module folio loads only
// for PDF work, and ICU, libxml2, cmark-gfm, yaml-cpp and zlib are linked in: a txt or EPUB run loads
// none of them. Without the module, txt and EPUB still work and PDF work fails in one clear line.
TEST(Cli, PdfEngineIsLoadedOnlyForPdfWork) {
  const std::string needed = needed_libraries(folio_binary());
  ASSERT_NE(needed.find("libc.so"), std::string::npos) << needed;
  for (const char* lib : {"podofo", "harfbuzz", "freetype", "fontconfig", "hyphen", "icu", "xml2", "cmark", "yaml", "libz."}) {
    EXPECT_EQ(needed.find(lib), std::string::npos) << lib << " is loaded at start:\n" << needed;
  }
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  const auto lone = dir.path() / "bin" / "folio";  // a copy without folio-pdf-engine.so beside it
  std::filesystem::create_directories(lone.parent_path());
  std::filesystem::copy_file(folio_binary(), lone);
  const CliRun text = run_folio({"convert", "chorale.txt", "--to", "txt,epub", "-o", "out/"}, dir.path(), lone);
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(dir.list("out"), (std::vector<std::string>{"chorale.epub", "chorale.txt"}));
  const CliRun pdf = run_folio({"convert", "chorale.txt", "--to", "pdf", "-o", "pdf/"}, dir.path(), lone);
  EXPECT_EQ(pdf.exit_code, 2);
  EXPECT_NE(pdf.err.find("bin/folio-pdf-engine.so: error: cannot load the PDF engine: cannot open shared object file"),
            std::string::npos) << pdf.err;
  EXPECT_TRUE(dir.list("pdf").empty());
  ASSERT_EQ(run_folio({"convert", "chorale.txt", "--to", "pdf", "-o", "pdf/"}, dir.path()).exit_code, 0);
  const CliRun audit = run_folio({"audit", "pdf/chorale.pdf", "out/chorale.epub"}, dir.path(), lone);
  EXPECT_EQ(audit.exit_code, 2) << audit.out << audit.err;
  EXPECT_NE(audit.err.find("cannot load the PDF engine"), std::string::npos) << audit.err;
  EXPECT_NE(audit.out.find("out/chorale.epub (epub): no findings"), std::string::npos) << audit.out;
}

TEST(Cli, ConvertAuditsWhatItWrites) {
  ScratchDir dir;
  dir.write("chorale.txt", kRelease);
  const CliRun clean = run_folio({"convert", "chorale.txt", "-o", "out/"}, dir.path());
  EXPECT_EQ(clean.exit_code, 0) << clean.err;
  EXPECT_NE(clean.err.find("out/chorale.pdf: note: self-audit of the pdf: no finding [audit.clean]"), std::string::npos)
      << clean.err;
  EXPECT_NE(clean.err.find("out/chorale.epub: note: self-audit of the epub: no finding [audit.clean]"), std::string::npos)
      << clean.err;
  const CliRun skipped = run_folio({"convert", "chorale.txt", "-o", "skip/", "--no-audit"}, dir.path());
  EXPECT_EQ(skipped.exit_code, 0);
  EXPECT_EQ(skipped.err.find("audit."), std::string::npos) << skipped.err;
  // An image without alt text: the audit names the clause; a warning, an error under --strict.
  dir.write("photo.md", "# Une photo\n\n![](photo.png)\n\nLa photo du jour, prise au marché ce matin.\n");
  const CliRun lax = run_folio({"convert", "photo.md", "--to", "pdf", "-o", "lax.pdf"}, dir.path());
  EXPECT_EQ(lax.exit_code, 0) << lax.err;
  EXPECT_NE(lax.err.find("lax.pdf: warning: self-audit: "), std::string::npos) << lax.err;
  EXPECT_NE(lax.err.find("clause 7.3, Matterhorn 13-004"), std::string::npos) << lax.err;
  const CliRun strict = run_folio({"convert", "photo.md", "--to", "pdf", "-o", "strict.pdf", "--strict"}, dir.path());
  EXPECT_EQ(strict.exit_code, 3);
  EXPECT_NE(strict.err.find("strict.pdf: error: self-audit: "), std::string::npos) << strict.err;
  EXPECT_NE(strict.err.find("[audit.pdf.figure-alt]"), std::string::npos) << strict.err;
}

/// stdout and stderr of a shell command, and its exit status.
std::pair<int, std::string> shell(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return {-1, out};
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  const int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

double fidelity(const std::filesystem::path& tool, const std::filesystem::path& reference, const std::filesystem::path& out) {
  const auto [status, json] = shell("'" + tool.string() + "' '" + reference.string() + "' '" + out.string() + "'");
  std::cout << json;
  return status == 0 ? nlohmann::json::parse(json).value("ratio", 0.0) : 0.0;
}

// Notes, struck text, a task list and images of three sizes in running text (tests/fixtures/
// markdown/notes.md), from Markdown to the three outputs, checked as a user's CI would: the
// plain text marks them, the PDF passes check-pdf and qpdf, the EPUB epubcheck and Ace, and the
// PDF and the EPUB say the words of the text.
TEST(Cli, NotesStruckTextTasksAndInlineImagesPassTheCheckers) {
  ScratchDir dir;
  for (const char* name : {"notes.md", "headphones.png", "large-print.png", "wheelchair-badge.png"}) {
    dir.write(name, read_file(fixture(std::string("markdown/") + name)));
  }
  const CliRun r = run_folio({"convert", "notes.md", "-o", "out/"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
  const std::string text = read_file(dir.path() / "out" / "notes.txt");
  EXPECT_NE(text.find("members[1] showed"), std::string::npos) << text;
  EXPECT_NE(text.find("at ~~ten~~ nine"), std::string::npos) << text;
  EXPECT_NE(text.find("\n[x] New opening hours agreed with the staff\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\n[ ] Signs on the quay"), std::string::npos) << text;
  EXPECT_NE(text.find("shelf [Large] beside"), std::string::npos) << text;
  EXPECT_TRUE(text.ends_with("[2] Two of the librarians agreed to move their weekly day off from Saturday to Monday.\n"))
      << text;
  const auto pdf = dir.path() / "out" / "notes.pdf";
  if (shell("command -v qpdf").first == 0) {
    const auto [status, out] = shell("qpdf --check '" + pdf.string() + "'");
    EXPECT_EQ(status, 0) << out;
  }
  const auto shared = shared_dir();
  if (!shared) GTEST_SKIP() << "../shared absent";
  const auto tools = *shared / "tools";
  const auto [pdf_status, pdf_report] = shell("'" + (tools / "check-pdf").string() + "' -s '" + pdf.string() + "'");
  EXPECT_NE(pdf_report.find("37/37 checks pass"), std::string::npos) << pdf_report;
  const auto [epub_status, epub_report] = shell("'" + (tools / "check-epub").string() + "' '" +
                                                (dir.path() / "out" / "notes.epub").string() + "'");
  EXPECT_EQ(epub_status, 0) << epub_report;
  EXPECT_NE(epub_report.find("\"warning\": 0"), std::string::npos) << epub_report;  // folio's bar: 0 warnings too
  const auto reference = dir.path() / "out" / "notes.txt";
  EXPECT_GE(fidelity(tools / "text-fidelity", reference, dir.path() / "out" / "notes.epub"), 0.99);
  // The PDF's words, measured without the page header and footer that pdftotext also reads (five
  // words on these two pages, 0.988 with them): what is left apart is what the text marks and the
  // PDF draws: "[x]" for ☑ (twice), "~~ten~~" for a struck "ten", and the three images'
  // stand-ins ("[Large]"), whose alt text the PDF gives the Figure, not the page.
  std::string style = read_file(source_dir() / "styles" / "default.toml");
  style = style.substr(0, style.find("\n[header]"));
  dir.write("plain.toml", style);
  ASSERT_EQ(run_folio({"convert", "notes.md", "--to", "pdf", "--style", "plain.toml", "-o", "plain.pdf"}, dir.path())
                .exit_code,
            0);
  EXPECT_GE(fidelity(tools / "text-fidelity", reference, dir.path() / "plain.pdf"), 0.99);
}

TEST(Cli, SeedConvertsWhenSharedIsPresent) {
  const auto shared = shared_dir();
  if (!shared) GTEST_SKIP() << "../shared absent";
  ScratchDir dir;
  const CliRun r = run_folio({"convert", (*shared / "corpus" / "fr-txt-iom-seed.txt").string(), "-o", "out/"},
                             dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string text = read_file(dir.path() / "out" / "fr-txt-iom-seed.txt");
  EXPECT_EQ(text.find("Qui sommes nous"), std::string::npos);
  EXPECT_NE(text.find("main-d’œuvre"), std::string::npos);
}

}  // namespace
}  // namespace folio::test
