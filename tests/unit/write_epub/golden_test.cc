// Golden tests: the file list (with compression method) and every XML document of the EPUB.
#include <gtest/gtest.h>

#include "epub_test_support.h"
#include "release_index_fixture.h"
#include "sample_documents.h"
#include "support/golden.h"

namespace folio::writers::epub_test {
namespace {

using folio::test::expect_golden;

TEST(WriteEpubGolden, French) {
  const auto doc = french_release();
  expect_golden(describe_epub(write_or_fail({{&doc, {}}})), "write_epub/french.txt");
}

TEST(WriteEpubGolden, Arabic) {
  const auto doc = arabic_release();
  expect_golden(describe_epub(write_or_fail({{&doc, {}}})), "write_epub/arabic.txt");
}

TEST(WriteEpubGolden, TableAndFigures) {
  const auto doc = table_and_figures_release();
  EpubOptions options;
  options.load_image = sample_image_loader();
  options.modified = "2024-05-01T08:30:00Z";
  expect_golden(describe_epub(write_or_fail({{&doc, {}}}, options)), "write_epub/table_and_figures.txt");
}

TEST(WriteEpubGolden, NotesStruckTextTasksAndInlineImage) {
  const auto doc = notes_release();
  EpubOptions options;
  options.load_image = sample_image_loader();
  expect_golden(describe_epub(write_or_fail({{&doc, {}}}, options)), "write_epub/notes.txt");
}

TEST(WriteEpubGolden, PageList) {
  const auto doc = french_release();
  // Block ids: 2 = headline, 5 = lead, 9 = paragraph with the inline quote (see the golden).
  std::vector<PageStart> starts{{1, doc.blocks[1].info.id, 0}, {2, doc.blocks[4].info.id, 10},
                                {3, doc.blocks[7].info.id, 0}};
  EpubOptions options;
  options.page_source = "mobilite-verte.pdf";
  expect_golden(describe_epub(write_or_fail({{&doc, starts}}, options)), "write_epub/page_list.txt");
}

TEST(WriteEpubGolden, Collection) {
  const auto fr = french_release();
  const auto ar = arabic_release();
  const auto en = table_and_figures_release();
  EpubOptions options;
  options.collection_title = "Communiqués 2022";
  expect_golden(describe_epub(write_or_fail({{&fr, {}}, {&ar, {}}, {&en, {}}}, options)), "write_epub/collection.txt");
}

TEST(WriteEpubGolden, CollectionSharingDocuments) {
  const auto fr = french_release();
  const auto ar = arabic_release();
  const auto notes = notes_release();
  EpubOptions options;
  options.collection_title = "Communiqués 2022";
  options.releases_per_document = 2;
  options.load_image = sample_image_loader();
  expect_golden(describe_epub(write_or_fail({{&ar, {}}, {&fr, {{1, fr.blocks[1].info.id, 0}}}, {&notes, {}}}, options)),
                "write_epub/collection_shared.txt");
}

// The nav and the two release indexes of a collection whose releases have dates in three years,
// partial, missing and impossible ones, and organisations in several scripts, one known by its
// web site alone and one not at all. Swedish book: folio has no Swedish labels (English, marked
// so), while ICU gives Swedish dates and collation.
TEST(WriteEpubGolden, CollectionIndexes) {
  const IndexFixture fixture;
  EpubOptions options;
  options.collection_title = "Pressmeddelanden";
  const auto entries = read_zip(write_or_fail(fixture.inputs(), options));
  std::string out;
  for (const std::string name : {"EPUB/nav.xhtml", "EPUB/releases-by-date.xhtml", "EPUB/releases-by-organisation.xhtml"}) {
    out += "== " + name + "\n" + entry(entries, name) + "\n";
  }
  expect_golden(out, "write_epub/collection_indexes.txt");
}

}  // namespace
}  // namespace folio::writers::epub_test
