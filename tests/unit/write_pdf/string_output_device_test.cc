#include "writers/pdf/string_output_device.h"

#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <climits>
#include <cstdarg>
#include <cstdio>
#include <string>

namespace folio::pdf {
namespace {

using namespace PoDoFo;

// What format_printf appends, or "(left to vsnprintf)" when it declines.
__attribute__((format(printf, 1, 2))) std::string ours(const char* format, ...) {
  std::string out = "x";
  va_list args;
  va_start(args, format);
  const bool known = format_printf(out, format, args);
  va_end(args);
  return known ? out.substr(1) : (out == "x" ? "(left to vsnprintf)" : "(changed the output)");
}

__attribute__((format(printf, 1, 2))) std::string printfs(const char* format, ...) {
  char buffer[256];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  return buffer;
}

#define EXPECT_LIKE_PRINTF(...) EXPECT_EQ(ours(__VA_ARGS__), printfs(__VA_ARGS__)) << #__VA_ARGS__

TEST(FormatPrintf, IntegersAsPrintfPrintsThem) {
  EXPECT_LIKE_PRINTF("%d %i %d %d", 0, -42, INT_MAX, INT_MIN);
  EXPECT_LIKE_PRINTF("%ld %li %lld", LONG_MIN, LONG_MAX, LLONG_MIN);
  EXPECT_LIKE_PRINTF("%u %lu %llu %zu", UINT_MAX, ULONG_MAX, ULLONG_MAX, static_cast<std::size_t>(12345));
  EXPECT_LIKE_PRINTF("%hu %hd %hhu %hhd", 65535, 40000, 300, 200);  // narrowed as printf narrows
  EXPECT_LIKE_PRINTF("%x %X %02X %08lx", 255, 48879, 10, 0xbeefUL);
  EXPECT_LIKE_PRINTF("[%5d] [%05d] [%05d] [%2d]", 42, 42, -42, 12345);
  EXPECT_LIKE_PRINTF("[%.5d] [%.5d] [%8.5d] [%.0d] [%5.0d]", 42, -42, 42, 0, 0);
  const char* zero_flag_and_precision = "[%08.5d] [%0.10lu]";  // the flag is ignored (GCC warns of a literal)
  EXPECT_LIKE_PRINTF(zero_flag_and_precision, 42, 7UL);
  EXPECT_LIKE_PRINTF("%010lu %05hu n", 1234567UL, 0);  // an xref line's shape
}

TEST(FormatPrintf, TextAsPrintfPrintsIt) {
  EXPECT_LIKE_PRINTF("%s", "");
  EXPECT_LIKE_PRINTF("plain text, no conversion");
  EXPECT_LIKE_PRINTF("%s%lu %hu R", " ", 17UL, 0);
  EXPECT_LIKE_PRINTF("/%s #%02X%c 100%%", "Name", 0x23, 'z');
  EXPECT_LIKE_PRINTF("[%6s] [%3c]", "ab", 'q');
}

TEST(FormatPrintf, LeavesWhatItDoesNotKnowToVsnprintf) {
  for (const char* format : {"%f", "%.3f", "%g", "%-5d", "%+d", "% d", "%#x", "%*d", "%.*s", "%.2s", "%lc", "%05s", "%p",
                             "%", "%5%"}) {
    std::string out = "kept";
    va_list none{};
    EXPECT_FALSE(format_printf(out, format, none)) << format;
    EXPECT_EQ(out, "kept") << format;
  }
  // Literal text before an unknown conversion is taken back too.
  EXPECT_EQ(ours("text %f", 1.5), "(left to vsnprintf)");
}

TEST(StringOutputDevice, PrintsUnknownFormatsThroughVsnprintf) {
  std::string out = "head ";
  StringOutputDevice device(out);
  device.Print("%.3f|%-4d|%d", 2.5, 7, 9);
  EXPECT_EQ(out, "head 2.500|7   |9");
  EXPECT_EQ(device.GetLength(), out.size());
  EXPECT_EQ(device.Tell(), out.size());
}

TEST(StringOutputDevice, WritesAtItsPosition) {
  std::string out;
  StringOutputDevice device(out);
  device.Write("0123456789", 10);
  device.Seek(3);
  device.Write("ab", 2);
  EXPECT_EQ(out, "012ab56789");
  device.Seek(9);
  device.Write("XYZ", 3);
  EXPECT_EQ(out, "012ab5678XYZ");
  char back[4] = {};
  device.Seek(1);
  EXPECT_EQ(device.Read(back, 3), 3u);
  EXPECT_EQ(std::string(back, 3), "12a");
  EXPECT_THROW(device.Seek(out.size() + 1), PdfError);
}

// The same document written through PoDoFo's own buffer device and through this one: the same
// bytes, with names that need escapes, strings, reals, references, arrays and a stream.
TEST(StringOutputDevice, WritesTheBytesPodofosOwnDeviceWrites) {
  PdfMemDocument document;
  document.SetPdfVersion(ePdfVersion_1_7);
  PdfPage* page = document.CreatePage(PdfRect(0, 0, 595.276, 841.89));
  PdfObject* object = document.GetObjects().CreateObject("Example");
  PdfDictionary& dict = object->GetDictionary();
  dict.AddKey("Name With Space#", PdfName("A/B(C)#"));
  dict.AddKey("Reals", PdfArray());
  for (double v : {0.0, -0.5, 1e-7, 123456.789, 595.276, -1234567.0}) {
    dict.GetKey("Reals")->GetArray().push_back(PdfVariant(v));
  }
  dict.AddKey("Integers", PdfArray());
  for (long long v : {0LL, -1LL, 2147483648LL, -9007199254740993LL}) {
    dict.GetKey("Integers")->GetArray().push_back(PdfVariant(static_cast<pdf_int64>(v)));
  }
  dict.AddKey("Text", PdfString("parens ( ) \\ and \r\n breaks"));
  dict.AddKey("Hex", PdfString(reinterpret_cast<const char*>("\x00\xff\x10"), 3, true));
  dict.AddKey("Page", page->GetObject()->Reference());
  dict.AddKey("Flag", PdfVariant(true));
  dict.AddKey("Nothing", PdfVariant::NullValue);
  object->GetStream()->Set("q 1 0 0 1 0 0 cm Q");
  document.GetInfo()->SetTitle(PdfString("A title"));

  PdfRefCountedBuffer buffer;
  PdfOutputDevice theirs(&buffer);
  document.Write(&theirs);
  const std::string expected(buffer.GetBuffer(), theirs.GetLength());

  std::string out;
  StringOutputDevice mine(out);
  document.Write(&mine);
  ASSERT_GT(expected.size(), 500u);
  EXPECT_EQ(out, expected);
}

}  // namespace
}  // namespace folio::pdf
