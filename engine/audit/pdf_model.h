// What audit_pdf() reads out of a PDF once (pages, structure tree, parent tree, marked content,
// fonts) so each PDF rule is a small function over it. Internal to the audit module.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <podofo/podofo.h>

#include "audit/audit.h"
#include "audit/finding.h"
#include "audit/rule.h"
#include "audit/xmp.h"

namespace folio::audit::pdf {

using PoDoFo::PdfObject;

using Limits = PdfLimits;

struct Page {
  const PdfObject* dict = nullptr;
  int number = 0;  ///< 1-based
  int object = 0;
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

enum class ContentIssue { untagged, artifact_in_tagged, tagged_in_artifact, bad_lang, truncated };

struct ContentProblem {
  ContentIssue issue;
  int page = -1;
  int object = 0;  ///< stream object number
  std::string detail;
};

struct FontUse {
  const PdfObject* dict = nullptr;
  int page = -1;
  std::set<std::uint32_t> codes;  ///< character codes shown (bytes or 2-byte codes for Type0)
};

/// Everything rules read. Pointers point into `doc`, which outlives the model.
struct Model {
  const PoDoFo::PdfMemDocument* doc = nullptr;
  std::string file;
  std::string header;  ///< "%PDF-1.7"
  Limits limits;
  const PdfObject* trailer = nullptr;
  const PdfObject* catalog = nullptr;
  std::vector<Page> pages;
  std::map<const PdfObject*, int> page_index;
  const PdfObject* struct_tree_root = nullptr;
  std::map<std::string, std::string> role_map;
  std::vector<Element> elems;
  std::map<const PdfObject*, int> elem_index;
  std::map<std::int64_t, const PdfObject*> parent_tree;
  std::vector<Mark> marks;
  std::vector<ContentProblem> content_problems;
  std::map<const PdfObject*, FontUse> fonts;
  std::map<int, int> mcid_form_uses;   ///< form XObject object number → times painted, for forms holding MCIDs
  std::vector<const PdfObject*> reference_xobjects;
  std::optional<XmpFacts> xmp;         ///< nullopt when there is no readable XMP packet
  std::vector<std::string> integrity;  ///< cycles, depth overflow: why parts of the file were not read
};

/// Collects findings for one file and caps them per rule so a hostile file cannot flood a report.
class Reporter {
 public:
  explicit Reporter(std::string file) : file_(std::move(file)) {}
  void report(const Rule& rule, std::string message, int page = 0, int object = 0);
  Findings take() { return std::move(findings_); }
  const Findings& findings() const { return findings_; }

 private:
  std::string file_;
  Findings findings_;
  std::map<std::string_view, int> counts_;
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
std::optional<std::string> text_of(const PdfObject* object);  ///< UTF-8
bool is_dict(const PdfObject* object);
const PoDoFo::PdfArray* array_of(const PdfObject* object);
/// Object number of an indirect object, 0 for direct ones.
int object_number(const PdfObject* object);
/// The decoded stream data, at most `cap` bytes (longer data is cut); nullopt when it cannot be decoded.
std::optional<std::string> decode_stream(const PdfObject* stream, std::size_t cap);

/// PDF 1.7 standard structure types (ISO 32000-1, 14.8.4).
bool is_standard_type(std::string_view type);
/// A BCP 47-shaped language tag as PDF/UA requires (ISO 14289-1, 7.2).
bool is_valid_lang(std::string_view lang);
/// Index of the page of an element's MCID or of a page dictionary, or -1.
int page_of(const Model& model, const PdfObject* page_dict);

/// Builds the model. Never throws PoDoFo errors itself; callers run it inside the adapter.
void build_model(Model& model);
/// Scans every page's content (and the form XObjects it paints) into marks, problems and fonts.
void scan_content(Model& model);

/// Every PDF rule, in table order.
std::span<const PdfRule* const> pdf_rules();

}  // namespace folio::audit::pdf

namespace folio::audit::pdf {

/// One annotation of one page.
struct Annotation {
  const PdfObject* dict = nullptr;
  int page = -1;  ///< page index
  std::string subtype;
  int element = -1;  ///< structure element it belongs to (StructParent or OBJR), or -1
  bool visible = true;  ///< not hidden, not zero-sized, not outside the page
};

/// Every annotation of every page, with the element that owns it.
std::vector<Annotation> annotations(const Model& model);
/// The element `dict` resolves to in the structure tree, or -1.
int element_of(const Model& model, const PdfObject* dict);
/// True when `element` or one of its ancestors has a valid /Lang, or the catalog has one.
bool language_known(const Model& model, int element);
/// Every indirect object of the file (for document-wide dictionaries: file specs, media clips).
std::vector<const PdfObject*> all_objects(const Model& model);

}  // namespace folio::audit::pdf
