#include "readers/text/breadcrumb.h"

#include <algorithm>
#include <cstddef>
#include <vector>

#include "base/utf8.h"

namespace folio::readers {

namespace {

constexpr std::size_t kMinParts = 3;
constexpr std::size_t kMaxPartWords = 4;
constexpr std::size_t kMaxPartBytes = 40;

// The parts of `text` between uses of `separator` that have a space beside them; empty when it
// is used once without one (then it is no trail's separator).
std::vector<std::string_view> parts_between(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t at = text.find(separator); at != std::string_view::npos; at = text.find(separator, at + 1)) {
    const std::size_t after = at + separator.size();
    const bool spaced = (at > 0 && text[at - 1] == ' ') || (after < text.size() && text[after] == ' ');
    if (!spaced) return {};
    parts.push_back(base::trim_ascii(text.substr(start, at - start)));
    start = after;
  }
  if (parts.empty()) return {};
  parts.push_back(base::trim_ascii(text.substr(start)));
  return parts;
}

// A section's name: short, and no code (`[true, false].select { |item| item }` has bars too).
bool section_name(std::string_view part) {
  return !part.empty() && part.size() <= kMaxPartBytes &&
         static_cast<std::size_t>(std::count(part.begin(), part.end(), ' ')) < kMaxPartWords &&
         part.find_first_of("{}[]();=") == std::string_view::npos;
}

bool ends_sentence(std::string_view part) {
  return !part.empty() && (part.back() == '.' || part.back() == '!' || part.back() == '?');
}

}  // namespace

bool is_breadcrumb(std::string_view text) {
  static constexpr std::string_view kSeparators[] = {"/", ">", "|", "»", "›"};
  for (std::string_view separator : kSeparators) {
    std::vector<std::string_view> parts = parts_between(text, separator);
    // A trail may open or close with its separator ("> Home > News", "Promis >").
    if (!parts.empty() && parts.front().empty()) parts.erase(parts.begin());
    if (!parts.empty() && parts.back().empty()) parts.pop_back();
    if (parts.size() < kMinParts) continue;
    const bool trail = std::all_of(parts.begin(), parts.end(), section_name) &&
                       std::none_of(parts.begin(), parts.end() - 1, ends_sentence);
    if (trail) return true;
  }
  return false;
}

}  // namespace folio::readers
