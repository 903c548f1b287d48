#include "model/document.h"

#include <cstdint>
#include <cstdio>
#include <type_traits>

#include "model/dump.h"

namespace folio::model {

namespace {

template <typename BlocksT, typename Fn>
void walk_blocks(BlocksT& blocks, const Fn& fn) {
  for (auto& block : blocks) {
    fn(block);
    std::visit(
        [&](auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, List>) {
            for (auto& item : n.items) walk_blocks(item.blocks, fn);
          } else if constexpr (std::is_same_v<T, Quote> || std::is_same_v<T, Section>) {
            walk_blocks(n.blocks, fn);
          } else if constexpr (std::is_same_v<T, Table>) {
            for (auto& row : n.rows) {
              for (auto& cell : row.cells) walk_blocks(cell.blocks, fn);
            }
          } else if constexpr (std::is_same_v<T, Notes>) {
            for (auto& note : n.notes) walk_blocks(note.blocks, fn);
          }
        },
        block.node);
  }
}

void number_inlines(Inlines& inlines, std::uint32_t& next) {
  for (auto& inl : inlines) {
    inl.info.id.value = next++;
    if (auto* kids = children_of(inl)) number_inlines(*kids, next);
  }
}

void number_blocks(Blocks& blocks, std::uint32_t& next) {
  for (auto& block : blocks) {
    block.info.id.value = next++;
    std::visit(
        [&](auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, Heading> || std::is_same_v<T, Paragraph>) {
            number_inlines(n.content, next);
          } else if constexpr (std::is_same_v<T, List>) {
            for (auto& item : n.items) {
              item.info.id.value = next++;
              number_blocks(item.blocks, next);
            }
          } else if constexpr (std::is_same_v<T, Quote>) {
            number_blocks(n.blocks, next);
            number_inlines(n.attribution, next);
          } else if constexpr (std::is_same_v<T, Figure>) {
            number_inlines(n.caption, next);
          } else if constexpr (std::is_same_v<T, Table>) {
            number_inlines(n.caption, next);
            for (auto& row : n.rows) {
              row.info.id.value = next++;
              for (auto& cell : row.cells) {
                cell.info.id.value = next++;
                number_blocks(cell.blocks, next);
              }
            }
          } else if constexpr (std::is_same_v<T, Section>) {
            number_blocks(n.blocks, next);
          } else if constexpr (std::is_same_v<T, Notes>) {
            for (auto& note : n.notes) {
              note.info.id.value = next++;
              number_blocks(note.blocks, next);
            }
          }
        },
        block.node);
  }
}

void walk_texts(Inlines& inlines, const std::function<void(Inline&, Text&)>& fn) {
  for (auto& inl : inlines) {
    if (auto* text = std::get_if<Text>(&inl.node)) {
      fn(inl, *text);
    } else if (auto* kids = children_of(inl)) {
      walk_texts(*kids, fn);
    }
  }
}

}  // namespace

void assign_ids(Document& document) {
  std::uint32_t next = 1;
  number_blocks(document.blocks, next);
}

void for_each_block(Blocks& blocks, const std::function<void(Block&)>& fn) { walk_blocks(blocks, fn); }

void for_each_block(const Blocks& blocks, const std::function<void(const Block&)>& fn) {
  walk_blocks(blocks, fn);
}

void for_each_inlines(Blocks& blocks, const std::function<void(Block&, Inlines&)>& fn) {
  walk_blocks(blocks, [&](Block& block) {
    std::visit(
        [&](auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, Heading> || std::is_same_v<T, Paragraph>) {
            fn(block, n.content);
          } else if constexpr (std::is_same_v<T, Quote>) {
            fn(block, n.attribution);
          } else if constexpr (std::is_same_v<T, Figure> || std::is_same_v<T, Table>) {
            fn(block, n.caption);
          }
        },
        block.node);
  });
}

void for_each_text(Inlines& inlines, const std::function<void(Inline&, Text&)>& fn) { walk_texts(inlines, fn); }

std::string content_identifier(const Document& document) {
  // FNV-1a over the dump without spans or source: same content, same identifier, wherever it
  // was read from.
  const std::string dump = dump_document(document, DumpOptions{.spans = false, .location = false});
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : dump) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string("urn:folio:") + hex;
}

}  // namespace folio::model
