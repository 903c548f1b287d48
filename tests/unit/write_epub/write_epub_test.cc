#include "writers/epub/write_epub.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>

#include <chrono>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "epub_test_support.h"
#include "sample_documents.h"
#include "writers/epub/link_target.h"

namespace folio::writers::epub_test {
namespace {

std::string opf_of(const std::string& epub) { return entry(read_zip(epub), "EPUB/package.opf"); }

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

TEST(WriteEpub, MimetypeFirstAndStored) {
  const auto doc = french_release();
  const std::string epub = write_or_fail({{&doc, {}}});
  ASSERT_GT(epub.size(), 58u);
  // OCF 3.3 §4.3: the bytes at offset 30 are "mimetype" then its uncompressed content.
  EXPECT_EQ(epub.substr(0, 4), "PK\x03\x04");
  EXPECT_EQ(epub.substr(30, 8), "mimetype");
  EXPECT_EQ(epub.substr(38, 20), "application/epub+zip");
  const auto entries = read_zip(epub);
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries[0].name, "mimetype");
  EXPECT_EQ(entries[0].method, "stored");
}

TEST(WriteEpub, Deterministic) {
  const auto doc = table_and_figures_release();
  EpubOptions options;
  options.load_image = sample_image_loader();
  const std::string a = write_or_fail({{&doc, {}}}, options);
  const std::string b = write_or_fail({{&doc, {}}}, options);
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a, b);
}

TEST(WriteEpub, NoChapterIsAnError) {
  auto result = write_epub({}, {});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().front().code, "epub.no-content");
}

TEST(WriteEpub, BadModifiedIsAnError) {
  const auto doc = arabic_release();
  EpubOptions options;
  options.modified = "yesterday";
  auto result = write_epub({{&doc, {}}}, options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().front().code, "epub.bad-modified");
}

TEST(WriteEpub, ModifiedDefaultsToEpoch) {
  const auto doc = arabic_release();
  EXPECT_TRUE(has(opf_of(write_or_fail({{&doc, {}}})), "<meta property=\"dcterms:modified\">1970-01-01T00:00:00Z</meta>"));
}

TEST(WriteEpubAccessibility, TextOnlyPublication) {
  const auto doc = french_release();
  const std::string opf = opf_of(write_or_fail({{&doc, {}}}));
  EXPECT_TRUE(has(opf, "<meta property=\"schema:accessMode\">textual</meta>"));
  EXPECT_FALSE(has(opf, ">visual<"));
  EXPECT_TRUE(has(opf, "<meta property=\"schema:accessModeSufficient\">textual</meta>"));
  EXPECT_TRUE(has(opf, ">structuralNavigation<"));
  EXPECT_TRUE(has(opf, ">displayTransformability<"));
  EXPECT_FALSE(has(opf, ">alternativeText<"));
  EXPECT_FALSE(has(opf, ">pageBreakMarkers<"));
  EXPECT_FALSE(has(opf, ">pageNavigation<"));
  EXPECT_TRUE(has(opf, "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>"));
  EXPECT_TRUE(has(opf, "<meta property=\"a11y:certifiedBy\">folio (automated check)</meta>"));
}

TEST(WriteEpubAccessibility, ImagesWithAltAreVisualWithAlternativeText) {
  const auto doc = table_and_figures_release();
  EpubOptions options;
  options.load_image = sample_image_loader();
  const std::string opf = opf_of(write_or_fail({{&doc, {}}}, options));
  EXPECT_TRUE(has(opf, "<meta property=\"schema:accessMode\">visual</meta>"));
  EXPECT_TRUE(has(opf, "<meta property=\"schema:accessModeSufficient\">textual</meta>"));
  EXPECT_TRUE(has(opf, ">alternativeText<"));
  EXPECT_TRUE(has(opf, "2 images have text alternatives."));
  EXPECT_TRUE(has(opf, "dcterms:conformsTo"));
}

