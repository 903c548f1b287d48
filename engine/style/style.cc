#include "style/style.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include <toml++/toml.h>

namespace folio::style {

std::string Color::hex() const {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r, g, b);
  return buf;
}

namespace {
// WCAG 2.2, "relative luminance": sRGB channel linearisation with the 0.04045 threshold.
double channel(std::uint8_t c) {
  const double s = c / 255.0;
  return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}
double luminance(Color c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }
}  // namespace

double contrast_ratio(Color a, Color b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

namespace {

constexpr double kMm = 72.0 / 25.4;

// The one adapter between toml++ (which reports through exceptions and source regions) and
// folio diagnostics: every error carries file:line of the offending node.
class Reader {
 public:
  Reader(const toml::table& root, std::string file) : root_(root), file_(std::move(file)) {}

  base::Diagnostics errors;

  void error(const toml::node* node, const std::string& message, const std::string& hint = {}) {
    base::Span span;
    span.file = file_;
    if (node) {
      span.line = node->source().begin.line;
      span.column = node->source().begin.column;
    }
    errors.push_back(base::make_error("style.invalid", span, message, hint));
  }

  const toml::table* table(const toml::table& parent, std::string_view key) {
    const toml::node* n = parent.get(key);
    if (!n) return nullptr;
    if (!n->is_table()) {
      error(n, "'" + std::string(key) + "' must be a table");
      return nullptr;
    }
    return n->as_table();
  }

  void check_keys(const toml::table& t, std::initializer_list<std::string_view> allowed, const std::string& where) {
    for (const auto& [k, v] : t) {
      if (std::find(allowed.begin(), allowed.end(), k.str()) == allowed.end()) {
        error(&v, "unknown key '" + std::string(k.str()) + "' in " + where);
      }
    }
  }

  void string(const toml::table& t, std::string_view key, std::string& out) {
    const toml::node* n = t.get(key);
    if (!n) return;
    if (auto v = n->value<std::string>()) {
      out = *v;
    } else {
      error(n, "'" + std::string(key) + "' must be a string");
    }
  }

  void boolean(const toml::table& t, std::string_view key, bool& out) {
    const toml::node* n = t.get(key);
    if (!n) return;
    if (auto v = n->value<bool>()) {
      out = *v;
    } else {
      error(n, "'" + std::string(key) + "' must be true or false");
    }
  }

  void number(const toml::table& t, std::string_view key, double& out, double lo, double hi) {
    const toml::node* n = t.get(key);
    if (!n) return;
    auto v = n->value<double>();
    if (!v) {
      error(n, "'" + std::string(key) + "' must be a number");
      return;
    }
    if (*v < lo || *v > hi) {
      std::ostringstream msg;
      msg << "'" << key << "' = " << *v << " is outside " << lo << ".." << hi;
      error(n, msg.str());
      return;
    }
    out = *v;
  }

  /// A length: a number of points or a string "25mm", "1in", "12pt".
  void length(const toml::table& t, std::string_view key, double& out) {
    const toml::node* n = t.get(key);
    if (!n) return;
    if (auto v = n->value<double>()) {
      out = *v;
    } else if (auto s = n->value<std::string>()) {
      char* end = nullptr;
      const double x = std::strtod(s->c_str(), &end);
      const std::string unit = end ? std::string(end) : std::string();
      if (end == s->c_str()) {
        error(n, "'" + std::string(key) + "' must be a length such as \"20mm\"");
        return;
      }
      if (unit == "mm") out = x * kMm;
      else if (unit == "cm") out = x * 10 * kMm;
      else if (unit == "in") out = x * 72;
      else if (unit == "pt" || unit.empty()) out = x;
      else error(n, "unknown unit '" + unit + "' in '" + std::string(key) + "'", "use pt, mm, cm or in");
    } else {
      error(n, "'" + std::string(key) + "' must be a length such as \"20mm\"");
    }
    if (out < 0 || out > 5000) error(n, "'" + std::string(key) + "' is out of range");
  }

  void color(const toml::table& t, std::string_view key, Color& out) {
    const toml::node* n = t.get(key);
    if (!n) return;
    auto s = n->value<std::string>();
    unsigned r = 0, g = 0, b = 0;
    if (!s || s->size() != 7 || (*s)[0] != '#' ||
        std::sscanf(s->c_str() + 1, "%2x%2x%2x", &r, &g, &b) != 3) {
      error(n, "'" + std::string(key) + "' must be a colour \"#rrggbb\"");
      return;
    }
    out = Color{static_cast<std::uint8_t>(r), static_cast<std::uint8_t>(g), static_cast<std::uint8_t>(b)};
  }

  void band(const toml::table& parent, std::string_view key, Band& out, double& size) {
    const toml::table* t = table(parent, key);
    if (!t) return;
    check_keys(*t, {"left", "center", "right", "size", "first_page", "single_page"}, "[" + std::string(key) + "]");
    string(*t, "left", out.left);
    string(*t, "center", out.center);
    string(*t, "right", out.right);
    boolean(*t, "first_page", out.first_page);
    boolean(*t, "single_page", out.single_page);
    number(*t, "size", size, 5, 24);
  }

  Style read() {
    Style s;
    check_keys(root_, {"description", "page", "text", "colors", "header", "footer", "letterhead"}, "the style");
    string(root_, "description", s.description);
    if (const toml::table* page = table(root_, "page")) {
      check_keys(*page, {"size", "width", "height", "margins"}, "[page]");
      if (const toml::node* n = page->get("size")) {
        const auto v = n->value<std::string>();
        if (v && *v == "A4") {
          s.page_width = 210 * kMm;
          s.page_height = 297 * kMm;
        } else if (v && *v == "Letter") {
          s.page_width = 612;
          s.page_height = 792;
        } else {
          error(n, "page size must be \"A4\" or \"Letter\"", "or give width and height");
        }
      }
      length(*page, "width", s.page_width);
      length(*page, "height", s.page_height);
      if (const toml::table* m = table(*page, "margins")) {
        check_keys(*m, {"top", "right", "bottom", "left"}, "[page.margins]");
        length(*m, "top", s.margin_top);
        length(*m, "right", s.margin_right);
        length(*m, "bottom", s.margin_bottom);
        length(*m, "left", s.margin_left);
      }
      if (s.text_width() < 72 || s.text_height() < 72) {
        error(page, "the margins leave less than one inch of text area");
      }
    }
    if (const toml::table* text = table(root_, "text")) {
      check_keys(*text, {"font", "heading_font", "mono_font", "size", "leading", "align", "hyphenate",
                         "paragraph_spacing", "heading_sizes"},
                 "[text]");
      string(*text, "font", s.font_chain);
      string(*text, "heading_font", s.heading_chain);
      string(*text, "mono_font", s.mono_chain);
      number(*text, "size", s.base_size, 6, 72);
      number(*text, "leading", s.leading, 1, 3);
      number(*text, "paragraph_spacing", s.paragraph_spacing, 0, 72);
      boolean(*text, "hyphenate", s.hyphenate);
      if (const toml::node* n = text->get("align")) {
        const auto v = n->value<std::string>();
        if (v && *v == "justify") s.align = Align::justify;
        else if (v && *v == "ragged") s.align = Align::ragged;
        else error(n, "align must be \"justify\" or \"ragged\"");
      }
      if (const toml::node* n = text->get("heading_sizes")) {
        const toml::array* a = n->as_array();
        if (!a || a->size() != 6) {
          error(n, "heading_sizes must be an array of 6 sizes (levels 1 to 6)");
        } else {
          for (std::size_t i = 0; i < 6; ++i) {
            const auto v = (*a)[i].value<double>();
            if (!v || *v < 6 || *v > 72) error(&(*a)[i], "heading sizes must be numbers from 6 to 72");
            else s.heading_sizes[i] = *v;
          }
        }
      }
    }
    if (const toml::table* c = table(root_, "colors")) {
      check_keys(*c, {"text", "background", "accent"}, "[colors]");
      color(*c, "text", s.text);
      color(*c, "background", s.background);
      color(*c, "accent", s.accent);
    }
    band(root_, "header", s.header, s.header_size);
    band(root_, "footer", s.footer, s.header_size);
    if (const toml::table* l = table(root_, "letterhead")) {
      check_keys(*l, {"enabled", "logo"}, "[letterhead]");
      boolean(*l, "enabled", s.letterhead);
      string(*l, "logo", s.logo);
    }
    return s;
  }

 private:
  const toml::table& root_;
  std::string file_;
};

base::Diagnostic contrast_error(const std::string& file, const char* what, Color fg, Color bg, double ratio) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f:1", ratio);
  base::Span span;
  span.file = file;
  return base::make_error("style.low-contrast", span,
                          std::string(what) + " colour " + fg.hex() + " on background " + bg.hex() +
                              " has a contrast ratio of " + buf + ", below the 4.5:1 minimum",
                          "choose a darker text colour or a lighter background");
}

}  // namespace

