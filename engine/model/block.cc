#include "model/block.h"

#include <type_traits>

namespace folio::model {

const char* scope_name(Scope scope) {
  switch (scope) {
    case Scope::none: return "none";
    case Scope::column: return "column";
    case Scope::row: return "row";
    case Scope::both: return "both";
  }
  return "none";
}

Inlines* inline_content(Block& block) {
  if (auto* h = std::get_if<Heading>(&block.node)) return &h->content;
  if (auto* p = std::get_if<Paragraph>(&block.node)) return &p->content;
  return nullptr;
}

const Inlines* inline_content(const Block& block) { return inline_content(const_cast<Block&>(block)); }

namespace {
void append_blocks(std::string& out, const Blocks& blocks) {
  for (const auto& b : blocks) {
    if (!out.empty() && out.back() != '\n') out += '\n';
    out += plain_text(b);
  }
}
}  // namespace

std::string plain_text(const Block& block) {
  std::string out;
  std::visit(
      [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, Heading> || std::is_same_v<T, Paragraph>) {
          out = plain_text(n.content);
        } else if constexpr (std::is_same_v<T, List>) {
          for (const auto& item : n.items) append_blocks(out, item.blocks);
        } else if constexpr (std::is_same_v<T, Quote>) {
          append_blocks(out, n.blocks);
          if (!n.attribution.empty()) {
            out += '\n';
            out += plain_text(n.attribution);
          }
        } else if constexpr (std::is_same_v<T, Figure>) {
          out = n.image.alt.value_or("");
          if (!n.caption.empty()) {
            if (!out.empty()) out += '\n';
            out += plain_text(n.caption);
          }
        } else if constexpr (std::is_same_v<T, Table>) {
          out = plain_text(n.caption);
          for (const auto& row : n.rows) {
            for (const auto& cell : row.cells) append_blocks(out, cell.blocks);
          }
        } else if constexpr (std::is_same_v<T, Section>) {
          append_blocks(out, n.blocks);
        } else if constexpr (std::is_same_v<T, Notes>) {
          for (const auto& note : n.notes) append_blocks(out, note.blocks);
        }
      },
      block.node);
  return out;
}

}  // namespace folio::model
