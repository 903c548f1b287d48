// What every XHTML content document of the package shares (the releases' and the collection
// indexes'): the root with its language and direction, the head, one block per line.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "writers/epub/xml_tree.h"

namespace folio::writers::epub {

/// A content document's root element with its language and direction.
base::Result<XmlDocPtr> new_content_document(const std::string& language, bool rtl);

/// The head of a content document: its title and the stylesheet. Returns the <title> element.
xmlNode* add_head(xmlNode* html, const std::string& title);

/// Appends a block child on a line of its own: readable output without letting libxml2's
/// indenter add spaces inside phrasing content. close_block ends the parent's last line.
xmlNode* add_block(xmlNode* parent, std::string_view name);
void close_block(xmlNode* node);

/// The document serialised (not indented), or an `epub.xml` error naming `file_name`.
base::Result<std::string> serialized(xmlDoc* xml, const std::string& file_name);

}  // namespace folio::writers::epub
