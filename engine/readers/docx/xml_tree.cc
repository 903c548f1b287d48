// The only file of the DOCX reader that includes libxml2.
#include "readers/docx/xml_tree.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <climits>
#include <cstring>
#include <functional>
#include <memory>

namespace folio::readers::docx {

namespace {

// The namespaces the reader looks at, by the prefix it uses for them whatever the file declares.
// ISO/IEC 29500 "strict" documents use the purl.oclc.org names for the same vocabularies.
struct KnownNamespace {
  const char* uri;
  const char* prefix;
};
constexpr KnownNamespace kNamespaces[] = {
    {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"},
    {"http://purl.oclc.org/ooxml/wordprocessingml/main", "w"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"},
    {"http://purl.oclc.org/ooxml/officeDocument/relationships", "r"},
    {"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp"},
    {"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", "wp"},
    {"http://schemas.openxmlformats.org/drawingml/2006/main", "a"},
    {"http://purl.oclc.org/ooxml/drawingml/main", "a"},
    {"http://schemas.openxmlformats.org/drawingml/2006/picture", "pic"},
    {"http://purl.oclc.org/ooxml/drawingml/picture", "pic"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/math", "m"},
    {"http://purl.oclc.org/ooxml/officeDocument/math", "m"},
    {"http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"},
    {"http://schemas.microsoft.com/office/word/2010/wordprocessingShape", "wps"},
    {"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", "wpg"},
    {"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas", "wpc"},
    {"http://schemas.microsoft.com/office/drawing/2017/decorative", "adec"},
    {"urn:schemas-microsoft-com:vml", "v"},
    {"urn:schemas-microsoft-com:office:office", "o"},
    {"http://schemas.openxmlformats.org/package/2006/content-types", "ct"},
    {"http://schemas.openxmlformats.org/package/2006/relationships", "pr"},
    {"http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "cp"},
    {"http://purl.org/dc/elements/1.1/", "dc"},
    {"http://purl.org/dc/terms/", "dcterms"},
    {"http://www.w3.org/XML/1998/namespace", "xml"},
};

const char* known_prefix(const xmlChar* uri) {
  if (uri == nullptr) return nullptr;
  for (const KnownNamespace& ns : kNamespaces) {
    if (std::strcmp(ns.uri, reinterpret_cast<const char*>(uri)) == 0) return ns.prefix;
  }
  return "";
}

std::string qualified(const xmlChar* local, const xmlChar* uri) {
  const char* name = reinterpret_cast<const char*>(local);
  const char* prefix = known_prefix(uri);
  if (prefix == nullptr) return name;
  if (*prefix == '\0') return "{" + std::string(reinterpret_cast<const char*>(uri)) + "}" + name;
  return std::string(prefix) + ":" + name;
}

// Character data outside these elements is layout whitespace between elements, or text Word
// does not show; keeping it would only cost memory.
bool keeps_text(std::string_view name) {
  return name == "w:t" || name == "w:delText" || name == "w:instrText" || name == "w:delInstrText" ||
         name == "m:t" || name.starts_with("dc:") || name.starts_with("dcterms:") || name.starts_with("cp:") ||
         name == "a:t";
}

}  // namespace

class XmlTreeBuilder {
 public:
  // libxml2 limits nesting only when it builds its own tree; a SAX reader must do it itself.
  // Word nests a few dozen levels at most (tables in tables, content controls, text boxes).
  static constexpr std::size_t kMaxDepth = 256;

  XmlTreeBuilder(XmlParse& out, std::size_t max_elements) : out_(out), tree_(out.tree), max_elements_(max_elements) {}

  // libxml2 keeps every name once in its dictionary, so a (local name, URI) pointer pair stands
  // for one qualified name during a parse: the string is built once per distinct name.
  std::uint32_t intern(const xmlChar* local, const xmlChar* uri) {
    const NameKey key{local, uri};
    if (auto it = by_pointer_.find(key); it != by_pointer_.end()) return it->second;
    std::string name = qualified(local, uri);
    auto [it, added] = tree_.name_index_.emplace(name, static_cast<std::uint32_t>(tree_.names_.size()));
    if (added) tree_.names_.push_back(std::move(name));
    by_pointer_.emplace(key, it->second);
    return it->second;
  }

  void start(xmlParserCtxtPtr ctxt, const xmlChar* local, const xmlChar* uri, int attribute_count,
             const xmlChar** attributes) {
    if (tree_.elements_.size() >= max_elements_ || open_.size() >= kMaxDepth) {
      out_.error = "line " + std::to_string(xmlSAX2GetLineNumber(ctxt)) + ": " +
                   (open_.size() >= kMaxDepth ? "elements nested deeper than " + std::to_string(kMaxDepth) + " levels"
                                              : "more than " + std::to_string(max_elements_) + " elements") +
                   "; the rest of the part was not read";
      xmlStopParser(ctxt);
      return;
    }
    XmlElement e;
    e.name = intern(local, uri);
    e.offset = start_offset(ctxt);
    e.attributes_begin = static_cast<std::uint32_t>(tree_.attributes_.size());
    // SAX2 gives each attribute as (local name, prefix, URI, value start, value end).
    for (int i = 0; i < attribute_count; ++i) {
      const xmlChar** a = attributes + 5 * i;
      const auto begin = static_cast<std::uint32_t>(tree_.pool_.size());
      tree_.pool_.append(reinterpret_cast<const char*>(a[3]), static_cast<std::size_t>(a[4] - a[3]));
      tree_.attributes_.push_back({intern(a[0], a[2]), begin, static_cast<std::uint32_t>(tree_.pool_.size() - begin)});
    }
    e.attributes_end = static_cast<std::uint32_t>(tree_.attributes_.size());
    const auto index = static_cast<XmlIndex>(tree_.elements_.size());
    if (!open_.empty()) {
      e.parent = open_.back();
      if (last_child_.back() == kNoElement) {
        tree_.elements_[e.parent].first_child = index;
      } else {
        tree_.elements_[last_child_.back()].next_sibling = index;
      }
      last_child_.back() = index;
    } else if (!tree_.elements_.empty()) {
      return;  // a second document element cannot happen in well-formed XML
    }
    tree_.elements_.push_back(e);
    open_.push_back(index);
    last_child_.push_back(kNoElement);
    text_open_ = keeps_text(tree_.names_[e.name]);
  }

  void end() {
    if (open_.empty()) return;
    open_.pop_back();
    last_child_.pop_back();
    text_open_ = false;
  }

  void characters(const xmlChar* text, int length) {
    if (!text_open_ || open_.empty() || length <= 0) return;
    XmlElement& e = tree_.elements_[open_.back()];
    // The element's text is contiguous in the pool: it has no child elements in between.
    if (e.text_size == 0) e.text_begin = static_cast<std::uint32_t>(tree_.pool_.size());
    tree_.pool_.append(reinterpret_cast<const char*>(text), static_cast<std::size_t>(length));
    e.text_size += static_cast<std::uint32_t>(length);
  }

  void doctype(xmlParserCtxtPtr ctxt) {
    out_.doctype = true;
    out_.error = "line " + std::to_string(xmlSAX2GetLineNumber(ctxt)) +
                 ": a DOCTYPE declaration, which OOXML parts must not have (ECMA-376 Part 2, 8.1.4 [M1.18])";
    xmlStopParser(ctxt);
  }

  void error(const xmlError* e) {
    if (e == nullptr || e->level < XML_ERR_ERROR || !out_.error.empty()) return;
    std::string message = e->message != nullptr ? e->message : "malformed XML";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    out_.error = "line " + std::to_string(e->line) + ": " + message;
  }

 private:
  // At the start-element callback libxml2 has read the name and attributes and stands at the tag's
  // '>' or "/>"; the tag began at the last '<' before that (attribute values cannot hold a '<').
  static std::uint32_t start_offset(xmlParserCtxtPtr ctxt) {
    const xmlParserInputPtr input = ctxt->input;
    const long consumed = xmlByteConsumed(ctxt);
    if (input == nullptr || input->cur == nullptr || input->base == nullptr || consumed < 0) return 0;
    const xmlChar* p = input->cur;
    while (p > input->base && *p != '<') --p;
    const long back = static_cast<long>(input->cur - p);
    return static_cast<std::uint32_t>(consumed >= back ? consumed - back : 0);
  }

  struct NameKey {
    const xmlChar* local;
    const xmlChar* uri;
    bool operator==(const NameKey&) const = default;
  };
  struct NameKeyHash {
    std::size_t operator()(const NameKey& k) const {
      return std::hash<const void*>()(k.local) * 31 + std::hash<const void*>()(k.uri);
    }
  };

  XmlParse& out_;
  XmlTree& tree_;
  std::size_t max_elements_;
  std::unordered_map<NameKey, std::uint32_t, NameKeyHash> by_pointer_;
  std::vector<XmlIndex> open_;
  std::vector<XmlIndex> last_child_;
  bool text_open_ = false;
};

namespace {

XmlTreeBuilder* builder_of(void* ctx) {
  return static_cast<XmlTreeBuilder*>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
}

void on_start(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri, int, const xmlChar**,
              int attribute_count, int, const xmlChar** attributes) {
  builder_of(ctx)->start(static_cast<xmlParserCtxtPtr>(ctx), local, uri, attribute_count, attributes);
}
void on_end(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) { builder_of(ctx)->end(); }
void on_characters(void* ctx, const xmlChar* text, int length) { builder_of(ctx)->characters(text, length); }
void on_doctype(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  builder_of(ctx)->doctype(static_cast<xmlParserCtxtPtr>(ctx));
}
// Only &lt; &gt; &amp; &apos; &quot;: no declared entity is ever looked up, let alone expanded.
xmlEntityPtr on_get_entity(void*, const xmlChar* name) { return xmlGetPredefinedEntity(name); }
void on_structured_error(void* ctx, xmlErrorPtr error) { builder_of(ctx)->error(error); }

struct CtxtFree {
  void operator()(xmlParserCtxtPtr ctxt) const {
    if (ctxt->myDoc != nullptr) xmlFreeDoc(ctxt->myDoc);
    xmlFreeParserCtxt(ctxt);
  }
};

}  // namespace

XmlIndex XmlTree::child(XmlIndex e, std::string_view qualified_name) const {
  for (XmlIndex c : children(e)) {
    if (name(c) == qualified_name) return c;
  }
  return kNoElement;
}

XmlIndex XmlTree::descendant(XmlIndex e, std::string_view qualified_name) const {
  if (e == kNoElement) return kNoElement;
  const XmlIndex end = subtree_end(e);
  for (XmlIndex i = e + 1; i < end; ++i) {
    if (name(i) == qualified_name) return i;
  }
  return kNoElement;
}

XmlIndex XmlTree::subtree_end(XmlIndex e) const {
  // Elements are numbered in document order, so the subtree ends where the next element after
  // `e` or after one of its ancestors begins.
  for (XmlIndex a = e; a != kNoElement; a = elements_[a].parent) {
    if (elements_[a].next_sibling != kNoElement) return elements_[a].next_sibling;
  }
  return static_cast<XmlIndex>(elements_.size());
}

std::optional<std::string_view> XmlTree::attribute(XmlIndex e, std::string_view qualified_name) const {
  if (e == kNoElement) return std::nullopt;
  const XmlElement& el = elements_[e];
  for (std::uint32_t i = el.attributes_begin; i < el.attributes_end; ++i) {
    const Attribute& a = attributes_[i];
    if (names_[a.name] == qualified_name) return std::string_view(pool_).substr(a.value_begin, a.value_size);
  }
  return std::nullopt;
}

std::string_view XmlTree::text(XmlIndex e) const {
  const XmlElement& el = elements_[e];
  return std::string_view(pool_).substr(el.text_begin, el.text_size);
}

std::string XmlTree::all_text(XmlIndex e) const {
  std::string out;
  const XmlIndex end = subtree_end(e);
  for (XmlIndex i = e; i < end; ++i) out += text(i);
  return out;
}

XmlParse parse_xml_part(std::string_view bytes, std::size_t max_elements) {
  XmlParse out;
  if (bytes.empty()) {
    out.error = "the part is empty";
    return out;
  }
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    out.error = "the part is too large to parse";
    return out;
  }
  xmlSAXHandler sax{};
  xmlSAXVersion(&sax, 2);
  sax.startElementNs = on_start;
  sax.endElementNs = on_end;
  sax.characters = on_characters;
  sax.cdataBlock = on_characters;
  sax.ignorableWhitespace = on_characters;
  sax.internalSubset = on_doctype;
  sax.externalSubset = on_doctype;
  sax.getEntity = on_get_entity;
  sax.getParameterEntity = nullptr;
  sax.entityDecl = nullptr;
  sax.reference = nullptr;
  sax.processingInstruction = nullptr;
  sax.comment = nullptr;
  sax.serror = on_structured_error;
  sax.error = nullptr;
  sax.warning = nullptr;
  sax.fatalError = nullptr;
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(
      xmlCreatePushParserCtxt(&sax, nullptr, nullptr, 0, nullptr));
  if (!ctxt) {
    out.error = "libxml2 could not start";
    return out;
  }
  XmlTreeBuilder builder(out, max_elements);
  ctxt->_private = &builder;
  // No network, no DTD loading, no entity substitution, no DTD defaults; libxml2's default limits
  // on depth and text size stay on (no XML_PARSE_HUGE).
  xmlCtxtUseOptions(ctxt.get(), XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR | XML_PARSE_NOCDATA);
  ctxt->replaceEntities = 0;
  ctxt->loadsubset = 0;
  ctxt->validate = 0;
  // One chunk: the part is already in memory, and offsets then count from its first byte.
  xmlParseChunk(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), 1);
  if (out.error.empty() && !ctxt->wellFormed) out.error = "malformed XML";
  return out;
}

}  // namespace folio::readers::docx
