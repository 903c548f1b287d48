#include "readers/docx/docx_properties.h"

#include <charconv>

#include "base/utf8.h"

namespace folio::readers::docx {

namespace {

template <typename T>
void inherit_field(std::optional<T>& field, const std::optional<T>& base) {
  if (!field) field = base;
}

void inherit_string(std::string& field, const std::string& base) {
  if (field.empty()) field = base;
}

std::string upper_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace

bool RunProps::is_bold() const { return rtl.value_or(false) ? bold_cs.value_or(bold.value_or(false)) : bold.value_or(false); }
bool RunProps::is_italic() const {
  return rtl.value_or(false) ? italic_cs.value_or(italic.value_or(false)) : italic.value_or(false);
}

void RunProps::inherit(const RunProps& base) {
  inherit_field(bold, base.bold);
  inherit_field(italic, base.italic);
  inherit_field(bold_cs, base.bold_cs);
  inherit_field(italic_cs, base.italic_cs);
  inherit_field(mono, base.mono);
  inherit_field(hidden, base.hidden);
  inherit_field(rtl, base.rtl);
  inherit_field(underline, base.underline);
  inherit_field(strike, base.strike);
  inherit_field(marked, base.marked);
  inherit_field(superscript, base.superscript);
  inherit_field(color, base.color);
  inherit_string(lang, base.lang);
  inherit_string(lang_east_asia, base.lang_east_asia);
  inherit_string(lang_bidi, base.lang_bidi);
}

void ParagraphProps::inherit(const ParagraphProps& base) {
  inherit_field(outline_level, base.outline_level);
  inherit_field(num_id, base.num_id);
  inherit_field(list_level, base.list_level);
  inherit_field(bidi, base.bidi);
}

bool on_off_value(std::string_view value) {
  const std::string v = base::lower_ascii(value);
  return v != "0" && v != "false" && v != "off" && v != "none";
}

bool on_off(const XmlTree& tree, XmlIndex element) { return on_off_value(tree.attribute(element, "w:val").value_or("true")); }

std::optional<int> int_attribute(const XmlTree& tree, XmlIndex element, std::string_view name) {
  const auto value = tree.attribute(element, name);
  if (!value) return std::nullopt;
  const std::string_view v = base::trim_ascii(*value);
  int out = 0;
  const auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (error != std::errc() || end == v.data()) return std::nullopt;
  return out;
}

bool is_monospaced_font(std::string_view family) {
  const std::string f = base::lower_ascii(family);
  for (std::string_view mark : {"mono", "courier", "consolas", "console", "typewriter", "menlo", "monaco",
                                "source code", "cascadia", "fira code", "inconsolata"}) {
    if (f.find(mark) != std::string::npos) return true;
  }
  return false;
}

RunProps read_run_props(const XmlTree& tree, XmlIndex rpr) {
  RunProps p;
  if (rpr == kNoElement) return p;
  for (XmlIndex e : tree.children(rpr)) {
    const std::string_view name = tree.name(e);
    if (name == "w:b") {
      p.bold = on_off(tree, e);
    } else if (name == "w:bCs") {
      p.bold_cs = on_off(tree, e);
    } else if (name == "w:i") {
      p.italic = on_off(tree, e);
    } else if (name == "w:iCs") {
      p.italic_cs = on_off(tree, e);
    } else if (name == "w:vanish" || name == "w:specVanish") {
      p.hidden = on_off(tree, e);
    } else if (name == "w:rtl") {
      p.rtl = on_off(tree, e);
    } else if (name == "w:u") {
      p.underline = on_off(tree, e);
    } else if (name == "w:strike" || name == "w:dstrike") {
      p.strike = on_off(tree, e);
    } else if (name == "w:highlight") {
      p.marked = on_off(tree, e);
    } else if (name == "w:shd") {
      const std::string fill = upper_ascii(tree.attribute(e, "w:fill").value_or("auto"));
      p.marked = fill != "AUTO" && fill != "FFFFFF";
    } else if (name == "w:vertAlign") {
      p.superscript = tree.attribute(e, "w:val").value_or("") == "superscript";
    } else if (name == "w:color") {
      if (auto v = tree.attribute(e, "w:val")) p.color = upper_ascii(*v);
    } else if (name == "w:rFonts") {
      for (const char* which : {"w:ascii", "w:hAnsi"}) {
        if (auto family = tree.attribute(e, which)) {
          p.mono = is_monospaced_font(*family);
          break;
        }
      }
    } else if (name == "w:lang") {
      p.lang = std::string(base::trim_ascii(tree.attribute(e, "w:val").value_or("")));
      p.lang_east_asia = std::string(base::trim_ascii(tree.attribute(e, "w:eastAsia").value_or("")));
      p.lang_bidi = std::string(base::trim_ascii(tree.attribute(e, "w:bidi").value_or("")));
    }
  }
  return p;
}

ParagraphProps read_paragraph_props(const XmlTree& tree, XmlIndex ppr) {
  ParagraphProps p;
  if (ppr == kNoElement) return p;
  if (const XmlIndex outline = tree.child(ppr, "w:outlineLvl"); outline != kNoElement) {
    p.outline_level = int_attribute(tree, outline, "w:val");
  }
  if (const XmlIndex num = tree.child(ppr, "w:numPr"); num != kNoElement) {
    p.num_id = int_attribute(tree, tree.child(num, "w:numId"), "w:val");
    p.list_level = int_attribute(tree, tree.child(num, "w:ilvl"), "w:val");
  }
  if (const XmlIndex bidi = tree.child(ppr, "w:bidi"); bidi != kNoElement) p.bidi = on_off(tree, bidi);
  return p;
}

}  // namespace folio::readers::docx
