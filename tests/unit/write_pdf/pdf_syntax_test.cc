#include "writers/pdf/pdf_syntax.h"

#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <string>

namespace folio::pdf {
namespace {

TEST(PdfSyntax, NumbersAreFixedDecimalWithoutTrailingZeros) {
  EXPECT_EQ(format_number(0), "0");
  EXPECT_EQ(format_number(-0.0001), "0");
  EXPECT_EQ(format_number(12.5), "12.5");
  EXPECT_EQ(format_number(3.14159265), "3.142");
  EXPECT_EQ(format_number(1e-7), "0");
  EXPECT_EQ(format_number(595.276), "595.276");
  EXPECT_EQ(format_number(-42), "-42");
  EXPECT_EQ(format_number(123456789.0), "123456789");
  EXPECT_EQ(format_number(-17.456, 2), "-17.46");
  // Fractions below one unit, zeros after the point, no decimals, and beyond the digit path.
  EXPECT_EQ(format_number(0.05), "0.05");
  EXPECT_EQ(format_number(-0.0046), "-0.005");
  EXPECT_EQ(format_number(7.0004), "7");
  EXPECT_EQ(format_number(-2.5, 0), "-3");
  EXPECT_EQ(format_number(1e16), "10000000000000000");
  std::string out = "x ";
  append_number(out, 10.10);
  EXPECT_EQ(out, "x 10.1");
}

TEST(PdfSyntax, DatesAreUtc) {
  EXPECT_EQ(pdf_date(0), "D:19700101000000Z");
  EXPECT_EQ(pdf_date(1710500000), "D:20240315105320Z");
  EXPECT_EQ(xmp_date(1710500000), "2024-03-15T10:53:20Z");
}

TEST(PdfSyntax, Utf16BigEndianWithSurrogates) {
  EXPECT_EQ(utf16be_hex("A"), "0041");
  EXPECT_EQ(utf16be_hex("é\u00AD"), "00E900AD");
  EXPECT_EQ(utf16be_hex("\U0001F600"), "D83DDE00");
}

TEST(PdfSyntax, ReversesCodePointsNotBytes) {
  EXPECT_EQ(reverse_code_points("لا"), "ال");
  EXPECT_EQ(reverse_code_points("abc"), "cba");
}

TEST(PdfSyntax, UrisAreSevenBitAscii) {
  EXPECT_EQ(ascii_uri("https://example.org/rapport"), "https://example.org/rapport");
  EXPECT_EQ(ascii_uri("https://exemple.fr/année 2024"), "https://exemple.fr/ann%C3%A9e%202024");
  EXPECT_EQ(ascii_uri("https://a.b/%C3%A9?x=50%"), "https://a.b/%C3%A9?x=50%25");
}

/// What PoDoFo writes for `value` in compact mode, the form the text-built objects follow.
std::string podofo(const PoDoFo::PdfVariant& value) {
  std::string out;
  value.ToString(out, PoDoFo::ePdfWriteMode_Compact);
  return out;
}

TEST(PdfSyntax, ObjectsBuiltAsTextAreWhatPoDoFoWrites) {
  using namespace PoDoFo;
  for (long long n : {0LL, 7LL, -12LL, 4294967296LL}) {
    std::string out;
    append_integer(out, n);
    EXPECT_EQ(out, podofo(PdfVariant(static_cast<pdf_int64>(n)))) << n;
  }
  for (double v : {0.0, 1.5, -0.25, 72.0, 595.2755905511812, 1e-7, -3.0000004, 123456.789, 1e15}) {
    std::string out;
    append_real(out, v);
    EXPECT_EQ(out, podofo(PdfVariant(v))) << v;
  }
  for (std::string_view name : {"StructElem", "H1", "TextDecorationType", "Lbl"}) {
    std::string out;
    append_name(out, name);
    EXPECT_EQ(out, podofo(PdfVariant(PdfName(std::string(name))))) << name;
  }
  {
    std::string out;
    append_reference(out, 245, 0);
    EXPECT_EQ(out, podofo(PdfVariant(PdfReference(245, 0))));
  }
  // Every byte PoDoFo escapes, and bytes it keeps as they are.
  const std::string bytes = std::string("en-GB (a) \\ \n\r\t\b\f\0\x7F\xFF", 20);
  std::string out;
  append_string(out, bytes);
  EXPECT_EQ(out, podofo(PdfVariant(PdfString(bytes.data(), static_cast<pdf_long>(bytes.size())))));
  // Text strings: UTF-16BE after a byte-order mark, whose bytes are escaped too (U+0A0D, U+2829),
  // a surrogate pair above U+FFFF, and the empty text.
  for (std::string text : {"Donaudampfschiff", "(a\\b)\tc", "\u0A0D\u2829", "\U0001F600 ok", "é\u00AD", ""}) {
    std::string written;
    append_text_string(written, text);
    EXPECT_EQ(written, podofo(PdfVariant(PdfString(reinterpret_cast<const pdf_utf8*>(text.c_str()))))) << text;
  }
}

TEST(PdfSyntax, NamesEscapeWhatIsNotARegularCharacter) {
  std::string out;
  append_name(out, "A b#(c)/\xE9");
  EXPECT_EQ(out, "/A#20b#23#28c#29#2F#E9");
}

TEST(PdfSyntax, EscapesXml) { EXPECT_EQ(xml_escape("a<b & \"c\"'"), "a&lt;b &amp; &quot;c&quot;&apos;"); }

}  // namespace
}  // namespace folio::pdf
