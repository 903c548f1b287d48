// What audit_epub() reads out of an EPUB once (container entries, parsed package, navigation and
// content documents) so each EPUB rule is a small function over it. Internal to the audit module.
#pragma once

#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <libxml/tree.h>

#include "audit/finding.h"
#include "audit/rule.h"
#include "zip/zip_limits.h"

namespace folio::audit::epub {

/// Limits against zip bombs.
using Limits = zip::ZipLimits;

/// A parsed XML entry; owns its libxml2 tree.
struct XmlEntry {
  std::string path;
  std::shared_ptr<xmlDoc> doc;  ///< null when malformed
  bool in_spine = false;
  bool is_nav = false;
};

/// Container-level facts and problems found while opening it.
struct Model {
  std::string file;
  Limits limits;
  bool readable = false;              ///< the zip could be opened
  std::string unreadable;             ///< why it could not, when it could not
  std::vector<std::string> entries;   ///< names in central-directory order
  bool mimetype_first = false;
  bool mimetype_stored = false;
  std::string mimetype;
  std::vector<std::string> bomb;      ///< zip-bomb limits hit
  std::vector<std::string> slip;      ///< entry names escaping the container
  std::vector<std::pair<std::string, std::string>> malformed;  ///< (entry, parser message with line)
  std::string opf_path;
  std::shared_ptr<xmlDoc> opf;
  std::vector<XmlEntry> documents;    ///< XHTML content documents in the manifest (nav included)
};

/// Collects findings for one EPUB.
class Reporter {
 public:
  explicit Reporter(std::string file) : file_(std::move(file)) {}
  void report(const Rule& rule, std::string message, std::string entry = {}, int line = 0);
  Findings take() { return std::move(findings_); }

 private:
  std::string file_;
  Findings findings_;
  std::map<std::string_view, int> counts_;
};

/// An EPUB rule: identity plus its check.
struct EpubRule {
  Rule rule;
  void (*check)(const Model& model, Reporter& out);
};

/// Opens the container and parses its XML, recording every problem in the model. Never throws.
void build_model(std::string_view bytes, Model& model);

/// Helpers for rules.
std::string attr(const xmlNode* node, const char* name, const char* ns = nullptr);
std::string text_content(const xmlNode* node);
bool is_element(const xmlNode* node, const char* name);
/// Every element below `root` (depth-first, bounded depth), in document order.
std::vector<const xmlNode*> elements(const xmlNode* root);
/// Package metadata: `<meta property="...">` values and dc:* element texts.
std::vector<std::string> meta_values(const Model& model, const std::string& property);
std::vector<std::string> dc_values(const Model& model, const char* name);

inline constexpr const char* kOpsNs = "http://www.idpf.org/2007/ops";
inline constexpr const char* kXmlNs = "http://www.w3.org/XML/1998/namespace";

}  // namespace folio::audit::epub
