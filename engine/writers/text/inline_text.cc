#include "writers/text/inline_text.h"

#include <algorithm>
#include <cctype>
#include <type_traits>

#include "writers/text/text_layout.h"

namespace folio::writers {

namespace {

std::string primary_subtag(std::string_view lang) {
  std::string primary(lang.substr(0, lang.find_first_of("-_")));
  std::transform(primary.begin(), primary.end(), primary.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return primary;
}

struct Renderer {
  LinkNumbers& links;
  std::string out;

  void render(const model::Inlines& inlines, const std::string& lang, int quote_depth) {
    for (const auto& inl : inlines) {
      const std::string& here = inl.info.lang.empty() ? lang : inl.info.lang;
      std::visit([&](const auto& node) { render_node(node, here, quote_depth); }, inl.node);
    }
  }

  void render_node(const model::Text& node, const std::string&, int) { out += to_nfc(node.text); }
  void render_node(const model::Code& node, const std::string&, int) { out += to_nfc(node.text); }
  void render_node(const model::LineBreak&, const std::string&, int) { out += '\n'; }
  void render_node(const model::Image& node, const std::string&, int) { out += image_text(node); }
  void render_node(const model::Emphasis& node, const std::string& lang, int depth) { render(node.children, lang, depth); }
  void render_node(const model::Strong& node, const std::string& lang, int depth) { render(node.children, lang, depth); }
  void render_node(const model::Span& node, const std::string& lang, int depth) { render(node.children, lang, depth); }

  void render_node(const model::InlineQuote& node, const std::string& lang, int depth) {
    const QuoteMarks marks = quote_marks(lang, depth);
    out += marks.open;
    render(node.children, lang, depth + 1);
    out += marks.close;
  }

  void render_node(const model::Link& node, const std::string& lang, int depth) {
    const std::size_t start = out.size();
    render(node.children, lang, depth);
    const std::string_view text = std::string_view(out).substr(start);
    // Autolinks (and mailto: links showing the address) already say where they go.
    if (text.empty()) {
      out += node.href;
    } else if (text != node.href && "mailto:" + std::string(text) != node.href) {
      out += " [" + std::to_string(links.number_for(node.href)) + "]";
    }
  }
};

}  // namespace

int LinkNumbers::number_for(const std::string& href) {
  auto [it, fresh] = numbers_.emplace(href, static_cast<int>(hrefs_.size()) + 1);
  if (fresh) hrefs_.push_back(href);
  return it->second;
}

QuoteMarks quote_marks(std::string_view lang, int depth) {
  const std::string primary = primary_subtag(lang);
  const bool inner = depth > 0;
  if (primary == "fr") return inner ? QuoteMarks{"“", "”"} : QuoteMarks{"«\u202F", "\u202F»"};
  if (primary == "de") return inner ? QuoteMarks{"‚", "‘"} : QuoteMarks{"„", "“"};
  if (primary == "es" || primary == "pt" || primary == "it") return inner ? QuoteMarks{"“", "”"} : QuoteMarks{"«", "»"};
  if (primary == "ru") return inner ? QuoteMarks{"„", "“"} : QuoteMarks{"«", "»"};
  if (primary == "zh") return inner ? QuoteMarks{"『", "』"} : QuoteMarks{"「", "」"};
  return inner ? QuoteMarks{"‘", "’"} : QuoteMarks{"“", "”"};
}

std::string image_text(const model::Image& image) {
  if (!image.alt) return "[Image without description]";
  if (image.alt->empty()) return "";
  return "[Image: " + to_nfc(*image.alt) + "]";
}

std::string render_inlines(const model::Inlines& inlines, const std::string& lang, LinkNumbers& links) {
  Renderer renderer{links, {}};
  renderer.render(inlines, lang, 0);
  return std::move(renderer.out);
}

}  // namespace folio::writers