TEST(WriteEpubAccessibility, WithoutLoaderNoImageIsPackagedOrClaimed) {
  const auto doc = table_and_figures_release();
  const auto epub = write_or_fail({{&doc, {}}});
  const std::string opf = opf_of(epub);
  EXPECT_FALSE(has(opf, ">visual<"));
  EXPECT_FALSE(has(opf, ">alternativeText<"));
  EXPECT_FALSE(has(opf, "image/png"));
  const std::string xhtml = entry(read_zip(epub), "EPUB/text.xhtml");
  EXPECT_FALSE(has(xhtml, "<img"));
  EXPECT_TRUE(has(xhtml, "<span role=\"img\" aria-label=\"Portrait of the chief executive\">[Portrait of the chief executive]</span>"));
}

TEST(WriteEpubAccessibility, OneImageWithoutAltRemovesTheClaims) {
  auto doc = table_and_figures_release();
  doc.blocks.push_back(figure("chart.png", std::nullopt, "An undescribed chart"));
  m::assign_ids(doc);
  EpubOptions options;
  options.load_image = sample_image_loader();
  const auto epub = write_or_fail({{&doc, {}}}, options);
  const std::string opf = opf_of(epub);
  EXPECT_TRUE(has(opf, ">visual<"));
  EXPECT_FALSE(has(opf, ">alternativeText<"));
  EXPECT_TRUE(has(opf, "<meta property=\"schema:accessModeSufficient\">textual,visual</meta>"));
  EXPECT_FALSE(has(opf, "dcterms:conformsTo"));
  EXPECT_FALSE(has(opf, "a11y:certifiedBy"));
  EXPECT_TRUE(has(opf, "1 image has no description in the source"));
  const std::string xhtml = entry(read_zip(epub), "EPUB/text.xhtml");
  EXPECT_TRUE(has(xhtml, "<span class=\"image-missing\">[Image without description]</span>"));
}

TEST(WriteEpubAccessibility, NoConformanceWithoutLanguage) {
  auto doc = arabic_release();
  doc.metadata.language.clear();
  const std::string opf = opf_of(write_or_fail({{&doc, {}}}));
  EXPECT_TRUE(has(opf, "<dc:language>und</dc:language>"));
  EXPECT_FALSE(has(opf, "dcterms:conformsTo"));
}

TEST(WriteEpubAccessibility, AbsoluteCssUnitsRemoveDisplayTransformability) {
  const auto doc = arabic_release();
  EpubOptions options;
  options.css = "body { font-size: 12pt; }";
  EXPECT_FALSE(has(opf_of(write_or_fail({{&doc, {}}}, options)), "displayTransformability"));
}

// The paragraph "Le programme, baptisé …" is blocks[7]; its plain text starts "Le programme".
std::string paragraph_with_page(std::size_t offset, const m::Document& doc, std::size_t block = 7) {
  const auto epub = write_or_fail({{&doc, {{42, doc.blocks[block].info.id, offset}}}});
  const std::string xhtml = entry(read_zip(epub), "EPUB/text.xhtml");
  const auto start = xhtml.find("<span epub:type=\"pagebreak\"");
  if (start == std::string::npos) return "";
  const auto line_start = xhtml.rfind('\n', start) + 1;
  return xhtml.substr(line_start, xhtml.find('\n', start) - line_start);
}

TEST(WriteEpubPages, MarkerAtOffsetZero) {
  const auto doc = french_release();
  EXPECT_TRUE(paragraph_with_page(0, doc).starts_with(
      "<p><span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-42\" aria-label=\"42\"/>Le programme, baptisé "));
}

TEST(WriteEpubPages, MarkerSplitsTextAtTheByteOffset) {
  const auto doc = french_release();
  const std::string line = paragraph_with_page(3, doc);
  EXPECT_TRUE(has(line, "<p>Le <span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-42\" aria-label=\"42\"/>programme"))
      << line;
}

TEST(WriteEpubPages, OffsetInsideACharacterMovesToTheNextBoundary) {
  const auto doc = french_release();
  // "Le programme, baptisé " — 'é' is 2 bytes at offset 20; 21 is inside it.
  const std::string line = paragraph_with_page(21, doc);
  EXPECT_TRUE(has(line, "baptisé<span epub:type=\"pagebreak\"")) << line;
}

TEST(WriteEpubPages, MarkerInsideAnInlineElement) {
  const auto doc = french_release();
  // "Le programme, baptisé " is 23 bytes; the <q> holds "Mobilité verte".
  const std::string line = paragraph_with_page(23 + 4, doc);
  EXPECT_TRUE(has(line, "<q>Mobi<span epub:type=\"pagebreak\"")) << line;
}

