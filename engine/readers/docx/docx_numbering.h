// Word's list numbering (numbering.xml): which paragraphs are list items, ordered or not, and
// the number each one shows, counted as Word counts (counters per abstract numbering shared by
// the lists that use it, start overrides, deeper levels restarting after a shallower item).
#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>

#include "readers/docx/xml_tree.h"

namespace folio::readers::docx {

constexpr int kListLevels = 9;

/// One level of a list definition (w:lvl).
struct ListLevel {
  bool ordered = false;  ///< any number format but "bullet" and "none"
  int start = 1;
  bool restarts = true;  ///< w:lvlRestart 0 turns off restarting after shallower items
  /// False when the level shows nothing (format "none", or a level text of spaces or nothing):
  /// producers use such a level for the further paragraphs of an item.
  bool marker = true;
};

class Numbering {
 public:
  Numbering() = default;
  explicit Numbering(const XmlTree& tree);

  /// Level `level` of list `num_id`, or nullopt when the list or level is not defined (numId 0
  /// means "not a list item").
  std::optional<ListLevel> level(int num_id, int level) const;
  /// The number the next item of (`num_id`, `level`) shows; advances the counters.
  int next(int num_id, int level);
  /// The abstract definition `num_id` uses (lists sharing one count together), or -1.
  int abstract_of(int num_id) const;

 private:
  struct Num {
    int abstract = -1;
    std::map<int, int> start_overrides;     ///< level → w:startOverride
    std::map<int, ListLevel> level_overrides;
  };
  struct Counters {
    std::array<int, kListLevels> value{};
    std::array<bool, kListLevels> started{};
  };
  std::map<int, std::map<int, ListLevel>> abstracts_;
  std::map<int, Num> nums_;
  std::map<int, Counters> counters_;   ///< by abstract numbering
  std::set<std::pair<int, int>> overridden_started_;  ///< (num, level) whose start override was applied
};

}  // namespace folio::readers::docx
