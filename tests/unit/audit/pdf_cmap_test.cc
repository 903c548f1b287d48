// The audit's CMap reader on programs written for the test: ranges expand as ISO 32000-1, 9.10.3
// says, and a damaged or hostile program is read for a bounded amount of work.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "audit/pdf_cmap.h"

namespace folio::audit::pdf {
namespace {

std::string hex4(unsigned v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "<%04X>", v);
  return buf;
}

TEST(PdfCmap, BfRangeIncrementsTheLastUnit) {
  const auto cmap = parse_cmap("1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                               "1 beginbfrange <0041> <0043> <00E0> endbfrange\n");
  ASSERT_EQ(cmap.unicode.size(), 3u);
  EXPECT_EQ(cmap.unicode.at(0x41), u"\u00E0");
  EXPECT_EQ(cmap.unicode.at(0x43), u"\u00E2");
}

// Overlapping ranges add no mappings but cost work: 64 ranges over the same 65,536 codes would
// be four million assignments. Reading stops after kMaxAssignments, so the codes keep what the
// eighth range gave them (8 × 65,536 = kMaxAssignments), not the last range's.
TEST(PdfCmap, OverlappingRangesAreReadForBoundedWork) {
  static_assert(CMapProgram::kMaxAssignments == 8 * 65536);
  std::string program = "1 begincodespacerange <0000> <FFFF> endcodespacerange\n64 beginbfrange\n";
  for (unsigned k = 0; k < 64; ++k) program += "<0000> <FFFF> " + hex4(0x1000 * (k + 1) % 0xF000) + "\n";
  program += "endbfrange\n";
  const auto cmap = parse_cmap(program);
  EXPECT_EQ(cmap.unicode.size(), 65536u);
  EXPECT_EQ(cmap.unicode.at(0), std::u16string(1, static_cast<char16_t>(0x8000)));
}

}  // namespace
}  // namespace folio::audit::pdf