TEST(WriteEpubPages, OffsetAtTheEndGoesAfterTheLastCharacter) {
  const auto doc = french_release();
  const std::string line = paragraph_with_page(100000, doc);
  EXPECT_TRUE(has(line, ".<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-42\" aria-label=\"42\"/></p>")) << line;
}

TEST(WriteEpubPages, PageMetadataOnlyWithPageStarts) {
  const auto doc = french_release();
  EpubOptions options;
  options.page_source = "release.pdf";
  const auto with = write_or_fail({{&doc, {{1, doc.blocks[1].info.id, 0}, {2, doc.blocks[7].info.id, 5}}}}, options);
  const std::string opf = opf_of(with);
  EXPECT_TRUE(has(opf, ">pageBreakMarkers<"));
  EXPECT_TRUE(has(opf, ">pageNavigation<"));
  EXPECT_TRUE(has(opf, "<dc:source id=\"print-source\">release.pdf</dc:source>"));
  const std::string nav = entry(read_zip(with), "EPUB/nav.xhtml");
  EXPECT_TRUE(has(nav, "<nav epub:type=\"page-list\" role=\"doc-pagelist\" hidden=\"\">"));
  EXPECT_TRUE(has(nav, "<a href=\"text.xhtml#page-2\">2</a>"));

  const std::string without = opf_of(write_or_fail({{&doc, {}}}, options));
  EXPECT_FALSE(has(without, "pageBreak"));
  EXPECT_FALSE(has(without, "release.pdf"));
  EXPECT_FALSE(has(entry(read_zip(write_or_fail({{&doc, {}}}, options)), "EPUB/nav.xhtml"), "page-list"));
}

TEST(WriteEpubPages, BlockWithoutTextGetsAMarkerBeforeIt) {
  const auto doc = french_release();
  const auto epub = write_or_fail({{&doc, {{7, doc.blocks[6].info.id, 0}}}});  // the <ol>
  const std::string xhtml = entry(read_zip(epub), "EPUB/text.xhtml");
  EXPECT_TRUE(has(xhtml, "<div epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-7\" aria-label=\"7\"/>\n<ol class=\"marked\">"));
}

// A page that starts after a note reference: the reference counts as its marker "[1]", as the
// layout counts it, so the marker lands before ", entry" and not inside the next words.
TEST(WriteEpubPages, NoteReferenceCountsAsItsMarker) {
  const auto doc = notes_release();
  // "The room opens at ten nine[1]" is 29 bytes.
  const auto epub = write_or_fail({{&doc, {{2, doc.blocks[1].info.id, 29}}}});
  const std::string xhtml = entry(read_zip(epub), "EPUB/text.xhtml");
  EXPECT_TRUE(has(xhtml, "[1]</a></sup><span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-2\" aria-label=\"2\"/>, entry"))
      << xhtml;
}

// Each reference links to its note and the note's marker back to the first reference to it; a
// note referred to twice is one note; ids are unique.
TEST(WriteEpubNotes, ReferencesAndNotesLinkBothWays) {
  const auto doc = notes_release();
  const std::string xhtml = entry(read_zip(write_or_fail({{&doc, {}}})), "EPUB/text.xhtml");
  EXPECT_TRUE(has(xhtml, "<a href=\"#note-1\" id=\"noteref-1\" epub:type=\"noteref\" role=\"doc-noteref\">[1]</a>"))
      << xhtml;
  EXPECT_TRUE(has(xhtml, "<a href=\"#note-1\" id=\"noteref-3\" epub:type=\"noteref\" role=\"doc-noteref\">[1]</a>"));
  EXPECT_TRUE(has(xhtml, "<section class=\"notes\" epub:type=\"endnotes\" role=\"doc-endnotes\">"));
  EXPECT_TRUE(has(xhtml, "<li id=\"note-1\" epub:type=\"endnote\">"));
  EXPECT_TRUE(has(xhtml, "<a class=\"note-label\" href=\"#noteref-1\" role=\"doc-backlink\">[1]</a> The survey ran"));
  EXPECT_TRUE(has(xhtml, "<a class=\"note-label\" href=\"#noteref-2\" role=\"doc-backlink\">[2]</a>"));
  EXPECT_TRUE(has(xhtml, "<del data-label=\"deleted\">ten</del>"));
  EXPECT_TRUE(has(xhtml, "<s data-label=\"deleted\">for members</s>"));
  EXPECT_TRUE(has(xhtml, "<span class=\"marker\" role=\"img\" aria-label=\"done\">\u2611 </span>"));
  EXPECT_TRUE(has(xhtml, "<span class=\"marker\" role=\"img\" aria-label=\"not done yet\">\u2610 </span>"));
}

