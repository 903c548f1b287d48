#include "audit/pdf_model.h"

#include <algorithm>
#include <array>
#include <functional>
#include <memory>

#include <libdeflate.h>
#include <zlib.h>

namespace folio::audit::pdf {

using PoDoFo::PdfArray;
using PoDoFo::PdfName;

bool Reporter::admit(std::string_view rule) {
  // A hostile file can repeat one defect millions of times; 50 locations per rule say enough.
  constexpr int kMaxPerRule = 50;
  auto it = counts_.find(rule);
  if (it == counts_.end()) it = counts_.emplace(std::string(rule), 0).first;
  return ++it->second <= kMaxPerRule;
}

void Reporter::absorb(Reporter&& other) {
  for (Finding& f : other.findings_) {
    if (admit(f.rule)) findings_.push_back(std::move(f));
  }
  other.findings_.clear();
}

void Reporter::report(const Rule& rule, std::string message, int page, int object) {
  if (!admit(rule.id)) return;
  Location location;
  location.file = file_;
  location.page = page;
  location.object = object;
  findings_.push_back(make_finding(rule, std::move(message), std::move(location)));
}

const PdfObject* resolve(const Model& model, const PdfObject* object) {
  for (int hops = 0; object != nullptr && object->IsReference(); ++hops) {
    if (hops == 8) return nullptr;
    object = model.objects->GetObject(object->GetReference());
  }
  return object;
}

const PdfObject* get(const Model& model, const PdfObject* dict, const char* key) {
  if (dict == nullptr || !dict->IsDictionary()) return nullptr;
  return resolve(model, dict->GetDictionary().GetKey(PdfName(key)));
}

std::optional<std::string> name_of(const PdfObject* object) {
  if (object == nullptr || !object->IsName()) return std::nullopt;
  return object->GetName().GetName();
}

std::optional<std::int64_t> int_of(const PdfObject* object) {
  if (object == nullptr) return std::nullopt;
  if (object->IsNumber()) return object->GetNumber();
  return std::nullopt;
}

std::optional<std::string> text_of(const PdfObject* object) {
  if (object == nullptr || !object->IsString()) return std::nullopt;
  // PoDoFo keeps a string's UTF-8 in the string the first time it is asked for: a write two
  // threads reading the file (the content scan's halves, the rules) might make at once. (A copy
  // of the string would share its buffer, counted without atomics.)
  static std::mutex asking;
  const std::lock_guard lock(asking);
  return object->GetString().GetStringUtf8();
}

std::optional<double> number_of(const PdfObject* object) {
  if (object == nullptr) return std::nullopt;
  if (object->IsReal()) return object->GetReal();
  if (object->IsNumber()) return static_cast<double>(object->GetNumber());
  return std::nullopt;
}

bool has_text(const PdfObject* object) {
  auto text = text_of(object);
  return text && !text->empty();
}

bool is_dict(const PdfObject* object) { return object != nullptr && object->IsDictionary(); }

const PdfArray* array_of(const PdfObject* object) {
  if (object == nullptr || !object->IsArray()) return nullptr;
  return &object->GetArray();
}

std::optional<Box> box_of(const Model& model, const PdfObject* object) {
  const PdfArray* a = array_of(object);
  if (a == nullptr || a->size() != 4) return std::nullopt;
  Box r{};
  for (std::size_t i = 0; i < 4; ++i) {
    auto v = number_of(resolve(model, &(*a)[i]));
    if (!v) return std::nullopt;
    r[i] = *v;
  }
  if (r[0] > r[2]) std::swap(r[0], r[2]);
  if (r[1] > r[3]) std::swap(r[1], r[3]);
  return r;
}

int object_number(const PdfObject* object) {
  if (object == nullptr) return 0;
  return static_cast<int>(object->Reference().ObjectNumber());
}

namespace {

std::vector<std::string> filters_of(const PdfObject* stream) {
  std::vector<std::string> out;
  const PdfObject* filter = stream->GetDictionary().GetKey(PdfName("Filter"));
  if (filter == nullptr) return out;
  if (auto n = name_of(filter)) {
    out.push_back(*n);
  } else if (const PdfArray* a = array_of(filter)) {
    for (const PdfObject& f : *a) out.push_back(name_of(&f).value_or("?"));
  } else {
    out.push_back("?");
  }
  return out;
}

struct DecompressorDeleter {
  void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
};

/// `in` decoded in full by libdeflate (several times faster than zlib) when it is a whole, valid
/// zlib stream with the standard 32 KiB window (what zlib's window check then allows too) that
/// decodes to at most `cap` bytes; nullopt for anything else, which zlib decodes as before.
std::optional<std::string> inflate_whole(const std::string& in, std::size_t cap) {
  if (in.empty() || static_cast<unsigned char>(in[0]) >> 4 != 7) return std::nullopt;
  thread_local std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> decompressor(libdeflate_alloc_decompressor());
  if (!decompressor) return std::nullopt;
  std::size_t size = std::min(cap, std::max<std::size_t>(8 * in.size(), 4096));  // content streams shrink 5-7 times
  for (;;) {
    // Not zero-filled: font programs shrink less than content, so most of the room stays unused
    // (filling it was a sixth of decoding the streams: 100 releases, 181 M -> 154 M instructions).
    const auto room = std::make_unique_for_overwrite<char[]>(size);
    std::size_t actual = 0;
    const libdeflate_result result =
        libdeflate_zlib_decompress(decompressor.get(), in.data(), in.size(), room.get(), size, &actual);
    if (result == LIBDEFLATE_SUCCESS) return std::string(room.get(), actual);
    if (result != LIBDEFLATE_INSUFFICIENT_SPACE || size >= cap) return std::nullopt;
    size = std::min(cap, 2 * size);
  }
}

std::optional<std::string> inflate_capped(const std::string& in, std::size_t cap) {
  if (auto whole = inflate_whole(in, cap)) return whole;
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return std::nullopt;
  std::string out;
  std::array<char, 16384> chunk{};
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  int rc = Z_OK;
  while (rc == Z_OK && out.size() < cap) {
    z.next_out = reinterpret_cast<Bytef*>(chunk.data());
    z.avail_out = static_cast<uInt>(chunk.size());
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(chunk.data(), chunk.size() - z.avail_out);
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;
  }
  inflateEnd(&z);
  // Damaged deflate data still yields what decoded before the damage, as viewers show it.
  if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR && out.empty()) return std::nullopt;
  if (out.size() > cap) out.resize(cap);
  return out;
}

}  // namespace

