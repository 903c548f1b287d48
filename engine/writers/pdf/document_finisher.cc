#include "writers/pdf/document_finisher.h"

#include <podofo/podofo.h>

#include "writers/pdf/pdf_syntax.h"
#include "writers/pdf/xmp_packet.h"

namespace folio::pdf {

using namespace PoDoFo;

namespace {

PdfVariant integer(long long n) { return PdfVariant(static_cast<pdf_int64>(n)); }
PdfString text_string(const std::string& utf8) { return PdfString(reinterpret_cast<const pdf_utf8*>(utf8.c_str())); }

constexpr const char* kProducer = "folio";

struct OutlineNode {
  const OutlineEntry* entry = nullptr;
  std::vector<OutlineNode> children;
};

// Nests entries by level: a heading is the child of the nearest earlier heading of a lower level.
std::vector<OutlineNode> nest(const std::vector<OutlineEntry>& entries) {
  std::vector<OutlineNode> roots;
  std::vector<std::vector<OutlineNode>*> stack{&roots};
  std::vector<int> levels{0};
  for (const OutlineEntry& entry : entries) {
    while (levels.size() > 1 && levels.back() >= entry.level) {
      levels.pop_back();
      stack.pop_back();
    }
    stack.back()->push_back(OutlineNode{&entry, {}});
    stack.push_back(&stack.back()->back().children);
    levels.push_back(entry.level);
  }
  return roots;
}

// Writes the items of one level under `parent`; returns the number of items below it, all open
// (ISO 32000-1 12.3.3, Table 152 /Count).
long long write_items(PdfVecObjects& objects, std::vector<OutlineNode>& nodes, PdfObject* parent) {
  std::vector<PdfObject*> items;
  long long total = 0;
  for (OutlineNode& node : nodes) {
    PdfObject* item = objects.CreateObject(PdfDictionary());
    PdfDictionary& dict = item->GetDictionary();
    dict.AddKey("Title", text_string(node.entry->title));
    dict.AddKey("Parent", parent->Reference());
    PdfArray destination;
    destination.push_back(node.entry->page->Reference());
    destination.push_back(PdfName("XYZ"));
    destination.push_back(PdfVariant::NullValue);
    destination.push_back(integer(static_cast<long long>(node.entry->top + 0.5)));
    destination.push_back(PdfVariant::NullValue);
    dict.AddKey("Dest", destination);
    const long long below = write_items(objects, node.children, item);
    if (below > 0) dict.AddKey("Count", integer(below));
    total += 1 + below;
    items.push_back(item);
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) items[i]->GetDictionary().AddKey("Prev", items[i - 1]->Reference());
    if (i + 1 < items.size()) items[i]->GetDictionary().AddKey("Next", items[i + 1]->Reference());
  }
  if (!items.empty()) {
    parent->GetDictionary().AddKey("First", items.front()->Reference());
    parent->GetDictionary().AddKey("Last", items.back()->Reference());
  }
  return total;
}

std::string join(const std::vector<std::string>& values, const std::string& separator) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : separator) + value;
  return out;
}

}  // namespace

base::Diagnostics DocumentFinisher::pdfua_blockers(const ConformanceFacts& facts) {
  base::Diagnostics out;
  if (!facts.has_title) {
    auto d = base::make_warning("pdf.no-title", {}, "the document has no title, so the PDF cannot claim PDF/UA-1",
                                "give a title with --title or in the front matter");
    d.spec = "ISO 14289-1 7.1 (Matterhorn 06-003)";
    out.push_back(std::move(d));
  }
  if (!facts.has_lang) {
    auto d = base::make_warning("pdf.no-language", {}, "the document language is unknown, so the PDF cannot claim PDF/UA-1",
                                "give the language with --lang");
    d.spec = "ISO 14289-1 7.2 (Matterhorn 11-001)";
    out.push_back(std::move(d));
  }
  for (const auto& figure : facts.figures_without_alt) out.push_back(figure);
  return out;
}

