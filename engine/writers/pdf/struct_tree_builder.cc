#include "writers/pdf/struct_tree_builder.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <map>

namespace folio::pdf {

using namespace PoDoFo;

namespace {
PdfVariant integer(long long n) { return PdfVariant(static_cast<pdf_int64>(n)); }
PdfString text_string(const std::string& utf8) { return PdfString(reinterpret_cast<const pdf_utf8*>(utf8.c_str())); }

/// `value` added to `dict` under `key`: the object it became there, to be filled in place.
PdfObject& added(PdfDictionary& dict, const char* key, const PdfObject& value) {
  dict.AddKey(key, value);
  return *dict.GetKey(key);
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
  element.object = objects.CreateObject("StructElem");
  PdfDictionary& dict = element.object->GetDictionary();
  dict.AddKey("S", PdfName(element.type));
  dict.AddKey("P", parent_object->Reference());
  // /Pg: the page of the element's first marked content; kids on other pages name theirs.
  PdfObject* element_page = nullptr;
  for (const Kid& kid : element.kids) {
    if (kid.kind != Kid::Kind::element) {
      element_page = kid.page_object;
      break;
    }
  }
  if (element_page) dict.AddKey("Pg", element_page->Reference());
  if (element.alt) dict.AddKey("Alt", text_string(*element.alt));
  if (element.actual_text) dict.AddKey("ActualText", text_string(*element.actual_text));
  if (element.lang) dict.AddKey("Lang", PdfString(*element.lang));
  if (element.id) dict.AddKey("ID", PdfString(*element.id));
  // Dictionaries and arrays are built where they stay: PoDoFo 0.9.8 copies a value deeply when
  // it is added (it has no moves): an eighth of writing the tree (100 releases: 136 M -> 118 M).
  if (element.bbox || element.decoration || element.scope || element.colspan > 1 || element.rowspan > 1) {
    PdfDictionary& attributes = added(dict, "A", PdfDictionary()).GetDictionary();
    if (element.bbox || element.decoration) {
      attributes.AddKey("O", PdfName("Layout"));
      if (element.bbox) {
        PdfArray& box = added(attributes, "BBox", PdfArray()).GetArray();
        for (double v : *element.bbox) box.push_back(PdfVariant(v));
      }
      if (element.decoration) attributes.AddKey("TextDecorationType", PdfName(*element.decoration));
    } else {
      attributes.AddKey("O", PdfName("Table"));
      if (element.scope) attributes.AddKey("Scope", PdfName(*element.scope));
      if (element.colspan > 1) attributes.AddKey("ColSpan", integer(element.colspan));
      if (element.rowspan > 1) attributes.AddKey("RowSpan", integer(element.rowspan));
    }
  }
  PdfArray& kids = added(dict, "K", PdfArray()).GetArray();
  for (const Kid& kid : logical_order(element.kids)) {
    switch (kid.kind) {
      case Kid::Kind::mcid:
        if (kid.page_object == element_page) {
          kids.push_back(integer(static_cast<long long>(kid.value)));
        } else {
          kids.push_back(PdfDictionary());
          PdfDictionary& reference = kids.back().GetDictionary();
          reference.AddKey("Type", PdfName("MCR"));
          reference.AddKey("Pg", kid.page_object->Reference());
          reference.AddKey("MCID", integer(static_cast<long long>(kid.value)));
        }
        break;
      case Kid::Kind::element:
        if (!has_content(kid.value)) break;
        write_element(objects, kid.value, element.object);
        kids.push_back(elements_[kid.value].object->Reference());
        break;
      case Kid::Kind::annotation: {
        kids.push_back(PdfDictionary());
        PdfDictionary& reference = kids.back().GetDictionary();
        reference.AddKey("Type", PdfName("OBJR"));
        reference.AddKey("Obj", annotations_[kid.value].object->Reference());
        reference.AddKey("Pg", kid.page_object->Reference());
        break;
      }
    }
  }
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
