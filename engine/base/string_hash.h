#pragma once
// A hash for maps keyed by std::string that are asked with a string_view: a word read off a
// text is looked up as it stands, without a std::string made of it first.
#include <cstddef>
#include <functional>
#include <string_view>

namespace folio::base {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace folio::base
