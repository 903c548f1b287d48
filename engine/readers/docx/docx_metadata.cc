#include "readers/docx/docx_metadata.h"

#include <map>

#include "base/utf8.h"

namespace folio::readers::docx {

namespace {

std::string clean(std::string_view s) { return std::string(base::trim_ascii(s)); }

// "a; b" → {"a", "b"}, split at any of `separators`.
std::vector<std::string> split_list(std::string_view s, std::string_view separators) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t end = std::min(s.find_first_of(separators, start), s.size());
    std::string item = clean(s.substr(start, end - start));
    if (!item.empty()) out.push_back(std::move(item));
    start = end + 1;
  }
  return out;
}

std::string usable_language(std::string_view tag) {
  const std::string t = clean(tag);
  return base::lower_ascii(t) == "x-none" ? "" : t;
}

}  // namespace

void read_core_properties(const XmlTree& tree, model::Metadata& metadata) {
  for (XmlIndex e : tree.children(tree.root())) {
    const std::string_view name = tree.name(e);
    const std::string value = clean(tree.all_text(e));
    if (value.empty()) continue;
    if (name == "dc:title") {
      metadata.title = value;
    } else if (name == "dc:creator") {
      // Word separates authors with semicolons; a comma is part of a name ("Press Office, Museum").
      metadata.authors = split_list(value, ";");
    } else if (name == "dc:subject") {
      metadata.subtitle = value;
    } else if (name == "dc:description") {
      metadata.summary = value;
    } else if (name == "cp:keywords") {
      metadata.keywords = split_list(value, ";,");
    } else if (name == "dc:language") {
      metadata.language = usable_language(value);
    } else if (name == "dc:rights") {
      metadata.rights = value;
    }
  }
}

std::string default_language(const RunProps& defaults, const XmlTree* settings) {
  if (std::string lang = usable_language(defaults.lang); !lang.empty()) return lang;
  if (settings != nullptr) {
    const XmlIndex theme = settings->child(settings->root(), "w:themeFontLang");
    if (std::string lang = usable_language(settings->attribute(theme, "w:val").value_or("")); !lang.empty()) return lang;
  }
  return "";
}

std::string dominant_run_language(const XmlTree& document) {
  std::map<std::string, std::size_t> by_language;
  std::size_t total = 0;
  for (XmlIndex r = 0; r < document.size(); ++r) {
    if (!document.is(r, "w:r")) continue;
    std::size_t length = 0;
    for (XmlIndex t : document.children(r)) length += document.is(t, "w:t") ? document.text(t).size() : 0;
    total += length;
    const XmlIndex lang = document.child(document.child(r, "w:rPr"), "w:lang");
    if (std::string tag = usable_language(document.attribute(lang, "w:val").value_or("")); !tag.empty()) {
      by_language[tag] += length;
    }
  }
  for (const auto& [tag, length] : by_language) {
    if (2 * length > total) return tag;
  }
  return "";
}

}  // namespace folio::readers::docx