std::optional<std::string> decode_stream(const PdfObject* stream, std::size_t cap) {
  if (stream == nullptr || !stream->HasStream() || !stream->IsDictionary()) return std::nullopt;
  const std::vector<std::string> filters = filters_of(stream);
  char* raw = nullptr;
  PoDoFo::pdf_long raw_len = 0;
  stream->GetStream()->GetCopy(&raw, &raw_len);
  std::string data(raw != nullptr ? raw : "", raw != nullptr ? static_cast<std::size_t>(raw_len) : 0);
  PoDoFo::podofo_free(raw);
  if (filters.empty()) {
    if (data.size() > cap) data.resize(cap);
    return data;
  }
  if (filters.size() == 1 && (filters[0] == "FlateDecode" || filters[0] == "Fl")) {
    if (stream->GetDictionary().GetKey(PdfName("DecodeParms")) == nullptr) return inflate_capped(data, cap);
  }
  // Other filter chains go through PoDoFo, whose decoders have no output limit: only small inputs.
  constexpr std::size_t kMaxUncappedInput = 256u << 10;
  if (data.size() > kMaxUncappedInput) return std::nullopt;
  char* decoded = nullptr;
  PoDoFo::pdf_long decoded_len = 0;
  stream->GetStream()->GetFilteredCopy(&decoded, &decoded_len);
  std::string out(decoded != nullptr ? decoded : "", decoded != nullptr ? static_cast<std::size_t>(decoded_len) : 0);
  PoDoFo::podofo_free(decoded);
  if (out.size() > cap) out.resize(cap);
  return out;
}

