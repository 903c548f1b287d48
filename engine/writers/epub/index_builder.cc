#include "writers/epub/index_builder.h"

#include "writers/epub/content_document.h"
#include "writers/epub/date_labels.h"
#include "writers/epub/nav_labels.h"

namespace folio::writers::epub {

namespace {

// An index under construction: the document, its navigation region and the words it uses.
class IndexWriter {
 public:
  IndexWriter(const std::vector<IndexedRelease>& releases, const IndexContext& context, std::string file_name)
      : releases_(releases), context_(context), labels_(labels_for(context.language)), dates_(context.language) {
    out_.file_name = std::move(file_name);
  }

  /// Starts the document titled by `title` (one of labels_'s); returns its navigation region,
  /// where the groups go.
  base::Result<xmlNode*> open(std::string_view title) {
    out_.title = std::string(title);
    auto xml = new_content_document(context_.language, context_.rtl);
    if (!xml) return base::Unexpected{xml.error()};
    xml_ = std::move(*xml);
    html_ = xmlDocGetRootElement(xml_.get());
    mark_label(add_head(html_, out_.title));
    body_ = add_block(html_, "body");
    // A navigation region named by its heading: assistive technologies list it among landmarks.
    nav_ = add_block(body_, "nav");
    set_attr(nav_, "aria-labelledby", "index-title");
    xmlNode* h1 = add_block(nav_, "h1");
    set_attr(h1, "id", "index-title");
    label_phrase(h1, out_.title);
    return nav_;
  }

  const NavLabels& labels() const { return labels_; }
  const DateLabels& dates() const { return dates_; }

  /// A group: <section><hN id>…</hN>…, its heading empty for the caller's phrase; lists and
  /// subgroups go into the section.
  struct Group {
    xmlNode* section;
    xmlNode* heading;
  };
  Group group(xmlNode* parent, int level, const std::string& id) {
    xmlNode* section = add_block(parent, "section");
    xmlNode* heading = add_block(section, "h" + std::to_string(level));
    set_attr(heading, "id", id);
    return {section, heading};
  }

  /// Marks a node holding one of labels_'s words when they fell back to English.
  void mark_label(xmlNode* node) const { label_lang(node, labels_, context_.language, context_.rtl); }

  /// One of labels_'s words in `parent`; in a span marked English when they fell back to it, so
  /// that the block keeps the book's direction and alignment.
  void label_phrase(xmlNode* parent, std::string_view label) const {
    if (!labels_are_foreign(labels_, context_.language)) return add_text(parent, label);
    xmlNode* span = add_element(parent, "span");
    mark_label(span);
    add_text(span, label);
  }

  /// Marks a node holding text of a release in `language` and direction `rtl` where they differ
  /// from the book's.
  void mark_release_text(xmlNode* node, const std::string& language, bool rtl) const {
    if (language != context_.language) set_lang(node, language);
    if (rtl != context_.rtl) set_attr(node, "dir", rtl ? "rtl" : "ltr");
  }

  /// Text of a release in `parent`, in a span marked with its language and direction where they
  /// differ from the book's (the block keeps the book's alignment).
  void release_phrase(xmlNode* parent, const std::string& text, const std::string& language, bool rtl) const {
    if (language == context_.language && rtl == context_.rtl) return add_text(parent, text);
    xmlNode* span = add_element(parent, "span");
    mark_release_text(span, language, rtl);
    add_text(span, text);
  }

  /// An ordered list of the releases `indexes`, each "Title — date".
  void list(xmlNode* parent, const std::vector<std::size_t>& indexes) {
    if (indexes.empty()) return;
    xmlNode* ol = add_block(parent, "ol");
    for (std::size_t i : indexes) {
      const IndexedRelease& r = releases_[i];
      xmlNode* li = add_block(ol, "li");
      xmlNode* a = add_element(li, "a");
      set_attr(a, "href", r.href);
      mark_release_text(a, r.language, r.rtl);
      add_text(a, r.title);
      if (!r.date) continue;
      add_text(li, " \u2014 ");
      xmlNode* time = add_element(li, "time");
      set_attr(time, "datetime", DateLabels::datetime(*r.date));
      add_text(time, dates_.label(*r.date));
    }
    close_block(ol);
  }

