#include "layout/paged_document.h"

#include <cstdio>
#include <sstream>

namespace folio::layout {

namespace {
std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v + 0.0);  // + 0.0 turns -0 into 0
  std::string s = buf;
  if (s == "-0.00") s = "0.00";
  return s;
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string hex(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

const char* artifact_type(ArtifactType t) { return t == ArtifactType::pagination ? "Pagination" : "Layout"; }
const char* artifact_subtype(ArtifactSubtype t) {
  switch (t) {
    case ArtifactSubtype::header: return " Header";
    case ArtifactSubtype::footer: return " Footer";
    case ArtifactSubtype::none: return "";
  }
  return "";
}

// Does the Figure tag at `tag` hold an image set in a line (rather than a figure block)?
bool opens_inline_image(const std::vector<PageItem>& items, const PageItem* tag) {
  for (const PageItem* it = tag + 1; it != items.data() + items.size(); ++it) {
    if (const auto* image = std::get_if<Image>(it)) return image->block.value != 0;
    if (std::holds_alternative<GlyphRun>(*it) || std::holds_alternative<TagEnd>(*it)) return false;
  }
  return false;
}

}  // namespace

std::string dump_pages(const PagedDocument& document, const DumpOptions& options) {
  std::ostringstream out;
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    const Page& page = document.pages[p];
    const std::string prefix = "page " + std::to_string(p + 1) + " ";
    out << prefix << "size " << num(page.width) << "x" << num(page.height) << "\n";
    int depth = 0;
    for (const auto& item : page.items) {
      std::visit(
          [&](const auto& it) {
            using T = std::decay_t<decltype(it)>;
            if constexpr (std::is_same_v<T, TagEnd> || std::is_same_v<T, ArtifactEnd>) --depth;
            out << prefix << std::string(static_cast<std::size_t>(depth) * 2, ' ');
            if constexpr (std::is_same_v<T, GlyphRun>) {
              const std::string font = it.font >= 0 && static_cast<std::size_t>(it.font) < document.fonts.size()
                                           ? document.fonts[static_cast<std::size_t>(it.font)].postscript_name
                                           : "?";
              out << "run font=" << font << " size=" << num(it.size) << " x=" << num(it.x) << " y=" << num(it.y)
                  << " level=" << it.level << " lang=" << it.lang << " node=#" << it.node.value
                  << " text=" << quoted(it.text) << " glyphs=" << it.glyphs.size();
              if (it.inserted_hyphen) out << " inserted-hyphen";
              if (options.glyphs) {
                out << "\n" << prefix << std::string(static_cast<std::size_t>(depth) * 2, ' ') << "  glyphs";
                for (const auto& g : it.glyphs) {
                  out << " " << g.gid << ":" << num(g.advance) << "@" << g.cluster;
                  if (g.x_offset != 0 || g.y_offset != 0) out << "+" << num(g.x_offset) << "," << num(g.y_offset);
                }
              }
            } else if constexpr (std::is_same_v<T, Image>) {
              out << "image x=" << num(it.x) << " y=" << num(it.y) << " w=" << num(it.width)
                  << " h=" << num(it.height) << " node=#" << it.node.value << " src=" << quoted(it.path);
            } else if constexpr (std::is_same_v<T, Rule>) {
              out << "rule x1=" << num(it.x1) << " y1=" << num(it.y1) << " x2=" << num(it.x2) << " y2=" << num(it.y2)
                  << " width=" << num(it.width) << " color=" << hex(it.color);
            } else if constexpr (std::is_same_v<T, LinkArea>) {
              out << "link x=" << num(it.x) << " y=" << num(it.y) << " w=" << num(it.width) << " h=" << num(it.height)
                  << " node=#" << it.node.value << " href=" << quoted(it.href);
            } else if constexpr (std::is_same_v<T, TagStart>) {
              out << "<" << it.type << " node=#" << it.node.value;
              if (!it.lang.empty()) out << " lang=" << it.lang;
              if (!it.alt.empty()) out << " alt=" << quoted(it.alt);
              if (!it.actual_text.empty()) out << " actual-text=" << quoted(it.actual_text);
              out << ">";
              ++depth;
            } else if constexpr (std::is_same_v<T, TagEnd>) {
              out << "</>";
            } else if constexpr (std::is_same_v<T, ArtifactStart>) {
              out << "<Artifact " << artifact_type(it.type) << artifact_subtype(it.subtype) << ">";
              ++depth;
            } else {
              out << "</Artifact>";
            }
            out << "\n";
          },
          item);
    }
  }
  return out.str();
}

std::vector<PageStart> page_starts(const PagedDocument& document) {
  std::vector<PageStart> out;
  PageStart current;
  for (const auto& page : document.pages) {
    int artifact = 0;
    for (const auto& item : page.items) {
      if (std::holds_alternative<ArtifactStart>(item)) ++artifact;
      if (std::holds_alternative<ArtifactEnd>(item)) --artifact;
      // An image set in a line stands where its stand-in text is in its block.
      if (const auto* image = std::get_if<Image>(&item); image && artifact == 0 && image->block.value != 0) {
        current = {image->block, image->block_offset};
        break;
      }
      // A figure's image or stand-in box belongs to no text block: the page starts at the figure.
      if (const auto* tag = std::get_if<TagStart>(&item); tag && tag->type == "Figure" && tag->node.value != 0 &&
                                                          !opens_inline_image(page.items, &item)) {
        current = {tag->node, 0};
        break;
      }
      const auto* run = std::get_if<GlyphRun>(&item);
      if (!run || artifact > 0 || run->inserted_hyphen || run->glyphs.empty() || run->block.value == 0) continue;
      // The first glyph in logical order has the smallest cluster.
      std::uint32_t first = run->glyphs.front().cluster;
      for (const auto& g : run->glyphs) first = std::min(first, g.cluster);
      current = {run->block, run->block_offset + first};
      break;
    }
    out.push_back(current);
  }
  return out;
}

}  // namespace folio::layout
