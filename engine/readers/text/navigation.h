// Finds the site navigation scraped above a release: menu lines, bullet menus, repeated lines and
// menu headings glued to their description ("Qui sommes nousL'Organisation…").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "readers/text/line_scan.h"

namespace folio::readers {

struct GluedHeading {
  std::size_t line = 0;
  std::string_view heading;      ///< "Qui sommes nous"
  std::string_view description;  ///< "L'Organisation internationale…"
};

struct Navigation {
  std::size_t end = 0;  ///< lines [0, end) are navigation; 0 when none was found
  std::vector<GluedHeading> glued;
};

Navigation find_navigation(const std::vector<Line>& lines);

}  // namespace folio::readers
