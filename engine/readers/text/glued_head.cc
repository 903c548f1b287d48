#include "readers/text/glued_head.h"

#include <unicode/uchar.h>

#include <utility>

#include "base/utf8.h"
#include "transform/dateline.h"

namespace folio::readers {

namespace {

constexpr std::size_t kMaxHead = 300;  // bytes of glued title lines before the dateline
constexpr int kMinWordsPerLine = 2;    // a one-word piece is a name's inner capital, not a line
constexpr int kMinLettersBeforeJoint = 3;  // "Mc|Donald", "i|Phone" are names

bool lower(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }

int words(std::string_view s) {
  int n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

bool has_sentence_end(std::string_view s) { return s.find_first_of(".!?") != std::string_view::npos; }

bool letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

// The run of letters around byte `at` of `s`, and how many letters it has before `at`.
std::pair<std::string_view, int> word_at(std::string_view s, std::size_t at) {
  std::size_t begin = at, end = at;
  int before = 0;
  while (begin > 0) {
    std::size_t b = begin - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    std::size_t k = b;
    if (!letter(base::next_code_point(s, k))) break;
    begin = b;
    ++before;
  }
  while (end < s.size()) {
    std::size_t k = end;
    if (!letter(base::next_code_point(s, k))) break;
    end = k;
  }
  return {s.substr(begin, end - begin), before};
}

// "HealthSubcommittee" is two lines glued; "McDonald", "iPhone" and a "YouTube" that the
// release writes again are words.
bool is_joint(std::string_view line, std::size_t body, std::size_t at) {
  const auto [word, before] = word_at(line, at);
  return before >= kMinLettersBeforeJoint && line.find(word, body) == std::string_view::npos;
}

}  // namespace

std::optional<GluedHead> split_glued_head(std::string_view line) {
  std::size_t i = 0;
  if (line.empty() || !upper(base::next_code_point(line, i))) return std::nullopt;
  // Every place where a lower-case letter touches a capital, up to the dateline.
  std::vector<std::size_t> joints;
  std::optional<std::size_t> dateline;
  char32_t previous = 0;
  for (std::size_t at = 0; at < line.size() && at <= kMaxHead;) {
    const std::size_t here = at;
    const char32_t c = base::next_code_point(line, at);
    if (lower(previous) && upper(c)) {
      // The dateline's place is in capitals (a second capital follows the first), glued to the
      // title line before it: that is the evidence a bare place in capitals needs.
      const auto d = transform::find_dateline(line.substr(here), true);
      std::size_t k = at;
      if (d && k < line.size() && upper(base::next_code_point(line, k)) && !d->whole_paragraph) {
        dateline = here;
        break;
      }
      joints.push_back(here);
    }
    previous = c;
  }
  if (!dateline) return std::nullopt;
  const std::string_view head = line.substr(0, *dateline);
  if (has_sentence_end(head) || words(head) < kMinWordsPerLine) return std::nullopt;

  GluedHead out;
  out.body = *dateline;
  std::size_t start = 0;
  for (std::size_t j : joints) {
    const std::string_view piece = head.substr(start, j - start);
    const std::string_view rest = head.substr(j);
    if (words(piece) < kMinWordsPerLine || words(rest) < kMinWordsPerLine || !is_joint(line, out.body, j)) continue;
    out.headings.push_back(piece);
    start = j;
  }
  out.headings.push_back(head.substr(start));
  return out;
}

}  // namespace folio::readers
