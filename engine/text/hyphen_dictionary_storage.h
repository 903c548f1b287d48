// HyphenDictionary's levels: the blocks a HyphenDict points into (text/hyphen_dictionary.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "text/hyphen_dictionary.h"

namespace folio::text {

struct HyphenDictionary::Level {
  /// A state as made and as stored: indexes into `strings` and `trans` instead of pointers.
  struct StateRecord {
    std::int32_t match = -1;  ///< offset in `strings`, -1: none
    std::int32_t repl = -1;   ///< offset in `strings`, -1: none
    signed char replindex = 0;
    signed char replcut = 0;
    std::int16_t unused = 0;  ///< no padding: the bytes are written out
    std::int32_t fallback = -1;
    std::int32_t first_trans = 0;
    std::int32_t num_trans = 0;
  };

  char lhmin = 0, rhmin = 0, clhmin = 0, crhmin = 0;
  std::optional<std::string> nohyphen;  ///< elements separated by NULs
  int nohyphenl = 0;
  std::string charset;
  bool utf8 = false;
  std::vector<HyphenTrans> trans;
  std::string strings;  ///< NUL-terminated matches and replacements; ends with a NUL when not empty
  std::int32_t state_count = 0;  ///< the states add_state() will be given, for its checks
  std::vector<HyphenState> states;  ///< pointing into `trans` and `strings`
  HyphenDict dict{};                ///< libhyphen's view; nextlevel set by HyphenDictionary

  /// Appends a state once `trans`, `strings` and `state_count` are final; false (and nothing
  /// added) when one of its indexes would make libhyphen read outside the blocks.
  bool add_state(const StateRecord& record);
  /// The record add_state() was given for state `id`.
  StateRecord record(std::size_t id) const;
  /// Fills `dict` from the fields and blocks above.
  void link(HyphenDict* next);
};

/// A cache file mapped where its image was made for (hyphen_dictionary_image.cc).
struct HyphenDictionary::Mapping {
  void* at = nullptr;
  std::size_t size = 0;
  ~Mapping();
};

}  // namespace folio::text
