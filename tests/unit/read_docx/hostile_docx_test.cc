// Hostile and broken DOCX files: each is one clear error (exit 2 material) or a document with
// warnings; never a crash, a hang, or memory out of proportion to the file.
#include <gtest/gtest.h>

#include <zlib.h>

#include "docx_fixture.h"
#include "readers/docx/read_docx.h"
#include "zip/zip_writer.h"

namespace folio::test {
namespace {

constexpr const char* kDocumentStart =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
constexpr const char* kDocumentEnd = "</w:body></w:document>";

std::string paragraph(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

std::map<std::string, std::string> with_document(const std::string& body) {
  auto parts = docx_fixture_parts("quotes");
  parts["word/document.xml"] = kDocumentStart + body + kDocumentEnd;
  return parts;
}

std::string error_of(const std::string& bytes) {
  auto read = readers::read_docx(bytes, "hostile.docx");
  if (read) return "";
  EXPECT_EQ(read.error().size(), 1u);
  const base::Diagnostic& d = read.error().front();
  EXPECT_EQ(d.span.file, "hostile.docx");
  EXPECT_EQ(d.message.find('\n'), std::string::npos) << "one line: " << d.message;
  return d.code + ": " + d.message;
}

bool has_code(const base::Diagnostics& diagnostics, const std::string& code) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const auto& d) { return d.code == code; });
}

TEST(HostileDocx, NotAZipArchive) {
  EXPECT_NE(error_of("hello, this is text").find("not a readable DOCX (ZIP) archive"), std::string::npos);
  EXPECT_NE(error_of("").find("not a readable DOCX"), std::string::npos);
  const std::string fixture = docx_fixture("runs");
  EXPECT_NE(error_of(fixture.substr(0, fixture.size() / 2)).find("not a readable DOCX"), std::string::npos);
}

TEST(HostileDocx, PasswordProtectedOrOldWordFile) {
  // Word encrypts a .docx into an OLE compound file, the container of the old .doc format too.
  const std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
  const std::string error = error_of(ole);
  EXPECT_NE(error.find("password-protected"), std::string::npos) << error;
}

TEST(HostileDocx, ZipBombByDeclaredSize) {
  // A central directory that claims 4 GB for document.xml: refused before anything is inflated.
  std::string bytes = docx_fixture("quotes");
  const std::string name = "word/document.xml";
  for (std::size_t at = bytes.find(name); at != std::string::npos; at = bytes.find(name, at + 1)) {
    if (bytes.compare(at - 46, 4, "PK\x01\x02") == 0) bytes.replace(at - 46 + 24, 4, "\xF0\xFF\xFF\x7F", 4);
  }
  const std::string error = error_of(bytes);
  EXPECT_NE(error.find("docx.zip-limits: refused as a zip bomb: word/document.xml expands to"), std::string::npos) << error;
}

TEST(HostileDocx, ZipBombByRatio) {
  // Fifty megabytes of one paragraph repeated deflate to a few hundred kilobytes: over 200:1.
  std::string body;
  const std::string p = paragraph("The depot hall opens on Saturday.");
  body.reserve(50u << 20);
  while (body.size() < (50u << 20)) body += p;
  const std::string error = error_of(zip_parts(with_document(body)));
  EXPECT_NE(error.find("compression ratio"), std::string::npos) << error;
}