  /// Ends the document's blocks and serialises it.
  base::Result<IndexDocument> finish() {
    for (xmlNode* node : {nav_, body_, html_}) close_block(node);
    auto text = serialized(xml_.get(), out_.file_name);
    if (!text) return base::Unexpected{text.error()};
    out_.xhtml = std::move(*text);
    return std::move(out_);
  }

  IndexDocument& out() { return out_; }

 private:
  const std::vector<IndexedRelease>& releases_;
  const IndexContext& context_;
  const NavLabels& labels_;
  DateLabels dates_;
  XmlDocPtr xml_;
  xmlNode* html_ = nullptr;
  xmlNode* body_ = nullptr;
  xmlNode* nav_ = nullptr;
  IndexDocument out_;
};

}  // namespace

base::Result<IndexDocument> build_date_index(const std::vector<IndexedRelease>& releases, const IndexContext& context,
                                             const std::string& file_name) {
  IndexWriter writer(releases, context, file_name);
  const auto nav = writer.open(writer.labels().by_date);
  if (!nav) return base::Unexpected{nav.error()};
  const DateIndex index = index_by_date(releases);
  for (const YearGroup& year : index.years) {
    const std::string year_id = "y" + DateLabels::datetime({year.year, 0, 0});
    const std::string year_label = writer.dates().label({year.year, 0, 0});
    writer.out().sections.push_back({year_id, year_label});
    const auto year_group = writer.group(*nav, 2, year_id);
    add_text(year_group.heading, year_label);
    xmlNode* year_section = year_group.section;
    for (const MonthGroup& month : year.months) {
      if (month.month == 0) {
        writer.list(year_section, month.releases);
        continue;
      }
      const CalendarDate date{year.year, month.month, 0};
      const auto month_group = writer.group(year_section, 3, "m" + DateLabels::datetime(date));
      add_text(month_group.heading, writer.dates().label(date));
      writer.list(month_group.section, month.releases);
      close_block(month_group.section);
    }
    close_block(year_section);
  }
  if (!index.undated.empty()) {
    const std::string label(writer.labels().undated);
    writer.out().sections.push_back({"undated", label, true});
    const auto undated = writer.group(*nav, 2, "undated");
    writer.label_phrase(undated.heading, label);
    writer.list(undated.section, index.undated);
    close_block(undated.section);
  }
  return writer.finish();
}

base::Result<IndexDocument> build_organisation_index(const std::vector<IndexedRelease>& releases,
                                                     const IndexContext& context, const std::string& file_name) {
  IndexWriter writer(releases, context, file_name);
  const auto nav = writer.open(writer.labels().by_organisation);
  if (!nav) return base::Unexpected{nav.error()};
  const OrganisationIndex index = index_by_organisation(releases, context.language);
  for (std::size_t g = 0; g < index.groups.size(); ++g) {
    const OrganisationGroup& group = index.groups[g];
    const auto written = writer.group(*nav, 2, "org-" + std::to_string(g + 1));
    // A name is in the language of the release it came from; a host name is in none (its
    // letters set its direction).
    if (group.site) {
      add_text(written.heading, group.name);
    } else {
      writer.release_phrase(written.heading, group.name, group.language, group.rtl);
    }
    writer.list(written.section, group.releases);
    close_block(written.section);
  }
  if (!index.unknown.empty()) {
    const auto unknown = writer.group(*nav, 2, "org-unknown");
    writer.label_phrase(unknown.heading, writer.labels().unknown_organisation);
    writer.list(unknown.section, index.unknown);
    close_block(unknown.section);
  }
  return writer.finish();
}

}  // namespace folio::writers::epub
