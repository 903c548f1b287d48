#include "readers/text/program_text.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace folio::readers {

namespace {

constexpr std::size_t kMinBytes = 40;
constexpr std::size_t kMinCodeLine = 20;
constexpr std::size_t kBytesPerMark = 160;  // a longer text needs a program's mark per 160 bytes

// The bytes of code punctuation, as a table: every line of a page is counted.
constexpr std::array<bool, 256> kCodeMark = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : std::string_view("{}()[];=&|")) t[c] = true;
  return t;
}();

std::size_t count_of(std::string_view text, std::string_view token) {
  std::size_t n = 0;
  for (std::size_t at = text.find(token); at != std::string_view::npos; at = text.find(token, at + token.size())) ++n;
  return n;
}

struct Counts {
  std::size_t marks = 0;
  std::size_t spaces = 0;
};

Counts count_marks(std::string_view text) {
  Counts c;
  for (char ch : text) {
    c.marks += kCodeMark[static_cast<unsigned char>(ch)];
    c.spaces += ch == ' ';
  }
  return c;
}

// In whole numbers: code punctuation at least 8 % (2 in 25), spaces at most 10 %.
bool dense_code(const Counts& c, std::size_t size) { return c.marks * 25 >= size * 2 && c.spaces * 10 <= size; }

// Whether `text` holds at least `needed` marks of a program. No "===": a rule drawn with '='
// is not a program.
bool program_marks(std::string_view text, std::size_t needed) {
  static constexpr std::array<std::string_view, 10> kProgramMarks{"){", "};", ")}",        "=>",     "&&",
                                                                  "||", "!==", "function(", "return", "var "};
  std::size_t found = 0;
  for (std::string_view m : kProgramMarks) {
    found += count_of(text, m);
    if (found >= needed) return true;
  }
  return false;
}

}  // namespace

LineShape line_shape(std::string_view line) {
  const Counts c = count_marks(line);
  if (line.size() >= kMinCodeLine) {
    const bool placeholder = line.find("{{") != std::string_view::npos;
    if ((dense_code(c, line.size()) && (placeholder || program_marks(line, 1))) ||
        (placeholder && is_template_text(line))) {
      return LineShape::code;
    }
  }
  // One space in eight bytes or more, code punctuation under 5 % (1 in 20).
  if (!line.empty() && c.spaces * 8 >= line.size() && c.marks * 20 < line.size()) return LineShape::prose;
  return LineShape::other;
}

bool is_program_text(std::string_view text) {
  if (text.size() < kMinBytes || text.find('(') == std::string_view::npos) return false;
  if (!dense_code(count_marks(text), text.size())) return false;
  return program_marks(text, std::max<std::size_t>(2, text.size() / kBytesPerMark));
}

bool is_template_text(std::string_view text) {
  std::size_t visible = 0, placeholder = 0;
  for (char c : text) visible += c != ' ' && c != '\n';
  for (std::size_t open = text.find("{{"); open != std::string_view::npos;) {
    const std::size_t close = text.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    std::size_t end = close + 2;
    if (end < text.size() && text[end] == '}') ++end;  // {{{ triple }}}
    for (std::size_t i = open; i < end; ++i) placeholder += text[i] != ' ' && text[i] != '\n';
    open = text.find("{{", end);
  }
  return visible > 0 && placeholder * 2 >= visible;
}

}  // namespace folio::readers
