// What audit_pdf() reads out of a PDF once (pages, structure tree, parent tree, annotations,
// marked content, fonts) so each PDF rule is a small function over it. Internal to the audit module.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <podofo/podofo.h>

#include "audit/language_tag.h"
#include "audit/audit.h"
#include "audit/finding.h"
#include "audit/pdf_font_facts.h"
#include "audit/rule.h"
#include "audit/xmp.h"

namespace folio::audit::pdf {

using PoDoFo::PdfObject;

using Limits = PdfLimits;
using Box = std::array<double, 4>;  ///< llx, lly, urx, ury with llx <= urx and lly <= ury

struct Page {
  const PdfObject* dict = nullptr;
  int number = 0;  ///< 1-based
  int object = 0;
  const PdfObject* resources = nullptr;  ///< own or inherited from the page tree (ISO 32000-1, 7.7.3.4)
  std::optional<Box> crop_box;           ///< CropBox (default MediaBox), inherited, clipped to MediaBox
};

/// One structure element, flattened. Indexes refer to Model::elems.
struct Element {
  const PdfObject* dict = nullptr;
  int object = 0;          ///< 0 when the element is a direct object
  std::string type;        ///< /S as written
  std::string std_type;    ///< after the role map; "" when it maps to no standard type
  int parent = -1;         ///< -1: child of the StructTreeRoot
  std::vector<int> children;
  std::vector<std::pair<int, int>> mcids;  ///< (page index or -1, MCID)
  std::vector<const PdfObject*> objrs;     ///< /Obj of each OBJR
  int page = -1;           ///< page index from /Pg, inherited
  int depth = 0;
};

/// A marked-content sequence with an MCID met in a content stream.
struct Mark {
  int page = -1;
  int mcid = 0;
  std::string tag;
  bool lang = false;  ///< a /Lang is set on the sequence or inside it
};

enum class ContentIssue {
  untagged,            ///< painting outside tagged content and artifacts (7.1, 01-005)
  artifact_in_tagged,  ///< 01-003
  tagged_in_artifact,  ///< 01-004
  bad_lang,            ///< an invalid /Lang in a property list (7.2, 11-006 family)
  span_text_no_lang,   ///< Alt, ActualText or E on a Span sequence of unknown language (7.2, 11-002)
  truncated,           ///< beyond the scan budget
};

struct ContentProblem {
  ContentIssue issue;
  int page = -1;
  int object = 0;  ///< stream object number
  std::string detail;
  int mark = -1;   ///< the enclosing MCID sequence (Model::marks), for span_text_no_lang
};

/// One annotation of one page with the structure element it belongs to.
struct Annotation {
  const PdfObject* dict = nullptr;
  int page = -1;  ///< page index
  std::string subtype;
  /// The element its /StructParent leads to through the parent tree (ISO 32000-1, 14.7.4.4), or -1.
  int element = -1;
  /// The element that lists it in an OBJR, or -1; differs from `element` only in a broken tree.
  int objr_element = -1;
  bool hidden = false;       ///< the Hidden flag (bit 2 of /F, ISO 32000-1 Table 165)
  bool outside_crop = false; ///< its /Rect lies wholly outside the page's crop box
  /// What PDF/UA-1 7.18.1 asks about: not hidden and not outside the crop box.
  bool presented() const { return !hidden && !outside_crop; }
};

/// Everything rules read. Pointers point into `objects`, which outlive the model.
struct Model {
  const PoDoFo::PdfVecObjects* objects = nullptr;  ///< the file's objects (PoDoFo's or the plain reader's)
  /// Every object and stream already in memory (the plain reader), so that two threads may read
  /// them; PoDoFo's parser loads them on demand, one thread at a time.
  bool objects_loaded = false;
  std::string file;
  std::string header;  ///< the first bytes from "%PDF-", up to the end of line
  Limits limits;
  const PdfObject* trailer = nullptr;  ///< set with `objects`
  const PdfObject* catalog = nullptr;  ///< set with `objects`
  std::vector<Page> pages;
  std::map<const PdfObject*, int> page_index;
  const PdfObject* struct_tree_root = nullptr;
  const PdfObject* class_map = nullptr;
  std::map<std::string, std::string> role_map;
  std::vector<Element> elems;
  std::map<const PdfObject*, int> elem_index;
  std::map<std::int64_t, const PdfObject*> parent_tree;
  std::vector<Annotation> annots;
  std::vector<Mark> marks;
  std::vector<ContentProblem> content_problems;
  std::map<const PdfObject*, FontUse> fonts;  ///< every font a text operator used, by font dictionary
  std::map<const PdfObject*, FontFacts> font_facts;  ///< the same fonts checked against their programs
  std::map<int, int> mcid_form_uses;   ///< form XObject object number → times painted, for forms holding MCIDs
  std::optional<XmpFacts> xmp;         ///< nullopt when there is no readable XMP packet
  std::vector<std::string> integrity;  ///< cycles, depth overflow: why parts of the file were not read
};

/// Collects findings for one file and caps them per rule so a hostile file cannot flood a report.
class Reporter {
 public:
  explicit Reporter(std::string file) : file_(std::move(file)) {}
  void report(const Rule& rule, std::string message, int page = 0, int object = 0);
  /// Takes `other`'s findings as though they had been reported here, after this one's (the same
  /// cap per rule): rules checked into reporters of their own are gathered in rule order.
  void absorb(Reporter&& other);
  Findings take() { return std::move(findings_); }
  const Findings& findings() const { return findings_; }

