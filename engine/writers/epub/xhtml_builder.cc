#include "writers/epub/xhtml_builder.h"

#include <algorithm>
#include <map>
#include <set>
#include <type_traits>

#include "base/language_tag.h"
#include "model/image_text.h"
#include "model/list_marker.h"
#include "model/state_text.h"
#include "writers/epub/content_document.h"
#include "writers/epub/link_target.h"
#include "writers/epub/w3c_date.h"
#include "writers/epub/xml_tree.h"

namespace folio::writers::epub {

namespace m = model;

std::string document_language(const m::Document& document) {
  return document.metadata.language.empty() ? "und" : document.metadata.language;
}

bool language_is_rtl(const std::string& lang) {
  static const std::set<std::string> kRtl{"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "syr", "ug", "ur", "yi"};
  if (lang.ends_with("-Arab") || lang.find("-Arab-") != std::string::npos || lang.ends_with("-Hebr")) return true;
  if (lang.find("-Latn") != std::string::npos || lang.find("-Cyrl") != std::string::npos) return false;
  return kRtl.contains(lang.substr(0, lang.find('-')));
}

bool document_is_rtl(const m::Document& document) {
  if (document.dir != m::Direction::inherit) return document.dir == m::Direction::rtl;
  return language_is_rtl(document.metadata.language);
}

namespace {

// The language and direction in force around a node.
struct Context {
  std::string lang;
  bool rtl = false;
};

// Direction of a node: its own dir, else that of its own language, else inherited.
bool node_rtl(const m::NodeInfo& info, const Context& outer) {
  if (info.dir != m::Direction::inherit) return info.dir == m::Direction::rtl;
  if (!info.lang.empty() && info.lang != outer.lang) return language_is_rtl(info.lang);
  return outer.rtl;
}

// Sets lang/xml:lang/dir on `node` where they differ from `outer`; returns the inner context.
Context apply_lang(xmlNode* node, const m::NodeInfo& info, const Context& outer) {
  Context inner = outer;
  if (!info.lang.empty() && info.lang != outer.lang) {
    set_lang(node, info.lang);
    inner.lang = info.lang;
  }
  inner.rtl = node_rtl(info, outer);
  if (inner.rtl != outer.rtl) set_attr(node, "dir", inner.rtl ? "rtl" : "ltr");
  return inner;
}

bool differs(const m::NodeInfo& info, const Context& outer) {
  return (!info.lang.empty() && info.lang != outer.lang) || node_rtl(info, outer) != outer.rtl;
}

void mark_pagebreak(xmlNode* node, const std::string& id, int page) {
  set_epub_type(node, "pagebreak");
  set_attr(node, "role", "doc-pagebreak");
  set_attr(node, "id", id);
  set_attr(node, "aria-label", std::to_string(page));
}

class Builder {
 public:
  /// `id_prefix` goes before every fragment id, so releases sharing a content document keep
  /// their ids apart.
  Builder(const m::Document& document, const std::vector<PageStart>& page_starts, ImageStore& images,
          std::string id_prefix = {})
      : doc_(document), images_(images), prefix_(std::move(id_prefix)) {
    index_notes(doc_.blocks);
    for (const auto& start : page_starts) starts_[start.node.value].push_back(start);
    for (auto& [node, starts] : starts_) {
      std::stable_sort(starts.begin(), starts.end(),
                       [](const PageStart& a, const PageStart& b) { return a.offset < b.offset; });
    }
    out_.language = document_language(doc_);
    out_.rtl = document_is_rtl(doc_);
    headline_ = find_headline(doc_.blocks);
    out_.date = doc_.metadata.date;
    out_.title = doc_.metadata.title;
    if (out_.title.empty() && headline_) out_.title = m::plain_text(*headline_);
  }

  /// The release as a content document of its own.
  base::Result<ContentDocument> build(const std::string& file_name) {
    auto xml = new_content_document(out_.language, out_.rtl);
    if (!xml) return base::Unexpected{xml.error()};
    xmlNode* html = xmlDocGetRootElement(xml->get());
    add_head(html, out_.title.empty() ? file_name : out_.title);
    xmlNode* body = add_block(html, "body");
    write(body, file_name);
    close_block(body);
    close_block(html);
    auto text = serialized(xml->get(), file_name);
    if (!text) return base::Unexpected{text.error()};
    return ContentDocument{file_name, std::move(*text), {std::move(out_)}};
  }

  /// The release as an article `anchor` of `body` (a self-contained composition: its header is
  /// not the page's banner), whose language and direction are `around`'s.
  ChapterXhtml build_article(xmlNode* body, const std::string& file_name, const std::string& anchor,
                             const Context& around, std::map<std::string, int>& landmark_names) {
    landmark_names_ = &landmark_names;
    xmlNode* article = add_block(body, "article");
    set_attr(article, "id", anchor);
    set_attr(article, "class", "release");
    if (out_.language != around.lang) set_lang(article, out_.language);
    if (out_.rtl != around.rtl) set_attr(article, "dir", out_.rtl ? "rtl" : "ltr");
    if (headline_) {
      release_label_ = heading_id(*headline_);
      set_attr(article, "aria-labelledby", release_label_);
    }
    out_.anchor = anchor;
    write(article, file_name);
    close_block(article);
    return std::move(out_);
  }

  // The release's blocks, then the page starts no block took.
  void write(xmlNode* parent, const std::string& file_name) {
    out_.file_name = file_name;
    const Context context{out_.language, out_.rtl};
    // The headline is the model's (transform::ensure_headline): the EPUB shows what the PDF and
    // the text show, and invents no heading of its own.
    last_level_ = headline_ ? 1 : 0;
    blocks(parent, doc_.blocks, context);
    for (auto& [node, starts] : starts_) {
      for (const auto& start : starts) block_marker(parent, start.page);
    }
    starts_.clear();
  }

  // The position in a block's plain text while its inlines are written, and the page starts
  // still to place in it.
  struct Cursor {
    std::vector<PageStart> starts;
    std::size_t next = 0;
    std::size_t pos = 0;
  };

  // Fragment ids of the notes: "note-1", … in document order.
  void index_notes(const m::Blocks& blocks) {
    m::for_each_block(blocks, [&](const m::Block& b) {
      const auto* notes = std::get_if<m::Notes>(&b.node);
      if (!notes) return;
      for (const auto& note : notes->notes) note_ids_.try_emplace(note.id, prefix_ + "note-" + std::to_string(note_ids_.size() + 1));
    });
  }

  static const m::Block* find_headline(const m::Blocks& blocks) {
    const m::Block* found = nullptr;
    m::for_each_block(blocks, [&](const m::Block& b) {
      if (!found && b.role == m::Role::headline) found = &b;
    });
    return found;
  }

  std::string heading_id(const m::Block& b) {
    if (b.info.id.value != 0) return prefix_ + "h-" + std::to_string(b.info.id.value);
    auto [it, added] = synthetic_ids_.try_emplace(&b, prefix_ + "h-n" + std::to_string(synthetic_ids_.size() + 1));
    return it->second;
  }

  // The class `also` (one the element has whatever its role) and the role's class, epub:type and
  // ARIA role.
  void decorate(xmlNode* node, const m::Block& b, std::string_view also = {}) {
    if (b.role == m::Role::none) {
      if (!also.empty()) set_attr(node, "class", also);
      return;
    }
    const auto& info = m::role_info(b.role);
    set_attr(node, "class", also.empty() ? std::string(info.name) : std::string(also) + " " + std::string(info.name));
    // An epub:type without its DPUB-ARIA role fails Ace (epub-type-has-matching-role).
    if (!info.epub_type.empty() && !info.aria_role.empty()) {
      set_epub_type(node, info.epub_type);
      set_attr(node, "role", info.aria_role);
    }
  }

  void blocks(xmlNode* parent, const m::Blocks& list, const Context& ctx) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      const m::Block& b = list[i];
      if (b.role == m::Role::navigation) {
        block_markers(parent, b);
        continue;
      }
      if (b.role == m::Role::headline) {
        xmlNode* header = add_block(parent, "header");
        const Context inner = apply_lang(header, b.info, ctx);
        heading_element(header, b, 1, inner);
        while (i + 1 < list.size() && list[i + 1].role == m::Role::subheadline) block(header, list[++i], inner);
        close_block(header);
        continue;
      }
      block(parent, b, ctx);
    }
  }

  void block(xmlNode* parent, const m::Block& b, const Context& ctx) {
    std::visit(
        [&](const auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, m::Heading>) {
            const int wanted = std::clamp(n.level, 2, 6);
            last_level_ = std::min(wanted, last_level_ + 1);
            decorate(heading_element(parent, b, last_level_, ctx), b);
          } else if constexpr (std::is_same_v<T, m::Paragraph>) {
            paragraph(parent, b, n, ctx);
          } else {
            block_markers(parent, b);
            if constexpr (std::is_same_v<T, m::List>) {
              list(parent, b, n, ctx);
            } else if constexpr (std::is_same_v<T, m::Quote>) {
              quote(parent, b, n, ctx);
            } else if constexpr (std::is_same_v<T, m::Figure>) {
              figure(parent, b, n, ctx);
            } else if constexpr (std::is_same_v<T, m::Table>) {
              table(parent, b, n, ctx);
            } else if constexpr (std::is_same_v<T, m::Rule>) {
              add_block(parent, "hr");
            } else if constexpr (std::is_same_v<T, m::Notes>) {
              notes(parent, b, n, ctx);
            } else {
              section(parent, b, n, ctx);
            }
          }
        },
        b.node);
  }

