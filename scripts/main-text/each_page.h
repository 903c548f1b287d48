// The frame both training tools share: `--names` prints the model's feature names, one per line;
// otherwise every file argument is read and handed to `dump` after a line "#page NAME".
#pragma once

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

template <typename Names, typename Dump>
int each_page(int argc, char** argv, const Names& names, Dump dump) {
  if (argc > 1 && std::string(argv[1]) == "--names") {
    for (const auto& name : names) std::cout << name << '\n';
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
    std::cout << "#page " << argv[a] << '\n';
    dump(std::string(argv[a]), bytes.str());
  }
  return 0;
}