base::Result<Style> parse_style(const std::string& toml_text, const std::string& file) {
  toml::table root;
  try {
    root = toml::parse(toml_text, file);
  } catch (const toml::parse_error& e) {
    base::Span span;
    span.file = file;
    span.line = e.source().begin.line;
    span.column = e.source().begin.column;
    return base::make_error("style.syntax", span, std::string(e.description()));
  }
  Reader reader(root, file);
  Style style = reader.read();
  base::Diagnostics errors = std::move(reader.errors);
  // WCAG 2.2 SC 1.4.3 (contrast minimum): text and accent (headings, links) both carry text.
  for (const auto& [what, fg] : {std::pair{"text", style.text}, std::pair{"accent", style.accent}}) {
    const double ratio = contrast_ratio(fg, style.background);
    if (ratio < 4.5) {
      auto d = contrast_error(file, what, fg, style.background, ratio);
      d.spec = "WCAG 2.2 SC 1.4.3";
      errors.push_back(std::move(d));
    }
  }
  if (!errors.empty()) return base::Unexpected{std::move(errors)};
  style.file = file;
  style.name = std::filesystem::path(file).stem().string();
  return style;
}

base::Result<Style> load_style(const std::string& name_or_path, const std::filesystem::path& styles_dir) {
  const bool is_path = name_or_path.find('/') != std::string::npos ||
                       (name_or_path.size() > 5 && name_or_path.ends_with(".toml"));
  const std::filesystem::path path = is_path ? std::filesystem::path(name_or_path)
                                             : styles_dir / (name_or_path + ".toml");
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    base::Span span;
    span.file = path.string();
    return base::make_error("style.unreadable", span,
                            is_path ? "cannot read the style file" : "no style named '" + name_or_path + "'",
                            "`folio styles` lists the shipped styles");
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto style = parse_style(text.str(), path.string());
  if (style && !style->logo.empty() && std::filesystem::path(style->logo).is_relative()) {
    style->logo = (path.parent_path() / style->logo).string();
  }
  return style;
}

base::Warned<std::vector<StyleEntry>> list_styles(const std::filesystem::path& styles_dir) {
  base::Warned<std::vector<StyleEntry>> out;
  std::error_code ec;
  std::set<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(styles_dir, ec)) {
    if (entry.path().extension() == ".toml") files.insert(entry.path());
  }
  if (ec) {
    base::Span span;
    span.file = styles_dir.string();
    out.warnings.push_back(base::make_error("style.unreadable", span, "cannot list styles: " + ec.message()));
  }
  for (const auto& file : files) {
    auto style = load_style(file.string(), styles_dir);
    if (!style) {
      for (const auto& d : style.error()) out.warnings.push_back(d);
      continue;
    }
    out.value.push_back({style->name, style->description, file.string()});
  }
  return out;
}

std::filesystem::path default_styles_dir() {
  if (const char* env = std::getenv("FOLIO_STYLES_DIR"); env && *env) return env;
  return FOLIO_DEFAULT_STYLES_DIR;
}

}  // namespace folio::style
