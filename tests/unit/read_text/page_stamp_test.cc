// A page's date, time or reading time standing alone on a line (readers/text/page_stamp).
#include "readers/text/page_stamp.h"

#include <gtest/gtest.h>

namespace folio::readers {
namespace {

TEST(PageStamp, ADateATimeOrAReadingTimeAloneIsTheStamp) {
  for (const char* text : {"23.10.2018", "Oct 9, 2019", "19:49", "2:54pm", "Updated: January 16, 2020",
                           "29. Juni 2017, 23:39 · von Tobi", "2022-05-12", "5 min read", "Estimated reading time: 6 minutes",
                           "11 minut czytania", "Lesezeit: 3 Minuten", "Temps de lecture : 4 min.",
                           "Tiempo de lectura: 5 minutos", "21 minutes - 4312 words"}) {
    EXPECT_TRUE(is_page_stamp(text)) << text;
  }
}

TEST(PageStamp, ADatelineASentenceOrAHeadingIsNot) {
  for (const char* text : {"Berlin, 12. Mai 2022",  // a release's dateline: a place before its date
                           "Die Stadt hat am 12. Mai 2022 beschlossen, den Hafen auszubauen.",  // a sentence
                           "Was geschah am 12. Mai 2022?", "Nur noch 5 Minuten!",
                           "Wir haben 90 Minuten lang über den neuen Hafen gesprochen",  // more than four words
                           "Die 10 besten Minuten",  // no number of minutes
                           "Backzeit: etwa 15 Minuten", "21 minutes",  // minutes, but not of reading
                           "4312 words",  // a length without a time
                           "9. November 2019: Forum Neustart Schweiz",  // an entry of a list of dates
                           "Kapitel 3", "100 m Schi A W14 19.05.2007",  // a row of results
                           "蔡健雅深圳开唱 ．凤凰网[引用日期2017-07-19]",  // a reference: a word per ideograph
                           ""}) {
    EXPECT_FALSE(is_page_stamp(text)) << text;
  }
}

TEST(PageStamp, ADateLineHasADateOrTimeAndFewWords) {
  EXPECT_TRUE(is_date_line("28. November 2022"));
  EXPECT_TRUE(is_date_line("Berlin, 12. Mai 2022"));
  EXPECT_FALSE(is_date_line("Am 28. November 2022 tagte der Rat der Stadt"));
  EXPECT_FALSE(is_date_line("November 2022"));  // a month, not a date
  EXPECT_TRUE(has_date_or_time("Beginn um 15:40 im Saal"));
  EXPECT_FALSE(has_date_or_time("Psalm 23:1"));
}

}  // namespace
}  // namespace folio::readers