bool is_standard_type(std::string_view type) {
  static constexpr std::array<std::string_view, 49> kTypes = {
      "Document", "Part",   "Art",     "Sect",  "Div",   "BlockQuote", "Caption", "TOC",       "TOCI",
      "Index",    "NonStruct", "Private", "P",  "H",     "H1",         "H2",      "H3",        "H4",
      "H5",       "H6",     "L",       "LI",    "Lbl",   "LBody",      "Table",   "TR",        "TH",
      "TD",       "THead",  "TBody",   "TFoot", "Span",  "Quote",      "Note",    "Reference", "BibEntry",
      "Code",     "Link",   "Annot",   "Ruby",  "RB",    "RT",         "RP",      "Warichu",   "WT",
      "WP",       "Figure", "Formula", "Form"};
  return std::find(kTypes.begin(), kTypes.end(), type) != kTypes.end();
}

int page_of(const Model& model, const PdfObject* page_dict) {
  auto it = model.page_index.find(page_dict);
  return it == model.page_index.end() ? -1 : it->second;
}

namespace {

/// Page attributes a page inherits from its ancestors in the page tree (ISO 32000-1, 7.7.3.4).
struct Inherited {
  const PdfObject* resources = nullptr;
  const PdfObject* media_box = nullptr;
  const PdfObject* crop_box = nullptr;
};

void collect_pages(Model& model, const PdfObject* node, Inherited inherited, int depth, std::set<const PdfObject*>& seen) {
  if (!is_dict(node) || depth > model.limits.max_tree_depth) {
    if (depth > model.limits.max_tree_depth) model.integrity.push_back("page tree deeper than the limit");
    return;
  }
  if (!seen.insert(node).second) {
    model.integrity.push_back("page tree has a reference cycle");
    return;
  }
  if (const PdfObject* r = get(model, node, "Resources"); is_dict(r)) inherited.resources = r;
  if (const PdfObject* b = get(model, node, "MediaBox")) inherited.media_box = b;
  if (const PdfObject* b = get(model, node, "CropBox")) inherited.crop_box = b;
  const auto type = name_of(get(model, node, "Type"));
  const PdfArray* kids = array_of(get(model, node, "Kids"));
  if (type == "Page" || (kids == nullptr && type != "Pages")) {
    Page page;
    page.dict = node;
    page.number = static_cast<int>(model.pages.size()) + 1;
    page.object = object_number(node);
    page.resources = inherited.resources;
    // The crop box defaults to the media box and is clipped to it (ISO 32000-1, 14.11.2).
    const auto media = box_of(model, inherited.media_box);
    auto crop = box_of(model, inherited.crop_box);
    if (!crop) crop = media;
    if (crop && media) {
      crop = Box{std::max((*crop)[0], (*media)[0]), std::max((*crop)[1], (*media)[1]), std::min((*crop)[2], (*media)[2]),
                 std::min((*crop)[3], (*media)[3])};
    }
    page.crop_box = crop;
    model.page_index.emplace(node, static_cast<int>(model.pages.size()));
    model.pages.push_back(page);
    return;
  }
  if (kids == nullptr) return;
  for (const PdfObject& kid : *kids) collect_pages(model, resolve(model, &kid), inherited, depth + 1, seen);
}

void collect_number_tree(Model& model, const PdfObject* node, int depth, std::set<const PdfObject*>& seen) {
  if (!is_dict(node)) return;
  if (depth > model.limits.max_tree_depth || !seen.insert(node).second) {
    model.integrity.push_back("parent tree has a cycle or is too deep");
    return;
  }
  if (const PdfArray* nums = array_of(get(model, node, "Nums"))) {
    for (std::size_t i = 0; i + 1 < nums->size(); i += 2) {
      if (auto key = int_of(&(*nums)[i])) model.parent_tree[*key] = resolve(model, &(*nums)[i + 1]);
    }
  }
  if (const PdfArray* kids = array_of(get(model, node, "Kids"))) {
    for (const PdfObject& kid : *kids) collect_number_tree(model, resolve(model, &kid), depth + 1, seen);
  }
}

std::string standard_type_of(const Model& model, const std::string& type) {
  std::string current = type;
  // Follow the role map a bounded number of steps: a cycle maps to no standard type (02-003).
  for (int step = 0; step < 32; ++step) {
    auto it = model.role_map.find(current);
    if (it == model.role_map.end()) return is_standard_type(current) ? current : std::string();
    if (is_standard_type(current) && step == 0) return current;
    current = it->second;
    if (is_standard_type(current)) return current;
  }
  return {};
}

struct TreeWalker {
  Model& model;
  std::set<const PdfObject*> seen;

