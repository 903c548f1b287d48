// Thin helpers over libxml2's tree API for the EPUB writer: every XML document of the package is
// built as a libxml2 tree and serialised by libxml2 (escaping and well-formedness are its job).
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace folio::writers::epub {

inline constexpr const char* kXhtmlNs = "http://www.w3.org/1999/xhtml";
inline constexpr const char* kOpsNs = "http://www.idpf.org/2007/ops";

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

/// A new document whose root element `name` is in namespace `ns_href` (default namespace).
/// Returns nullptr when libxml2 cannot allocate.
XmlDocPtr new_document(std::string_view root_name, const char* ns_href);

/// Appends a child element (in the parent's namespace) and returns it.
xmlNode* add_element(xmlNode* parent, std::string_view name);
/// Appends a child element holding `text`.
xmlNode* add_text_element(xmlNode* parent, std::string_view name, std::string_view text);
/// Appends a text node (libxml2 escapes it on output).
void add_text(xmlNode* parent, std::string_view text);
/// Sets an attribute without namespace.
void set_attr(xmlNode* node, std::string_view name, std::string_view value);
/// Sets `lang` and `xml:lang` (XHTML needs both to agree).
void set_lang(xmlNode* node, std::string_view lang);
/// Sets `epub:type`, declaring the OPS namespace on the root when needed.
void set_epub_type(xmlNode* node, std::string_view type);

/// UTF-8 serialisation with an XML declaration; `indent` pretty-prints element-only content.
/// nullopt when libxml2 fails.
std::optional<std::string> serialize(xmlDoc* doc, bool indent);

}  // namespace folio::writers::epub