  xmlNode* heading_element(xmlNode* parent, const m::Block& b, int level, const Context& ctx) {
    const m::Inlines* content = m::inline_content(b);
    if (!content) block_markers(parent, b);
    xmlNode* h = add_block(parent, "h" + std::to_string(level));
    const std::string id = heading_id(b);
    set_attr(h, "id", id);
    const Context inner = apply_lang(h, b.info, ctx);
    if (content) {
      block_inlines(h, b, *content, inner);
    } else {
      add_text(h, m::plain_text(b));
    }
    out_.headings.push_back({level, id, m::plain_text(b)});
    ++out_.facts.headings;
    return h;
  }

  void paragraph(xmlNode* parent, const m::Block& b, const m::Paragraph& p, const Context& ctx) {
    const auto& info = m::role_info(b.role);
    // Roles rendered as a grouping element (blockquote, address, aside) hold the text in a <p>.
    const bool grouped = info.epub_element != "p" && info.epub_element != "h1";
    xmlNode* outer = add_block(parent, grouped ? info.epub_element : "p");
    decorate(outer, b);
    const Context inner = apply_lang(outer, b.info, ctx);
    xmlNode* target = grouped ? add_block(outer, "p") : outer;
    if (b.role == m::Role::dateline && is_html_datetime(doc_.metadata.date)) {
      target = add_element(target, "time");
      set_attr(target, "datetime", doc_.metadata.date);
    }
    block_inlines(target, b, p.content, inner);
    if (grouped) close_block(outer);
  }

