// folio-main-text-features PAGE.txt…: the training data of the main-text model. For each page,
// a line "#page NAME", then one line per block: its first and last line index (0-based, as the
// text reader counts lines) and its features, tab-separated (names: --names). Numbers only.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "base/source_text.h"
#include "readers/text/line_scan.h"
#include "readers/text/main_text.h"

int main(int argc, char** argv) {
  using namespace folio;
  if (argc > 1 && std::string(argv[1]) == "--names") {
    for (auto name : readers::main_text_feature_names()) std::cout << name << '\n';
    return 0;
  }
  for (int a = 1; a < argc; ++a) {
    std::ifstream in(argv[a], std::ios::binary);
    if (!in) {
      std::cerr << argv[a] << ": cannot read\n";
      return 2;
    }
    std::stringstream bytes;
    bytes << in.rdbuf();
    const base::SourceText source(argv[a], bytes.str());
    const auto lines = readers::scan_lines(source);
    const auto blocks = readers::group_wrapped_lines(lines, 0);
    const auto features = readers::main_text_features(blocks);
    std::cout << "#page " << argv[a] << '\n';
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      std::cout << blocks[i].first << '\t' << blocks[i].last;
      for (double f : features[i]) {
        char cell[32];
        std::snprintf(cell, sizeof cell, "\t%.6g", f);
        std::cout << cell;
      }
      std::cout << '\n';
    }
  }
  return 0;
}