TEST(HostileDocx, EntryThatInflatesPastItsClaim) {
  // The directory says 100 bytes, the deflate stream holds a megabyte: inflating stops at 101.
  auto parts = with_document(paragraph("short"));
  std::string bytes = zip_parts(parts);
  const std::string big(1u << 20, 'a');
  uLongf size = compressBound(static_cast<uLong>(big.size()));
  std::string packed(size, '\0');
  compress2(reinterpret_cast<Bytef*>(packed.data()), &size, reinterpret_cast<const Bytef*>(big.data()),
            static_cast<uLong>(big.size()), 9);
  // zlib's wrapper (2 bytes) off: raw deflate, as ZIP stores it.
  const std::string raw = packed.substr(2, size - 6);
  std::vector<zip::ZipEntry> entries{{"[Content_Types].xml", parts.at("[Content_Types].xml"), true},
                                     {"_rels/.rels", parts.at("_rels/.rels"), true},
                                     {"word/document.xml", std::string(100, ' '), false}};
  bytes = *zip::build_zip(entries);
  // Replace the stored 100 bytes by the deflate stream, and mark the entry deflated.
  const auto at = bytes.find(std::string(100, ' '));
  ASSERT_NE(at, std::string::npos);
  bytes.replace(at, 100, raw);
  // Local and central headers: method 8, compressed size = raw size (the claim stays 100).
  for (std::size_t h = bytes.find("word/document.xml"); h != std::string::npos; h = bytes.find("word/document.xml", h + 1)) {
    const bool central = bytes.compare(h - 46, 4, "PK\x01\x02") == 0;
    const std::size_t header = central ? h - 46 : h - 30;
    const std::size_t method = header + (central ? 10 : 8);
    const std::size_t compressed = header + (central ? 20 : 18);
    bytes[method] = 8;
    const auto n = static_cast<std::uint32_t>(raw.size());
    for (int i = 0; i < 4; ++i) bytes[compressed + static_cast<std::size_t>(i)] = static_cast<char>((n >> (8 * i)) & 0xFF);
    if (central) {
      // Offsets after the grown entry move with it.
      const std::size_t offsets_shift = raw.size() - 100;
      const std::size_t directory_end = bytes.rfind("PK\x05\x06");
      std::uint32_t directory = 0;
      for (int i = 0; i < 4; ++i) directory |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[directory_end + 16 + static_cast<std::size_t>(i)])) << (8 * i);
      directory += static_cast<std::uint32_t>(offsets_shift);
      for (int i = 0; i < 4; ++i) bytes[directory_end + 16 + static_cast<std::size_t>(i)] = static_cast<char>((directory >> (8 * i)) & 0xFF);
      break;
    }
  }
  const std::string error = error_of(bytes);
  EXPECT_NE(error.find("more than the 100 bytes it declares"), std::string::npos) << error;
}

TEST(HostileDocx, DeepNestingIsCutWithAWarning) {
  std::string body = paragraph("Before the nesting.");
  for (int i = 0; i < 10000; ++i) body += "<w:sdt><w:sdtContent>";
  body += paragraph("deep");
  for (int i = 0; i < 10000; ++i) body += "</w:sdtContent></w:sdt>";
  auto read = readers::read_docx(zip_parts(with_document(body)), "deep.docx");
  ASSERT_TRUE(read) << read.error().front().message;
  EXPECT_TRUE(has_code(read->warnings, "docx.malformed-part"));
  ASSERT_FALSE(read->value.blocks.empty());
  EXPECT_EQ(model::plain_text(read->value.blocks.front()), "Before the nesting.");
}

TEST(HostileDocx, DeepTablesWithinTheParserLimit) {
  // Tables nested as deep as the XML parser allows: read without exhausting the stack.
  std::string body;
  for (int i = 0; i < 60; ++i) body += "<w:tbl><w:tr><w:tc>";
  body += paragraph("innermost");
  for (int i = 0; i < 60; ++i) body += "</w:tc></w:tr></w:tbl>";
  auto read = readers::read_docx(zip_parts(with_document(body)), "tables.docx");
  ASSERT_TRUE(read);
}

TEST(HostileDocx, MissingParts) {
  auto parts = docx_fixture_parts("quotes");
  parts.erase("word/document.xml");
  EXPECT_NE(error_of(zip_parts(parts)).find("docx.missing-part: the main document part word/document.xml is missing"),
            std::string::npos);

  // Without package relationships the main part is found by its usual name.
  parts = docx_fixture_parts("quotes");
  parts.erase("_rels/.rels");
  auto read = readers::read_docx(zip_parts(parts), "norels.docx");
  ASSERT_TRUE(read);
  EXPECT_TRUE(has_code(read->warnings, "docx.missing-part"));
  EXPECT_FALSE(read->value.blocks.empty());

  // A relationship to a styles part that is not there: read without styles, with a warning.
  parts = docx_fixture_parts("quotes");
  parts.erase("word/styles.xml");
  read = readers::read_docx(zip_parts(parts), "nostyles.docx");
  ASSERT_TRUE(read);
  EXPECT_TRUE(has_code(read->warnings, "docx.damaged-part"));
}

