// folio-html-main-text-features PAGE.html…: the training data of the HTML main-text model. For
// each page, a line "#page NAME", then one line per text block: the model's probability, its
// features (names: --names) and, last, the block's text (for labelling; the training script
// keeps numbers only), tab-separated.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "readers/common/decode.h"
#include "readers/html/block_features.h"
#include "readers/html/html_metadata.h"
#include "readers/html/html_tree.h"
#include "readers/html/main_content.h"

int main(int argc, char** argv) {
  using namespace folio;
  if (argc > 1 && std::string(argv[1]) == "--names") {
    for (auto name : readers::html::block_feature_names()) std::cout << name << '\n';
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
    auto decoded = readers::decode_source(bytes.str(), argv[a], readers::SourceFormat::html);
    std::cout << "#page " << argv[a] << '\n';
    if (!decoded) continue;
    base::Diagnostics diagnostics;
    const auto& source = decoded->value;
    const auto tree = readers::html::parse_html_tree(source.text(), source, 256, diagnostics);
    auto body = tree.find(0, "body");
    if (body == readers::html::kNoNode) body = 0;
    const auto page = readers::html::read_page_metadata(tree);
    for (const auto& b : readers::html::score_text_blocks(tree, body, page.og_title + "\n" + page.html_title)) {
      char cell[32];
      std::snprintf(cell, sizeof cell, "%.4f", b.probability);
      std::cout << cell;
      for (float f : b.features) {
        std::snprintf(cell, sizeof cell, "\t%.6g", static_cast<double>(f));
        std::cout << cell;
      }
      std::cout << '\t' << b.text << '\n';
    }
  }
  return 0;
}
