#include <gtest/gtest.h>

#include "readers/common/decode.h"

namespace folio::readers {
namespace {

std::string decode_ok(const std::string& bytes, SourceFormat f = SourceFormat::text) {
  auto r = decode_source(bytes, "f", f);
  EXPECT_TRUE(r.has_value());
  return r.has_value() ? r->value.text() : std::string();
}

TEST(Decode, Utf8WithBomAndCrlf) {
  EXPECT_EQ(decode_ok("\xEF\xBB\xBFTitre\r\nligne\rfin"), "Titre\nligne\nfin");
}

TEST(Decode, Utf16WithBom) {
  EXPECT_EQ(decode_ok(std::string("\xFF\xFE" "A\0\xE9\0", 6)), "Aé");
  EXPECT_EQ(decode_ok(std::string("\xFE\xFF\0A\0\xE9", 6)), "Aé");
}

TEST(Decode, DeclaredCharsetIsUsedForMarkup) {
  auto r = decode_source("<meta charset=\"iso-8859-15\"><p>\xA4 caf\xE9</p>", "f", SourceFormat::html);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->value.text(), "<meta charset=\"iso-8859-15\"><p>€ café</p>");
  EXPECT_EQ(r->warnings.front().code, "input.charset-declared");
}

TEST(Decode, WrongDeclaredCharsetIsContradictedByValidUtf8) {
  auto r = decode_source("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>café</p>", "f", SourceFormat::html);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->value.text(), "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>café</p>");
  EXPECT_EQ(r->warnings.front().code, "input.charset-mismatch");
}

TEST(Decode, LegacyCharsetIsDetectedAndReported) {
  auto r = decode_source("Le caf\xE9 de la gare ouvre \xE0 nouveau ses portes apr\xE8s des travaux d'\xE9t\xE9.", "f",
                         SourceFormat::text);
  ASSERT_TRUE(r.has_value());
  EXPECT_NE(r->value.text().find("café"), std::string::npos);
  EXPECT_EQ(r->warnings.front().code, "input.charset-detected");
  EXPECT_EQ(r->warnings.front().severity, base::Severity::warning);
}

TEST(Decode, AFewInvalidBytesBecomeReplacementCharactersWithAWarningEach) {
  const std::string bytes = "Ligne un\r\ndéjà \xFF vu\net \xC3\x28 encore " + std::string(200, 'x');
  auto r = decode_source(bytes, "f", SourceFormat::text);
  ASSERT_TRUE(r.has_value());
  EXPECT_TRUE(r->value.text().starts_with("Ligne un\ndéjà \xEF\xBF\xBD vu\net \xEF\xBF\xBD( encore xx"));
  ASSERT_EQ(r->warnings.size(), 2u);
  EXPECT_EQ(r->warnings[0].code, "input.invalid-bytes");
  EXPECT_EQ(r->warnings[0].severity, base::Severity::warning);
  EXPECT_EQ(r->warnings[0].span.line, 2u);
  EXPECT_EQ(r->warnings[0].span.column, 6u);
  EXPECT_EQ(r->warnings[1].span.line, 3u);
  EXPECT_EQ(r->warnings[1].span.column, 4u);
}

TEST(Decode, StrictKeepsInvalidBytesAnError) {
  auto r = decode_source("déjà \xFF vu" + std::string(200, 'x'), "f", SourceFormat::text, {.strict = true});
  ASSERT_TRUE(r.has_value());
  EXPECT_TRUE(r->value.text().starts_with("déjà \xEF\xBF\xBD vu"));
  EXPECT_EQ(r->warnings.front().code, "input.invalid-utf8");
  EXPECT_EQ(r->warnings.front().severity, base::Severity::error);
  EXPECT_EQ(r->warnings.front().span.column, 6u);
}

TEST(Decode, AStrayNulIsDroppedWithItsPlace) {
  const std::string bytes = std::string("Titre\nun mot\0 de plus ", 22) + std::string(200, 'x');
  auto r = decode_source(bytes, "f", SourceFormat::text);
  ASSERT_TRUE(r.has_value());
  EXPECT_TRUE(r->value.text().starts_with("Titre\nun mot de plus x"));
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].code, "input.nul-dropped");
  EXPECT_EQ(r->warnings[0].span.line, 2u);
  EXPECT_EQ(r->warnings[0].span.column, 7u);
  auto strict = decode_source(bytes, "f", SourceFormat::text, {.strict = true});
  ASSERT_FALSE(strict.has_value());
  EXPECT_EQ(strict.error().front().code, "input.binary");
  EXPECT_EQ(strict.error().front().span.line, 2u);
}

TEST(Decode, RefusesWhatIsNotText) {
  // More than 1% of the bytes not UTF-8 while some are: refused, with the first one's place.
  auto mostly = decode_source("déjà vu été \xFF \xFE " + std::string(50, 'x'), "f", SourceFormat::text);
  ASSERT_FALSE(mostly.has_value());
  EXPECT_EQ(mostly.error().front().code, "input.undecodable");
  EXPECT_EQ(mostly.error().front().span.column, 13u);
  // Binary signatures, and NULs all through (UTF-16 without a byte-order mark).
  EXPECT_EQ(decode_source("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "f", SourceFormat::text).error().front().code,
            "input.binary");
  EXPECT_EQ(decode_source(std::string("T\0i\0t\0r\0e\0", 10), "f", SourceFormat::text).error().front().code, "input.binary");
}

TEST(Decode, RefusesEmptyBinaryAndHugeInputs) {
  EXPECT_EQ(decode_source("", "f", SourceFormat::text).error().front().code, "input.empty");
  EXPECT_EQ(decode_source(" \n\t", "f", SourceFormat::text).error().front().code, "input.empty");
  EXPECT_EQ(decode_source(std::string("PK\x03\x04\0\0", 6), "f", SourceFormat::text).error().front().code,
            "input.binary");
  EXPECT_EQ(decode_source(std::string(100, 'a'), "f", SourceFormat::text, DecodeOptions{10}).error().front().code,
            "input.too-large");
}

TEST(SourceFormatDetection, ByExtensionThenContent) {
  EXPECT_EQ(detect_format("a.TXT", "<html>"), SourceFormat::text);
  EXPECT_EQ(detect_format("a.wml", ""), SourceFormat::html);
  EXPECT_EQ(detect_format("a.markdown", ""), SourceFormat::markdown);
  EXPECT_EQ(detect_format("noext", "<!DOCTYPE html><html>"), SourceFormat::html);
  EXPECT_EQ(detect_format("noext", "---\ntitle: x\n---\n# T"), SourceFormat::markdown);
  EXPECT_EQ(detect_format("noext", "Just words."), SourceFormat::text);
  EXPECT_EQ(detect_format("release.DOCX", ""), SourceFormat::docx);
  EXPECT_EQ(detect_format("template.dotx", ""), SourceFormat::docx);
  // A ZIP archive is no text: with no telling extension it goes to the DOCX reader, which says
  // clearly when it is not a Word document either.
  EXPECT_EQ(detect_format("noext", std::string("PK\x03\x04\x14\0", 6)), SourceFormat::docx);
  EXPECT_EQ(detect_format("notes.txt", std::string("PK\x03\x04\x14\0", 6)), SourceFormat::text);
  EXPECT_EQ(parse_format("markdown"), SourceFormat::markdown);
  EXPECT_EQ(parse_format("DOCX"), SourceFormat::docx);
  EXPECT_EQ(format_name(SourceFormat::docx), std::string("docx"));
  EXPECT_EQ(parse_format("pdf"), std::nullopt);
}

}  // namespace
}  // namespace folio::readers
