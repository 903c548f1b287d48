// The audit's plain reader against PoDoFo's parser: for every file it reads, the same objects in
// the same order (each serialised by PoDoFo, each stream's raw bytes), the same trailer and
// catalog; the files it must leave to PoDoFo's parser, declined. Files: hand-written ones that
// hold the syntax PoDoFo reads its own way, and the veraPDF PDF/UA-1 files rewritten by qpdf
// with one cross-reference table (their originals mostly use cross-reference streams).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/wait.h>

#include "audit/pdf_memory_device.h"
#include "audit/pdf_plain_reader.h"
#include "pdf_builder.h"
#include "support/paths.h"

namespace folio::audit::pdf {
namespace {

namespace fs = std::filesystem;
using PoDoFo::PdfObject;

std::string serialised(const PdfObject& object) {
  std::string out;
  object.ToString(out, PoDoFo::ePdfWriteMode_Clean);
  return out;
}

std::string raw_stream(const PdfObject& object) {
  char* data = nullptr;
  PoDoFo::pdf_long length = 0;
  object.GetStream()->GetCopy(&data, &length);
  std::string out(data, static_cast<std::size_t>(length));
  PoDoFo::podofo_free(data);
  return out;
}

// Loads `bytes` both ways and compares everything the audit can read.
void expect_same_as_podofo(const std::string& bytes, const std::string& what) {
  SCOPED_TRACE(what);
  PoDoFo::PdfError::EnableLogging(false);
  PoDoFo::PdfError::EnableDebug(false);
  const auto plain = read_plain_pdf(bytes);
  ASSERT_NE(plain, nullptr) << "declined";
  PoDoFo::PdfMemDocument doc;
  doc.LoadFromDevice(PoDoFo::PdfRefCountedInputDevice(new MemoryInputDevice(bytes)));
  // PdfMemDocument writes the time of loading into the information dictionary's /ModDate
  // (PdfInfo's default), and adds an information dictionary where the file has none; the plain
  // reader keeps what the file says. No rule reads either.
  const PoDoFo::PdfReference info = doc.GetTrailer()->GetDictionary().GetKey("Info")->GetReference();
  const bool info_added = plain->trailer->GetDictionary().GetKey("Info") == nullptr;
  const auto without_mod_date = [&](const PdfObject& object) {
    PdfObject copy(object);
    if (object.Reference() == info) copy.GetDictionary().RemoveKey("ModDate");
    return serialised(copy);
  };
  std::vector<const PdfObject*> theirs;
  for (const PdfObject* object : doc.GetObjects()) {
    if (!(info_added && object->Reference() == info)) theirs.push_back(object);
  }
  ASSERT_EQ(plain->objects.GetSize(), theirs.size());
  auto ours = plain->objects.begin();
  for (const PdfObject* object : theirs) {
    const PdfObject* mine = *ours++;
    ASSERT_EQ(mine->Reference().ToString(), object->Reference().ToString());
    SCOPED_TRACE("object " + object->Reference().ToString());
    ASSERT_EQ(mine->HasStream(), object->HasStream());  // loads PoDoFo's stream, which sets /Length
    EXPECT_EQ(without_mod_date(*mine), without_mod_date(*object));
    if (object->HasStream()) {
      EXPECT_EQ(raw_stream(*mine), raw_stream(*object));
    }
  }
  PdfObject their_trailer(*doc.GetTrailer());
  if (info_added) their_trailer.GetDictionary().RemoveKey("Info");
  EXPECT_EQ(serialised(*plain->trailer), serialised(their_trailer));
  EXPECT_EQ(plain->catalog->Reference().ToString(), doc.GetCatalog()->Reference().ToString());
}

/// A PDF of `objects` (the text between "N 0 obj" and "endobj", numbered from 1), with a table
/// and a trailer naming object 1 as catalog and 2 as information dictionary.
std::string pdf_of(const std::vector<std::string>& objects, const std::string& extra_trailer = "") {
  std::string out = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char entry[21];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    out += entry;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /Info 2 0 R" + extra_trailer +
         " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

const std::string kCatalog = "<< /Type /Catalog /Pages 3 0 R >>";
const std::string kInfo = "<< /Title (A title) /Producer <FEFF0066006F006C0069006F> >>";
const std::string kPages = "<< /Type /Pages /Kids [] /Count 0 >>";

std::vector<std::string> with_base(std::vector<std::string> more) {
  std::vector<std::string> objects{kCatalog, kInfo, kPages};
  objects.insert(objects.end(), more.begin(), more.end());
  return objects;
}

TEST(PdfPlainReader, ReadsValuesAsPodofoDoes) {
  expect_same_as_podofo(pdf_of(with_base({
                            "<< /Int 12 /Neg -3 /Pos +4 /Real 1.5 /Small -.25 /Trail 5. /Zeros 007 /B true /F false "
                            "/N null /Ref 3 0 R >>",
                            "[1 2 3 0 R 4 5 [6 [7 [8]]] << /A << /B [] >> >> <<>> ]",
                            "<< /Twice 1 /Twice 2 /A#20B /x /Empty / /Next /Delim /[ ] >>",
                            "% a comment before the value\n<< /A % and one inside\n 1 >>",
                            "",
                            "(plain (nested) text with \\) \\( \\\\ \\n\\r\\t\\b\\f escapes)",
                            "(octal \\053\\7x\\0053 \\777 \\q unknown \\\nline \\\r\nend)",
                            std::string("[(\xfe\xff\x00" "A\x00" "B) (\r\n raw line ends \r)]", 31),
                            "<48 65 6c6C 6f2>",
                            "<FEFF 0041 0042>",
                            "()",
                            "<>",
                        })),
                        "values");
}

TEST(PdfPlainReader, ReadsStreamsAsPodofoDoes) {
  expect_same_as_podofo(pdf_of(with_base({
                            "<< /Length 11 >>\nstream\nhello world\nendstream",
                            "<< /Length 5 >>\nstream\r\nbytes\nendstream",
                            "<< /Length 6 >>\nstream \nspace\nendstream",
                            "<< /Length 8 0 R /Filter /FlateDecode >>\nstream\nxyz\nendstream",
                            "3",
                            "<< /Length 0 >>\nstream\n\nendstream",
                            // Where PoDoFo 0.9.8 starts the data: after spaces and one more white-space
                            // character (a carriage return with its line feed); the rest is data.
                            "<< /Length 4 >>\nstream  \r\nABCD\nendstream",
                            "<< /Length 5 >>\nstream\t\nABCD\nendstream",
                            "<< /Length 5 >>\nstream\f\nABCD\nendstream",
                            "<< /Length 6 >>\nstream\r\r\nABCD\nendstream",
                            "<< /Length 5 >>\nstream\n\nABCD\nendstream",
                            "<< /Length 4 >>\nstream\rABCD\nendstream",
                        })),
                        "streams");
}

// A file of more than 1,000 objects is read on two threads (a long document's structure tree).
std::vector<std::string> many_objects(std::size_t n) {
  std::vector<std::string> objects;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string k = std::to_string(i);
    switch (i % 4) {
      case 0:
        objects.push_back("<< /Type /StructElem /S /P /K [" + k + " << /MCID " + k + " >>] /P 3 0 R /T (t" + k + ") >>");
        break;
      case 1: objects.push_back("[" + k + " 0 R " + k + ".5 /N" + k + " <" + k + "> [true null]]"); break;
      case 2: objects.push_back("<< /Length " + std::to_string(k.size()) + " >>\nstream\n" + k + "\nendstream"); break;
      default: objects.push_back("(" + k + " \\(" + k + "\\))"); break;
    }
  }
  return objects;
}

TEST(PdfPlainReader, ReadsManyObjectsOnTwoThreadsAsPodofoDoes) {
  expect_same_as_podofo(pdf_of(with_base(many_objects(3000))), "3,003 objects");
  // A defect in either half declines the whole file.
  auto early = many_objects(3000), late = early;
  early[10] = "<< /A 1-2 >>";
  late[2900] = "<< /A 1-2 >>";
  EXPECT_EQ(read_plain_pdf(pdf_of(with_base(early))), nullptr);
  EXPECT_EQ(read_plain_pdf(pdf_of(with_base(late))), nullptr);
}

TEST(PdfPlainReader, ReadsAFileWithoutInformationDictionary) {
  std::string bytes = pdf_of(with_base({}));
  bytes.replace(bytes.find(" /Info 2 0 R"), 12, "");
  expect_same_as_podofo(bytes, "no /Info");
  // So the rule tests' hand-made files (pdf_builder.h) are audited through this reader.
  expect_same_as_podofo(test::clean_pdf().bytes(), "the rule tests' clean file");
}

TEST(PdfPlainReader, LeavesOtherFilesToPodofo) {
  const auto declined = [](const std::string& bytes, const std::string& why) {
    EXPECT_EQ(read_plain_pdf(bytes), nullptr) << why;
  };
  const std::string good = pdf_of(with_base({}));
  ASSERT_NE(read_plain_pdf(good), nullptr);
  declined(pdf_of(with_base({}), " /Prev 9"), "an incremental update");
  declined(pdf_of(with_base({}), " /Encrypt 3 0 R"), "encryption");
  declined(pdf_of(with_base({}), " /XRefStm 9"), "a hybrid file");
  declined("junk\n" + good, "the header not at the start");
  declined(good.substr(0, good.size() - 6), "no %%EOF");
  declined(good + "more", "bytes after %%EOF");
  declined(pdf_of(with_base({"<< /A 1 0.5 R >>"})), "a generation PoDoFo reads by strtol's prefix");
  declined(pdf_of(with_base({"<< /A nullx >>"})), "a keyword PoDoFo reads by its prefix");
  declined(pdf_of(with_base({"<< /A 1-2 >>"})), "a number PoDoFo reads by strtol's prefix");
  declined(pdf_of(with_base({"<< /A { } >>"})), "a brace");
  declined(pdf_of(with_base({"<< /A /%comment\nB >>"})), "a comment right after a name's slash");
  declined(pdf_of(with_base({"<< /A (unterminated"})), "a string to the end of the file");
  declined(pdf_of(with_base({"<< /Length 99999 >>\nstream\nshort\nendstream"})), "a stream past the end");
  declined(pdf_of(with_base({"<< /Length 2 >>\nstream\nshort\nendstream"})), "a stream shorter than its data");
  declined(pdf_of(with_base({"<< /Length 60 >>\nstream\nshort\nendstream", "<< /Length 2 >>\nstream\nab\nendstream"})),
           "a stream that runs into the next object");
  declined(pdf_of(with_base({"<< /A 1 >> extra"})), "no endobj");
  declined(pdf_of(with_base({std::string(300, '[') + std::string(300, ']')})), "nesting deeper than 256");
  std::string moved = good;
  moved.replace(moved.find("2 0 obj"), 7, "9 0 obj");
  declined(moved, "an object not where the table says");
  std::string info_direct = good;
  info_direct.replace(info_direct.find(" /Info 2 0 R"), 12, " /Info << >>");
  declined(info_direct, "an /Info that is no reference");
}

TEST(PdfPlainReader, VeraPdfFilesRewrittenByQpdf) {
  const auto shared = folio::test::shared_dir();
  if (!shared || !fs::exists(*shared / "verapdf-ua1")) GTEST_SKIP() << "../shared/verapdf-ua1 is absent";
  char dir_template[] = "/tmp/folio-plain-reader-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  const fs::path dir = dir_template;
  int read = 0, files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(*shared / "verapdf-ua1")) {
    if (entry.path().extension() != ".pdf") continue;
    ++files;
    const fs::path out = dir / "plain.pdf";
    const std::string command = "qpdf --object-streams=disable --stream-data=preserve --decrypt '" +
                                entry.path().string() + "' '" + out.string() + "' 2>/dev/null";
    const int status = std::system(command.c_str());
    if (status != 0 && WEXITSTATUS(status) != 3) continue;  // 3: written with warnings
    const std::string bytes = folio::test::read_file(out);
    if (read_plain_pdf(bytes) == nullptr) continue;
    expect_same_as_podofo(bytes, entry.path().filename().string());
    ++read;
  }
  fs::remove_all(dir);
  EXPECT_GE(files, 150);
  EXPECT_GE(read, files - 5) << read << " of " << files << " files read by the plain reader";
}

}  // namespace
}  // namespace folio::audit::pdf