TEST(HostileDocx, WrongContentTypes) {
  auto parts = docx_fixture_parts("quotes");
  auto& types = parts["[Content_Types].xml"];
  const std::string word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  types.replace(types.find(word), word.size(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
  EXPECT_NE(error_of(zip_parts(parts)).find("is an Excel workbook, not a Word document"), std::string::npos);

  parts = docx_fixture_parts("quotes");
  parts.erase("[Content_Types].xml");
  auto read = readers::read_docx(zip_parts(parts), "notypes.docx");
  ASSERT_TRUE(read);
  EXPECT_TRUE(has_code(read->warnings, "docx.missing-part"));

  parts = docx_fixture_parts("quotes");
  parts["word/document.xml"] = "<?xml version=\"1.0\"?><html><body>not Word</body></html>";
  EXPECT_NE(error_of(zip_parts(parts)).find("is not a WordprocessingML document (its root element is html)"),
            std::string::npos);
}

TEST(HostileDocx, DoctypeWithEntitiesIsRefusedUnexpanded) {
  // "Billion laughs": ten levels of ten references would make 10^10 copies if expanded.
  std::string dtd = "<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">";
  for (int i = 1; i < 10; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) dtd += "&lol" + std::to_string(i - 1) + ";";
    dtd += "\">";
  }
  dtd += "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
  auto parts = docx_fixture_parts("quotes");
  parts["word/document.xml"] = "<?xml version=\"1.0\"?>" + dtd + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                               paragraph("&lol9; &xxe;") + kDocumentEnd;
  std::string error = error_of(zip_parts(parts));
  EXPECT_NE(error.find("docx.doctype: refused: word/document.xml, line 1: a DOCTYPE declaration"), std::string::npos) << error;
  // In a secondary part as well: OPC readers treat any DTD as an error.
  parts = docx_fixture_parts("quotes");
  parts["word/styles.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>";
  error = error_of(zip_parts(parts));
  EXPECT_NE(error.find("docx.doctype: refused: word/styles.xml"), std::string::npos) << error;
}

TEST(HostileDocx, UndeclaredEntityStopsThePartWithAWarning) {
  auto read = readers::read_docx(zip_parts(with_document(paragraph("first") + paragraph("a &nbsp; b"))), "entity.docx");
  ASSERT_TRUE(read);
  EXPECT_TRUE(has_code(read->warnings, "docx.malformed-part"));
  ASSERT_FALSE(read->value.blocks.empty());
  EXPECT_EQ(model::plain_text(read->value.blocks.front()), "first");
}

TEST(HostileDocx, RelationshipsThatPointOutside) {
  // Targets that climb out of the package name nothing in it: no picture, no crash.
  auto parts = docx_fixture_parts("images");
  auto& rels = parts["word/_rels/document.xml.rels"];
  const std::string target = "Target=\"media/tram.png\"";
  rels.replace(rels.find(target), target.size(), "Target=\"../../../../etc/passwd\"");
  auto read = readers::read_docx(zip_parts(parts), "outside.docx");
  ASSERT_TRUE(read);
  const auto bytes = zip_parts(parts);
  EXPECT_FALSE(readers::read_docx_part(bytes, "etc/passwd", 1u << 20));
  EXPECT_FALSE(readers::read_docx_part(bytes, "../etc/passwd", 1u << 20));
  EXPECT_TRUE(readers::read_docx_part(bytes, "word/media/depot.png", 1u << 20));
}

}  // namespace
}  // namespace folio::test
