// folio-html-main-text-features PAGE.html…: the training data of the HTML main-text model. For
// each page, a line "#page NAME", then one line per text block: the model's probability, its
// features (names: --names) and, last, the block's text (for labelling; the training script
// keeps numbers only), tab-separated.
#include <cstdio>
#include <iostream>
#include <string>

#include "readers/common/decode.h"
#include "readers/html/block_features.h"
#include "readers/html/html_metadata.h"
#include "readers/html/html_tree.h"
#include "readers/html/main_content.h"
#include "each_page.h"

int main(int argc, char** argv) {
  using namespace folio;
  return each_page(argc, argv, readers::html::block_feature_names(), [](const std::string& path, const std::string& bytes) {
    auto decoded = readers::decode_source(bytes, path, readers::SourceFormat::html);
    if (!decoded) return;
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
  });
}
