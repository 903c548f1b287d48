// Helpers shared by the transforms: walk a document's text nodes with their effective language
// and record what a transform changed in one diagnostic per text node.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/language_tag.h"
#include "base/source_text.h"
#include "model/document.h"

namespace folio::transform {

/// A Text node together with the language in force there (node, ancestors, then document).
struct TextSite {
  model::Text& text;
  const base::Span& span;
  const std::string& lang;
  const model::Block& block;
};

/// Called with a list of inlines (a heading's or paragraph's content, a caption, an attribution),
/// the language in force there (block, ancestors, then document) and the block holding it.
using InlinesVisitor = std::function<void(model::Inlines&, const std::string& lang, model::Block& block)>;

/// Calls `fn` for every list of inlines of the document, in document order.
void for_each_inline_list(model::Document& document, const InlinesVisitor& fn);

/// Calls `fn` for every list item of the document, in document order, with the language in force
/// on it (item, ancestors, then document).
void for_each_list_item(model::Document& document,
                        const std::function<void(model::ListItem&, const std::string& lang)>& fn);

/// Calls `fn` for every Text node of the document (Code is left alone), in document order.
void for_each_text_site(model::Document& document, const std::function<void(TextSite&)>& fn);

/// Calls `fn` for each human-readable metadata field (title, subtitle, place, organization,
/// summary, rights, authors, contacts, keywords): readers fill them from the same sources as the text.
void for_each_metadata_text(model::Metadata& metadata, const std::function<void(std::string&)>& fn);

/// All the text of `document`, navigation included: every text node and metadata field, one per line.
std::string all_text(model::Document& document);

/// Counts replacements "old → new" and reports them as one diagnostic ("'Ã©' → 'é' ×3, …").
class ChangeLog {
 public:
  void add(const std::string& from, const std::string& to) { ++counts_[{from, to}]; }
  void merge(const ChangeLog& other) {
    for (const auto& [key, count] : other.counts_) counts_[key] += count;
  }
  bool empty() const { return counts_.empty(); }
  int total() const;
  /// "'Ã©' → 'é' ×3, 'â€™' → '’'"; beyond `max_kinds` kinds, the most frequent ones and "… N more".
  std::string describe(std::size_t max_kinds = SIZE_MAX) const;
  /// The replaced strings, in the order of the log's keys.
  std::vector<std::string> originals() const;

 private:
  std::map<std::pair<std::string, std::string>, int> counts_;
};

/// The span of the first string `log` replaced inside `node`'s range of `source`, else `node`.
base::Span locate_change(const base::Span& node, const ChangeLog& log, const base::SourceText* source);

using base::primary_language;

}  // namespace folio::transform
