#include "transform/release_roles.h"

#include <algorithm>

#include "base/utf8.h"
#include "transform/dateline.h"
#include "transform/release_patterns.h"

namespace folio::transform {

namespace {

using model::Block;
using model::Role;

std::string text_of(const Block& b) { return model::plain_text(b); }

bool is_paragraph(const Block& b) { return std::holds_alternative<model::Paragraph>(b.node); }
bool is_heading(const Block& b) { return std::holds_alternative<model::Heading>(b.node); }

// "« … », affirme X" or "“…,” X said": a quotation with a verb of saying. The verb is looked
// for (in the case-folded paragraph) only in a quotation: most paragraphs are not one.
bool is_attributed_quote(const std::string& text) {
  const auto opens_early = [&](std::string_view opener) {
    const auto at = text.find(opener);
    return at != std::string::npos && at < 60;
  };
  const bool quotation =
      starts_with_quote_opener(text) || opens_early("«") || opens_early("“") || opens_early("„");
  return quotation && contains_attribution_verb(text);
}

// Groups a heading that opens an "About"/"Contacts" part with the blocks that follow it, up to
// the next heading of the same or a higher level.
void group_under_heading(model::Blocks& blocks, std::size_t i, Role role) {
  const int level = std::get<model::Heading>(blocks[i].node).level;
  std::size_t end = i + 1;
  while (end < blocks.size()) {
    if (const auto* h = std::get_if<model::Heading>(&blocks[end].node); h && h->level <= level) break;
    if (blocks[end].role == Role::end_mark || blocks[end].role == Role::contacts) break;
    if (std::holds_alternative<model::Notes>(blocks[end].node)) break;  // the release's notes, not the part's
    const std::string text = text_of(blocks[end]);
    if (is_end_mark(text) || (starts_contacts(text) && role != Role::contacts) || (starts_about(text) && role != Role::about_us)) break;
    ++end;
  }
  model::Section section;
  for (std::size_t k = i; k < end; ++k) section.blocks.push_back(std::move(blocks[k]));
  Block group;
  group.role = role;
  group.info.span = section.blocks.front().info.span;
  group.info.span.end = section.blocks.back().info.span.end;
  group.node = std::move(section);
  blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i) + 1, blocks.begin() + static_cast<std::ptrdiff_t>(end));
  blocks[i] = std::move(group);
}

void add_contacts(model::Metadata& meta, const std::string& text) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t nl = std::min(text.find('\n', start), text.size());
    const std::string line(base::trim_ascii(std::string_view(text).substr(start, nl - start)));
    if (!line.empty() && !starts_contacts(line)) meta.contacts.push_back(line);
    if (nl == text.size()) break;
    start = nl + 1;
  }
}

}  // namespace

base::Diagnostics assign_release_roles(model::Document& document) {
  base::Diagnostics out;
  model::Blocks& blocks = document.blocks;
  auto& meta = document.metadata;
  const auto note = [&](const char* code, const Block& b, std::string message) {
    out.push_back(base::make_note(code, b.info.span, std::move(message)));
  };

  bool seen_body = false;
  // What stands above the headline (a letterhead, a kicker) is not the release's first paragraph.
  const auto headline = std::find_if(blocks.begin(), blocks.end(), [](const Block& b) { return b.role == Role::headline; });
  const std::size_t body_start = headline == blocks.end() ? 0 : static_cast<std::size_t>(headline - blocks.begin());
  for (std::size_t i = body_start; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    // A subheadline comes from the source (Word's Subtitle style): the lead is after it.
    if (b.role == Role::navigation || b.role == Role::headline || b.role == Role::subheadline) continue;
    const std::string text = text_of(b);
    if (is_heading(b) && b.role == Role::none) {
      if (starts_about(text)) {
        group_under_heading(blocks, i, Role::about_us);
        note("release.about", blocks[i], "'" + text + "' and what follows it marked as About boilerplate");
      } else if (starts_contacts(text)) {
        group_under_heading(blocks, i, Role::contacts);
        add_contacts(meta, model::plain_text(blocks[i]));
        note("release.contacts", blocks[i], "'" + text + "' and what follows it marked as contacts");
      }
      continue;
    }
    if (!is_paragraph(b)) {
      seen_body = seen_body || !std::holds_alternative<model::Section>(b.node);
      continue;
    }
    if (b.role == Role::end_mark || is_end_mark(text)) {
      b.role = Role::end_mark;
      note("release.end-mark", b, "end mark '" + text + "'");
      continue;
    }
    if (b.role == Role::contacts || starts_contacts(text)) {
      b.role = Role::contacts;
      add_contacts(meta, text);
      note("release.contacts", b, "contacts block");
      continue;
    }
    // A short "About X" title line takes the paragraph after it along; a title run in opens its own.
    const bool about = starts_about(text);
    const bool about_title = about && text.size() < 80 && !ends_sentence(text);
    if (about_title || (about && about_title_runs_in(text))) {
      b.role = Role::about_us;
      note("release.about", b, "About boilerplate");
      if (about_title && i + 1 < blocks.size() && is_paragraph(blocks[i + 1])) blocks[++i].role = Role::about_us;
      continue;
    }
    if (!seen_body && is_embargo_line(text)) {
      b.role = Role::embargo;
      note("release.embargo", b, "release-time line '" + std::string(base::utf8_prefix(text, 60)) + "'");
      continue;
    }
    if (!seen_body) {
      seen_body = true;
      if (auto d = find_dateline(text)) {
        b.role = Role::dateline;
        if (meta.place.empty()) meta.place = d->place;
        if (meta.date.empty() && d->date) meta.date = *d->date;
        note("release.dateline", b,
             "dateline: place '" + d->place + "'" + (d->date ? ", date " + *d->date : std::string()));
        if (d->whole_paragraph && i + 1 < blocks.size() && is_paragraph(blocks[i + 1])) {
          blocks[i + 1].role = Role::lead;
          seen_body = true;
        }
        continue;
      }
      if (!is_attributed_quote(text)) {
        b.role = Role::lead;
        continue;
      }
    }
    if (b.role == Role::none && is_attributed_quote(text)) {
      b.role = Role::quote;
      note("release.quote", b, "quotation with attribution");
    }
  }
  return out;
}

}  // namespace folio::transform