 private:
  bool admit(std::string_view rule);  ///< counts a finding of `rule`; false past the cap

  std::string file_;
  Findings findings_;
  std::map<std::string, int, std::less<>> counts_;
};

/// A PDF rule: identity plus its check.
struct PdfRule {
  Rule rule;
  void (*check)(const Model& model, Reporter& out);
};

/// Follows references (at most a few hops); nullptr stays nullptr.
const PdfObject* resolve(const Model& model, const PdfObject* object);
/// The resolved value of `key` in a dictionary (or a stream's dictionary), nullptr when absent.
const PdfObject* get(const Model& model, const PdfObject* dict, const char* key);
/// Typed views; nullopt when the object is missing or of another type.
std::optional<std::string> name_of(const PdfObject* object);
std::optional<std::int64_t> int_of(const PdfObject* object);
std::optional<double> number_of(const PdfObject* object);  ///< integer or real
std::optional<std::string> text_of(const PdfObject* object);  ///< UTF-8
/// True for a text string with at least one character.
bool has_text(const PdfObject* object);
bool is_dict(const PdfObject* object);
const PoDoFo::PdfArray* array_of(const PdfObject* object);
/// A rectangle array, normalised; nullopt unless it holds four numbers.
std::optional<Box> box_of(const Model& model, const PdfObject* object);
/// Object number of an indirect object, 0 for direct ones.
int object_number(const PdfObject* object);
/// The decoded stream data, at most `cap` bytes (longer data is cut); nullopt when it cannot be decoded.
std::optional<std::string> decode_stream(const PdfObject* stream, std::size_t cap);

/// PDF 1.7 standard structure types (ISO 32000-1, 14.8.4).
bool is_standard_type(std::string_view type);
/// Index of the page of an element's MCID or of a page dictionary, or -1.
int page_of(const Model& model, const PdfObject* page_dict);
/// The element `dict` resolves to in the structure tree, or -1.
int element_of(const Model& model, const PdfObject* dict);
/// An attribute of a structure element (ISO 32000-1, 14.7.5): from its /A dictionaries, then from
/// the classes its /C names in the ClassMap; `owner` (such as "Table") must match /O when given.
const PdfObject* attribute(const Model& model, const Element& element, std::string_view owner, const char* key);
/// True when `element` or one of its ancestors has a valid /Lang, or the catalog has one.
bool language_known(const Model& model, int element);
/// Every indirect object of the file (for document-wide dictionaries: file specs, media clips).
std::vector<const PdfObject*> all_objects(const Model& model);

/// Builds the model: its pages, then its structure. Never throws PoDoFo errors itself; callers
/// run it inside the adapter (as build_pages and build_structure).
void build_model(Model& model);
/// The pages (and what they inherit) and their annotations, which the structure and the content
/// scan need.
void build_pages(Model& model);
/// The structure tree, its role and class maps, the parent tree, and the elements annotations
/// belong to: nothing the content scan reads or writes.
void build_structure(Model& model);
/// Scans every page's content (and the form XObjects it paints, and annotation appearances for
/// the fonts they use) into marks, problems and fonts. `beside`, work on the model that the scan
/// neither reads nor writes (build_structure), runs on the caller's thread meanwhile, before its
/// share of a long file's pages; when it throws, the exception leaves once the scan has stopped
/// and the scan keeps nothing.
void scan_content(Model& model, const std::function<void()>& beside = {});

/// Every PDF rule, in table order.
std::span<const PdfRule* const> pdf_rules();

}  // namespace folio::audit::pdf
