// Golden tests: each project-written fixture in tests/fixtures/text shows one behaviour of the
// scraped-text reader and the release transforms; the golden is the native dump + diagnostics.
#include <gtest/gtest.h>

#include "job/diagnostic_format.h"
#include "job/load_document.h"
#include "model/dump.h"
#include "support/golden.h"
#include "support/paths.h"

namespace folio {
namespace {

class TextGolden : public testing::TestWithParam<std::string> {};

TEST_P(TextGolden, MatchesDump) {
  const std::string name = GetParam();
  const std::string bytes = test::read_file(test::fixture("text/" + name + ".txt"));
  auto loaded = job::parse_document(bytes, "text/" + name + ".txt", {});
  ASSERT_TRUE(loaded.has_value()) << loaded.error().front().message;
  std::string out = model::dump_document(loaded->value);
  out += "--- diagnostics\n";
  for (const auto& d : loaded->warnings) out += job::format_diagnostic(d, job::DiagnosticFormat::short_);
  test::expect_golden(out, "read_text/" + name + ".txt");
}

INSTANTIATE_TEST_SUITE_P(Fixtures, TextGolden,
                         testing::Values("navigation", "hard_wrapped", "unwrapped_run_in_headings", "mojibake",
                                         "lost_ligatures", "lost_quote_bytes", "release_parts", "glued_paragraphs",
                                         "hyphenation_and_lists", "latin1", "invisible", "arabic",
                                         "english_typography", "homoglyph", "glued_one_line", "glued_letterhead"));

}  // namespace
}  // namespace folio
