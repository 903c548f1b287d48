#include "readers/docx/docx_styles.h"

#include <optional>
#include <set>
#include <vector>

#include "base/utf8.h"

namespace folio::readers::docx {

namespace {

constexpr int kMaxChain = 32;

struct Recognised {
  ParagraphKind kind;
  int level = 0;
};

// Lower case ASCII and Cyrillic/Latin-1 capitals that start localised heading names; spaces
// collapsed so "Heading  1" and "heading 1" agree.
std::string folded_name(std::string_view name) {
  std::string out;
  for (char c : base::lower_ascii(name)) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"Ü", "ü"}, {"З", "з"}}) {
    if (out.starts_with(from)) out.replace(0, from.size(), to);
  }
  return out;
}

// "heading 3" → 3 when `name` is `word` followed by a level 1–9.
int numbered(std::string_view name, std::string_view word) {
  if (!name.starts_with(word)) return 0;
  std::string_view rest = name.substr(word.size());
  if (rest.starts_with(' ')) rest.remove_prefix(1);
  return rest.size() == 1 && rest[0] >= '1' && rest[0] <= '9' ? rest[0] - '0' : 0;
}

// What a style's own name or id says it is. Word stores built-in names in English; older files
// and other producers sometimes store the interface language's name for headings.
std::optional<Recognised> recognise(std::string_view raw_name, std::string_view id) {
  const std::string name = folded_name(raw_name);
  const std::string folded_id = base::lower_ascii(id);
  for (std::string_view word : {"heading", "überschrift", "titre", "título", "titolo", "kop", "rubrik", "overskrift",
                                "otsikko", "nagłówek", "заголовок"}) {
    if (const int level = numbered(name, word)) return Recognised{ParagraphKind::heading, level};
  }
  if (const int level = numbered(folded_id, "heading")) return Recognised{ParagraphKind::heading, level};
  auto is = [&](std::initializer_list<std::string_view> names) {
    for (std::string_view n : names) {
      std::string compact;
      for (char c : n) {
        if (c != ' ') compact += c;
      }
      if (name == n || folded_id == compact) return true;
    }
    return false;
  };
  if (is({"title"})) return Recognised{ParagraphKind::title};
  if (is({"subtitle"})) return Recognised{ParagraphKind::subtitle};
  if (is({"toc heading", "contents heading"})) return Recognised{ParagraphKind::toc_heading};
  if (is({"author"})) return Recognised{ParagraphKind::author};
  if (is({"date"})) return Recognised{ParagraphKind::date};
  if (is({"abstract"})) return Recognised{ParagraphKind::abstract};
  if (is({"quote", "intense quote", "block text", "quotations", "quotation"})) return Recognised{ParagraphKind::quote};
  if (is({"caption", "table caption", "image caption"})) return Recognised{ParagraphKind::caption};
  if (is({"source code", "html preformatted", "preformatted text", "plain text", "macro text"})) {
    return Recognised{ParagraphKind::code};
  }
  return std::nullopt;
}

}  // namespace

StyleSheet::StyleSheet(const XmlTree& tree) {
  const XmlIndex root = tree.root();
  std::string default_paragraph_id;
  for (XmlIndex s : tree.children(root)) {
    if (tree.is(s, "w:docDefaults")) {
      defaults_ = read_run_props(tree, tree.child(tree.child(s, "w:rPrDefault"), "w:rPr"));
      continue;
    }
    if (!tree.is(s, "w:style")) continue;
    Raw raw;
    raw.type = std::string(tree.attribute(s, "w:type").value_or("paragraph"));
    raw.name = std::string(tree.attribute(tree.child(s, "w:name"), "w:val").value_or(""));
    raw.based_on = std::string(tree.attribute(tree.child(s, "w:basedOn"), "w:val").value_or(""));
    raw.paragraph = read_paragraph_props(tree, tree.child(s, "w:pPr"));
    raw.run = read_run_props(tree, tree.child(s, "w:rPr"));
    for (XmlIndex c : tree.children(s)) {
      raw.first_row_styled = raw.first_row_styled ||
                             (tree.is(c, "w:tblStylePr") && tree.attribute(c, "w:type").value_or("") == "firstRow");
    }
    const std::string id(tree.attribute(s, "w:styleId").value_or(""));
    const std::string is_default = base::lower_ascii(tree.attribute(s, "w:default").value_or(""));
    if (raw.type == "paragraph" && (is_default == "1" || is_default == "true" || is_default == "on") &&
        default_paragraph_id.empty()) {
      default_paragraph_id = id;
    }
    raw_.emplace(id, std::move(raw));
  }

  for (const auto& [id, raw] : raw_) {
    if (raw.type != "paragraph") continue;
    ParagraphStyle style;
    style.name = raw.name.empty() ? id : raw.name;
    std::optional<Recognised> recognised;
    std::set<std::string_view> seen;
    std::string_view at = id;
    for (int depth = 0; depth < kMaxChain && seen.insert(at).second; ++depth) {
      const auto it = raw_.find(at);
      if (it == raw_.end()) break;
      if (!recognised) recognised = recognise(it->second.name, at);
      style.paragraph.inherit(it->second.paragraph);
      style.run.inherit(it->second.run);
      at = it->second.based_on;
      if (at.empty()) break;
    }
    style.run.inherit(defaults_);
    if (recognised) {
      style.kind = recognised->kind;
      style.heading_level = recognised->level;
    }
    // The outline level is what Word's navigation pane and its own tagged PDFs go by.
    if (const auto outline = style.paragraph.outline_level) {
      if (*outline >= 0 && *outline <= 8 && (style.kind == ParagraphKind::body || style.kind == ParagraphKind::heading)) {
        style.kind = ParagraphKind::heading;
        style.heading_level = *outline + 1;
      } else if (*outline == 9 && style.kind == ParagraphKind::heading) {
        style.kind = ParagraphKind::body;
        style.heading_level = 0;
      }
    }
    paragraph_styles_.emplace(id, std::move(style));
  }
  if (auto it = paragraph_styles_.find(default_paragraph_id); it != paragraph_styles_.end()) {
    default_paragraph_ = it->second;
  } else {
    default_paragraph_.run = defaults_;
  }
}

const ParagraphStyle& StyleSheet::paragraph(std::string_view id) const {
  if (auto it = paragraph_styles_.find(id); !id.empty() && it != paragraph_styles_.end()) return it->second;
  return default_paragraph_;
}

bool StyleSheet::table_first_row_styled(std::string_view id) const {
  std::set<std::string_view> seen;
  std::string_view at = id;
  for (int depth = 0; depth < kMaxChain && !at.empty() && seen.insert(at).second; ++depth) {
    const auto it = raw_.find(at);
    if (it == raw_.end()) break;
    if (it->second.first_row_styled) return true;
    at = it->second.based_on;
  }
  return false;
}

RunProps StyleSheet::character(std::string_view id) const {
  RunProps run;
  std::set<std::string_view> seen;
  std::string_view at = id;
  for (int depth = 0; depth < kMaxChain && !at.empty() && seen.insert(at).second; ++depth) {
    const auto it = raw_.find(at);
    if (it == raw_.end()) break;
    run.inherit(it->second.run);
    at = it->second.based_on;
  }
  return run;
}

}  // namespace folio::readers::docx