  void list(xmlNode* parent, const m::Block& b, const m::List& l, const Context& ctx) {
    xmlNode* node = add_block(parent, l.ordered ? "ol" : "ul");
    decorate(node, b, "marked");
    const Context inner = apply_lang(node, b.info, ctx);
    if (l.ordered && l.start != 1) set_attr(node, "start", std::to_string(l.start));
    // The marker is text, as in the PDF (Lbl) and the plain text, so the three read alike; the
    // list semantics still tell assistive technology, which skips the marker itself.
    for (std::size_t i = 0; i < l.items.size(); ++i) {
      xmlNode* li = add_block(node, "li");
      // A page that starts with this item starts before its marker, as in the PDF.
      if (!l.items[i].blocks.empty()) leading_markers(li, l.items[i].blocks.front());
      xmlNode* marker = add_element(li, "span");
      set_attr(marker, "class", "marker");
      const Context item_ctx = apply_lang(li, l.items[i].info, inner);
      if (l.items[i].checked) {
        // A task's box is an image of its state: read as "done" / "not done" ("3. done") in the
        // item's language where folio has the words (ARIA img role with a name, WCAG 1.1.1).
        const m::Wording state = m::task_marker_reading(l, i);
        set_attr(marker, "role", "img");
        set_attr(marker, "aria-label", state.text);
        if (base::primary_language(state.lang) != base::primary_language(item_ctx.lang)) set_lang(marker, state.lang);
      } else {
        set_attr(marker, "aria-hidden", "true");
      }
      add_text(marker, m::list_marker(l, i) + ' ');
      container_content(li, l.items[i].blocks, item_ctx);
    }
    close_block(node);
  }

