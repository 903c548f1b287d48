// docx_file FILE…: reads each DOCX and prints one line per file (its blocks and diagnostics, or
// its error); used by bench/docx-fuzz under the sanitizers.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "readers/docx/read_docx.h"

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const auto read = folio::readers::read_docx(bytes, argv[i]);
    if (read) {
      std::printf("%s: %zu blocks, %zu diagnostics\n", argv[i], read->value.blocks.size(), read->warnings.size());
    } else {
      std::printf("%s: %s\n", argv[i], read.error().front().message.c_str());
    }
  }
  return 0;
}
