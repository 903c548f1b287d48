// The logical structure of the PDF writer: structure elements, their marked content and link
// annotations, the ParentTree and the page and annotation keys into it (ISO 32000-1 14.7).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace PoDoFo {
class PdfObject;
class PdfVecObjects;
class PdfDictionary;
}  // namespace PoDoFo

namespace folio::pdf {

/// Index of a structure element in its StructTreeBuilder.
using ElementId = std::size_t;

/// Collects elements (standard structure types only, no RoleMap), the MCIDs of each page and the
/// annotations; finish() writes them as indirect StructElem dictionaries. Elements with nothing
/// under them are left out, but for table cells. Pages and annotations are borrowed PoDoFo
/// objects owned by the document.
class StructTreeBuilder {
 public:
  /// The root element has type `root_type` ("Document").
  explicit StructTreeBuilder(std::string root_type = "Document");

  ElementId root() const { return 0; }

  /// A new element of `type` as the last child of `parent`.
  ElementId add_element(ElementId parent, std::string_view type);
  /// The element's type.
  const std::string& type(ElementId element) const;

  /// /Alt, written as a text string (UTF-8 in, UTF-16BE out).
  void set_alt(ElementId element, std::string text);
  /// /ActualText, the exact replacement of the element's content (ISO 32000-1 14.9.4).
  void set_actual_text(ElementId element, std::string text);
  /// /Lang (BCP 47, ISO 32000-1 14.9.2).
  void set_lang(ElementId element, std::string lang);
  /// /A <</O /Layout /BBox [x1 y1 x2 y2]>> (ISO 32000-1 14.8.5.4.3), for Figure.
  void set_bbox(ElementId element, double x1, double y1, double x2, double y2);
  /// /A <</O /Table /Scope /<scope>>> (ISO 32000-1 14.8.5.7), for TH; `scope` is Row, Column or Both.
  void set_scope(ElementId element, std::string scope);
  /// /A <</O /Layout /TextDecorationType /<type>>> (ISO 32000-1 14.8.5.4.4, Table 345): "LineThrough"
  /// for struck-through text.
  void set_text_decoration(ElementId element, std::string type);
  /// /ID, the element identifier (ISO 32000-1 14.7.2), indexed in the StructTreeRoot's /IDTree.
  /// Unique per document: the caller's duty (ISO 14289-1 7.9 asks it of every Note).
  void set_id(ElementId element, std::string id);
  /// /ColSpan and /RowSpan in the same /O /Table attributes, for a TH or TD covering more than
  /// one column or row (ISO 32000-1 14.8.5.7; ISO 14289-1 7.5 asks for a regular table).
  void set_spans(ElementId element, int colspan, int rowspan);

  /// Where content sits in the logical text: a block and a byte offset into its plain text.
  struct LogicalPosition {
    std::uint32_t block = 0;
    std::uint32_t offset = 0;
  };

  /// Reserves the next MCID of page `page` (0-based, in content order) for `element` and appends
  /// it to the element's /K. `page_object` is the page dictionary. MCIDs follow content (visual)
  /// order, but /K must follow logical order (pdf-facts §4): consecutive kids of one element
  /// that carry a `position` in the same block are written sorted by offset.
  int add_marked_content(ElementId element, std::size_t page, PoDoFo::PdfObject* page_object,
                         std::optional<LogicalPosition> position = std::nullopt);

  /// Appends an OBJR for `annotation` on `page_object` to `element`'s /K and gives the annotation
  /// its /StructParent key (ISO 32000-1 14.7.4.4; ISO 14289-1 7.18.5).
  void add_annotation(ElementId element, PoDoFo::PdfObject* annotation, PoDoFo::PdfObject* page_object);

  /// Writes the elements, /StructTreeRoot with /ParentTree (a number tree, keys ascending),
  /// /ParentTreeNextKey and, when elements have an /ID, /IDTree (a name tree) into the catalog, and /StructParents on every page with marked content.
  /// Pages are keyed 0..n-1 by index, annotations after them. PoDoFo errors propagate.
  void finish(PoDoFo::PdfVecObjects& objects, PoDoFo::PdfObject* catalog);

 private:
  struct Kid {
    enum class Kind { mcid, element, annotation } kind;
    std::size_t value = 0;  ///< the MCID, child ElementId or annotation index
    std::size_t page = 0;   ///< page of an MCID
    PoDoFo::PdfObject* page_object = nullptr;
    std::optional<LogicalPosition> position;
  };
  struct Element {
    std::string type;
    std::vector<Kid> kids;
    std::optional<std::string> alt, actual_text, lang, scope, decoration, id;
    std::optional<std::vector<double>> bbox;
    PoDoFo::PdfObject* object = nullptr;
    int colspan = 1, rowspan = 1;
  };
  struct Annotation {
    PoDoFo::PdfObject* object;
    ElementId element;
  };
  bool has_content(ElementId element) const;
  std::optional<LogicalPosition> first_position(const Kid& kid) const;
  std::vector<Kid> logical_order(const std::vector<Kid>& kids) const;
  void write_element(PoDoFo::PdfVecObjects& objects, ElementId element, PoDoFo::PdfObject* parent_object);

  std::vector<Element> elements_;
  std::vector<std::vector<ElementId>> page_mcids_;  ///< per page: owner of each MCID
  std::vector<PoDoFo::PdfObject*> page_objects_;
  std::vector<Annotation> annotations_;
};

}  // namespace folio::pdf
