// folio-main-text-features PAGE.txt…: the training data of the main-text model. For each page,
// a line "#page NAME", then one line per block: its first and last line index (0-based, as the
// text reader counts lines) and its features, tab-separated (names: --names). Numbers only.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "base/source_text.h"
#include "readers/text/line_scan.h"
#include "readers/text/main_text.h"
#include "readers/text/navigation.h"
#include "each_page.h"

int main(int argc, char** argv) {
  using namespace folio;
  return each_page(argc, argv, readers::main_text_feature_names(), [](const std::string& path, std::string bytes) {
    const base::SourceText source(path, std::move(bytes));
    const auto lines = readers::scan_lines(source);
    const std::size_t nav = readers::find_navigation(lines).end;
    std::cout << "#nav " << nav << '\n';
    // The blocks the model measures, as the text reader gives them (no program's text).
    std::vector<readers::TextBlock> blocks;
    for (auto& b : readers::group_wrapped_lines(lines, nav)) {
      if (!b.program) blocks.push_back(std::move(b));
    }
    const auto features = readers::main_text_features(blocks);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      std::cout << blocks[i].first << '\t' << blocks[i].last;
      for (double f : features[i]) {
        char cell[32];
        std::snprintf(cell, sizeof cell, "\t%.6g", f);
        std::cout << cell;
      }
      std::cout << '\n';
    }
  });
}