  // A list item or cell holding one plain paragraph gets its text directly (<li>text</li>).
  void container_content(xmlNode* node, const m::Blocks& content, const Context& ctx) {
    if (content.size() == 1 && content[0].role == m::Role::none && !differs(content[0].info, ctx)) {
      if (const auto* p = std::get_if<m::Paragraph>(&content[0].node)) {
        block_inlines(node, content[0], p->content, ctx);
        return;
      }
    }
    blocks(node, content, ctx);
    if (!content.empty()) close_block(node);
  }

  void quote(xmlNode* parent, const m::Block& b, const m::Quote& q, const Context& ctx) {
    xmlNode* node = add_block(parent, "blockquote");
    decorate(node, b);
    const Context inner = apply_lang(node, b.info, ctx);
    blocks(node, q.blocks, inner);
    close_block(node);
    if (q.attribution.empty()) return;
    xmlNode* by = add_block(parent, "p");
    set_attr(by, "class", "attribution");
    apply_lang(by, b.info, ctx);
    add_text(by, "\u2014 ");
    inlines(add_element(by, "cite"), q.attribution, inner);
  }

  void figure(xmlNode* parent, const m::Block& b, const m::Figure& f, const Context& ctx) {
    const bool shows_image = !(f.image.alt && f.image.alt->empty() && !images_.add(f.image.src));
    if (!shows_image && f.caption.empty()) {
      ++out_.facts.images_decorative;
      return;
    }
    xmlNode* node = add_block(parent, "figure");
    decorate(node, b);
    const Context inner = apply_lang(node, b.info, ctx);
    image(node, f.image, inner, true);
    if (!f.caption.empty()) inlines(add_block(node, "figcaption"), f.caption, inner);
    close_block(node);
  }

