#include "transform/empty_links.h"

#include "base/utf8.h"
#include "model/link_name.h"
#include "transform/text_edit.h"

namespace folio::transform {

namespace {

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

void fix_links(model::Inlines& inlines, base::Diagnostics& out) {
  model::Inlines kept;
  kept.reserve(inlines.size());
  for (model::Inline& inl : inlines) {
    if (auto* kids = model::children_of(inl)) fix_links(*kids, out);
    auto* link = std::get_if<model::Link>(&inl.node);
    if (!link || !model::says_nothing(*link)) {
      kept.push_back(std::move(inl));
      continue;
    }
    const std::string hint = "give the link text, or its image alt text, in the source";
    if (const std::string name = name_from_address(link->href); !name.empty()) {
      model::give_name(*link, name);
      out.push_back(base::make_note("transform.link-named", inl.info.span,
                                    "a link to " + link->href + " had no text; it is named '" + name + "'", hint));
      kept.push_back(std::move(inl));
      continue;
    }
    out.push_back(base::make_note("transform.empty-link-removed", inl.info.span,
                                  "a link to " + link->href + " had no text and no name; it was dropped", hint));
    for (model::Inline& child : link->children) kept.push_back(std::move(child));
  }
  inlines = std::move(kept);
}

}  // namespace

std::string name_from_address(const std::string& href) {
  const std::string address(base::trim_ascii(href));
  const std::string scheme = lower(address.substr(0, address.find(':')));
  if (scheme == "mailto" || scheme == "tel") {
    const std::string rest = address.substr(scheme.size() + 1);
    return rest.substr(0, rest.find('?'));
  }
  const std::size_t slashes = address.find("://");
  if (slashes == std::string::npos || (scheme != "http" && scheme != "https" && scheme != "ftp")) return "";
  std::string host = address.substr(slashes + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  if (const std::size_t at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
  if (!host.empty() && host.front() != '[') host = host.substr(0, host.find(':'));
  host = lower(host);
  if (host.starts_with("www.") && host.size() > 4) host = host.substr(4);
  return host;
}

base::Diagnostics name_empty_links(model::Document& document) {
  base::Diagnostics out;
  for_each_inline_list(document, [&](model::Inlines& inlines, const std::string&, model::Block&) {
    fix_links(inlines, out);
  });
  return out;
}

}  // namespace folio::transform
