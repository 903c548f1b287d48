#include "readers/text/release_part.h"

#include <algorithm>
#include <string>

#include <unicode/uchar.h>

#include "base/utf8.h"
#include "readers/common/prose_evidence.h"
#include "transform/release_patterns.h"

namespace folio::readers {

namespace {

constexpr std::size_t kMaxPartBlocks = 8;   // contacts and "about" blocks are few
constexpr int kMaxContactWords = 15;        // a name, a role, an address; longer is prose
constexpr int kMinProseWords = 8;
constexpr std::size_t kMinPhoneDigits = 7;  // a postcode or a year has fewer

bool is_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool holds_email(std::string_view text) {
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    if (at == 0 || !is_alnum(text[at - 1])) continue;
    std::size_t end = at + 1;
    while (end < text.size() && (is_alnum(text[end]) || text[end] == '-' || text[end] == '.')) ++end;
    const std::string_view domain = text.substr(at + 1, end - at - 1);
    const auto dot = domain.rfind('.');
    if (dot != std::string_view::npos && dot > 0 && domain.size() - dot > 2) return true;
  }
  return false;
}

// A run of digits (of any script: "٠٢٢١ ٢٣٤ ٥٦٧") and the separators a telephone number is
// written with, holding enough digits; a date ("12.03.2024", "2024-03-12") is three groups with
// one separator and no space (so is a large amount, "1.250.000"), and two spaces are the gap
// between a table's columns.
bool holds_phone(std::string_view text) {
  std::size_t digits = 0, groups = 0, spaces = 0;
  std::string separators, pending;  // pending: the separators since the last digit
  const auto ends_run = [&] {
    const bool date = groups == 3 && spaces == 0 && separators.size() == 2 && separators[0] == separators[1];
    const bool phone = digits >= kMinPhoneDigits && !date;
    digits = groups = spaces = 0;
    separators.clear();
    pending.clear();
    return phone;
  };
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = base::next_code_point(text, i);
    if (u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER) {
      groups += digits == 0 || !pending.empty();
      digits += 1;
      for (char p : pending) {
        if (p == ' ') {
          ++spaces;
        } else {
          separators += p;
        }
      }
      pending.clear();
    } else if (digits > 0 && (c == ' ' || c == '+' || c == '(' || c == ')' || c == '/' || c == '-' || c == '.') &&
               !(c == ' ' && pending.ends_with(' '))) {
      pending += static_cast<char>(c);
    } else if (ends_run()) {
      return true;
    }
  }
  return ends_run();
}

bool holds_web_address(std::string_view text) {
  return text.find("www.") != std::string_view::npos || text.find("http://") != std::string_view::npos ||
         text.find("https://") != std::string_view::npos;
}

bool reads_as_prose(std::string_view text) {
  const ProseEvidence e = measure_prose_in_own_language(text);
  return e.words >= kMinProseWords && e.sentence_stops > 0 && e.stop_words > 0;
}

int words_of(std::string_view text) { return measure_prose(text, "").words; }

}  // namespace

bool holds_contact_detail(std::string_view text) {
  return holds_email(text) || holds_phone(text) || holds_web_address(text);
}

std::size_t release_part_end(const std::vector<TextBlock>& blocks, std::size_t i) {
  const TextBlock& opener = blocks[i];
  if (opener.bullet) return i;
  if (transform::is_end_mark(opener.text) || transform::is_embargo_line(opener.text)) return i + 1;
  const bool contacts = transform::starts_contacts(opener.text);
  if (!contacts && !transform::starts_about(opener.text)) return i;
  std::size_t end = i;
  for (std::size_t j = i; j < blocks.size() && j < i + kMaxPartBlocks; ++j) {
    const std::string_view text = blocks[j].text;
    if (j > i && blocks[j].bullet) break;
    if (contacts) {
      if (holds_contact_detail(text)) {
        end = j + 1;
      } else if (words_of(text) > kMaxContactWords) {
        break;
      }
    } else if (reads_as_prose(text)) {
      end = j + 1;
    } else if (j > i) {
      break;
    }
  }
  return end;
}

}  // namespace folio::readers
