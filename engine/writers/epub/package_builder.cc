#include "writers/epub/package_builder.h"

#include "writers/epub/xml_tree.h"

namespace folio::writers::epub {

namespace {
constexpr const char* kOpfNs = "http://www.idpf.org/2007/opf";
constexpr const char* kDcNs = "http://purl.org/dc/elements/1.1/";

xmlNode* add_dc(xmlNode* metadata, xmlNs* dc, const char* name, const std::string& value) {
  xmlNode* node = xmlNewChild(metadata, dc, reinterpret_cast<const xmlChar*>(name), nullptr);
  add_text(node, value);
  return node;
}

xmlNode* add_meta(xmlNode* metadata, const std::string& property, const std::string& value) {
  xmlNode* node = add_text_element(metadata, "meta", value);
  set_attr(node, "property", property);
  return node;
}
}  // namespace

base::Result<std::string> build_package(const PackageInput& in) {
  XmlDocPtr doc = new_document("package", kOpfNs);
  if (!doc) return base::make_error("epub.xml", {}, "libxml2 could not create the package document");
  xmlNode* package = xmlDocGetRootElement(doc.get());
  set_attr(package, "version", "3.0");
  set_attr(package, "unique-identifier", "uid");
  xmlNodeSetLang(package, reinterpret_cast<const xmlChar*>(in.languages.front().c_str()));
  set_attr(package, "dir", in.rtl ? "rtl" : "ltr");

  xmlNode* metadata = add_element(package, "metadata");
  xmlNs* dc = xmlNewNs(metadata, reinterpret_cast<const xmlChar*>(kDcNs), reinterpret_cast<const xmlChar*>("dc"));
  set_attr(add_dc(metadata, dc, "identifier", in.identifier), "id", "uid");
  add_dc(metadata, dc, "title", in.title);
  for (const auto& lang : in.languages) add_dc(metadata, dc, "language", lang);
  for (const auto& creator : in.creators) add_dc(metadata, dc, "creator", creator);
  if (!in.publisher.empty()) add_dc(metadata, dc, "publisher", in.publisher);
  if (!in.date.empty()) add_dc(metadata, dc, "date", in.date);
  if (!in.source.empty()) add_dc(metadata, dc, "source", in.source);
  if (!in.page_source.empty()) {
    set_attr(add_dc(metadata, dc, "source", in.page_source), "id", "print-source");
    // EPUB 3.2's way to say the page-list follows this source; still valid in 3.3.
    set_attr(add_meta(metadata, "source-of", "pagination"), "refines", "#print-source");
  }
  if (!in.description.empty()) add_dc(metadata, dc, "description", in.description);
  if (!in.rights.empty()) add_dc(metadata, dc, "rights", in.rights);
  add_meta(metadata, "dcterms:modified", in.modified);

  const AccessibilityClaims& a11y = in.claims;
  for (const auto& mode : a11y.access_modes) add_meta(metadata, "schema:accessMode", mode);
  for (const auto& modes : a11y.access_mode_sufficient) add_meta(metadata, "schema:accessModeSufficient", modes);
  for (const auto& feature : a11y.features) add_meta(metadata, "schema:accessibilityFeature", feature);
  add_meta(metadata, "schema:accessibilityHazard", "none");
  xmlNodeSetLang(add_meta(metadata, "schema:accessibilitySummary", a11y.summary), reinterpret_cast<const xmlChar*>("en"));
  if (a11y.conforms) {
    add_meta(metadata, "dcterms:conformsTo", kConformsTo);
    add_meta(metadata, "a11y:certifiedBy", kCertifiedBy);
  }

  xmlNode* manifest = add_element(package, "manifest");
  xmlNode* spine = add_element(package, "spine");
  if (in.rtl) set_attr(spine, "page-progression-direction", "rtl");
  for (const auto& item : in.items) {
    xmlNode* node = add_element(manifest, "item");
    set_attr(node, "id", item.id);
    set_attr(node, "href", item.href);
    set_attr(node, "media-type", item.media_type);
    if (!item.properties.empty()) set_attr(node, "properties", item.properties);
    if (!item.in_spine) continue;
    xmlNode* itemref = add_element(spine, "itemref");
    set_attr(itemref, "idref", item.id);
    if (!item.linear) set_attr(itemref, "linear", "no");
  }

  auto text = serialize(doc.get(), true);
  if (!text) return base::make_error("epub.xml", {}, "libxml2 could not serialise the package document");
  return std::move(*text);
}

}  // namespace folio::writers::epub
