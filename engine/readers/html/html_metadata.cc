#include "readers/html/html_metadata.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <string_view>

#include "readers/html/html_strings.h"
#include "transform/html_entities.h"

namespace folio::readers::html {

namespace {

using nlohmann::json;

void set_if_empty(std::string& field, const std::string& value) {
  if (field.empty()) field = collapse_whitespace(value);
}

// JSON-LD strings as written into the page: CMSs escape them for HTML ("Gr&#252;&#223;e",
// "&amp;"), and the script element they sit in is not decoded by the HTML parser.
std::string json_string(const json& j, const char* key) {
  if (!j.is_object()) return {};
  const auto it = j.find(key);
  if (it == j.end()) return {};
  if (it->is_string()) return transform::decode_character_references(it->get_ref<const std::string&>());
  if (it->is_object()) return json_string(*it, "name");
  if (it->is_array() && !it->empty()) {
    if ((*it)[0].is_string()) return transform::decode_character_references((*it)[0].get_ref<const std::string&>());
    return json_string((*it)[0], "name");
  }
  return {};
}

// A page's address or file name, not a title: one word of lower-case letters, digits, hyphens
// and underscores ("adac-kindersitztest-herbst-2018"), which a CMS fills in when no one wrote one.
bool is_slug(std::string_view text) {
  return text.find_first_of("-_") != std::string_view::npos &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
         });
}

bool is_article_type(const json& type) {
  static constexpr std::array<std::string_view, 5> kTypes{"NewsArticle", "Article", "ReportageNewsArticle",
                                                          "BlogPosting", "PressRelease"};
  auto matches = [](const json& t) {
    if (!t.is_string()) return false;
    const auto& s = t.get_ref<const std::string&>();
    for (auto k : kTypes) {
      if (s == k) return true;
    }
    return false;
  };
  if (type.is_array()) {
    for (const auto& t : type) {
      if (matches(t)) return true;
    }
    return false;
  }
  return matches(type);
}

// Finds the first article object in a JSON-LD value (object, array or @graph), breadth-bounded.
const json* find_article(const json& j, int depth = 0) {
  if (depth > 4) return nullptr;
  if (j.is_object()) {
    const auto type = j.find("@type");
    if (type != j.end() && is_article_type(*type)) return &j;
    const auto graph = j.find("@graph");
    if (graph != j.end()) return find_article(*graph, depth + 1);
  } else if (j.is_array()) {
    for (const auto& item : j) {
      if (const json* found = find_article(item, depth + 1)) return found;
    }
  }
  return nullptr;
}

void read_json_ld(const std::string& text, PageMetadata& page, std::string& ld_date) {
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) return;
  const json* article = find_article(j);
  if (!article) return;
  auto& m = page.metadata;
  set_if_empty(page.ld_headline, json_string(*article, "headline"));
  set_if_empty(ld_date, iso_date_part(json_string(*article, "datePublished")));
  set_if_empty(m.organization, json_string(*article, "publisher"));
  set_if_empty(m.summary, json_string(*article, "description"));
  const auto author = article->find("author");
  if (m.authors.empty() && author != article->end()) {
    const json authors = author->is_array() ? *author : json::array({*author});
    for (const auto& a : authors) {
      std::string name = collapse_whitespace(
          a.is_string() ? transform::decode_character_references(a.get_ref<const std::string&>()) : json_string(a, "name"));
      if (!name.empty()) m.authors.push_back(std::move(name));
    }
  }
}

std::vector<std::string> split_keywords(const std::string& value) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= value.size()) {
    const std::size_t comma = std::min(value.find(',', start), value.size());
    std::string k = collapse_whitespace(std::string_view(value).substr(start, comma - start));
    if (!k.empty()) out.push_back(std::move(k));
    start = comma + 1;
  }
  return out;
}

// "Headline | Section | Site": a pipe always separates decoration; a dash only when the part
// after it is the shorter one.
std::string strip_site_suffix(const std::string& title) {
  if (const std::size_t pipe = title.find(" | "); pipe != std::string::npos && pipe > 0) return title.substr(0, pipe);
  static constexpr std::array<std::string_view, 5> kSeparators{" - ", " – ", " — ", " :: ", " · "};
  std::size_t cut = std::string::npos;
  for (auto sep : kSeparators) {
    const std::size_t at = title.rfind(sep);
    if (at != std::string::npos && (cut == std::string::npos || at > cut)) cut = at;
  }
  if (cut == std::string::npos || cut == 0 || title.size() - cut > cut) return title;
  return title.substr(0, cut);
}

}  // namespace

