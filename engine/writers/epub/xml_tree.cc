#include "writers/epub/xml_tree.h"

#include <string>

#include "base/utf8.h"

namespace folio::writers::epub {

namespace {
// XML 1.0 §2.2 Char: libxml2 would write C0 controls as character references that no XML parser
// accepts, and stops at invalid UTF-8. Readers should have cleaned both; never emit them anyway.
std::string xml_chars(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = base::next_code_point(text, i);
    const bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    if (allowed) base::append_utf8(out, cp);
  }
  return out;
}

const xmlChar* x(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }
const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
}  // namespace

XmlDocPtr new_document(std::string_view root_name, const char* ns_href) {
  XmlDocPtr doc(xmlNewDoc(x("1.0")));
  if (!doc) return nullptr;
  xmlNode* root = xmlNewDocNode(doc.get(), nullptr, x(std::string(root_name)), nullptr);
  if (!root) return nullptr;
  xmlDocSetRootElement(doc.get(), root);
  if (ns_href) xmlSetNs(root, xmlNewNs(root, x(ns_href), nullptr));
  return doc;
}

xmlNode* add_element(xmlNode* parent, std::string_view name) {
  // A NULL namespace makes the child inherit the parent's namespace.
  return xmlNewChild(parent, nullptr, x(std::string(name)), nullptr);
}

xmlNode* add_text_element(xmlNode* parent, std::string_view name, std::string_view text) {
  xmlNode* node = add_element(parent, name);
  add_text(node, text);
  return node;
}

void add_text(xmlNode* parent, std::string_view text) {
  if (text.empty()) return;
  const std::string clean = xml_chars(text);
  xmlAddChild(parent, xmlNewDocTextLen(parent->doc, reinterpret_cast<const xmlChar*>(clean.data()),
                                       static_cast<int>(clean.size())));
}

void set_attr(xmlNode* node, std::string_view name, std::string_view value) {
  xmlSetProp(node, x(std::string(name)), x(xml_chars(value)));
}

void set_lang(xmlNode* node, std::string_view lang) {
  set_attr(node, "lang", lang);
  xmlNodeSetLang(node, x(std::string(lang)));
}

void set_epub_type(xmlNode* node, std::string_view type) {
  xmlNode* root = xmlDocGetRootElement(node->doc);
  xmlNs* ns = xmlSearchNsByHref(node->doc, root, x(kOpsNs));
  if (!ns) ns = xmlNewNs(root, x(kOpsNs), x("epub"));
  xmlSetNsProp(node, ns, x("type"), x(std::string(type)));
}

std::optional<std::string> serialize(xmlDoc* doc, bool indent) {
  xmlChar* buffer = nullptr;
  int size = 0;
  xmlDocDumpFormatMemoryEnc(doc, &buffer, &size, "UTF-8", indent ? 1 : 0);
  if (!buffer) return std::nullopt;
  std::string out(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(size));
  xmlFree(buffer);
  return out;
}

}  // namespace folio::writers::epub
