#include "audit/xmp.h"

#include <cstring>

#include <libxml/parser.h>
#include <libxml/tree.h>

namespace folio::audit {

namespace {

constexpr const char* kPdfUaNs = "http://www.aiim.org/pdfua/ns/id/";
constexpr const char* kDcNs = "http://purl.org/dc/elements/1.1/";
constexpr const char* kRdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

bool in_ns(const xmlNs* ns, const char* uri) {
  return ns != nullptr && ns->href != nullptr && std::strcmp(reinterpret_cast<const char*>(ns->href), uri) == 0;
}

std::string content_of(const xmlNode* node) {
  xmlChar* text = xmlNodeGetContent(node);
  std::string out = text != nullptr ? reinterpret_cast<const char*>(text) : "";
  xmlFree(text);
  return out;
}

void check_prefix(const xmlNs* ns, XmpFacts& facts) {
  // ISO 14289-1, 5: the PDF/UA identification schema uses the prefix pdfuaid.
  if (in_ns(ns, kPdfUaNs) && (ns->prefix == nullptr || std::strcmp(reinterpret_cast<const char*>(ns->prefix), "pdfuaid") != 0)) {
    facts.wrong_prefix = ns->prefix != nullptr ? reinterpret_cast<const char*>(ns->prefix) : "(default)";
  }
}

void walk(const xmlNode* node, XmpFacts& facts, int depth) {
  if (depth > 256) return;
  for (const xmlNode* n = node; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    check_prefix(n->ns, facts);
    for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
      check_prefix(a->ns, facts);
      if (in_ns(a->ns, kPdfUaNs) && std::strcmp(reinterpret_cast<const char*>(a->name), "part") == 0) {
        xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
        facts.pdfua_part = v != nullptr ? reinterpret_cast<const char*>(v) : "";
        xmlFree(v);
      }
    }
    const char* name = reinterpret_cast<const char*>(n->name);
    if (in_ns(n->ns, kRdfNs) && std::strcmp(name, "Alt") == 0) {
      // A language alternative whose every entry is x-default names no language of its own.
      int entries = 0;
      int defaults = 0;
      for (const xmlNode* li = n->children; li != nullptr; li = li->next) {
        if (li->type != XML_ELEMENT_NODE || !in_ns(li->ns, kRdfNs)) continue;
        ++entries;
        xmlChar* lang = xmlNodeGetLang(li);
        if (lang != nullptr && std::strcmp(reinterpret_cast<const char*>(lang), "x-default") == 0) ++defaults;
        xmlFree(lang);
      }
      if (entries > 0 && entries == defaults) facts.default_language_only = true;
    }
    if (in_ns(n->ns, kPdfUaNs) && std::strcmp(name, "part") == 0) facts.pdfua_part = content_of(n);
    if (in_ns(n->ns, kDcNs) && std::strcmp(name, "title") == 0) {
      std::optional<std::string> first;
      std::optional<std::string> fallback;
      for (const xmlNode* alt = n->children; alt != nullptr; alt = alt->next) {
        if (alt->type != XML_ELEMENT_NODE) continue;
        for (const xmlNode* li = alt->children; li != nullptr; li = li->next) {
          if (li->type != XML_ELEMENT_NODE || !in_ns(li->ns, kRdfNs)) continue;
          const std::string text = content_of(li);
          xmlChar* lang = xmlNodeGetLang(li);
          const bool is_default = lang != nullptr && std::strcmp(reinterpret_cast<const char*>(lang), "x-default") == 0;
          xmlFree(lang);
          if (is_default) first = text;
          if (!fallback) fallback = text;
        }
      }
      facts.title = first ? first : fallback ? fallback : std::optional<std::string>(content_of(n));
    }
    walk(n->children, facts, depth + 1);
  }
}

}  // namespace

XmpFacts read_xmp(std::string_view xml) {
  XmpFacts facts;
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "xmp.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == nullptr) return facts;
  facts.well_formed = true;
  walk(xmlDocGetRootElement(doc), facts, 0);
  xmlFreeDoc(doc);
  return facts;
}

}  // namespace folio::audit