std::string iso_date_part(std::string_view value) {
  value = value.substr(0, std::min<std::size_t>(value.size(), 10));
  if (value.size() < 10) return {};
  for (std::size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? value[i] != '-' : (value[i] < '0' || value[i] > '9')) return {};
  }
  return std::string(value);
}

PageMetadata read_page_metadata(const HtmlTree& tree) {
  PageMetadata page;
  auto& m = page.metadata;
  std::vector<std::string> fsfe_tags;
  std::string published, ld_date, og_description, description, site_name, og_url, canonical;
  for (NodeIndex i = 0; i < tree.size(); ++i) {
    const HtmlNode& n = tree[i];
    if (n.is_text) continue;
    if (n.name == "html") {
      if (const auto* lang = n.attribute("lang")) set_if_empty(m.language, *lang);
      if (const auto* lang = n.attribute("xml:lang")) set_if_empty(m.language, *lang);
      if (const auto* date = n.attribute("newsdate")) set_if_empty(published, *date);
    } else if (n.name == "title" && page.html_title.empty()) {
      page.html_title = collapse_whitespace(tree.text_content(i));
    } else if (n.name == "meta") {
      const auto* content = n.attribute("content");
      if (!content) continue;
      const auto* key_attr = n.attribute("property") ? n.attribute("property") : n.attribute("name");
      if (!key_attr) key_attr = n.attribute("http-equiv");
      if (!key_attr) continue;
      const std::string key = lower_ascii(*key_attr);
      if (key == "og:title" && !is_slug(collapse_whitespace(*content))) set_if_empty(page.og_title, *content);
      else if (key == "description") set_if_empty(description, *content);
      else if (key == "og:description") set_if_empty(og_description, *content);
      else if (key == "og:site_name") set_if_empty(site_name, *content);
      else if (key == "og:url") set_if_empty(og_url, *content);
      else if (key == "author" && m.authors.empty() && !collapse_whitespace(*content).empty())
        m.authors.push_back(collapse_whitespace(*content));
      else if (key == "keywords" && m.keywords.empty()) m.keywords = split_keywords(*content);
      else if (key == "article:published_time" || key == "dc.date" || key == "dc.date.issued" || key == "date")
        set_if_empty(published, *content);
      else if (key == "content-language") set_if_empty(m.language, *content);
      else if (key == "dc.rights" || key == "copyright") set_if_empty(m.rights, *content);
    } else if (n.name == "tag" && tree[n.parent].is("tags")) {
      // FSFE sources list the release's keywords as <tags><tag key="…">Label</tag></tags>.
      std::string label = collapse_whitespace(tree.text_content(i));
      if (!label.empty()) fsfe_tags.push_back(std::move(label));
    } else if (n.name == "link") {
      const auto* rel = n.attribute("rel");
      const auto* href = n.attribute("href");
      if (rel && href && lower_ascii(*rel) == "canonical") set_if_empty(canonical, *href);
    } else if (n.name == "script") {
      const auto* type = n.attribute("type");
      if (type && lower_ascii(*type) == "application/ld+json") read_json_ld(tree.text_content(i), page, ld_date);
    }
  }
  set_if_empty(m.date, iso_date_part(collapse_whitespace(published)));
  set_if_empty(m.date, ld_date);
  if (m.keywords.empty()) m.keywords = std::move(fsfe_tags);
  set_if_empty(m.summary, description.empty() ? og_description : description);
  set_if_empty(m.organization, site_name);
  set_if_empty(m.source, og_url.empty() ? canonical : og_url);
  return page;
}

std::string choose_title(const PageMetadata& page, const std::string& h1) {
  if (!page.og_title.empty()) return strip_site_suffix(page.og_title);
  if (!page.ld_headline.empty()) return page.ld_headline;
  if (!h1.empty()) return h1;
  return strip_site_suffix(page.html_title);
}

}  // namespace folio::readers::html
