#include "readers/docx/docx_numbering.h"

#include <string>

#include "base/utf8.h"
#include "readers/docx/docx_properties.h"

namespace folio::readers::docx {

namespace {

ListLevel read_level(const XmlTree& tree, XmlIndex lvl) {
  ListLevel level;
  const std::string_view format = tree.attribute(tree.child(lvl, "w:numFmt"), "w:val").value_or("decimal");
  level.ordered = format != "bullet" && format != "none";
  const XmlIndex text = tree.child(lvl, "w:lvlText");
  // A level text of spaces shows nothing either (pandoc's further paragraphs of an item).
  level.marker = format != "none" && (text == kNoElement || !base::trim_ascii(tree.attribute(text, "w:val").value_or("")).empty());
  // Without w:start a level counts from zero (ECMA-376 Part 1, 17.9.26).
  level.start = int_attribute(tree, tree.child(lvl, "w:start"), "w:val").value_or(0);
  if (const auto restart = int_attribute(tree, tree.child(lvl, "w:lvlRestart"), "w:val")) level.restarts = *restart != 0;
  return level;
}

bool valid_level(int level) { return level >= 0 && level < kListLevels; }

}  // namespace

Numbering::Numbering(const XmlTree& tree) {
  // An abstract numbering that only links to a numbering style (w:numStyleLink) takes its
  // levels from the one that defines that style (w:styleLink).
  std::map<std::string, int, std::less<>> style_links;
  std::map<int, std::string> numbering_style_users;
  for (XmlIndex a : tree.children(tree.root())) {
    if (tree.is(a, "w:abstractNum")) {
      const auto id = int_attribute(tree, a, "w:abstractNumId");
      if (!id) continue;
      auto& levels = abstracts_[*id];
      for (XmlIndex lvl : tree.children(a)) {
        const auto ilvl = int_attribute(tree, lvl, "w:ilvl");
        if (tree.is(lvl, "w:lvl") && ilvl && valid_level(*ilvl)) levels[*ilvl] = read_level(tree, lvl);
      }
      if (auto link = tree.attribute(tree.child(a, "w:styleLink"), "w:val")) style_links.emplace(std::string(*link), *id);
      if (auto link = tree.attribute(tree.child(a, "w:numStyleLink"), "w:val")) numbering_style_users[*id] = std::string(*link);
    } else if (tree.is(a, "w:num")) {
      const auto id = int_attribute(tree, a, "w:numId");
      if (!id) continue;
      Num num;
      num.abstract = int_attribute(tree, tree.child(a, "w:abstractNumId"), "w:val").value_or(-1);
      for (XmlIndex o : tree.children(a)) {
        const auto ilvl = int_attribute(tree, o, "w:ilvl");
        if (!tree.is(o, "w:lvlOverride") || !ilvl || !valid_level(*ilvl)) continue;
        if (const auto start = int_attribute(tree, tree.child(o, "w:startOverride"), "w:val")) {
          num.start_overrides[*ilvl] = *start;
        }
        if (const XmlIndex lvl = tree.child(o, "w:lvl"); lvl != kNoElement) num.level_overrides[*ilvl] = read_level(tree, lvl);
      }
      nums_[*id] = std::move(num);
    }
  }
  for (const auto& [user, style] : numbering_style_users) {
    const auto it = style_links.find(style);
    if (it != style_links.end() && abstracts_[user].empty()) abstracts_[user] = abstracts_[it->second];
  }
}

int Numbering::abstract_of(int num_id) const {
  const auto it = nums_.find(num_id);
  return it == nums_.end() ? -1 : it->second.abstract;
}

std::optional<ListLevel> Numbering::level(int num_id, int level) const {
  if (num_id <= 0 || !valid_level(level)) return std::nullopt;
  const auto num = nums_.find(num_id);
  if (num == nums_.end()) return std::nullopt;
  if (auto it = num->second.level_overrides.find(level); it != num->second.level_overrides.end()) return it->second;
  const auto abstract = abstracts_.find(num->second.abstract);
  if (abstract == abstracts_.end()) return std::nullopt;
  const auto it = abstract->second.find(level);
  if (it == abstract->second.end()) return std::nullopt;
  return it->second;
}

int Numbering::next(int num_id, int level) {
  const auto definition = this->level(num_id, level);
  if (!definition) return 1;
  const Num& num = nums_[num_id];
  Counters& c = counters_[num.abstract];
  const auto idx = static_cast<std::size_t>(level);
  // A list instance with a start override begins again the first time it is used.
  const auto override_start = num.start_overrides.find(level);
  if (override_start != num.start_overrides.end() && overridden_started_.insert({num_id, level}).second) {
    c.value[idx] = override_start->second;
    c.started[idx] = true;
  } else if (!c.started[idx]) {
    c.value[idx] = definition->start;
    c.started[idx] = true;
  } else {
    ++c.value[idx];
  }
  for (int deeper = level + 1; deeper < kListLevels; ++deeper) {
    const auto d = this->level(num_id, deeper);
    if (!d || d->restarts) c.started[static_cast<std::size_t>(deeper)] = false;
  }
  return c.value[idx];
}

}  // namespace folio::readers::docx
