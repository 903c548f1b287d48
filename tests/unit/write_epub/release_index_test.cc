// The grouping behind a collection's release indexes: which date and organisation a release is
// filed under, and in which order years, months, organisations and releases come.
#include "writers/epub/release_index.h"

#include <gtest/gtest.h>

#include "epub_test_support.h"
#include "release_index_fixture.h"

namespace folio::writers::epub_test {
namespace {

using epub::CalendarDate;
using epub::calendar_date;
using epub::web_site;

TEST(ReleaseIndex, CalendarDateKeepsThePrecisionGiven) {
  EXPECT_EQ(calendar_date("2022-06-10"), (CalendarDate{2022, 6, 10}));
  EXPECT_EQ(calendar_date("2022-06-10T09:30:00+02:00"), (CalendarDate{2022, 6, 10}));
  EXPECT_EQ(calendar_date("2022-06"), (CalendarDate{2022, 6, 0}));
  EXPECT_EQ(calendar_date("1999"), (CalendarDate{1999, 0, 0}));
  EXPECT_EQ(calendar_date("2020-02-29"), (CalendarDate{2020, 2, 29}));
  EXPECT_EQ(calendar_date("2000-02-29"), (CalendarDate{2000, 2, 29}));
}

// No release is filed under a date it does not have.
TEST(ReleaseIndex, CalendarDateRefusesWhatIsNoDay) {
  for (const char* text : {"", "2021-02-29", "1900-02-29", "2021-02-30", "2022-04-31", "2022-13", "2022-00-10",
                           "2022-06-00", "0000", "June 2022", "2022-06-10 10:00", "2022-6-10", "-202-06",
                           "20220610", "2022-06T10"}) {
    EXPECT_EQ(calendar_date(text), std::nullopt) << text;
  }
}

TEST(ReleaseIndex, WebSiteIsTheHostOfAWebSource) {
  EXPECT_EQ(web_site("https://www.Example.ORG:8443/news?id=1"), "example.org");
  EXPECT_EQ(web_site("HTTP://press@press.example.com/x#top"), "press.example.com");
  EXPECT_EQ(web_site("https://xn--bcher-kva.example/katalog"), "bücher.example");
  EXPECT_EQ(web_site("https://www.example/"), "www.example");  // "www" is then the name itself
  EXPECT_EQ(web_site("https://press.example.org."), "press.example.org");
  EXPECT_EQ(web_site("/home/press/inbox/release.html"), "");
  EXPECT_EQ(web_site("ftp://files.example.org/release.txt"), "");
  EXPECT_EQ(web_site("https://[2001:db8::1]/release"), "");
  EXPECT_EQ(web_site("mailto:press@example.org"), "");
}

TEST(ReleaseIndex, OrganisationIsTheNameGivenElseTheWebSite) {
  auto doc = document("T", "en", {paragraph("x")});
  doc.metadata.organization = "  Port\n Authority ";
  doc.metadata.source = "https://www.port.example/news/1";
  auto named = epub::indexed_release(doc, "chapter-1.xhtml", "T", "en", false);
  EXPECT_EQ(named.organisation, "Port Authority");
  EXPECT_FALSE(named.organisation_is_site);
  doc.metadata.organization.clear();
  auto site = epub::indexed_release(doc, "chapter-1.xhtml", "T", "en", false);
  EXPECT_EQ(site.organisation, "port.example");
  EXPECT_TRUE(site.organisation_is_site);
  doc.metadata.source = "release.txt";
  EXPECT_EQ(epub::indexed_release(doc, "chapter-1.xhtml", "T", "en", false).organisation, "");
}

// Oldest first; a year's releases dated by the year alone before its months, a month's dated by
// the month alone before its days; the same day in reading order; undated (and impossible
// dates) last, in reading order.
TEST(ReleaseIndex, ByDateGroupsYearsThenMonths) {
  const IndexFixture fixture;
  const auto index = epub::index_by_date(fixture.indexed());
  ASSERT_EQ(index.years.size(), 3u);
  EXPECT_EQ(index.years[0].year, 2020);
  ASSERT_EQ(index.years[0].months.size(), 1u);
  EXPECT_EQ(index.years[0].months[0].month, 0);
  EXPECT_EQ(index.years[0].months[0].releases, (std::vector<std::size_t>{3}));
  EXPECT_EQ(index.years[1].year, 2021);
  ASSERT_EQ(index.years[1].months.size(), 1u);
  EXPECT_EQ(index.years[1].months[0].month, 11);
  EXPECT_EQ(index.years[1].months[0].releases, (std::vector<std::size_t>{1}));
  EXPECT_EQ(index.years[2].year, 2022);
  ASSERT_EQ(index.years[2].months.size(), 2u);
  EXPECT_EQ(index.years[2].months[0].month, 1);
  EXPECT_EQ(index.years[2].months[0].releases, (std::vector<std::size_t>{7}));
  EXPECT_EQ(index.years[2].months[1].month, 6);
  EXPECT_EQ(index.years[2].months[1].releases, (std::vector<std::size_t>{6, 0, 2}));
  EXPECT_EQ(index.undated, (std::vector<std::size_t>{4, 5}));
}

TEST(ReleaseIndex, ByOrganisationInTheBooksCollationOrder) {
  const IndexFixture fixture;
  const auto releases = fixture.indexed();
  auto names = [](const epub::OrganisationIndex& index) {
    std::vector<std::string> out;
    for (const auto& group : index.groups) out.push_back(group.name);
    return out;
  };
  // Swedish sorts Ä after Z; German and English with A. Latin before Arabic in all three.
  const auto sv = epub::index_by_organisation(releases, "sv");
  EXPECT_EQ(names(sv), (std::vector<std::string>{"Alpha Trust", "Port Authority", "Regeringskansliet", "zeta.example",
                                                 "Ärztekammer Nord", "وزارة الطاقة"}));
  EXPECT_EQ(names(epub::index_by_organisation(releases, "de")),
            (std::vector<std::string>{"Alpha Trust", "Ärztekammer Nord", "Port Authority", "Regeringskansliet",
                                      "zeta.example", "وزارة الطاقة"}));
  // Arabic puts its own script first.
  EXPECT_EQ(names(epub::index_by_organisation(releases, "ar")).front(), "وزارة الطاقة");
  // A group lists its releases oldest first, the undated last; it speaks the language of the
  // release its name was first read from.
  const auto& port = sv.groups[1];
  EXPECT_EQ(port.releases, (std::vector<std::size_t>{1, 5}));
  EXPECT_EQ(port.language, "en");
  EXPECT_FALSE(port.site);
  EXPECT_TRUE(sv.groups[3].site);
  EXPECT_EQ(sv.groups[5].language, "ar");
  EXPECT_TRUE(sv.groups[5].rtl);
  EXPECT_EQ(sv.unknown, (std::vector<std::size_t>{4}));
  // Unknown languages sort by the root collation, and the same input gives the same order.
  EXPECT_EQ(names(epub::index_by_organisation(releases, "und")), names(epub::index_by_organisation(releases, "en")));
}

}  // namespace
}  // namespace folio::writers::epub_test