TEST(WriteEpubLanguage, RtlChapterHasDir) {
  const auto doc = arabic_release();
  const auto epub = write_or_fail({{&doc, {}}});
  const std::string xhtml = entry(read_zip(epub), "EPUB/text.xhtml");
  EXPECT_TRUE(has(xhtml, "lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\""));
  EXPECT_TRUE(has(xhtml, "<span lang=\"en\" xml:lang=\"en\" dir=\"ltr\">Solar 2030</span>"));
  const std::string opf = opf_of(epub);
  EXPECT_TRUE(has(opf, "xml:lang=\"ar\" dir=\"rtl\""));
  EXPECT_TRUE(has(opf, "<spine page-progression-direction=\"rtl\">"));
}

TEST(WriteEpubLanguage, ForeignSpanGetsLangWithoutDirInLtrText) {
  const auto doc = french_release();
  const std::string xhtml = entry(read_zip(write_or_fail({{&doc, {}}})), "EPUB/text.xhtml");
  EXPECT_TRUE(has(xhtml, "<span lang=\"en\" xml:lang=\"en\">bike-to-work</span>"));
  EXPECT_TRUE(has(xhtml, "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"fr\" xml:lang=\"fr\">"));
}

TEST(WriteEpubLanguage, BlockInAnotherLanguage) {
  auto doc = french_release();
  doc.blocks[4].info.lang = "de";
  const std::string xhtml = entry(read_zip(write_or_fail({{&doc, {}}})), "EPUB/text.xhtml");
  EXPECT_TRUE(has(xhtml, "<p class=\"lead\" lang=\"de\" xml:lang=\"de\">"));
}

TEST(WriteEpubStructure, HeadingLevelsNeverSkip) {
  auto doc = document("T", "en", {heading(1, "T", m::Role::headline), heading(4, "Deep"), heading(2, "Two"), heading(6, "Six")});
  const std::string xhtml = entry(read_zip(write_or_fail({{&doc, {}}})), "EPUB/text.xhtml");
  EXPECT_TRUE(has(xhtml, "\">Deep</h2>"));
  EXPECT_TRUE(has(xhtml, "\">Two</h2>"));
  EXPECT_TRUE(has(xhtml, "\">Six</h3>"));
}

TEST(WriteEpubStructure, NoHeadlineIsInvented) {
  // The headline is the model's (transform::ensure_headline); the nav still names the chapter.
  auto doc = document("Only a title", "en", {paragraph("Body.")});
  const auto epub = write_or_fail({{&doc, {}}});
  EXPECT_FALSE(has(entry(read_zip(epub), "EPUB/text.xhtml"), "<h1"));
  EXPECT_TRUE(has(entry(read_zip(epub), "EPUB/nav.xhtml"), "<a href=\"text.xhtml\">Only a title</a>"));
}

TEST(WriteEpubStructure, DanglingLinksBecomeText) {
  auto doc = document("T", "en", {paragraph({link("#top", "top"), text(" "), link("javascript:void(0)", "js"), text(" "),
                                             link("page.html", "rel")})});
  const std::string xhtml = entry(read_zip(write_or_fail({{&doc, {}}})), "EPUB/text.xhtml");
  EXPECT_TRUE(has(xhtml, "<p>top js rel</p>"));
}

TEST(WriteEpubStructure, NavigationBlocksAreSkipped) {
  const auto doc = french_release();
  EXPECT_FALSE(has(entry(read_zip(write_or_fail({{&doc, {}}})), "EPUB/text.xhtml"), "Accueil"));
}

