// audit_file FILE…: runs audit_pdf or audit_epub on each file and prints its findings, one per line.
// A driver for bench/audit-fuzz and for inspecting corpus disagreements; exit 0 unless a file is unreadable.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "audit/audit.h"

int main(int argc, char** argv) {
  int status = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[i]);
      status = 2;
      continue;
    }
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const bool zip = bytes.rfind("PK", 0) == 0;
    const auto report = zip ? folio::audit::audit_epub(bytes, argv[i]) : folio::audit::audit_pdf(bytes, argv[i]);
    for (const auto& f : report.findings) {
      std::printf("%s %s [%s] %s: %s\n", folio::audit::severity_name(f.severity), f.rule.c_str(), f.clause.c_str(),
                  folio::audit::format_location(f.location).c_str(), f.message.c_str());
    }
  }
  return status;
}
