// The audit's in-memory input device against PoDoFo's own device over a std::istringstream: the
// same answers and the same stream states after every operation, for random operation sequences
// that run past both ends of the buffer (PoDoFo's parser reads those states when it recovers
// from damaged files).
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "audit/pdf_memory_device.h"

namespace folio::audit::pdf {
namespace {

struct State {
  bool eof, bad;
  std::streamoff tell;
  bool operator==(const State&) const = default;
};

State state_of(PoDoFo::PdfInputDevice& d) {
  // Tell() itself can set failbit (as tellg does): both devices are asked the same way.
  const bool eof = d.Eof(), bad = d.Bad();
  return {eof, bad, d.Tell()};
}

TEST(PdfMemoryDevice, BehavesAsPodofosStreamDevice) {
  const std::string bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n\xff\x80 trailer\n%%EOF";
  std::mt19937 rng(20261205);
  for (int run = 0; run < 400; ++run) {
    PoDoFo::PdfInputDevice theirs(bytes.data(), bytes.size());
    MemoryInputDevice ours(bytes);
    for (int step = 0; step < 60; ++step) {
      const int op = static_cast<int>(rng() % 7);
      const auto n = static_cast<std::streamoff>(rng() % (bytes.size() + 10)) - 5;
      const auto dir = std::array{std::ios_base::beg, std::ios_base::cur, std::ios_base::end}[rng() % 3];
      SCOPED_TRACE("run " + std::to_string(run) + " step " + std::to_string(step) + " op " + std::to_string(op) +
                   " n " + std::to_string(n) + " dir " + std::to_string(static_cast<int>(dir)));
      switch (op) {
        case 0: ASSERT_EQ(theirs.GetChar(), ours.GetChar()); break;
        case 1: ASSERT_EQ(theirs.Look(), ours.Look()); break;
        case 2:
          theirs.Seek(n, dir);
          ours.Seek(n, dir);
          break;
        case 3: {
          std::string a(static_cast<std::size_t>(std::max<std::streamoff>(n, 0)), '\0'), b = a;
          ASSERT_EQ(theirs.Read(a.data(), n), ours.Read(b.data(), n));
          ASSERT_EQ(a, b);
          break;
        }
        case 4:
          theirs.Clear();
          ours.Clear();
          break;
        case 5: ASSERT_EQ(theirs.Eof(), ours.Eof()); break;
        default: ASSERT_EQ(theirs.Tell(), ours.Tell()); break;
      }
      ASSERT_EQ(state_of(theirs), state_of(ours));
    }
  }
}

}  // namespace
}  // namespace folio::audit::pdf
