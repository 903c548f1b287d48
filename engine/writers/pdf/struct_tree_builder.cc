#include "writers/pdf/struct_tree_builder.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <map>
#include <string>

#include "writers/pdf/pdf_syntax.h"

namespace folio::pdf {

using namespace PoDoFo;

namespace {
PdfVariant integer(long long n) { return PdfVariant(static_cast<pdf_int64>(n)); }

/// `value` added to `dict` under `key`: the object it became there, to be filled in place.
PdfObject& added(PdfDictionary& dict, const char* key, const PdfObject& value) {
  dict.AddKey(key, value);
  return *dict.GetKey(key);
}

/// " 12 0 R" for `object` (pdf_syntax.h).
void append_reference_to(std::string& out, const PdfObject& object) {
  const PdfReference& r = object.Reference();
  append_reference(out, r.ObjectNumber(), r.GenerationNumber());
}
}  // namespace

StructTreeBuilder::StructTreeBuilder(std::string root_type) {
  Element root;
  root.type = std::move(root_type);
  elements_.push_back(std::move(root));
}

ElementId StructTreeBuilder::add_element(ElementId parent, std::string_view type) {
  const ElementId id = elements_.size();
  Element element;
  element.type = std::string(type);
  elements_.push_back(std::move(element));
  elements_[parent].kids.push_back(Kid{Kid::Kind::element, id, 0, nullptr, std::nullopt});
  return id;
}

const std::string& StructTreeBuilder::type(ElementId element) const { return elements_[element].type; }

void StructTreeBuilder::set_alt(ElementId element, std::string text) { elements_[element].alt = std::move(text); }
void StructTreeBuilder::set_actual_text(ElementId element, std::string text) {
  elements_[element].actual_text = std::move(text);
}
void StructTreeBuilder::set_lang(ElementId element, std::string lang) { elements_[element].lang = std::move(lang); }
void StructTreeBuilder::set_bbox(ElementId element, double x1, double y1, double x2, double y2) {
  elements_[element].bbox = std::vector<double>{x1, y1, x2, y2};
}
void StructTreeBuilder::set_scope(ElementId element, std::string scope) { elements_[element].scope = std::move(scope); }
void StructTreeBuilder::set_text_decoration(ElementId element, std::string type) {
  elements_[element].decoration = std::move(type);
}
void StructTreeBuilder::set_id(ElementId element, std::string id) { elements_[element].id = std::move(id); }

void StructTreeBuilder::set_spans(ElementId element, int colspan, int rowspan) {
  elements_[element].colspan = colspan;
  elements_[element].rowspan = rowspan;
}

int StructTreeBuilder::add_marked_content(ElementId element, std::size_t page, PdfObject* page_object,
                                          std::optional<LogicalPosition> position) {
  if (page_mcids_.size() <= page) {
    page_mcids_.resize(page + 1);
    page_objects_.resize(page + 1, nullptr);
  }
  page_objects_[page] = page_object;
  const int mcid = static_cast<int>(page_mcids_[page].size());
  page_mcids_[page].push_back(element);
  elements_[element].kids.push_back(Kid{Kid::Kind::mcid, static_cast<std::size_t>(mcid), page, page_object, position});
  return mcid;
}

void StructTreeBuilder::add_annotation(ElementId element, PdfObject* annotation, PdfObject* page_object) {
  elements_[element].kids.push_back(Kid{Kid::Kind::annotation, annotations_.size(), 0, page_object, std::nullopt});
  annotations_.push_back(Annotation{annotation, element});
}

bool StructTreeBuilder::has_content(ElementId element) const {
  // An empty table cell is still a cell: without it its row would be shorter than the others,
  // and the table no longer a regular grid (ISO 14289-1 7.5).
  if (elements_[element].type == "TD" || elements_[element].type == "TH") return true;
  for (const Kid& kid : elements_[element].kids) {
    if (kid.kind != Kid::Kind::element || has_content(kid.value)) return true;
  }
  return false;
}

std::optional<StructTreeBuilder::LogicalPosition> StructTreeBuilder::first_position(const Kid& kid) const {
  if (kid.kind == Kid::Kind::mcid) return kid.position;
  if (kid.kind != Kid::Kind::element) return std::nullopt;
  for (const Kid& inner : elements_[kid.value].kids) {
    if (auto position = first_position(inner)) return position;
  }
  return std::nullopt;
}

std::vector<StructTreeBuilder::Kid> StructTreeBuilder::logical_order(const std::vector<Kid>& kids) const {
  // Kids of one block are sorted by offset; kids with no place in the text (a link's annotations,
  // one per line part) stay where they are and do not cut the block's kids apart.
  std::vector<Kid> out = kids;
  std::size_t begin = 0;
  while (begin < out.size()) {
    const auto block = first_position(out[begin]);
    if (!block) {
      ++begin;
      continue;
    }
    std::vector<std::size_t> slots{begin};
    std::size_t end = begin + 1;
    for (; end < out.size(); ++end) {
      const auto next = first_position(out[end]);
      if (next && next->block != block->block) break;
      if (next) slots.push_back(end);
    }
    std::vector<Kid> placed;
    for (std::size_t slot : slots) placed.push_back(out[slot]);
    std::stable_sort(placed.begin(), placed.end(),
                     [&](const Kid& a, const Kid& b) { return first_position(a)->offset < first_position(b)->offset; });
    for (std::size_t k = 0; k < slots.size(); ++k) out[slots[k]] = placed[k];
    begin = end;
  }
  return out;
}

void StructTreeBuilder::write_element(PdfVecObjects& objects, ElementId id, PdfObject* parent_object) {
  Element& element = elements_[id];
  // The element's object is made before its kids', which name it as their parent; its dictionary
  // is written as text once theirs are (pdf_syntax.h, in PoDoFo's own form) and given to PoDoFo
  // as raw data. Built from PoDoFo dictionaries and arrays, written and freed by PoDoFo, the
  // elements (most of a long document's objects) were a fifth of writing its PDF.
  element.object = objects.CreateObject(PdfVariant(PdfData("")));
  // /Pg: the page of the element's first marked content; kids on other pages name theirs.
  PdfObject* element_page = nullptr;
  for (const Kid& kid : element.kids) {
    if (kid.kind != Kid::Kind::element) {
      element_page = kid.page_object;
      break;
    }
  }
  std::string kids;
  for (const Kid& kid : logical_order(element.kids)) {
    switch (kid.kind) {
      case Kid::Kind::mcid:
        if (kid.page_object == element_page) {
          append_integer(kids, static_cast<long long>(kid.value));
        } else {
          kids += "<</Type/MCR/MCID";
          append_integer(kids, static_cast<long long>(kid.value));
          kids += "/Pg";
          append_reference_to(kids, *kid.page_object);
          kids += ">>";
        }
        break;
      case Kid::Kind::element:
        if (!has_content(kid.value)) break;
        write_element(objects, kid.value, element.object);
        append_reference_to(kids, *elements_[kid.value].object);
        break;
      case Kid::Kind::annotation:
        kids += "<</Type/OBJR/Obj";
        append_reference_to(kids, *annotations_[kid.value].object);
        kids += "/Pg";
        append_reference_to(kids, *kid.page_object);
        kids += ">>";
        break;
    }
  }
  // Keys after /Type in the order of their names.
  std::string dict = "<</Type/StructElem";
  if (element.bbox || element.decoration || element.scope || element.colspan > 1 || element.rowspan > 1) {
    dict += "/A<<";
    if (element.bbox) {
      dict += "/BBox[";
      for (double v : *element.bbox) append_real(dict, v);
      dict += ']';
    }
    const bool layout = element.bbox || element.decoration;
    if (!layout && element.colspan > 1) {
      dict += "/ColSpan";
      append_integer(dict, element.colspan);
    }
    dict += layout ? "/O/Layout" : "/O/Table";
    if (!layout && element.rowspan > 1) {
      dict += "/RowSpan";
      append_integer(dict, element.rowspan);
    }
    if (!layout && element.scope) {
      dict += "/Scope";
      append_name(dict, *element.scope);
    }
    if (layout && element.decoration) {
      dict += "/TextDecorationType";
      append_name(dict, *element.decoration);
    }
    dict += ">>";
  }
  if (element.actual_text) {
    dict += "/ActualText";
    append_text_string(dict, *element.actual_text);
  }
  if (element.alt) {
    dict += "/Alt";
    append_text_string(dict, *element.alt);
  }
  if (element.id) {
    dict += "/ID";
    append_string(dict, *element.id);
  }
  dict += "/K[";
  dict += kids;
  dict += ']';
  if (element.lang) {
    dict += "/Lang";
    append_string(dict, *element.lang);
  }
  dict += "/P";
  append_reference_to(dict, *parent_object);
  if (element_page) {
    dict += "/Pg";
    append_reference_to(dict, *element_page);
  }
  dict += "/S";
  append_name(dict, element.type);
  dict += ">>";
  element.object->GetRawData() = PdfData(dict.data(), dict.size());
}

void StructTreeBuilder::finish(PdfVecObjects& objects, PdfObject* catalog) {
  PdfObject* tree_root = objects.CreateObject("StructTreeRoot");
  write_element(objects, root(), tree_root);
  added(tree_root->GetDictionary(), "K", PdfArray()).GetArray().push_back(elements_[root()].object->Reference());

  // ParentTree (ISO 32000-1 14.7.4.4): page keys first, ascending, then one key per annotation.
  PdfArray nums;
  long long key = 0;
  for (std::size_t page = 0; page < page_mcids_.size(); ++page) {
    if (page_mcids_[page].empty()) continue;
    PdfObject* owners = objects.CreateObject(PdfArray());
    for (ElementId owner : page_mcids_[page]) owners->GetArray().push_back(elements_[owner].object->Reference());
    page_objects_[page]->GetDictionary().AddKey("StructParents", integer(key));
    nums.push_back(integer(key));
    nums.push_back(owners->Reference());
    ++key;
  }
  for (const Annotation& annotation : annotations_) {
    annotation.object->GetDictionary().AddKey("StructParent", integer(key));
    nums.push_back(integer(key));
    nums.push_back(elements_[annotation.element].object->Reference());
    ++key;
  }
  PdfObject* parent_tree = objects.CreateObject(PdfDictionary());
  parent_tree->GetDictionary().AddKey("Nums", nums);
  tree_root->GetDictionary().AddKey("ParentTree", parent_tree->Reference());
  // IDTree (ISO 32000-1 14.7.2): element identifiers to elements, keys in byte order.
  std::map<std::string, const Element*> ids;
  for (const Element& element : elements_) {
    if (element.id && element.object) ids.emplace(*element.id, &element);
  }
  if (!ids.empty()) {
    PdfArray names;
    for (const auto& [id, element] : ids) {
      names.push_back(PdfString(id));
      names.push_back(element->object->Reference());
    }
    PdfObject* id_tree = objects.CreateObject(PdfDictionary());
    id_tree->GetDictionary().AddKey("Names", names);
    tree_root->GetDictionary().AddKey("IDTree", id_tree->Reference());
  }
  tree_root->GetDictionary().AddKey("ParentTreeNextKey", integer(key));
  catalog->GetDictionary().AddKey("StructTreeRoot", tree_root->Reference());
}

}  // namespace folio::pdf
