#include "audit/epub_model.h"

#include <algorithm>
#include <cstring>
#include <optional>

#include <libxml/parser.h>

#include "zip/zip_reader.h"

namespace folio::audit::epub {

void Reporter::report(const Rule& rule, std::string message, std::string entry, int line) {
  constexpr int kMaxPerRule = 50;
  if (++counts_[rule.id] > kMaxPerRule) return;
  Location location;
  location.file = file_;
  location.entry = std::move(entry);
  location.line = line;
  findings_.push_back(make_finding(rule, std::move(message), std::move(location)));
}

std::string attr(const xmlNode* node, const char* name, const char* ns) {
  if (node == nullptr) return {};
  xmlChar* v = ns != nullptr ? xmlGetNsProp(node, reinterpret_cast<const xmlChar*>(name), reinterpret_cast<const xmlChar*>(ns))
                             : xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string out = v != nullptr ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

std::string text_content(const xmlNode* node) {
  xmlChar* v = xmlNodeGetContent(node);
  std::string out = v != nullptr ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

bool is_element(const xmlNode* node, const char* name) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

namespace {

void collect(const xmlNode* node, std::vector<const xmlNode*>& out, int depth) {
  if (depth > 256) return;
  for (const xmlNode* n = node; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    out.push_back(n);
    collect(n->children, out, depth + 1);
  }
}

std::shared_ptr<xmlDoc> parse_xml(const std::string& data, const std::string& path, Model& model) {
  // No network, no DTD loading, no entity substitution: hostile entities stay unexpanded.
  xmlResetLastError();
  xmlDocPtr doc = xmlReadMemory(data.data(), static_cast<int>(data.size()), path.c_str(), nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == nullptr) {
    const xmlError* e = xmlGetLastError();
    std::string message = e != nullptr && e->message != nullptr ? e->message : "not well-formed XML";
    while (!message.empty() && message.back() == '\n') message.pop_back();
    if (e != nullptr && e->line > 0) message = "line " + std::to_string(e->line) + ": " + message;
    model.malformed.emplace_back(path, message);
    return nullptr;
  }
  return std::shared_ptr<xmlDoc>(doc, xmlFreeDoc);
}

bool escapes(const std::string& name) {
  if (name.empty() || name[0] == '/' || name[0] == '\\' || name.find('\\') != std::string::npos) return true;
  if (name.size() > 1 && name[1] == ':') return true;
  std::size_t start = 0;
  while (start <= name.size()) {
    const std::size_t end = name.find('/', start);
    const std::string part = name.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (part == "..") return true;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return false;
}

std::string join(const std::string& base_file, const std::string& href) {
  std::string dir = base_file.substr(0, base_file.rfind('/') == std::string::npos ? 0 : base_file.rfind('/') + 1);
  std::string path = dir + href.substr(0, href.find('#'));
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = path.find('/', start);
    const std::string part = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

}  // namespace

std::vector<const xmlNode*> elements(const xmlNode* root) {
  std::vector<const xmlNode*> out;
  if (root != nullptr) {
    out.push_back(root);
    collect(root->children, out, 1);
  }
  return out;
}

std::vector<std::string> meta_values(const Model& model, const std::string& property) {
  std::vector<std::string> out;
  if (!model.opf) return out;
  for (const xmlNode* n : elements(xmlDocGetRootElement(model.opf.get()))) {
    if (is_element(n, "meta") && attr(n, "property") == property) out.push_back(text_content(n));
  }
  return out;
}

std::vector<std::string> dc_values(const Model& model, const char* name) {
  std::vector<std::string> out;
  if (!model.opf) return out;
  for (const xmlNode* n : elements(xmlDocGetRootElement(model.opf.get()))) {
    if (is_element(n, name) && n->ns != nullptr &&
        std::strcmp(reinterpret_cast<const char*>(n->ns->href), "http://purl.org/dc/elements/1.1/") == 0) {
      out.push_back(text_content(n));
    }
  }
  return out;
}

void build_model(std::string_view bytes, Model& model) {
  const auto directory = zip::read_zip_directory(bytes);
  if (!directory) {
    model.unreadable = directory.error().front().message;
    return;
  }
  model.readable = true;
  const std::vector<zip::ZipEntryInfo>& entries = *directory;
  model.bomb = zip::zip_limit_violations(entries, model.limits);
  if (entries.size() > model.limits.max_entries) return;
  std::map<std::string, const zip::ZipEntryInfo*> index;
  for (const zip::ZipEntryInfo& entry : entries) {
    const std::string& name = entry.name;
    model.entries.push_back(name);
    index.emplace(name, &entry);
    if (escapes(name)) model.slip.push_back(name);
    if (&entry == &entries.front() && name == "mimetype") {
      model.mimetype_first = true;
      model.mimetype_stored = entry.method == zip::kMethodStored;
      const auto mimetype = zip::read_zip_entry(bytes, entry, 256);
      model.mimetype = mimetype ? *mimetype : "";
    }
  }
  if (!model.bomb.empty()) return;

  auto load = [&](const std::string& path) -> std::optional<std::string> {
    auto it = index.find(path);
    if (it == index.end()) return std::nullopt;
    auto data = zip::read_zip_entry(bytes, *it->second, model.limits.max_entry_bytes);
    if (!data) return std::nullopt;
    return std::move(*data);
  };
  const auto container = load("META-INF/container.xml");
  if (!container) return;
  auto container_doc = parse_xml(*container, "META-INF/container.xml", model);
  if (!container_doc) return;
  for (const xmlNode* n : elements(xmlDocGetRootElement(container_doc.get()))) {
    if (is_element(n, "rootfile")) {
      model.opf_path = attr(n, "full-path");
      break;
    }
  }
  const auto opf = load(model.opf_path);
  if (!opf) return;
  model.opf = parse_xml(*opf, model.opf_path, model);
  if (!model.opf) return;
  std::map<std::string, std::pair<std::string, bool>> items;  // id -> (path, is nav)
  std::vector<std::string> order;
  std::vector<std::string> spine;
  for (const xmlNode* n : elements(xmlDocGetRootElement(model.opf.get()))) {
    if (is_element(n, "item") && attr(n, "media-type") == "application/xhtml+xml") {
      const std::string props = attr(n, "properties");
      items[attr(n, "id")] = {join(model.opf_path, attr(n, "href")), props.find("nav") != std::string::npos};
      order.push_back(attr(n, "id"));
    } else if (is_element(n, "itemref")) {
      spine.push_back(attr(n, "idref"));
    }
  }
  for (const std::string& id : order) {
    const auto& [path, nav] = items[id];
    const auto data = load(path);
    if (!data) continue;
    XmlEntry entry;
    entry.path = path;
    entry.doc = parse_xml(*data, path, model);
    entry.is_nav = nav;
    entry.in_spine = std::find(spine.begin(), spine.end(), id) != spine.end();
    model.documents.push_back(std::move(entry));
  }
}

}  // namespace folio::audit::epub
