// The character classes of PDF syntax (ISO 32000-1 7.2.2), by byte: white space (NUL, tab, line
// feed, form feed, carriage return, space) separates tokens; a delimiter ends a token and starts
// one of its own; every other byte is regular. PoDoFo's tokenizer has the same classes. Shared by
// the audit's readers of objects (pdf_plain_reader) and of content streams (pdf_content), and by
// the PDF writer's names (pdf_syntax).
#pragma once

#include <array>
#include <string_view>

namespace folio::base {

enum class CharClass : unsigned char { regular, space, delimiter };

inline constexpr std::array<CharClass, 256> kCharClasses = [] {
  std::array<CharClass, 256> classes{};
  for (unsigned char c : std::string_view(" \n\r\t\f\0", 6)) classes[c] = CharClass::space;
  for (unsigned char c : std::string_view("()<>[]{}/%")) classes[c] = CharClass::delimiter;
  return classes;
}();

inline bool is_white_space(char c) { return kCharClasses[static_cast<unsigned char>(c)] == CharClass::space; }
inline bool is_regular(char c) { return kCharClasses[static_cast<unsigned char>(c)] == CharClass::regular; }

}  // namespace folio::base
