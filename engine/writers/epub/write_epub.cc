#include "writers/epub/write_epub.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "writers/epub/accessibility_metadata.h"
#include "writers/epub/image_store.h"
#include "writers/epub/index_builder.h"
#include "writers/epub/nav_builder.h"
#include "writers/epub/package_builder.h"
#include "writers/epub/w3c_date.h"
#include "writers/epub/xhtml_builder.h"
#include "writers/epub/xml_tree.h"
#include "zip/zip_writer.h"

namespace folio::writers {

namespace {

using epub::ChapterXhtml;

void add_distinct(std::vector<std::string>& list, const std::string& value) {
  if (value.empty()) return;
  for (const auto& v : list) {
    if (v == value) return;
  }
  list.push_back(value);
}

std::string document_identifier(const model::Document& document) {
  return document.metadata.identifier.empty() ? model::content_identifier(document) : document.metadata.identifier;
}

// A collection's identifier follows from its chapters' identifiers and title: same releases,
// same identifier.
std::string collection_identifier(const std::vector<EpubChapterInput>& chapters, const std::string& title) {
  std::uint64_t hash = 1469598103934665603ULL;
  auto mix = [&](const std::string& s) {
    for (unsigned char c : s) {
      hash ^= c;
      hash *= 1099511628211ULL;
    }
    hash ^= 0xFF;
    hash *= 1099511628211ULL;
  };
  mix(title);
  for (const auto& chapter : chapters) mix(document_identifier(*chapter.document));
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string("urn:folio:collection:") + hex;
}

// A URL is kept whole; a local path only by its file name, so the EPUB neither reveals nor
// depends on the directory it was converted in.
std::string public_source(const std::string& source) {
  const auto colon = source.find(':');
  const auto slash = source.find_first_of("/\\");
  if (colon != std::string::npos && colon > 1 && (slash == std::string::npos || colon < slash)) return source;
  const auto last = source.find_last_of("/\\");
  return last == std::string::npos ? source : source.substr(last + 1);
}

// Releases per content document: one each while a collection has at most
// kMaxContentDocuments releases (each release its own file, as reading systems and their page
// turns expect), then as few as keep the documents that many, far below the ZIP entry limits of
// readers (folio's own audit allows 10,000 entries).
constexpr std::size_t kMaxContentDocuments = 1000;
std::size_t releases_per_document(std::size_t releases, std::size_t asked) {
  if (asked > 0) return asked;
  return std::max<std::size_t>(1, (releases + kMaxContentDocuments - 1) / kMaxContentDocuments);
}

// "Archive (11–20)": which releases a shared content document holds, in numbers only (the
// collection's title is the only text of the document's own language we have).
std::string part_title(const std::string& collection_title, std::size_t first, std::size_t per_document,
                       std::size_t releases) {
  const std::size_t last = std::min(first + per_document, releases);
  const std::string range = last == first + 1 ? std::to_string(last) : std::to_string(first + 1) + "\u2013" + std::to_string(last);
  return (collection_title.empty() ? std::string() : collection_title + " ") + "(" + range + ")";
}

base::Result<std::string> container_xml() {
  epub::XmlDocPtr doc = epub::new_document("container", "urn:oasis:names:tc:opendocument:xmlns:container");
  if (!doc) return base::make_error("epub.xml", {}, "libxml2 could not create container.xml");
  xmlNode* container = xmlDocGetRootElement(doc.get());
  epub::set_attr(container, "version", "1.0");
  xmlNode* rootfile = epub::add_element(epub::add_element(container, "rootfiles"), "rootfile");
  epub::set_attr(rootfile, "full-path", "EPUB/package.opf");
  epub::set_attr(rootfile, "media-type", "application/oebps-package+xml");
  auto text = epub::serialize(doc.get(), true);
  if (!text) return base::make_error("epub.xml", {}, "libxml2 could not serialise container.xml");
  return std::move(*text);
}

epub::PackageInput package_input(const std::vector<EpubChapterInput>& inputs, const std::vector<ChapterXhtml>& chapters,
                                 const EpubOptions& options, bool collection) {
  epub::PackageInput in;
  const model::Metadata& first = inputs.front().document->metadata;
  in.title = collection ? options.collection_title : chapters.front().title;
  if (in.title.empty()) in.title = chapters.front().title;
  in.identifier = collection ? collection_identifier(inputs, in.title) : document_identifier(*inputs.front().document);
  for (const auto& chapter : chapters) add_distinct(in.languages, chapter.language);
  in.rtl = chapters.front().rtl;
  if (collection) {
    // The book's own language (its first dc:language, the table of contents' and the indexes'
    // labels and direction) is the one most of its releases are in, not the oldest release's:
    // a mostly English archive whose first release is Arabic is read as English.
    const auto count = [&](const std::string& lang) {
      return std::count_if(chapters.begin(), chapters.end(), [&](const ChapterXhtml& c) { return c.language == lang; });
    };
    std::stable_sort(in.languages.begin(), in.languages.end(),
                     [&](const std::string& a, const std::string& b) { return count(a) > count(b); });
    for (const auto& chapter : chapters) {
      if (chapter.language == in.languages.front()) {
        in.rtl = chapter.rtl;
        break;
      }
    }
  }
  in.modified = options.modified.empty() ? kDefaultModified : options.modified;

  std::vector<std::string> publishers;
  for (const auto& input : inputs) {
    const model::Metadata& meta = input.document->metadata;
    for (const auto& author : meta.authors) add_distinct(in.creators, author);
    add_distinct(publishers, meta.organization);
  }
  // A collection speaks for all its issuers; a single release for its authors, else its issuer.
  if (collection || in.creators.empty()) {
    for (const auto& publisher : publishers) add_distinct(in.creators, publisher);
  }
  if (publishers.size() == 1) in.publisher = publishers.front();
  if (!collection) {
    if (epub::is_w3c_date(first.date)) in.date = first.date;
    in.source = public_source(first.source);
    in.description = first.summary;
    in.rights = first.rights;
  }

  epub::PublicationFacts facts;
  facts.languages_known = true;
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    facts.content += chapters[i].facts;
    facts.languages_known = facts.languages_known && !inputs[i].document->metadata.language.empty();
  }
  facts.title_known = !in.title.empty();
  if (in.title.empty()) in.title = in.identifier;
  facts.relative_css = epub::css_uses_relative_units(options.css.empty() ? default_css() : options.css);
  facts.release_indexes = collection;
  if (facts.content.page_breaks > 0) in.page_source = options.page_source.empty() ? "print edition" : options.page_source;
  in.claims = epub::accessibility_claims(facts);
  return in;
}

// A collection's indexes of its releases, by date and by organisation, in the book's language.
base::Result<std::vector<epub::IndexDocument>> release_indexes(const std::vector<EpubChapterInput>& inputs,
                                                               const std::vector<ChapterXhtml>& chapters,
                                                               const epub::PackageInput& package) {
  std::vector<epub::IndexedRelease> releases;
  releases.reserve(chapters.size());
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    const ChapterXhtml& chapter = chapters[i];
    releases.push_back(epub::indexed_release(*inputs[i].document, epub::chapter_href(chapter),
                                             epub::chapter_title(chapter, i), chapter.language, chapter.rtl));
  }
  const epub::IndexContext context{package.languages.front(), package.rtl};
  std::vector<epub::IndexDocument> indexes;
  struct Index {
    const char* file_name;
    decltype(&epub::build_date_index) build;
  };
  for (const Index& kind : {Index{"releases-by-date.xhtml", &epub::build_date_index},
                            Index{"releases-by-organisation.xhtml", &epub::build_organisation_index}}) {
    auto index = kind.build(releases, context, kind.file_name);
    if (!index) return base::Unexpected{index.error()};
    indexes.push_back(std::move(*index));
  }
  return indexes;
}

}  // namespace

