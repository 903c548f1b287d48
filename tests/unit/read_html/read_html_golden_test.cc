// Golden dumps of the HTML reader on the fixtures in tests/fixtures/html (reader only, no transforms).
#include <gtest/gtest.h>

#include "html_test_util.h"
#include "support/golden.h"
#include "support/paths.h"

namespace folio::test {
namespace {

class HtmlGolden : public ::testing::TestWithParam<const char*> {};

TEST_P(HtmlGolden, MatchesGolden) {
  const std::string name = GetParam();
  const auto path = fixture("html/" + name);
  const auto read = read_html_string(read_file(path), {}, "html/" + name);
  const std::string stem = name.substr(0, name.find('.'));
  expect_golden(dump_with_diagnostics(read), "read_html/" + stem + ".txt");
}

INSTANTIATE_TEST_SUITE_P(Fixtures, HtmlGolden,
                         ::testing::Values("boilerplate_article.html", "density_no_main.html", "figures.html",
                                           "data_table.html", "layout_table.html", "lists.html", "blockquote.html",
                                           "lang_dir.html", "metadata.html", "wml_fragment.wml",
                                           "custom_elements.html", "cjk_wrap.html", "notes_cms.html",
                                           "notes_semantic.html"),
                         [](const auto& info) {
                           std::string n = info.param;
                           return n.substr(0, n.find('.'));
                         });

TEST(HtmlGoldenKeep, KeepBoilerplateKeepsRegionsAsNavigation) {
  const auto read = read_html_string(read_file(fixture("html/boilerplate_article.html")), {.keep_boilerplate = true},
                                     "html/boilerplate_article.html");
  expect_golden(dump_with_diagnostics(read), "read_html/boilerplate_article_kept.txt");
}

}  // namespace
}  // namespace folio::test