  void add_kid(int parent, const PdfObject* kid, int page, int depth) {
    const PdfObject* k = resolve(model, kid);
    if (k == nullptr) return;
    if (auto mcid = int_of(k); mcid && !k->IsReal()) {
      if (parent >= 0) model.elems[parent].mcids.emplace_back(page, static_cast<int>(*mcid));
      return;
    }
    if (!is_dict(k)) return;
    const auto type = name_of(get(model, k, "Type"));
    if (type == "MCR") {
      int mcr_page = page;
      if (const PdfObject* pg = get(model, k, "Pg")) mcr_page = page_of(model, pg);
      if (auto mcid = int_of(get(model, k, "MCID")); mcid && parent >= 0) {
        model.elems[parent].mcids.emplace_back(mcr_page, static_cast<int>(*mcid));
      }
      return;
    }
    if (type == "OBJR") {
      if (parent >= 0) model.elems[parent].objrs.push_back(get(model, k, "Obj"));
      return;
    }
    add_element(parent, k, page, depth);
  }

  void add_element(int parent, const PdfObject* dict, int page, int depth) {
    if (depth > model.limits.max_tree_depth) {
      model.integrity.push_back("structure tree deeper than the limit");
      return;
    }
    if (model.elems.size() >= model.limits.max_elements) {
      model.integrity.push_back("structure tree larger than the limit");
      return;
    }
    if (!seen.insert(dict).second) {
      model.integrity.push_back("structure tree has a reference cycle or a shared element");
      return;
    }
    Element e;
    e.dict = dict;
    e.object = object_number(dict);
    e.type = name_of(get(model, dict, "S")).value_or("");
    e.std_type = standard_type_of(model, e.type);
    e.parent = parent;
    e.depth = depth;
    e.page = page;
    if (const PdfObject* pg = get(model, dict, "Pg")) e.page = page_of(model, pg);
    const int index = static_cast<int>(model.elems.size());
    model.elem_index.emplace(dict, index);
    model.elems.push_back(std::move(e));
    if (parent >= 0) model.elems[parent].children.push_back(index);
    const int my_page = model.elems[index].page;
    const PdfObject* kids = get(model, dict, "K");
    if (const PdfArray* a = array_of(kids)) {
      for (const PdfObject& kid : *a) add_kid(index, &kid, my_page, depth + 1);
    } else if (kids != nullptr) {
      add_kid(index, kids, my_page, depth + 1);
    }
  }
};

// A hostile file can hold any number of annotations: this many are read.
constexpr std::size_t kMaxAnnotations = 100000;

// The pages' annotations, as the content scan needs them (their appearances' fonts count).
void collect_annotations(Model& model) {
  for (std::size_t p = 0; p < model.pages.size(); ++p) {
    const auto* annots = array_of(get(model, model.pages[p].dict, "Annots"));
    if (annots == nullptr) continue;
    for (const PdfObject& entry : *annots) {
      const PdfObject* dict = resolve(model, &entry);
      if (!is_dict(dict)) continue;
      Annotation a;
      a.dict = dict;
      a.page = static_cast<int>(p);
      a.subtype = name_of(get(model, dict, "Subtype")).value_or("");
      a.hidden = (int_of(get(model, dict, "F")).value_or(0) & 2) != 0;
      // veraPDF's reading of "outside the crop box": not even an edge inside it.
      const auto rect = box_of(model, get(model, dict, "Rect"));
      const auto& crop = model.pages[p].crop_box;
      a.outside_crop = rect && crop &&
                       ((*rect)[2] <= (*crop)[0] || (*rect)[0] >= (*crop)[2] || (*rect)[3] <= (*crop)[1] ||
                        (*rect)[1] >= (*crop)[3]);
      model.annots.push_back(std::move(a));
      if (model.annots.size() >= kMaxAnnotations) return;
    }
  }
}

// The structure elements the annotations belong to: the one each /StructParent leads to, and the
// one that lists it in an OBJR. (The content scan reads the annotations' pages and dictionaries
// meanwhile, nothing of this.)
void link_annotations(Model& model) {
  std::map<const PdfObject*, int> owner;
  for (std::size_t i = 0; i < model.elems.size(); ++i) {
    for (const PdfObject* obj : model.elems[i].objrs) owner.emplace(obj, static_cast<int>(i));
  }
  for (Annotation& a : model.annots) {
    if (auto it = owner.find(a.dict); it != owner.end()) a.objr_element = it->second;
    if (auto key = int_of(get(model, a.dict, "StructParent"))) {
      if (auto pt = model.parent_tree.find(*key); pt != model.parent_tree.end()) a.element = element_of(model, pt->second);
    }
  }
  if (model.annots.size() >= kMaxAnnotations) model.integrity.push_back("more annotations than the limit");
}

}  // namespace

