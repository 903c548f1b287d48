#include "writers/epub/content_document.h"

namespace folio::writers::epub {

base::Result<XmlDocPtr> new_content_document(const std::string& language, bool rtl) {
  XmlDocPtr xml = new_document("html", kXhtmlNs);
  if (!xml) return base::make_error("epub.xml", {}, "libxml2 could not create a content document");
  xmlNode* html = xmlDocGetRootElement(xml.get());
  xmlNewNs(html, reinterpret_cast<const xmlChar*>(kOpsNs), reinterpret_cast<const xmlChar*>("epub"));
  set_lang(html, language);
  if (rtl) set_attr(html, "dir", "rtl");
  return xml;
}

xmlNode* add_head(xmlNode* html, const std::string& title) {
  xmlNode* head = add_block(html, "head");
  xmlNode* title_element = add_block(head, "title");
  add_text(title_element, title);
  xmlNode* css = add_block(head, "link");
  set_attr(css, "rel", "stylesheet");
  set_attr(css, "type", "text/css");
  set_attr(css, "href", "style.css");
  close_block(head);
  return title_element;
}

xmlNode* add_block(xmlNode* parent, std::string_view name) {
  add_text(parent, "\n");
  return add_element(parent, name);
}

void close_block(xmlNode* node) { add_text(node, "\n"); }

base::Result<std::string> serialized(xmlDoc* xml, const std::string& file_name) {
  auto text = serialize(xml, false);
  if (!text) return base::make_error("epub.xml", {}, "libxml2 could not serialise " + file_name);
  return std::move(*text);
}

}  // namespace folio::writers::epub
