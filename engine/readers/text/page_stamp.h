// A page's stamp: when it was published or changed, or how many minutes it takes to read,
// standing alone on a line ("23.10.2018", "Oct 9, 2019", "19:49", "Updated: January 16, 2020",
// "5 min read"). A web page prints them around its text; they tell about the page, they are not
// its text.
#pragma once

#include <string_view>

namespace folio::readers {

/// Whether `text` holds a date ("12. Mai 2022", "2022-05-12") or a time of day ("15:40").
bool has_date_or_time(std::string_view text);

/// A date or a time with at most three words of two letters or more ("28. November 2022",
/// "Updated: January 16, 2020", "29. Juni 2017, 23:39 · von Tobi"): a dateline or a byline.
bool is_date_line(std::string_view text);

/// A page's stamp: a date or a time with at most three words (every letter counts, each
/// ideograph is a word), no place before it (a release's "Berlin, 12. Mai 2022" is its dateline:
/// a name and a comma before the first digit) and no entry after it ("9. November 2019: Forum");
/// or a reading time (a number of minutes and a word of reading or the text's length in words,
/// at most four words: "5 min read", "Lesezeit: 3 Minuten", "21 minutes - 4312 words"; not a
/// recipe's "Backzeit: 15 Minuten"). Neither holds a question or an exclamation.
bool is_page_stamp(std::string_view text);

}  // namespace folio::readers
