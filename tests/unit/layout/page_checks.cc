#include "page_checks.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace folio::layout::checks {

namespace {
std::string where(std::size_t page, const GlyphRun& run) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "page %zu node #%u x=%.2f y=%.2f: ", page + 1, run.node.value, run.x, run.y);
  return buf + std::string("\"") + run.text + "\": ";
}

std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\n') out += c;
  }
  return out;
}
}  // namespace

std::vector<std::string> check_pages(const PagedDocument& pages, const model::Document& document,
                                     const style::Style& style) {
  std::vector<std::string> problems;
  const double left = style.margin_left - 0.01, right = style.page_width - style.margin_right + 0.01;
  const double bottom = style.margin_bottom - 0.01, top = style.page_height - style.margin_top + 0.01;
  // block → (offset, text) pieces in logical order.
  std::map<std::uint32_t, std::map<std::uint32_t, std::string>> pieces;
  std::map<std::uint32_t, std::set<std::uint32_t>> images;  // block → offsets of images set in its lines
  for (std::size_t p = 0; p < pages.pages.size(); ++p) {
    int depth = 0, artifact = 0;
    double lowest = 1e9;  // baseline of the page's last line of text, and whether it ends in a hyphen
    bool lowest_hyphenated = false;
    for (const auto& item : pages.pages[p].items) {
      if (std::holds_alternative<TagStart>(item)) {
        if (artifact > 0) problems.push_back("page " + std::to_string(p + 1) + ": tag inside an artifact");
        ++depth;
      } else if (std::holds_alternative<TagEnd>(item)) {
        if (--depth < 0) problems.push_back("page " + std::to_string(p + 1) + ": unbalanced tag end");
      } else if (std::holds_alternative<ArtifactStart>(item)) {
        if (artifact > 0) problems.push_back("page " + std::to_string(p + 1) + ": nested artifact");
        ++artifact;
      } else if (std::holds_alternative<ArtifactEnd>(item)) {
        --artifact;
      }
      // An image set in a line stands for its stand-in text (the rest of its block's text follows it).
      if (const auto* image = std::get_if<Image>(&item); image && artifact == 0 && image->block.value != 0) {
        images[image->block.value].insert(image->block_offset);
      }
      const auto* run = std::get_if<GlyphRun>(&item);
      if (!run) continue;
      double width = 0;
      for (const auto& g : run->glyphs) {
        if (g.gid == 0) problems.push_back(where(p, *run) + ".notdef glyph");
        width += g.advance;
      }
      if (artifact > 0) continue;
      if (run->y < lowest - 0.01) {
        lowest = run->y;
        lowest_hyphenated = false;
      }
      if (run->y < lowest + 0.01 && run->inserted_hyphen) lowest_hyphenated = true;
      if (depth == 0) problems.push_back(where(p, *run) + "content outside any tag");
      if (run->x < left || run->x + width > right || run->y < bottom || run->y > top) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "outside the text area (right edge %.2f)", run->x + width);
        problems.push_back(where(p, *run) + buf);
      }
      if (run->inserted_hyphen || run->block.value == 0) continue;
      std::set<std::uint32_t> starts;
      for (const auto& g : run->glyphs) starts.insert(g.cluster);
      if (!run->text.empty() && (starts.empty() || *starts.begin() != 0)) {
        problems.push_back(where(p, *run) + "text before the first cluster belongs to no glyph");
      }
      auto& slot = pieces[run->block.value][run->block_offset];
      if (!slot.empty()) problems.push_back(where(p, *run) + "text doubled");
      slot = run->text;
    }
    if (depth != 0 || artifact != 0) problems.push_back("page " + std::to_string(p + 1) + ": unbalanced tags");
    if (lowest_hyphenated && p + 1 < pages.pages.size()) {
      problems.push_back("page " + std::to_string(p + 1) + " ends inside a hyphenated word");
    }
  }
  model::for_each_block(document.blocks, [&](const model::Block& block) {
    const bool text_block = std::holds_alternative<model::Paragraph>(block.node) ||
                            std::holds_alternative<model::Heading>(block.node);
    if (!text_block || block.role == model::Role::navigation) return;
    const std::string expected = model::plain_text(block);
    std::string actual;
    std::uint32_t next = 0;
    for (const auto& [offset, text] : pieces[block.info.id.value]) {
      // Only spaces and newlines may be missing between pieces (they sat at line breaks).
      if (offset < next) problems.push_back("block #" + std::to_string(block.info.id.value) + ": overlapping runs");
      // An image in the line stands for the text between it and the next run (its stand-in).
      const auto& in_line = images[block.info.id.value];
      if (auto image = in_line.lower_bound(next); image != in_line.end() && *image < offset) {
        actual += expected.substr(*image, offset - *image);
        next = offset;
      }
      if (offset > next && !squeeze(expected.substr(next, offset - next)).empty()) {
        problems.push_back("block #" + std::to_string(block.info.id.value) + ": text lost: \"" +
                           expected.substr(next, offset - next) + "\"");
      }
      actual += text;
      next = offset + static_cast<std::uint32_t>(text.size());
    }
    if (const auto& in_line = images[block.info.id.value]; in_line.lower_bound(next) != in_line.end()) {
      actual += expected.substr(std::min<std::size_t>(*in_line.lower_bound(next), expected.size()));
    }
    if (squeeze(actual) != squeeze(expected)) {
      problems.push_back("block #" + std::to_string(block.info.id.value) + ": text differs: got \"" + actual +
                         "\" expected \"" + expected + "\"");
    }
  });
  return problems;
}

}  // namespace folio::layout::checks
