// Title lines glued to the dateline of a release saved as one line.
#include <gtest/gtest.h>

#include "readers/text/glued_head.h"
#include "transform/dateline.h"

namespace folio::readers {
namespace {

std::vector<std::string> headings(std::string_view line) {
  const auto g = split_glued_head(line);
  if (!g) return {};
  return {g->headings.begin(), g->headings.end()};
}

TEST(GluedHead, LetterheadAndHeadlineAreCutAtTheirJoints) {
  const std::string_view line =
      "Committee on Public HealthSubcommittee on Rural CareSPRINGFIELD - The Senator announced the fund today.";
  const auto g = split_glued_head(line);
  ASSERT_TRUE(g);
  EXPECT_EQ(std::vector<std::string>(g->headings.begin(), g->headings.end()),
            (std::vector<std::string>{"Committee on Public Health", "Subcommittee on Rural Care"}));
  EXPECT_TRUE(line.substr(g->body).starts_with("SPRINGFIELD - The Senator"));
}

TEST(GluedHead, NamesWithInnerCapitalsStayWhole) {
  // "McDonald" touches a capital after two letters; "YouTube" is a word the release writes again.
  EXPECT_EQ(headings("Senator McDonald Opens the YouTube Studio in TownDUBLIN, Ohio - The YouTube studio opened "
                     "today, the Senator said."),
            (std::vector<std::string>{"Senator McDonald Opens the YouTube Studio in Town"}));
}

TEST(GluedHead, NothingWithoutAGluedDatelineInCapitals) {
  // A dateline after a space is not glued; a capital word that is no dateline is a name.
  EXPECT_TRUE(headings("Rural Care Fund Grows SPRINGFIELD - The Senator announced it today.").empty());
  EXPECT_TRUE(headings("The new iPHONE store opened in town - the queue was long.").empty());
  // A sentence before the capitals: running text, not title lines.
  EXPECT_TRUE(headings("The fund grew. Rural clinics gainedSPRINGFIELD - more money.").empty());
  // A lone word before the dateline is no title line.
  EXPECT_TRUE(headings("UpdatedSPRINGFIELD - The Senator announced it today.").empty());
  EXPECT_TRUE(headings("").empty());
}

TEST(Dateline, BareCapitalsOnlyWithOtherEvidence) {
  EXPECT_FALSE(transform::find_dateline("MIGRATION - Die Zahl der Anträge steigt."));
  EXPECT_EQ(transform::find_dateline("SPRINGFIELD - The Senator said.", true)->place, "SPRINGFIELD");
  EXPECT_FALSE(transform::find_dateline("Springfield - the Senator said.", true));
  EXPECT_EQ(transform::find_dateline("GENEVA (IOM) — Today")->place, "GENEVA");
  EXPECT_EQ(transform::find_dateline("PARIS, le 12 mars 2026 – La société")->date, "2026-03-12");
}

}  // namespace
}  // namespace folio::readers
