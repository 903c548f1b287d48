// The DOCX reader's view of one XML part: a compact, index-linked element tree built from
// libxml2's SAX2 parser, with namespaces folded to fixed prefixes ("w:p", "r:id") whatever prefixes
// the file declares, and the byte offset of each element for source spans. The only place of the
// DOCX reader that sees libxml2.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace folio::readers::docx {

using XmlIndex = std::uint32_t;
constexpr XmlIndex kNoElement = 0xFFFFFFFF;

/// One element. Children are linked as a list in document order; indices grow in document order.
struct XmlElement {
  std::uint32_t name = 0;  ///< index into XmlTree's name table
  XmlIndex parent = kNoElement;
  XmlIndex first_child = kNoElement;
  XmlIndex next_sibling = kNoElement;
  std::uint32_t attributes_begin = 0;  ///< range in XmlTree's attribute table
  std::uint32_t attributes_end = 0;
  std::uint32_t text_begin = 0;  ///< the element's own character data, in XmlTree's text pool
  std::uint32_t text_size = 0;
  std::uint32_t offset = 0;  ///< byte offset of the start tag's '<' in the part
};

class XmlTree {
 public:
  /// Walks the children of one element: `for (XmlIndex c : tree.children(p))`.
  class Children {
   public:
    struct Iterator {
      const XmlTree* tree;
      XmlIndex at;
      XmlIndex operator*() const { return at; }
      Iterator& operator++() {
        at = tree->elements_[at].next_sibling;
        return *this;
      }
      bool operator!=(const Iterator& other) const { return at != other.at; }
    };
    Iterator begin() const { return {tree_, first_}; }
    Iterator end() const { return {tree_, kNoElement}; }
    Children(const XmlTree* tree, XmlIndex first) : tree_(tree), first_(first) {}

   private:
    const XmlTree* tree_;
    XmlIndex first_;
  };

  /// The document element, or kNoElement for an empty tree.
  XmlIndex root() const { return elements_.empty() ? kNoElement : 0; }
  std::size_t size() const { return elements_.size(); }
  /// "w:p" for the WordprocessingML namespace (transitional or strict), "{uri}local" for a
  /// namespace folio does not know, "local" without a namespace.
  std::string_view name(XmlIndex e) const { return names_[elements_[e].name]; }
  bool is(XmlIndex e, std::string_view qualified) const { return e != kNoElement && name(e) == qualified; }
  XmlIndex parent(XmlIndex e) const { return elements_[e].parent; }
  Children children(XmlIndex e) const { return {this, e == kNoElement ? kNoElement : elements_[e].first_child}; }
  /// First child named `qualified`, or kNoElement (also when `e` is kNoElement).
  XmlIndex child(XmlIndex e, std::string_view qualified) const;
  /// First descendant (depth first, `e` excluded) named `qualified`, or kNoElement.
  XmlIndex descendant(XmlIndex e, std::string_view qualified) const;
  /// One past the last descendant of `e`: its subtree is the index range [e, subtree_end(e)).
  XmlIndex subtree_end(XmlIndex e) const;
  /// The value of attribute `qualified` ("w:val", "r:id", "Target"), or nullopt.
  std::optional<std::string_view> attribute(XmlIndex e, std::string_view qualified) const;
  /// The element's own character data (what the part says; entities and character references
  /// resolved, nothing else).
  std::string_view text(XmlIndex e) const;
  /// The character data of `e` and all its descendants, in document order.
  std::string all_text(XmlIndex e) const;
  std::uint32_t offset(XmlIndex e) const { return elements_[e].offset; }

 private:
  friend class XmlTreeBuilder;
  struct Attribute {
    std::uint32_t name;
    std::uint32_t value_begin;
    std::uint32_t value_size;
  };
  std::vector<XmlElement> elements_;
  std::vector<Attribute> attributes_;
  std::string pool_;  ///< attribute values and character data
  std::vector<std::string> names_;
  std::unordered_map<std::string, std::uint32_t> name_index_;
};

/// What parsing one part gave: the elements read, and why reading stopped early, if it did.
struct XmlParse {
  XmlTree tree;
  /// Empty when the whole part was read. Otherwise one line: libxml2's message with the line
  /// ("line 3: Opening and ending tag mismatch: p and body"), or that the part has a DOCTYPE.
  /// Elements read before the problem are in `tree`.
  std::string error;
  bool doctype = false;  ///< the part declares a DOCTYPE (refused: see parse_xml_part)
};

/// Parses one XML part without network access and without reading any DTD. A DOCTYPE stops the
/// parse as soon as it is seen, before any entity it declares could be expanded (OOXML packages
/// never have one: ECMA-376 Part 2, 8.1.4); entity references other than the five predefined ones
/// are left out. Nesting deeper than 256 levels stops the parse (libxml2 bounds it only when it
/// builds its own tree), libxml2 bounds text node sizes, and at most `max_elements` elements are
/// kept, so memory stays in proportion to a sane part. Never throws.
XmlParse parse_xml_part(std::string_view bytes, std::size_t max_elements = 2'000'000);

}  // namespace folio::readers::docx
