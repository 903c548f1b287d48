#include "model/dump.h"

#include <cstdio>
#include <type_traits>

#include "base/utf8.h"

namespace folio::model {

namespace {

// Invisible and space-like characters are escaped so reviewers can see typography in goldens.
bool escape_visibly(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || cp == 0xA0 || cp == 0xAD || (cp >= 0x2000 && cp <= 0x200F) ||
         (cp >= 0x2028 && cp <= 0x202F) || cp == 0x2060 || cp == 0xFEFF || cp == 0xFFFD;
}

std::string quoted(std::string_view text) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  std::size_t i = 0;
  std::size_t plain = 0;  // the start of the characters not yet copied, which need no escape
  while (i < text.size()) {
    const std::size_t start = i;
    const char32_t cp = base::next_code_point(text, i);
    const bool escaped = cp == '"' || cp == '\\' || cp == '\n' || escape_visibly(cp);
    if (!escaped) continue;
    out.append(text.substr(plain, start - plain));
    plain = i;
    if (cp == '"' || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else {
      char buf[12];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
      out += buf;
    }
  }
  out.append(text.substr(plain));
  out += '"';
  return out;
}

class Dumper {
 public:
  explicit Dumper(const DumpOptions& options) : options_(options) {}

  std::string run(const Document& doc) {
    const auto& m = doc.metadata;
    line(0, "metadata");
    field("title", m.title);
    field("subtitle", m.subtitle);
    field("language", m.language);
    field("date", m.date);
    field("place", m.place);
    field("organization", m.organization);
    for (const auto& a : m.authors) field("author", a);
    for (const auto& c : m.contacts) field("contact", c);
    if (options_.location) field("source", m.source);
    for (const auto& k : m.keywords) field("keyword", k);
    field("summary", m.summary);
    field("rights", m.rights);
    std::string head = "document";
    if (doc.dir != Direction::inherit) head += std::string(" dir=") + direction_name(doc.dir);
    line(0, head);
    blocks(doc.blocks, 1);
    return std::move(out_);
  }

 private:
  void line(int depth, const std::string& text) {
    out_.append(static_cast<std::size_t>(depth) * 2, ' ');
    out_ += text;
    out_ += '\n';
  }

  void field(const char* name, const std::string& value) {
    if (!value.empty()) line(1, std::string(name) + ' ' + quoted(value));
  }

  std::string attrs(const NodeInfo& info) {
    std::string s;
    if (!info.lang.empty()) s += " lang=" + info.lang;
    if (info.dir != Direction::inherit) s += std::string(" dir=") + direction_name(info.dir);
    if (options_.spans && info.span.known()) {
      s += " @" + std::to_string(info.span.line) + ':' + std::to_string(info.span.column);
    }
    return s;
  }

  void inlines(const Inlines& list, int depth) {
    for (const auto& inl : list) {
      std::visit(
          [&](const auto& n) {
            using T = std::decay_t<decltype(n)>;
            const std::string a = attrs(inl.info);
            if constexpr (std::is_same_v<T, Text>) {
              line(depth, "text " + quoted(n.text) + a);
            } else if constexpr (std::is_same_v<T, Code>) {
              line(depth, "code " + quoted(n.text) + a);
            } else if constexpr (std::is_same_v<T, LineBreak>) {
              line(depth, "break" + a);
            } else if constexpr (std::is_same_v<T, Image>) {
              line(depth, "image " + image(n) + a);
            } else if constexpr (std::is_same_v<T, NoteRef>) {
              line(depth, "note-ref note=" + quoted(n.note) + " label=" + quoted(n.label) + a);
            } else {
              std::string name;
              if constexpr (std::is_same_v<T, Emphasis>) name = "emphasis";
              if constexpr (std::is_same_v<T, Strong>) name = "strong";
              if constexpr (std::is_same_v<T, Span>) name = "span";
              if constexpr (std::is_same_v<T, InlineQuote>) name = "inline-quote";
              if constexpr (std::is_same_v<T, Strikethrough>) name = n.edit ? "strikethrough edit" : "strikethrough";
              if constexpr (std::is_same_v<T, Link>) name = "link href=" + quoted(n.href);
              line(depth, name + a);
              inlines(n.children, depth + 1);
            }
          },
          inl.node);
    }
  }