base::Result<std::string> write_epub(const std::vector<EpubChapterInput>& inputs, const EpubOptions& options) {
  if (inputs.empty()) return base::make_error("epub.no-content", {}, "an EPUB needs at least one document");
  for (const auto& input : inputs) {
    if (!input.document) return base::make_error("epub.no-content", {}, "a chapter has no document");
  }
  if (!options.modified.empty() && !epub::is_utc_second(options.modified)) {
    return base::make_error("epub.bad-modified", {}, "dcterms:modified must look like 2024-01-31T12:00:00Z, got '" +
                                                         options.modified + "'");
  }
  const bool collection = !options.collection_title.empty() || inputs.size() > 1;

  epub::ImageStore images(options.load_image);
  std::vector<epub::ContentDocument> documents;
  base::Diagnostics errors;
  const std::size_t per_document = collection ? releases_per_document(inputs.size(), options.releases_per_document) : 1;
  for (std::size_t first = 0; first < inputs.size(); first += per_document) {
    const std::string number = std::to_string(first / per_document + 1);
    auto document = !collection        ? epub::build_chapter_xhtml(inputs[first], "text.xhtml", images)
                    : per_document == 1 ? epub::build_chapter_xhtml(inputs[first], "chapter-" + number + ".xhtml", images)
                                        : epub::build_releases_xhtml(inputs, first, per_document, "part-" + number + ".xhtml",
                                                                     part_title(options.collection_title, first, per_document,
                                                                                inputs.size()),
                                                                     images);
    if (!document) {
      errors.insert(errors.end(), document.error().begin(), document.error().end());
      continue;
    }
    documents.push_back(std::move(*document));
  }
  if (!errors.empty()) return base::Unexpected{std::move(errors)};
  std::vector<ChapterXhtml> chapters;
  chapters.reserve(inputs.size());
  for (auto& document : documents) {
    for (auto& chapter : document.chapters) chapters.push_back(std::move(chapter));
  }

  epub::PackageInput package = package_input(inputs, chapters, options, collection);
  // The nav is navigation, not text of the release: reading systems show it as their table of
  // contents, so it stays out of the spine (nothing links to it; see build_nav).
  package.items.push_back({"nav", "nav.xhtml", "application/xhtml+xml", "nav", false, false});
  for (const auto& document : documents) {
    const std::string id = collection ? document.file_name.substr(0, document.file_name.rfind('.')) : "text";
    package.items.push_back({id, document.file_name, "application/xhtml+xml", "", true});
  }
  // The indexes follow the releases in the reading order, as a book's indexes follow its text.
  std::vector<epub::IndexDocument> indexes;
  if (collection) {
    auto built = release_indexes(inputs, chapters, package);
    if (!built) return base::Unexpected{built.error()};
    indexes = std::move(*built);
  }
  for (const auto& index : indexes) {
    package.items.push_back({index.file_name.substr(0, index.file_name.rfind('.')), index.file_name,
                             "application/xhtml+xml", "", true});
  }
  package.items.push_back({"css", "style.css", "text/css", "", false});
  for (std::size_t i = 0; i < images.images().size(); ++i) {
    const auto& image = images.images()[i];
    package.items.push_back({"image-" + std::to_string(i + 1), image.href, image.media_type, "", false});
  }
  auto container = container_xml();
  if (!container) return base::Unexpected{container.error()};
  auto opf = epub::build_package(package);
  if (!opf) return base::Unexpected{opf.error()};
  epub::NavInput nav_input{package.title, package.languages.front(), package.rtl, collection, {}};
  for (const auto& index : indexes) nav_input.indexes.push_back(&index);
  auto nav = epub::build_nav(chapters, nav_input);
  if (!nav) return base::Unexpected{nav.error()};

  std::vector<zip::ZipEntry> entries;
  entries.reserve(documents.size() + indexes.size() + images.images().size() + 5);
  // OCF: mimetype first, stored, so the file starts with "PK…mimetypeapplication/epub+zip".
  entries.push_back({"mimetype", "application/epub+zip", false});
  entries.push_back({"META-INF/container.xml", std::move(*container)});
  entries.push_back({"EPUB/package.opf", std::move(*opf)});
  entries.push_back({"EPUB/nav.xhtml", std::move(*nav)});
  for (auto& document : documents) entries.push_back({"EPUB/" + document.file_name, std::move(document.xhtml)});
  for (auto& index : indexes) entries.push_back({"EPUB/" + index.file_name, std::move(index.xhtml)});
  entries.push_back({"EPUB/style.css", options.css.empty() ? default_css() : options.css});
  for (const auto& image : images.images()) {
    // Compressed image formats gain nothing from deflate.
    entries.push_back({"EPUB/" + image.href, image.bytes, image.media_type == "image/svg+xml"});
  }
  return zip::build_zip(entries);
}

}  // namespace folio::writers