TEST(WriteEpubStructure, MissingAltNoticeIsMarkedEnglish) {
  auto doc = document("Titre", "fr", {paragraph({text("Logo "), image("https://x.example/l.png", std::nullopt)})});
  const std::string xhtml = entry(read_zip(write_or_fail({{&doc, {}}})), "EPUB/text.xhtml");
  EXPECT_TRUE(has(xhtml, "<p>Logo <span class=\"image-missing\" lang=\"en\" xml:lang=\"en\">[Image without description]</span></p>"));
}

// Labelled by the transforms in the document's language, the notice needs no language of its own.
TEST(WriteEpubStructure, MissingAltNoticeInTheDocumentLanguage) {
  model::Image img{"https://x.example/l.png", std::nullopt};
  img.missing_alt_label = "Image sans description";
  img.missing_alt_lang = "fr";
  model::Inline inl;
  inl.node = std::move(img);
  auto doc = document("Titre", "fr", {paragraph({text("Logo "), std::move(inl)})});
  const std::string xhtml = entry(read_zip(write_or_fail({{&doc, {}}})), "EPUB/text.xhtml");
  EXPECT_TRUE(has(xhtml, "<p>Logo <span class=\"image-missing\">[Image sans description]</span></p>")) << xhtml;
}

TEST(WriteEpubStructure, LocalSourceKeepsOnlyTheFileName) {
  auto doc = arabic_release();
  doc.metadata.source = "/home/press/inbox/release.html";
  EXPECT_TRUE(has(opf_of(write_or_fail({{&doc, {}}})), "<dc:source>release.html</dc:source>"));
}

TEST(WriteEpubStructure, OutputIsWellFormedEvenForDirtyText) {
  auto doc = document("Form\x0C feed", "en", {paragraph({text("bad \xFF byte, bell\x07 & <tag>"), link("https://a.example/?a=1&b=2", "x\x01")})});
  const std::string xhtml = entry(read_zip(write_or_fail({{&doc, {}}})), "EPUB/text.xhtml");
  xmlDoc* parsed = xmlReadMemory(xhtml.data(), static_cast<int>(xhtml.size()), "text.xhtml", nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR);
  EXPECT_NE(parsed, nullptr) << xhtml;
  xmlFreeDoc(parsed);
  EXPECT_TRUE(has(xhtml, "<p>bad \uFFFD byte, bell &amp; &lt;tag&gt;<a href=\"https://a.example/?a=1&amp;b=2\">x</a></p>")) << xhtml;
  EXPECT_TRUE(has(xhtml, "<title>Form feed</title>"));
}

TEST(LinkTarget, ResolvesAgainstAWebSource) {
  const std::string page = "https://www.example.org/news/2022/release.html?id=3";
  EXPECT_EQ(epub::link_target("/contact", page), "https://www.example.org/contact");
  EXPECT_EQ(epub::link_target("photo.jpg", page), "https://www.example.org/news/2022/photo.jpg");
  EXPECT_EQ(epub::link_target("//cdn.example.org/a", page), "https://cdn.example.org/a");
  EXPECT_EQ(epub::link_target("rel", "https://www.example.org"), "https://www.example.org/rel");
  EXPECT_EQ(epub::link_target("https://a.example/x y", ""), "https://a.example/x%20y");
  EXPECT_EQ(epub::link_target("MAILTO:a@b.example", ""), "MAILTO:a@b.example");
  EXPECT_EQ(epub::link_target("#top", page), std::nullopt);
  EXPECT_EQ(epub::link_target("javascript:alert(1)", page), std::nullopt);
  EXPECT_EQ(epub::link_target("page.html", "/local/file.txt"), std::nullopt);
}

