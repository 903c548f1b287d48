#include "writers/epub/write_epub.h"

#include <cstdint>
#include <cstdio>

#include "writers/epub/accessibility_metadata.h"
#include "writers/epub/image_store.h"
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
  if (facts.content.page_breaks > 0) in.page_source = options.page_source.empty() ? "print edition" : options.page_source;
  in.claims = epub::accessibility_claims(facts);
  return in;
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
  std::vector<ChapterXhtml> chapters;
  chapters.reserve(inputs.size());
  base::Diagnostics errors;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const std::string file = collection ? "chapter-" + std::to_string(i + 1) + ".xhtml" : "text.xhtml";
    auto chapter = epub::build_chapter_xhtml(*inputs[i].document, inputs[i].page_starts, file, images);
    if (!chapter) {
      errors.insert(errors.end(), chapter.error().begin(), chapter.error().end());
      continue;
    }
    chapters.push_back(std::move(*chapter));
  }
  if (!errors.empty()) return base::Unexpected{std::move(errors)};

  epub::PackageInput package = package_input(inputs, chapters, options, collection);
  // The nav is navigation, not text of the release: reading systems show it as their table of
  // contents, so it stays out of the spine (nothing links to it; see build_nav).
  package.items.push_back({"nav", "nav.xhtml", "application/xhtml+xml", "nav", false, false});
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    package.items.push_back({collection ? "chapter-" + std::to_string(i + 1) : "text", chapters[i].file_name,
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
  auto nav = epub::build_nav(chapters, {package.title, package.languages.front(), package.rtl, collection});
  if (!nav) return base::Unexpected{nav.error()};

  std::vector<zip::ZipEntry> entries;
  entries.reserve(chapters.size() + images.images().size() + 5);
  // OCF: mimetype first, stored, so the file starts with "PK…mimetypeapplication/epub+zip".
  entries.push_back({"mimetype", "application/epub+zip", false});
  entries.push_back({"META-INF/container.xml", std::move(*container)});
  entries.push_back({"EPUB/package.opf", std::move(*opf)});
  entries.push_back({"EPUB/nav.xhtml", std::move(*nav)});
  for (auto& chapter : chapters) entries.push_back({"EPUB/" + chapter.file_name, std::move(chapter.xhtml)});
  entries.push_back({"EPUB/style.css", options.css.empty() ? default_css() : options.css});
  for (const auto& image : images.images()) {
    // Compressed image formats gain nothing from deflate.
    entries.push_back({"EPUB/" + image.href, image.bytes, image.media_type == "image/svg+xml"});
  }
  return zip::build_zip(entries);
}

}  // namespace folio::writers
