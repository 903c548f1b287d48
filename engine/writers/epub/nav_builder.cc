#include "writers/epub/nav_builder.h"

#include "base/utf8.h"
#include "writers/epub/nav_labels.h"
#include "writers/epub/xml_tree.h"

namespace folio::writers::epub {

namespace {

// Labels fall back to English: mark them so inside a publication in another language.
void label_lang(xmlNode* node, const NavLabels& labels, const NavInput& in) {
  epub::label_lang(node, labels, in.language, in.rtl);
}

xmlNode* add_link(xmlNode* li, const std::string& href, const std::string& text) {
  xmlNode* a = add_element(li, "a");
  set_attr(a, "href", href);
  add_text(a, text);
  return a;
}

void chapter_lang(xmlNode* node, const ChapterXhtml& chapter, const NavInput& in) {
  if (chapter.language != in.language) set_lang(node, chapter.language);
  if (chapter.rtl != in.rtl) set_attr(node, "dir", chapter.rtl ? "rtl" : "ltr");
}

// Nests headings by level: a deeper heading opens an <ol> inside the previous entry.
void heading_tree(xmlNode* root, const ChapterXhtml& chapter) {
  struct Level {
    xmlNode* ol;
    int level;
    xmlNode* last = nullptr;
  };
  std::vector<Level> stack;
  for (const auto& h : chapter.headings) {
    if (base::trim_ascii(h.text).empty()) continue;
    if (stack.empty()) stack.push_back({root, h.level});
    while (stack.size() > 1 && h.level < stack.back().level) stack.pop_back();
    if (h.level > stack.back().level && stack.back().last) {
      stack.push_back({add_element(stack.back().last, "ol"), h.level});
    }
    xmlNode* li = add_element(stack.back().ol, "li");
    add_link(li, chapter.file_name + "#" + h.id, h.text);
    stack.back().last = li;
  }
}

std::string chapter_label(const ChapterXhtml& chapter, std::size_t index) {
  std::string label = chapter_title(chapter, index);
  if (!chapter.date.empty()) label += " \u2014 " + chapter.date;
  return label;
}

// An index after the releases, its sections (years) nested below it.
void index_entry(xmlNode* toc_list, const IndexDocument& index, const NavLabels& labels, const NavInput& in) {
  xmlNode* li = add_element(toc_list, "li");
  label_lang(add_link(li, index.file_name, index.title), labels, in);
  if (index.sections.empty()) return;
  xmlNode* ol = add_element(li, "ol");
  for (const auto& section : index.sections) {
    xmlNode* link = add_link(add_element(ol, "li"), index.file_name + "#" + section.id, section.label);
    if (section.fixed_label) label_lang(link, labels, in);
  }
}

}  // namespace

std::string chapter_title(const ChapterXhtml& chapter, std::size_t index) {
  return chapter.title.empty() ? "Chapter " + std::to_string(index + 1) : chapter.title;
}

base::Result<std::string> build_nav(const std::vector<ChapterXhtml>& chapters, const NavInput& in) {
  XmlDocPtr doc = new_document("html", kXhtmlNs);
  if (!doc) return base::make_error("epub.xml", {}, "libxml2 could not create the navigation document");
  xmlNode* html = xmlDocGetRootElement(doc.get());
  xmlNewNs(html, reinterpret_cast<const xmlChar*>(kOpsNs), reinterpret_cast<const xmlChar*>("epub"));
  set_lang(html, in.language);
  if (in.rtl) set_attr(html, "dir", "rtl");
  const NavLabels& labels = labels_for(in.language);

  xmlNode* head = add_element(html, "head");
  add_text_element(head, "title", in.title);
  xmlNode* css = add_element(head, "link");
  set_attr(css, "rel", "stylesheet");
  set_attr(css, "type", "text/css");
  set_attr(css, "href", "style.css");
  xmlNode* body = add_element(html, "body");

  xmlNode* toc = add_element(body, "nav");
  set_epub_type(toc, "toc");
  set_attr(toc, "role", "doc-toc");
  set_attr(toc, "id", "toc");
  label_lang(add_text_element(toc, "h2", std::string(labels.contents)), labels, in);
  xmlNode* toc_list = add_element(toc, "ol");
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    const ChapterXhtml& chapter = chapters[i];
    const bool has_headings = !chapter.headings.empty();
    if (in.collection || !has_headings) {
      xmlNode* li = add_element(toc_list, "li");
      chapter_lang(li, chapter, in);
      add_link(li, chapter_href(chapter), in.collection ? chapter_label(chapter, i) : chapter.title.empty() ? in.title : chapter.title);
    } else {
      heading_tree(toc_list, chapter);
    }
  }
  if (!toc_list->children) add_link(add_element(toc_list, "li"), chapters.front().file_name, in.title);
  for (const IndexDocument* index : in.indexes) index_entry(toc_list, *index, labels, in);

  xmlNode* landmarks = add_element(body, "nav");
  set_epub_type(landmarks, "landmarks");
  set_attr(landmarks, "hidden", "");
  label_lang(add_text_element(landmarks, "h2", std::string(labels.landmarks)), labels, in);
  xmlNode* landmark_list = add_element(landmarks, "ol");
  xmlNode* start = add_link(add_element(landmark_list, "li"), chapters.front().file_name, std::string(labels.start));
  set_epub_type(start, "bodymatter");
  label_lang(start, labels, in);
  for (const IndexDocument* index : in.indexes) {
    xmlNode* link = add_link(add_element(landmark_list, "li"), index->file_name, index->title);
    set_epub_type(link, "index");
    label_lang(link, labels, in);
  }
  // No "toc" landmark: it would point at this document, which reading systems already offer as
  // their table of contents, and a link to it would force the nav into the spine, where its
  // labels and page numbers would be read as text of the release.

  bool has_pages = false;
  for (const auto& chapter : chapters) has_pages = has_pages || !chapter.pages.empty();
  if (has_pages) {
    xmlNode* page_list = add_element(body, "nav");
    set_epub_type(page_list, "page-list");
    set_attr(page_list, "role", "doc-pagelist");
    set_attr(page_list, "hidden", "");
    label_lang(add_text_element(page_list, "h2", std::string(labels.pages)), labels, in);
    xmlNode* list = add_element(page_list, "ol");
    for (const auto& chapter : chapters) {
      for (const auto& page : chapter.pages) {
        add_link(add_element(list, "li"), chapter.file_name + "#" + page.id, std::to_string(page.page));
      }
    }
  }

  auto text = serialize(doc.get(), true);
  if (!text) return base::make_error("epub.xml", {}, "libxml2 could not serialise the navigation document");
  return std::move(*text);
}

}  // namespace folio::writers::epub
