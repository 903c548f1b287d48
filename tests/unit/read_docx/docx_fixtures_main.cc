// docx_fixtures DIR: writes every DOCX fixture as DIR/<name>.docx.
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "docx_fixture.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fputs("usage: docx_fixtures DIR\n", stderr);
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  std::filesystem::create_directories(dir);
  for (const std::string& name : folio::test::docx_fixture_names()) {
    std::ofstream out(dir / (name + ".docx"), std::ios::binary);
    const std::string bytes = folio::test::docx_fixture(name);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::fprintf(stderr, "docx_fixtures: cannot write %s.docx\n", name.c_str());
      return 1;
    }
  }
  return 0;
}