int element_of(const Model& model, const PdfObject* dict) {
  auto it = model.elem_index.find(dict);
  return it == model.elem_index.end() ? -1 : it->second;
}

void build_pages(Model& model) {
  std::set<const PdfObject*> seen_pages;
  collect_pages(model, get(model, model.catalog, "Pages"), Inherited{}, 0, seen_pages);
  collect_annotations(model);
}

void build_structure(Model& model) {
  model.struct_tree_root = get(model, model.catalog, "StructTreeRoot");
  if (!is_dict(model.struct_tree_root)) {
    model.struct_tree_root = nullptr;
  } else {
    if (const PdfObject* role_map = get(model, model.struct_tree_root, "RoleMap"); is_dict(role_map)) {
      for (const auto& [key, value] : role_map->GetDictionary().GetKeys()) {
        if (auto target = name_of(resolve(model, value))) model.role_map[key.GetName()] = *target;
      }
    }
    if (const PdfObject* class_map = get(model, model.struct_tree_root, "ClassMap"); is_dict(class_map)) {
      model.class_map = class_map;
    }
    std::set<const PdfObject*> seen_nums;
    collect_number_tree(model, get(model, model.struct_tree_root, "ParentTree"), 0, seen_nums);
    TreeWalker walker{model, {}};
    walker.seen.insert(model.struct_tree_root);
    const PdfObject* kids = get(model, model.struct_tree_root, "K");
    if (const PdfArray* a = array_of(kids)) {
      for (const PdfObject& kid : *a) walker.add_kid(-1, &kid, -1, 0);
    } else if (kids != nullptr) {
      walker.add_kid(-1, kids, -1, 0);
    }
  }
  link_annotations(model);
}

void build_model(Model& model) {
  build_pages(model);
  build_structure(model);
}

const PdfObject* attribute(const Model& model, const Element& element, std::string_view owner, const char* key) {
  const PdfObject* found = nullptr;
  // /A and /C hold a dictionary (or a name) or an array of them, each possibly followed by a revision number.
  auto look = [&](const PdfObject* attributes) {
    if (found != nullptr || !is_dict(attributes)) return;
    if (!owner.empty() && name_of(get(model, attributes, "O")) != std::string(owner)) return;
    found = get(model, attributes, key);
  };
  auto each = [&](const PdfObject* value, auto&& fn) {
    if (const auto* a = array_of(value)) {
      for (const PdfObject& item : *a) fn(resolve(model, &item));
    } else {
      fn(value);
    }
  };
  each(get(model, element.dict, "A"), look);
  if (found == nullptr && model.class_map != nullptr) {
    each(get(model, element.dict, "C"), [&](const PdfObject* name) {
      if (auto n = name_of(name)) each(get(model, model.class_map, n->c_str()), look);
    });
  }
  return found;
}

bool language_known(const Model& model, int element) {
  if (auto lang = text_of(get(model, model.catalog, "Lang")); lang && is_valid_lang(*lang)) return true;
  for (int e = element, steps = 0; e >= 0 && steps < 1000; e = model.elems[e].parent, ++steps) {
    if (auto lang = text_of(get(model, model.elems[e].dict, "Lang")); lang && is_valid_lang(*lang)) return true;
  }
  return false;
}

std::vector<const PdfObject*> all_objects(const Model& model) {
  std::vector<const PdfObject*> out;
  for (const PdfObject* obj : *model.objects) out.push_back(obj);
  return out;
}

}  // namespace folio::audit::pdf