  static std::string image(const Image& img) {
    std::string s = "src=" + quoted(img.src);
    if (!img.alt) {
      s += " alt=missing";
    } else if (img.alt->empty()) {
      s += " alt=decorative";
    } else {
      s += " alt=" + quoted(*img.alt);
    }
    return s;
  }

  void blocks(const Blocks& list, int depth) {
    for (const auto& b : list) block(b, depth);
  }

  void block(const Block& b, int depth) {
    std::string role;
    if (b.role != Role::none) role = std::string(" role=") + std::string(role_info(b.role).name);
    const std::string a = role + attrs(b.info);
    std::visit(
        [&](const auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, Heading>) {
            line(depth, "heading level=" + std::to_string(n.level) + a);
            inlines(n.content, depth + 1);
          } else if constexpr (std::is_same_v<T, Paragraph>) {
            line(depth, "paragraph" + a);
            inlines(n.content, depth + 1);
          } else if constexpr (std::is_same_v<T, List>) {
            std::string head = n.ordered ? "list ordered start=" + std::to_string(n.start) : "list";
            line(depth, head + a);
            for (const auto& item : n.items) {
              std::string task;
              if (item.checked) task = *item.checked ? " task=done" : " task=open";
              line(depth + 1, "item" + task + attrs(item.info));
              blocks(item.blocks, depth + 2);
            }
          } else if constexpr (std::is_same_v<T, Quote>) {
            line(depth, "quote" + a);
            blocks(n.blocks, depth + 1);
            if (!n.attribution.empty()) {
              line(depth + 1, "attribution");
              inlines(n.attribution, depth + 2);
            }
          } else if constexpr (std::is_same_v<T, Figure>) {
            line(depth, "figure " + image(n.image) + a);
            if (!n.caption.empty()) {
              line(depth + 1, "caption");
              inlines(n.caption, depth + 2);
            }
          } else if constexpr (std::is_same_v<T, Table>) {
            line(depth, "table header-rows=" + std::to_string(n.header_rows) + a);
            if (!n.caption.empty()) {
              line(depth + 1, "caption");
              inlines(n.caption, depth + 2);
            }
            for (const auto& row : n.rows) {
              line(depth + 1, "row" + attrs(row.info));
              for (const auto& cell : row.cells) {
                std::string c = cell.header ? "header-cell" : "cell";
                if (cell.header && cell.scope != Scope::none) c += std::string(" scope=") + scope_name(cell.scope);
                if (cell.colspan != 1) c += " colspan=" + std::to_string(cell.colspan);
                if (cell.rowspan != 1) c += " rowspan=" + std::to_string(cell.rowspan);
                line(depth + 2, c + attrs(cell.info));
                blocks(cell.blocks, depth + 3);
              }
            }
          } else if constexpr (std::is_same_v<T, Rule>) {
            line(depth, "rule" + a);
          } else if constexpr (std::is_same_v<T, Section>) {
            line(depth, "section" + a);
            blocks(n.blocks, depth + 1);
          } else if constexpr (std::is_same_v<T, Notes>) {
            line(depth, "notes" + a);
            for (const auto& note : n.notes) {
              line(depth + 1, "note id=" + quoted(note.id) + " label=" + quoted(note.label) + attrs(note.info));
              blocks(note.blocks, depth + 2);
            }
          }
        },
        b.node);
  }

  const DumpOptions& options_;
  std::string out_;
};

}  // namespace

std::string dump_document(const Document& document, const DumpOptions& options) {
  return Dumper(options).run(document);
}

}  // namespace folio::model
