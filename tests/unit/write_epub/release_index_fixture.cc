#include "release_index_fixture.h"

#include "epub_test_support.h"
#include "writers/epub/xhtml_builder.h"

namespace folio::writers::epub_test {

namespace {
struct Release {
  const char* title;
  const char* lang;
  const char* date;
  const char* organisation;
  const char* source;
};

constexpr Release kReleases[] = {
    {"Regeringen presenterar budgeten", "sv", "2022-06-10", "Regeringskansliet", ""},
    {"Harbour reopens after repairs", "en", "2021-11-03T08:00:00Z", "Port Authority", "https://port.example/news"},
    {"Neue Radwege für die Innenstadt", "de", "2022-06-10", "Ärztekammer Nord", ""},
    {"Annual report published", "en", "2020", "", "https://www.zeta.example/news/annual"},
    {"Une journée portes ouvertes", "fr", "", "", "/archive/portes-ouvertes.txt"},
    {"Ferry timetable changes", "en", "2021-02-30", "Port Authority", ""},
    {"Summer programme announced", "en", "2022-06", "Alpha Trust", ""},
    {"الوزارة تطلق برنامجا جديدا", "ar", "2022-01-15", "وزارة الطاقة", ""},
};
}  // namespace

IndexFixture::IndexFixture() {
  for (const Release& r : kReleases) {
    auto doc = document(r.title, r.lang, {heading(1, r.title, m::Role::headline), paragraph("…")}, r.date);
    doc.metadata.organization = r.organisation;
    doc.metadata.source = r.source;
    documents.push_back(std::move(doc));
  }
}

std::vector<EpubChapterInput> IndexFixture::inputs() const {
  std::vector<EpubChapterInput> out;
  for (const auto& doc : documents) out.push_back({&doc, {}});
  return out;
}

std::vector<epub::IndexedRelease> IndexFixture::indexed() const {
  std::vector<epub::IndexedRelease> out;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const auto& doc = documents[i];
    out.push_back(epub::indexed_release(doc, "chapter-" + std::to_string(i + 1) + ".xhtml", doc.metadata.title,
                                        doc.metadata.language, epub::document_is_rtl(doc)));
  }
  return out;
}

}  // namespace folio::writers::epub_test