void DocumentFinisher::finish(PdfMemDocument& document, const DocumentInfo& info,
                              const std::vector<OutlineEntry>& outline, bool claim_pdfua) {
  PdfVecObjects& objects = document.GetObjects();
  PdfDictionary& catalog = document.GetCatalog()->GetDictionary();

  PdfDictionary mark_info;
  mark_info.AddKey("Marked", PdfVariant(true));
  // /Suspects may be absent or false (ISO 14289-1 7.1); poppler 22.12 reports a present
  // /Suspects false as a syntax error, so it is left out.
  catalog.AddKey("MarkInfo", mark_info);
  if (!info.lang.empty()) catalog.AddKey("Lang", PdfString(info.lang));
  PdfDictionary viewer;
  viewer.AddKey("DisplayDocTitle", PdfVariant(true));
  catalog.AddKey("ViewerPreferences", viewer);

  if (!outline.empty()) {
    PdfObject* outlines = objects.CreateObject("Outlines");
    std::vector<OutlineNode> nodes = nest(outline);
    outlines->GetDictionary().AddKey("Count", integer(write_items(objects, nodes, outlines)));
    catalog.AddKey("Outlines", outlines->Reference());
    catalog.AddKey("PageMode", PdfName("UseOutlines"));
  }

  const std::string date = pdf_date(info.creation_time);
  PdfDictionary& info_dict = document.GetInfo()->GetObject()->GetDictionary();
  info_dict.AddKey("CreationDate", PdfString(date));
  info_dict.AddKey("ModDate", PdfString(date));
  info_dict.AddKey("Producer", text_string(kProducer));
  info_dict.AddKey("Creator", text_string(kProducer));
  if (!info.title.empty()) info_dict.AddKey("Title", text_string(info.title));
  if (!info.authors.empty()) info_dict.AddKey("Author", text_string(join(info.authors, ", ")));
  if (!info.subject.empty()) info_dict.AddKey("Subject", text_string(info.subject));
  if (!info.keywords.empty()) info_dict.AddKey("Keywords", text_string(info.keywords));

  XmpFields xmp;
  xmp.title = info.title;
  xmp.language = info.lang;
  xmp.creators = info.authors;
  xmp.description = info.subject;
  xmp.date = info.date;
  xmp.keywords = info.keywords;
  xmp.create_date = xmp_date(info.creation_time);
  xmp.creator_tool = kProducer;
  xmp.producer = kProducer;
  xmp.pdfua = claim_pdfua;
  const std::string packet = xmp_packet(xmp);
  PdfObject* metadata = objects.CreateObject("Metadata");
  metadata->GetDictionary().AddKey("Subtype", PdfName("XML"));
  metadata->GetStream()->Set(packet.data(), static_cast<pdf_long>(packet.size()), TVecFilters());
  catalog.AddKey("Metadata", metadata->Reference());
}

bool DocumentFinisher::set_content_identifier(std::string& pdf) {
  const std::size_t trailer = pdf.rfind("trailer");
  if (trailer == std::string::npos) return false;
  const std::size_t id = pdf.find("/ID", trailer);
  if (id == std::string::npos) return false;
  const std::size_t open = pdf.find('[', id);
  const std::size_t close = pdf.find(']', id);
  if (open == std::string::npos || close == std::string::npos || close < open) return false;
  // Blank both hex strings, hash the whole file, then write the hash into both.
  std::vector<std::pair<std::size_t, std::size_t>> strings;
  for (std::size_t i = open; i < close; ++i) {
    if (pdf[i] != '<') continue;
    const std::size_t end = pdf.find('>', i);
    if (end == std::string::npos || end > close) return false;
    strings.emplace_back(i + 1, end - i - 1);
    i = end;
  }
  if (strings.empty()) return false;
  for (const auto& [begin, length] : strings) pdf.replace(begin, length, length, '0');
  // Two 64-bit FNV-1a hashes with different offset bases make the 16-byte identifier; ISO 32000-1
  // 14.4 asks for uniqueness, not for a particular hash.
  std::uint64_t first = 0xcbf29ce484222325ULL, second = 0x84222325cbf29ce4ULL;
  for (unsigned char c : pdf) {
    first = (first ^ c) * 0x100000001b3ULL;
    second = (second ^ c) * 0x100000001b3ULL;
  }
  std::string hex;
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (std::uint64_t part : {first, second}) {
    for (int shift = 60; shift >= 0; shift -= 4) hex += kHex[(part >> shift) & 0xF];
  }
  for (const auto& [begin, length] : strings) {
    if (length != hex.size()) return false;
    pdf.replace(begin, length, hex);
  }
  return true;
}

}  // namespace folio::pdf