  void table(xmlNode* parent, const m::Block& b, const m::Table& t, const Context& ctx) {
    xmlNode* node = add_block(parent, "table");
    decorate(node, b);
    const Context inner = apply_lang(node, b.info, ctx);
    if (!t.caption.empty()) inlines(add_block(node, "caption"), t.caption, inner);
    xmlNode* group = nullptr;
    bool group_is_head = false;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const bool head = static_cast<int>(r) < t.header_rows;
      if (!group || head != group_is_head) {
        if (group) close_block(group);
        group = add_block(node, head ? "thead" : "tbody");
        group_is_head = head;
      }
      const auto& row = t.rows[r];
      xmlNode* tr = add_block(group, "tr");
      const Context row_ctx = apply_lang(tr, row.info, inner);
      for (const auto& cell : row.cells) {
        xmlNode* c = add_block(tr, cell.header ? "th" : "td");
        const Context cell_ctx = apply_lang(c, cell.info, row_ctx);
        if (cell.header) {
          if (cell.scope == m::Scope::column || (cell.scope == m::Scope::none && head)) set_attr(c, "scope", "col");
          if (cell.scope == m::Scope::row || (cell.scope == m::Scope::none && !head)) set_attr(c, "scope", "row");
        }
        if (cell.colspan > 1) set_attr(c, "colspan", std::to_string(cell.colspan));
        if (cell.rowspan > 1) set_attr(c, "rowspan", std::to_string(cell.rowspan));
        container_content(c, cell.blocks, cell_ctx);
      }
      close_block(tr);
    }
    if (group) close_block(group);
    close_block(node);
  }

  // The notes as an endnotes section (EPUB 3 Structural Semantics, DPUB-ARIA): each note an item
  // whose marker links back to the first reference to it.
  void notes(xmlNode* parent, const m::Block& b, const m::Notes& n, const Context& ctx) {
    if (n.notes.empty()) return;
    xmlNode* section = add_block(parent, "section");
    set_attr(section, "class", "notes");
    set_epub_type(section, "endnotes");
    set_attr(section, "role", "doc-endnotes");
    const Context inner = apply_lang(section, b.info, ctx);
    xmlNode* list = add_block(section, "ol");
    set_attr(list, "class", "marked");
    for (const auto& note : n.notes) {
      xmlNode* li = add_block(list, "li");
      if (notes_written_.insert(note.id).second) set_attr(li, "id", note_ids_.at(note.id));
      // epub:type only: DPUB-ARIA 1.1 deprecates the doc-endnote role (Ace: aria-deprecated-role);
      // an item of the doc-endnotes section's list is a note by its place.
      set_epub_type(li, "endnote");
      const Context note_ctx = apply_lang(li, note.info, inner);
      // A page that starts with this note starts before its marker, as in the PDF.
      if (!note.blocks.empty()) leading_markers(li, note.blocks.front());
      const auto back = first_refs_.find(note.id);
      auto label = [&](xmlNode* holder) {
        xmlNode* marker = add_element(holder, back != first_refs_.end() ? "a" : "span");
        set_attr(marker, "class", "note-label");
        if (back != first_refs_.end()) {
          set_attr(marker, "href", "#" + back->second);
          set_attr(marker, "role", "doc-backlink");
        }
        add_text(marker, m::note_marker(note.label));
        add_text(holder, " ");
      };
      const m::Block* first = note.blocks.empty() ? nullptr : &note.blocks.front();
      const auto* paragraph = first ? std::get_if<m::Paragraph>(&first->node) : nullptr;
      if (paragraph && first->role == m::Role::none && !differs(first->info, note_ctx)) {
        xmlNode* p = add_block(li, "p");
        label(p);
        block_inlines(p, *first, paragraph->content, note_ctx);
        blocks(li, m::Blocks(note.blocks.begin() + 1, note.blocks.end()), note_ctx);
      } else {
        label(add_block(li, "p"));
        blocks(li, note.blocks, note_ctx);
      }
      close_block(li);
    }
    close_block(list);
    close_block(section);
  }

  void section(xmlNode* parent, const m::Block& b, const m::Section& s, const Context& ctx) {
    const auto& info = m::role_info(b.role);
    std::string element = "section";
    if (info.epub_element == "aside" || info.epub_element == "address" || info.epub_element == "blockquote") {
      element = info.epub_element;
    }
    const m::Block* heading = nullptr;
    for (const auto& child : s.blocks) {
      if (std::holds_alternative<m::Heading>(child.node) && child.role != m::Role::headline) {
        heading = &child;
        break;
      }
    }
    // <address> may not hold headings: a titled contacts block is a section around an address.
    const bool address_inside = element == "address" && heading;
    if (address_inside) element = "section";
    xmlNode* node = add_block(parent, element);
    decorate(node, b);
    const Context inner = apply_lang(node, b.info, ctx);
    std::string label = heading && element != "blockquote" ? heading_id(*heading) : "";
    // Releases sharing a content document repeat their "Contacts" and "About" landmarks: the
    // release's headline tells them apart (axe landmark-unique). Releases with the same headline
    // (an archive's duplicates, a weekly "Update") number the repeats: "Contacts Update (2)".
    if (!release_label_.empty() && (element == "aside" || !label.empty())) {
      const std::string name =
          (heading ? m::plain_text(*heading) + " " : std::string()) + (headline_ ? m::plain_text(*headline_) : "");
      std::string key = element;  // one name per landmark kind
      key += '\n';
      key += name;
      const int seen = landmark_names_ ? ++(*landmark_names_)[key] : 1;
      label = label.empty() ? release_label_ : label + " " + release_label_;
      if (seen > 1) {
        set_attr(node, "aria-label", name + " (" + std::to_string(seen) + ")");
        label.clear();
      }
    }
    if (!label.empty()) set_attr(node, "aria-labelledby", label);
    if (!address_inside) {
      blocks(node, s.blocks, inner);
    } else {
      m::Blocks run;
      auto flush_run = [&] {
        if (run.empty()) return;
        xmlNode* address = add_block(node, "address");
        blocks(address, run, inner);
        close_block(address);
        run.clear();
      };
      for (const auto& child : s.blocks) {
        if (std::holds_alternative<m::Heading>(child.node)) {
          flush_run();
          block(node, child, inner);
        } else {
          run.push_back(child);
        }
      }
      flush_run();
    }
    close_block(node);
  }

  void image(xmlNode* parent, const m::Image& img, const Context& ctx, bool as_block) {
    if (!img.alt) {
      // The source gave no description: say so rather than invent one (no alternativeText claim).
      ++out_.facts.images_missing_alt;
      xmlNode* holder = as_block ? add_block(parent, "p") : parent;
      xmlNode* notice = add_element(holder, "span");
      set_attr(notice, "class", "image-missing");
      // The notice is in the reader's language when folio has the words, else in English.
      if (const std::string lang = model::missing_alt_language(img);
          base::primary_language(lang) != base::primary_language(ctx.lang)) {
        set_lang(notice, lang);
        if (ctx.rtl && lang == "en") set_attr(notice, "dir", "ltr");
      }
      add_text(notice, model::image_stand_in(img));
      return;
    }
    const auto href = images_.add(img.src);
    if (img.alt->empty()) {
      ++out_.facts.images_decorative;
      if (!href) return;
      xmlNode* node = as_block ? add_block(parent, "img") : add_element(parent, "img");
      set_attr(node, "src", *href);
      set_attr(node, "alt", "");
      set_attr(node, "role", "presentation");
      return;
    }
    ++out_.facts.images_with_alt;
    if (href) {
      ++out_.facts.images_embedded;
      xmlNode* node = as_block ? add_block(parent, "img") : add_element(parent, "img");
      set_attr(node, "src", *href);
      set_attr(node, "alt", *img.alt);
      return;
    }
    // Remote or unreadable image: EPUB forbids remote images, so its text alternative stands in.
    xmlNode* holder = as_block ? add_block(parent, "p") : parent;
    xmlNode* stand_in = add_element(holder, "span");
    set_attr(stand_in, "role", "img");
    set_attr(stand_in, "aria-label", *img.alt);
    add_text(stand_in, model::image_stand_in(img));
  }

  // The inlines of heading or paragraph `b`, with the pagebreak markers that fall inside it.
  void block_inlines(xmlNode* node, const m::Block& b, const m::Inlines& content, const Context& ctx) {
    Cursor cursor;
    if (auto it = starts_.find(b.info.id.value); b.info.id.value != 0 && it != starts_.end()) {
      cursor.starts = std::move(it->second);
      starts_.erase(it);
      const std::string text = m::plain_text(content);
      // Offsets are bytes; one inside a UTF-8 sequence moves to the next code-point boundary.
      for (auto& start : cursor.starts) {
        while (start.offset < text.size() && (static_cast<unsigned char>(text[start.offset]) & 0xC0) == 0x80) {
          ++start.offset;
        }
      }
    }
    cursor_ = &cursor;
    inlines(node, content, ctx);
    markers_up_to(node, std::string::npos);
    cursor_ = nullptr;
  }

  void inlines(xmlNode* parent, const m::Inlines& list, const Context& ctx) {
    for (const auto& inl : list) inline_node(parent, inl, ctx);
  }

  void inline_node(xmlNode* parent, const m::Inline& inl, const Context& ctx) {
    auto wrap = [&](const char* name, const m::Inlines& children) {
      xmlNode* node = add_element(parent, name);
      inlines(node, children, apply_lang(node, inl.info, ctx));
    };
    std::visit(
        [&](const auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, m::Text>) {
            text(parent, n.text);
          } else if constexpr (std::is_same_v<T, m::Emphasis>) {
            wrap("em", n.children);
          } else if constexpr (std::is_same_v<T, m::Strong>) {
            wrap("strong", n.children);
          } else if constexpr (std::is_same_v<T, m::Code>) {
            xmlNode* node = add_element(parent, "code");
            apply_lang(node, inl.info, ctx);
            text(node, n.text);
          } else if constexpr (std::is_same_v<T, m::Link>) {
            if (auto href = link_target(n.href, doc_.metadata.source)) {
              xmlNode* node = add_element(parent, "a");
              set_attr(node, "href", *href);
              inlines(node, n.children, apply_lang(node, inl.info, ctx));
            } else if (differs(inl.info, ctx)) {
              wrap("span", n.children);
            } else {
              inlines(parent, n.children, ctx);
            }
          } else if constexpr (std::is_same_v<T, m::LineBreak>) {
            markers_up_to(parent, position());
            add_element(parent, "br");
            advance(1);
          } else if constexpr (std::is_same_v<T, m::Span>) {
            if (differs(inl.info, ctx)) {
              wrap("span", n.children);
            } else {
              inlines(parent, n.children, ctx);
            }
          } else if constexpr (std::is_same_v<T, m::InlineQuote>) {
            wrap("q", n.children);
          } else if constexpr (std::is_same_v<T, m::Strikethrough>) {
            // <del> for an edit, <s> for text no longer accurate (HTML 4.7.2, 4.5.4). The style
            // sheet says data-label before it to assistive technology, hidden from sight:
            // support for announcing <del> and <s> themselves varies between screen readers.
            xmlNode* node = add_element(parent, n.edit ? "del" : "s");
            set_attr(node, "data-label", m::deleted_state(n).text);
            inlines(node, n.children, apply_lang(node, inl.info, ctx));
          } else if constexpr (std::is_same_v<T, m::NoteRef>) {
            note_ref(parent, n);
          } else {
            markers_up_to(parent, position());
            image(parent, n, ctx, false);
            advance(model::image_stand_in(n).size());  // as the layout counts it
          }
        },
        inl.node);
  }

  // "[1]" raised and linked to its note (EPUB 3 noteref, DPUB-ARIA doc-noteref); the first
  // reference to a note is where the note's marker links back to.
  void note_ref(xmlNode* parent, const m::NoteRef& ref) {
    markers_up_to(parent, position());
    const std::string marker = m::note_marker(ref.label);
    xmlNode* sup = add_element(parent, "sup");
    const auto target = note_ids_.find(ref.note);
    if (target == note_ids_.end()) {
      add_text(sup, marker);  // no such note: the marker alone, as the source showed it
    } else {
      xmlNode* a = add_element(sup, "a");
      set_attr(a, "href", "#" + target->second);
      const std::string id = prefix_ + "noteref-" + std::to_string(++refs_written_);
      set_attr(a, "id", id);
      first_refs_.try_emplace(ref.note, id);
      set_epub_type(a, "noteref");
      set_attr(a, "role", "doc-noteref");
      add_text(a, marker);
    }
    advance(marker.size());  // as the layout counts it
  }

  std::size_t position() const { return cursor_ ? cursor_->pos : 0; }
  void advance(std::size_t bytes) {
    if (cursor_) cursor_->pos += bytes;
  }

  // Writes `s`, splitting it where a page starts.
  void text(xmlNode* parent, const std::string& s) {
    if (!cursor_) {
      add_text(parent, s);
      return;
    }
    std::size_t done = 0;
    while (cursor_->next < cursor_->starts.size()) {
      const std::size_t offset = cursor_->starts[cursor_->next].offset;
      if (offset >= cursor_->pos + s.size()) break;
      const std::size_t at = offset <= cursor_->pos ? 0 : offset - cursor_->pos;
      if (at > done) {
        add_text(parent, std::string_view(s).substr(done, at - done));
        done = at;
      }
      inline_marker(parent, cursor_->starts[cursor_->next++].page);
    }
    add_text(parent, std::string_view(s).substr(done));
    cursor_->pos += s.size();
  }

  void markers_up_to(xmlNode* parent, std::size_t offset) {
    if (!cursor_) return;
    while (cursor_->next < cursor_->starts.size() && cursor_->starts[cursor_->next].offset <= offset) {
      inline_marker(parent, cursor_->starts[cursor_->next++].page);
    }
  }

  // Page starts on a block without inline content go just before the block.
  void block_markers(xmlNode* parent, const m::Block& b) {
    auto it = starts_.find(b.info.id.value);
    if (b.info.id.value == 0 || it == starts_.end()) return;
    for (const auto& start : it->second) block_marker(parent, start.page);
    starts_.erase(it);
  }

  // Page starts at the very beginning of `b`, placed now (inline) and no longer pending.
  void leading_markers(xmlNode* parent, const m::Block& b) {
    auto it = starts_.find(b.info.id.value);
    if (b.info.id.value == 0 || it == starts_.end()) return;
    auto& starts = it->second;
    while (!starts.empty() && starts.front().offset == 0) {
      inline_marker(parent, starts.front().page);
      starts.erase(starts.begin());
    }
    if (starts.empty()) starts_.erase(it);
  }

  std::string page_id(int page) {
    std::string id = prefix_ + "page-" + std::to_string(page);
    for (int n = 2; !page_ids_.insert(id).second; ++n) {
      id = prefix_ + "page-" + std::to_string(page) + "-" + std::to_string(n);
    }
    out_.pages.push_back({page, id});
    ++out_.facts.page_breaks;
    return id;
  }
  void inline_marker(xmlNode* parent, int page) { mark_pagebreak(add_element(parent, "span"), page_id(page), page); }
  void block_marker(xmlNode* parent, int page) { mark_pagebreak(add_block(parent, "div"), page_id(page), page); }

  const m::Document& doc_;
  ImageStore& images_;
  const std::string prefix_;
  const m::Block* headline_ = nullptr;
  std::string release_label_;  ///< id of the headline when releases share the document
  /// The landmark names used so far in the shared document, and how often (its builders share it).
  std::map<std::string, int>* landmark_names_ = nullptr;
  std::map<std::uint32_t, std::vector<PageStart>> starts_;
  std::map<const m::Block*, std::string> synthetic_ids_;
  std::set<std::string> page_ids_;
  std::map<std::string, std::string> note_ids_;    ///< Note::id → fragment id of the note
  std::map<std::string, std::string> first_refs_;  ///< Note::id → id of its first reference written
  std::set<std::string> notes_written_;
  std::size_t refs_written_ = 0;
  Cursor* cursor_ = nullptr;
  int last_level_ = 1;
  ChapterXhtml out_;
};

}  // namespace

