#include "readers/docx/docx_fields.h"

#include <vector>

#include "base/utf8.h"

namespace folio::readers::docx {

namespace {

// The instruction's words: a quoted argument is one word without its quotes (17.16.1: a '\'
// inside quotes escapes the next character).
std::vector<std::string> words_of(std::string_view instruction) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < instruction.size()) {
    while (i < instruction.size() && (instruction[i] == ' ' || instruction[i] == '\t')) ++i;
    if (i >= instruction.size()) break;
    std::string word;
    if (instruction[i] == '"') {
      ++i;
      while (i < instruction.size() && instruction[i] != '"') {
        if (instruction[i] == '\\' && i + 1 < instruction.size()) ++i;
        word += instruction[i++];
      }
      ++i;
    } else {
      while (i < instruction.size() && instruction[i] != ' ' && instruction[i] != '\t') word += instruction[i++];
    }
    words.push_back(std::move(word));
  }
  return words;
}

}  // namespace

std::optional<std::string> hyperlink_target(std::string_view instruction) {
  const auto words = words_of(instruction);
  if (words.empty() || base::lower_ascii(words[0]) != "hyperlink") return std::nullopt;
  std::string url, anchor;
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::string switch_name = base::lower_ascii(words[i]);
    if (switch_name == "\\l" && i + 1 < words.size()) {
      anchor = words[++i];
    } else if ((switch_name == "\\o" || switch_name == "\\t") && i + 1 < words.size()) {
      ++i;  // tooltip, target frame
    } else if (!words[i].starts_with('\\') && url.empty()) {
      url = words[i];
    }
  }
  url = std::string(base::trim_ascii(url));
  if (url.empty() && anchor.empty()) return std::nullopt;
  return anchor.empty() ? url : url + "#" + anchor;
}

}  // namespace folio::readers::docx