TEST(WriteEpubCollection, ThousandSmallDocuments) {
  std::vector<m::Document> docs;
  docs.reserve(1000);
  for (int i = 0; i < 1000; ++i) {
    docs.push_back(document("Release " + std::to_string(i), i % 2 ? "fr" : "en",
                            {heading(1, "Release " + std::to_string(i), m::Role::headline),
                             paragraph("Paragraph of release " + std::to_string(i) + ".")},
                            "2022-01-01"));
  }
  std::vector<EpubChapterInput> inputs;
  for (const auto& doc : docs) inputs.push_back({&doc, {}});
  EpubOptions options;
  options.collection_title = "Archive";
  const auto start = std::chrono::steady_clock::now();
  const std::string epub = write_or_fail(inputs, options);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  std::cout << "[ timing ] 1000-document collection: " << ms.count() << " ms, " << epub.size() << " bytes\n";
  const auto entries = read_zip(epub);
  EXPECT_EQ(entries.size(), 1000u + 7u);
  const std::string opf = entry(entries, "EPUB/package.opf");
  std::size_t itemrefs = 0;
  for (auto pos = opf.find("<itemref idref=\"chapter-"); pos != std::string::npos;
       pos = opf.find("<itemref idref=\"chapter-", pos + 1)) ++itemrefs;
  EXPECT_EQ(itemrefs, 1000u);
  EXPECT_TRUE(has(opf, "href=\"chapter-1000.xhtml\""));
  EXPECT_TRUE(has(opf, "<dc:language>en</dc:language>\n    <dc:language>fr</dc:language>"));
  EXPECT_TRUE(has(entry(entries, "EPUB/nav.xhtml"), "Release 999 \u2014 2022-01-01"));
}

