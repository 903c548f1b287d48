#include "transform/text_edit.h"

#include <algorithm>
#include <type_traits>

namespace folio::transform {

namespace {

void walk_inlines(model::Inlines& inlines, const std::string& lang, const model::Block& block,
                  const std::function<void(TextSite&)>& fn) {
  for (auto& inl : inlines) {
    const std::string& here = inl.info.lang.empty() ? lang : inl.info.lang;
    if (auto* t = std::get_if<model::Text>(&inl.node)) {
      TextSite site{*t, inl.info.span, here, block};
      fn(site);
    } else if (auto* kids = model::children_of(inl)) {
      walk_inlines(*kids, here, block, fn);
    }
  }
}

using ItemVisitor = std::function<void(model::ListItem&, const std::string& lang)>;

void walk_blocks(model::Blocks& blocks, const std::string& lang, const InlinesVisitor& fn, const ItemVisitor& items) {
  for (auto& block : blocks) {
    const std::string& here = block.info.lang.empty() ? lang : block.info.lang;
    std::visit(
        [&](auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, model::Heading> || std::is_same_v<T, model::Paragraph>) {
            if (fn) fn(n.content, here, block);
          } else if constexpr (std::is_same_v<T, model::List>) {
            for (auto& item : n.items) {
              const std::string& item_lang = item.info.lang.empty() ? here : item.info.lang;
              if (items) items(item, item_lang);
              walk_blocks(item.blocks, item_lang, fn, items);
            }
          } else if constexpr (std::is_same_v<T, model::Quote>) {
            walk_blocks(n.blocks, here, fn, items);
            if (fn) fn(n.attribution, here, block);
          } else if constexpr (std::is_same_v<T, model::Figure>) {
            if (fn) fn(n.caption, here, block);
          } else if constexpr (std::is_same_v<T, model::Table>) {
            if (fn) fn(n.caption, here, block);
            for (auto& row : n.rows) {
              for (auto& cell : row.cells) {
                walk_blocks(cell.blocks, cell.info.lang.empty() ? here : cell.info.lang, fn, items);
              }
            }
          } else if constexpr (std::is_same_v<T, model::Section>) {
            walk_blocks(n.blocks, here, fn, items);
          } else if constexpr (std::is_same_v<T, model::Notes>) {
            for (auto& note : n.notes) {
              walk_blocks(note.blocks, note.info.lang.empty() ? here : note.info.lang, fn, items);
            }
          }
        },
        block.node);
  }
}

}  // namespace

void for_each_inline_list(model::Document& document, const InlinesVisitor& fn) {
  walk_blocks(document.blocks, document.metadata.language, fn, nullptr);
}

void for_each_list_item(model::Document& document,
                        const std::function<void(model::ListItem&, const std::string& lang)>& fn) {
  walk_blocks(document.blocks, document.metadata.language, nullptr, fn);
}

void for_each_text_site(model::Document& document, const std::function<void(TextSite&)>& fn) {
  for_each_inline_list(document, [&](model::Inlines& inlines, const std::string& lang, const model::Block& block) {
    walk_inlines(inlines, lang, block, fn);
  });
}

void for_each_metadata_text(model::Metadata& m, const std::function<void(std::string&)>& fn) {
  for (std::string* field : {&m.title, &m.subtitle, &m.place, &m.organization, &m.summary, &m.rights}) fn(*field);
  for (auto* list : {&m.authors, &m.contacts, &m.keywords}) {
    for (auto& value : *list) fn(value);
  }
}

std::string all_text(model::Document& document) {
  std::string text;
  const auto add = [&](const std::string& value) {
    text += value;
    text += '\n';
  };
  for_each_text_site(document, [&](TextSite& site) { add(site.text.text); });
  for_each_metadata_text(document.metadata, add);
  return text;
}

int ChangeLog::total() const {
  int n = 0;
  for (const auto& [key, count] : counts_) n += count;
  return n;
}

std::string ChangeLog::describe(std::size_t max_kinds) const {
  std::vector<std::pair<std::pair<std::string, std::string>, int>> kinds(counts_.begin(), counts_.end());
  if (kinds.size() > max_kinds) {
    std::stable_sort(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  }
  std::string out;
  for (std::size_t i = 0; i < kinds.size() && i < max_kinds; ++i) {
    const auto& [key, count] = kinds[i];
    if (!out.empty()) out += ", ";
    out += "'" + key.first + "' → '" + key.second + "'";
    if (count > 1) out += " ×" + std::to_string(count);
  }
  if (kinds.size() > max_kinds) out += ", … " + std::to_string(kinds.size() - max_kinds) + " more";
  return out;
}

std::vector<std::string> ChangeLog::originals() const {
  std::vector<std::string> out;
  for (const auto& [key, count] : counts_) out.push_back(key.first);
  return out;
}

base::Span locate_change(const base::Span& node, const ChangeLog& log, const base::SourceText* source) {
  if (!source || node.end <= node.begin || node.file != source->file()) return node;
  const std::string_view range = std::string_view(source->text()).substr(node.begin, node.end - node.begin);
  std::size_t best = std::string_view::npos;
  std::size_t length = 0;
  for (const auto& from : log.originals()) {
    const auto at = range.find(from);
    if (at < best) {
      best = at;
      length = from.size();
    }
  }
  if (best == std::string_view::npos) return node;
  const auto begin = static_cast<std::uint32_t>(node.begin + best);
  return source->span(begin, begin + static_cast<std::uint32_t>(length));
}

}  // namespace folio::transform