base::Result<ContentDocument> build_chapter_xhtml(const EpubChapterInput& release, const std::string& file_name,
                                                  ImageStore& images) {
  return Builder(*release.document, release.page_starts, images).build(file_name);
}

base::Result<ContentDocument> build_releases_xhtml(const std::vector<EpubChapterInput>& releases, std::size_t first,
                                                   std::size_t count, const std::string& file_name,
                                                   const std::string& title, ImageStore& images) {
  const m::Document& lead = *releases.at(first).document;
  const Context around{document_language(lead), document_is_rtl(lead)};
  auto xml = new_content_document(around.lang, around.rtl);
  if (!xml) return base::Unexpected{xml.error()};
  xmlNode* html = xmlDocGetRootElement(xml->get());
  add_head(html, title);
  xmlNode* body = add_block(html, "body");
  ContentDocument out{file_name, {}, {}};
  std::map<std::string, int> landmark_names;
  for (std::size_t i = first; i < first + count && i < releases.size(); ++i) {
    const std::string number = std::to_string(i + 1);
    Builder builder(*releases[i].document, releases[i].page_starts, images, "r" + number + "-");
    out.chapters.push_back(builder.build_article(body, file_name, "release-" + number, around, landmark_names));
  }
  close_block(body);
  close_block(html);
  auto text = serialized(xml->get(), file_name);
  if (!text) return base::Unexpected{text.error()};
  out.xhtml = std::move(*text);
  return out;
}

std::string chapter_href(const ChapterXhtml& chapter) {
  return chapter.anchor.empty() ? chapter.file_name : chapter.file_name + "#" + chapter.anchor;
}

}  // namespace folio::writers::epub