// A collection's own language is its releases' most common one, not its first release's: a
// mostly English archive that opens with an Arabic release gets an English, left-to-right table
// of contents, and the Arabic entry keeps its own language and direction.
TEST(WriteEpubCollection, BookLanguageIsTheReleasesMostCommonOne) {
  const auto arabic = document("الوزارة", "ar",
                               {heading(1, "الوزارة", m::Role::headline), paragraph("نص.")},
                               "2020-01-01");
  const auto first = document("Harbour reopens", "en", {heading(1, "Harbour reopens", m::Role::headline), paragraph("Text.")},
                              "2021-01-01");
  const auto second = document("Ferry timetable", "en", {heading(1, "Ferry timetable", m::Role::headline), paragraph("Text.")},
                               "2022-01-01");
  EpubOptions options;
  options.collection_title = "Archive";
  const auto entries = read_zip(write_or_fail({{&arabic, {}}, {&first, {}}, {&second, {}}}, options));
  const std::string opf = entry(entries, "EPUB/package.opf");
  EXPECT_TRUE(has(opf, "<dc:language>en</dc:language>\n    <dc:language>ar</dc:language>")) << opf;
  const std::string nav = entry(entries, "EPUB/nav.xhtml");
  EXPECT_TRUE(has(nav, "lang=\"en\" xml:lang=\"en\">")) << nav;
  EXPECT_FALSE(has(nav, "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"en\" xml:lang=\"en\" dir=\"rtl\""));
  EXPECT_TRUE(has(nav, "<li lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">")) << nav;
}

// The value of an attribute of `node`, "" when it has none.
std::string prop(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

// Calls `fn` for every element of the XHTML document `xhtml`, parents before children.
void for_each_element(const std::string& xhtml, const std::function<void(xmlNode*)>& fn) {
  xmlDoc* parsed = xmlReadMemory(xhtml.data(), static_cast<int>(xhtml.size()), "part.xhtml", nullptr, XML_PARSE_NONET);
  EXPECT_NE(parsed, nullptr) << xhtml;
  if (!parsed) return;
  std::vector<xmlNode*> stack{xmlDocGetRootElement(parsed)};
  while (!stack.empty()) {
    xmlNode* node = stack.back();
    stack.pop_back();
    for (xmlNode* child = node->children; child; child = child->next) {
      if (child->type == XML_ELEMENT_NODE) stack.push_back(child);
    }
    fn(node);
  }
  xmlFreeDoc(parsed);
}

// Every id attribute of an XHTML document, with how often it occurs.
std::map<std::string, int> ids_of(const std::string& xhtml) {
  std::map<std::string, int> ids;
  for_each_element(xhtml, [&](xmlNode* node) {
    if (const std::string id = prop(node, "id"); !id.empty()) ++ids[id];
  });
  return ids;
}

// Every named landmark (section or aside with aria-label or aria-labelledby) of an XHTML
// document as "element: accessible name", with how often it occurs.
std::map<std::string, int> landmark_names(const std::string& xhtml) {
  struct Landmark {
    std::string element, label, labelled_by;
  };
  std::map<std::string, std::string> text_of_id;
  std::vector<Landmark> landmarks;
  for_each_element(xhtml, [&](xmlNode* node) {
    if (const std::string id = prop(node, "id"); !id.empty()) {
      xmlChar* text = xmlNodeGetContent(node);
      text_of_id[id] = reinterpret_cast<const char*>(text);
      xmlFree(text);
    }
    Landmark l{reinterpret_cast<const char*>(node->name), prop(node, "aria-label"), prop(node, "aria-labelledby")};
    if ((l.element == "section" || l.element == "aside") && !(l.label.empty() && l.labelled_by.empty())) {
      landmarks.push_back(std::move(l));
    }
  });
  std::map<std::string, int> names;
  for (const Landmark& l : landmarks) {  // after the walk: a label's ids may come after its landmark
    std::string name = l.label;
    std::istringstream ids(l.labelled_by);
    for (std::string id; ids >> id;) name += (name.empty() ? "" : " ") + text_of_id[id];
    ++names[l.element + ": " + name];
  }
  return names;
}

// Releases with the same headline in one content document (an archive's duplicates) keep their
// Contacts and About landmarks, each with a name of its own (axe landmark-unique): the repeats
// are numbered.
TEST(WriteEpubCollection, RepeatedReleasesInOneDocumentHaveLandmarksOfTheirOwn) {
  const auto a = french_release();
  const auto b = french_release();
  const auto c = french_release();
  EpubOptions options;
  options.collection_title = "Archive";
  options.releases_per_document = 3;
  const auto entries = read_zip(write_or_fail({{&a, {}}, {&b, {}}, {&c, {}}}, options));
  const auto names = landmark_names(entry(entries, "EPUB/part-1.xhtml"));
  ASSERT_EQ(names.size(), 6u);
  for (const auto& [name, count] : names) EXPECT_EQ(count, 1) << name;
  const std::string contacts = "section: Contact presse La Région lance « Mobilité verte » pour 2023";
  EXPECT_TRUE(names.contains(contacts)) << contacts;
  EXPECT_TRUE(names.contains(contacts + " (3)"));
}

// The href values of the nav's links.
std::vector<std::string> nav_hrefs(const std::string& nav) {
  std::vector<std::string> hrefs;
  for (auto pos = nav.find("href=\""); pos != std::string::npos; pos = nav.find("href=\"", pos + 1)) {
    const auto start = pos + 6;
    hrefs.push_back(nav.substr(start, nav.find('"', start) - start));
  }
  return hrefs;
}

TEST(WriteEpubCollection, SharedDocumentsKeepIdsApartAndTheNavPointsIntoThem) {
  // The samples number their nodes alike, so the same heading, note and page ids would meet.
  const auto fr = french_release();
  const auto ar = arabic_release();
  const auto notes = notes_release();
  const auto fr2 = french_release();
  EpubOptions options;
  options.collection_title = "Archive";
  options.releases_per_document = 3;
  const auto entries = read_zip(write_or_fail({{&fr, {{1, fr.blocks[1].info.id, 0}, {2, fr.blocks[6].info.id, 0}}},
                                               {&ar, {{1, ar.blocks[2].info.id, 12}}},
                                               {&notes, {}},
                                               {&fr2, {{1, fr2.blocks[1].info.id, 0}}}},
                                              options));
  std::vector<std::string> names;
  for (const auto& e : entries) names.push_back(e.name);
  EXPECT_EQ(names, (std::vector<std::string>{"mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml",
                                             "EPUB/part-1.xhtml", "EPUB/part-2.xhtml", "EPUB/releases-by-date.xhtml",
                                             "EPUB/releases-by-organisation.xhtml", "EPUB/style.css"}));
  std::map<std::string, std::map<std::string, int>> ids;
  for (const std::string part : {"part-1.xhtml", "part-2.xhtml", "releases-by-date.xhtml", "releases-by-organisation.xhtml"}) {
    ids[part] = ids_of(entry(entries, "EPUB/" + part));
    for (const auto& [id, count] : ids[part]) EXPECT_EQ(count, 1) << part << ": id " << id;
  }
  EXPECT_TRUE(ids["part-1.xhtml"].contains("release-3"));
  EXPECT_TRUE(ids["part-2.xhtml"].contains("release-4"));
  // The last release of part 1 and the one of part 2 are alike but for the file they are in.
  EXPECT_TRUE(ids["part-1.xhtml"].contains("r1-h-3"));
  EXPECT_TRUE(ids["part-2.xhtml"].contains("r4-h-3"));
  // Every link of the table of contents, landmarks and page-list, and of the two release
  // indexes, reaches an id that exists.
  const std::string nav = entry(entries, "EPUB/nav.xhtml");
  std::map<std::string, std::set<std::string>> targets;
  for (const std::string file : {"nav.xhtml", "releases-by-date.xhtml", "releases-by-organisation.xhtml"}) {
    for (const auto& href : nav_hrefs(entry(entries, "EPUB/" + file))) {
      if (href == "style.css") continue;
      targets[file].insert(href);
      const auto hash = href.find('#');
      const std::string target = href.substr(0, hash);
      ASSERT_TRUE(ids.contains(target)) << file << ": " << href;
      if (hash != std::string::npos) {
        EXPECT_TRUE(ids[target].contains(href.substr(hash + 1))) << file << ": " << href;
      }
    }
  }
  for (const std::string href : {"part-1.xhtml#release-1", "part-1.xhtml#release-2", "part-1.xhtml#release-3",
                                 "part-2.xhtml#release-4", "part-1.xhtml#r1-page-1", "part-1.xhtml#r1-page-2",
                                 "part-1.xhtml#r2-page-1", "part-2.xhtml#r4-page-1", "part-1.xhtml",
                                 "releases-by-date.xhtml", "releases-by-date.xhtml#y2022",
                                 "releases-by-organisation.xhtml"}) {
    EXPECT_TRUE(targets["nav.xhtml"].contains(href)) << href << "\n" << nav;
  }
  // Each index lists every release once.
  for (const std::string file : {"releases-by-date.xhtml", "releases-by-organisation.xhtml"}) {
    EXPECT_EQ(targets[file], (std::set<std::string>{"part-1.xhtml#release-1", "part-1.xhtml#release-2",
                                                    "part-1.xhtml#release-3", "part-2.xhtml#release-4"}))
        << file;
    EXPECT_EQ(nav_hrefs(entry(entries, "EPUB/" + file)).size(), 5u) << file;  // with style.css
  }
  // Each release keeps its language; the part takes its first release's.
  const std::string part1 = entry(entries, "EPUB/part-1.xhtml");
  EXPECT_TRUE(has(part1, "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"fr\""))
      << part1;
  EXPECT_TRUE(has(part1, "<article id=\"release-2\" class=\"release\" lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\""))
      << part1;
  EXPECT_TRUE(has(part1, "<title>Archive (1\u20133)</title>"));
  EXPECT_TRUE(has(entry(entries, "EPUB/part-2.xhtml"), "<title>Archive (4)</title>"));
  const std::string opf = entry(entries, "EPUB/package.opf");
  EXPECT_TRUE(has(opf, "<itemref idref=\"part-1\"/>\n    <itemref idref=\"part-2\"/>")) << opf;
}

TEST(WriteEpubCollection, PastAThousandReleasesDocumentsAreShared) {
  std::vector<m::Document> docs;
  docs.reserve(1001);
  for (int i = 0; i < 1001; ++i) {
    docs.push_back(document("Release " + std::to_string(i), "en",
                            {heading(1, "Release " + std::to_string(i), m::Role::headline), paragraph("Text.")}));
  }
  std::vector<EpubChapterInput> inputs;
  for (const auto& doc : docs) inputs.push_back({&doc, {}});
  EpubOptions options;
  options.collection_title = "Archive";
  const auto entries = read_zip(write_or_fail(inputs, options));
  // Two releases a document: 501 documents, the last with one.
  EXPECT_EQ(entries.size(), 501u + 7u);
  EXPECT_TRUE(has(entry(entries, "EPUB/nav.xhtml"), "href=\"part-501.xhtml#release-1001\""));
  EXPECT_TRUE(has(entry(entries, "EPUB/releases-by-date.xhtml"), "<a href=\"part-501.xhtml#release-1001\""));
  EXPECT_TRUE(has(entry(entries, "EPUB/releases-by-organisation.xhtml"), "<a href=\"part-501.xhtml#release-1001\""));
  EXPECT_TRUE(has(entry(entries, "EPUB/part-1.xhtml"), "<article id=\"release-2\""));
}

}  // namespace
}  // namespace folio::writers::epub_test
