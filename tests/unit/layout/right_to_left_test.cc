// Right-to-left lines as pdf.js (Firefox's screen reader path) reads them: it reads a space
// before a text only where it starts to the right of what was drawn before it, and a line end
// only where the baseline changes. What layout draws, and in which order, for a list's marker, a
// page's first line, a word broken across lines and a word whose pieces lie apart.
#include <gtest/gtest.h>

#include <optional>

#include "fixtures.h"
#include "layout/layout_document.h"
#include "page_checks.h"

namespace folio::layout {
namespace {

using namespace fixtures;

/// small_page() with the page number in the footer of every page.
style::Style page_with_footer(int width = 300) {
  return small_page(width, R"(
[footer]
center = "{page}/{pages}"
first_page = true
single_page = true
)");
}

PagedDocument lay(const model::Document& doc, const style::Style& style) {
  auto paged = layout_document(doc, style, book());
  for (const auto& p : checks::check_pages(paged.value, doc, style)) ADD_FAILURE() << p;
  return std::move(paged.value);
}

Builder arabic() {
  Builder b("ar", "عنوان");
  b.doc.dir = model::Direction::rtl;
  return b;
}

/// A page item, where it is in the page's items and the structure types open around it.
struct Found {
  std::size_t index = 0;
  std::vector<std::string> open;
};

/// The first glyph run of `page` inside a tag for which `match(run, open tags)` holds.
template <typename Match>
std::optional<Found> find_run(const Page& page, Match match) {
  std::vector<std::string> open;
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    const auto& item = page.items[i];
    if (const auto* t = std::get_if<TagStart>(&item)) open.push_back(t->type);
    if (std::holds_alternative<TagEnd>(item) && !open.empty()) open.pop_back();
    const auto* run = std::get_if<GlyphRun>(&item);
    if (run && !open.empty() && match(*run, open)) return Found{i, open};
  }
  return std::nullopt;
}

std::optional<std::size_t> find_tag(const Page& page, const std::string& type) {
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    const auto* t = std::get_if<TagStart>(&page.items[i]);
    if (t && t->type == type) return i;
  }
  return std::nullopt;
}

const GlyphRun& run_at(const Page& page, std::size_t index) { return std::get<GlyphRun>(page.items[index]); }

model::Block bullet_list(std::vector<std::string> items) {
  model::List list;
  for (auto& text : items) {
    model::ListItem li;
    model::Block p;
    p.node = model::Paragraph{{fixtures::text(std::move(text))}};
    li.blocks.push_back(std::move(p));
    list.items.push_back(std::move(li));
  }
  model::Block b;
  b.node = std::move(list);
  return b;
}

TEST(RightToLeft, AListMarkerIsDrawnAfterItsBodysFirstLineAndReadBeforeIt) {
  // The marker is on the right of the first line, whose leftmost words are drawn first: drawn
  // before them, it would take the space before them away. Its Lbl is still opened first.
  const auto doc = arabic().block(bullet_list({"سطح المكتب جنوم ٢٫٣٠", "نواة لينكس ٢٫٦"})).finish();
  const PagedDocument paged = lay(doc, page_with_footer());
  const Page& page = paged.pages.at(0);
  const auto lbl = find_tag(page, "Lbl"), lbody = find_tag(page, "LBody");
  const auto body = find_run(page, [](const GlyphRun& r, const auto& open) { return open.back() == "P" && r.level % 2; });
  const auto marker = find_run(page, [](const GlyphRun&, const auto& open) { return open.back() == "Lbl"; });
  ASSERT_TRUE(lbl && lbody && body && marker);
  EXPECT_LT(*lbl, *lbody);
  EXPECT_LT(body->index, marker->index);
  EXPECT_DOUBLE_EQ(run_at(page, marker->index).y, run_at(page, body->index).y);  // where it always was
  EXPECT_GT(run_at(page, marker->index).x, run_at(page, body->index).x);
  // The Lbl opened before the body holds nothing: the marker is drawn in the same element later.
  EXPECT_TRUE(std::holds_alternative<TagEnd>(page.items.at(*lbl + 1)));
}

TEST(RightToLeft, AListMarkerInALeftToRightListIsDrawnFirst) {
  const auto doc = Builder("en").block(bullet_list({"A desktop", "A kernel"})).finish();
  const PagedDocument paged = lay(doc, page_with_footer());
  const Page& page = paged.pages.at(0);
  const auto body = find_run(page, [](const GlyphRun&, const auto& open) { return open.back() == "P"; });
  const auto marker = find_run(page, [](const GlyphRun&, const auto& open) { return open.back() == "Lbl"; });
  ASSERT_TRUE(body && marker);
  EXPECT_LT(marker->index, body->index);
}

/// Where the first footer of `page` and the first text of a block are in its items.
std::pair<std::size_t, std::size_t> footer_and_text(const Page& page) {
  std::size_t footer = page.items.size(), text = page.items.size();
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    const auto* a = std::get_if<ArtifactStart>(&page.items[i]);
    if (a && a->subtype == ArtifactSubtype::footer) footer = std::min(footer, i);
    const auto* run = std::get_if<GlyphRun>(&page.items[i]);
    if (run && run->block.value != 0) text = std::min(text, i);
  }
  return {footer, text};
}

TEST(RightToLeft, APageThatBeginsWithARightToLeftLineHasItsFooterDrawnFirst) {
  // Nothing drawn before a page's first line: pdf.js would read no line end before the line's
  // leftmost words, drawn first. The footer, drawn before it, is on another baseline.
  const PagedDocument rtl = lay(arabic().para("يسرّ مشروع ديبيان أن يقدم النسخة ٦٫٠ من نظامه").finish(), page_with_footer());
  const auto [footer, text] = footer_and_text(rtl.pages.at(0));
  ASSERT_LT(footer, rtl.pages[0].items.size());
  EXPECT_LT(footer, text);
  // Left to right, the page is drawn as it always was: text, then footer.
  const PagedDocument ltr = lay(Builder("en").para("The project releases version 6.0").finish(), page_with_footer());
  const auto [ltr_footer, ltr_text] = footer_and_text(ltr.pages.at(0));
  ASSERT_LT(ltr_footer, ltr.pages[0].items.size());
  EXPECT_GT(ltr_footer, ltr_text);
}

/// The ActualText of every Span on the pages.
std::vector<std::string> span_texts(const PagedDocument& paged) {
  std::vector<std::string> out;
  for (const auto& page : paged.pages) {
    for (const auto& item : page.items) {
      const auto* t = std::get_if<TagStart>(&item);
      if (t && t->type == "Span" && !t->actual_text.empty()) out.push_back(t->actual_text);
    }
  }
  return out;
}

TEST(RightToLeft, AWordBrokenAfterAHardHyphenIsOneSpanReadWhole) {
  // pdf.js reads a right-to-left line's line end before its leftmost words, not after the part
  // of the word the line ends with ("CD- ROM"): the parts are one Span whose ActualText is the
  // word. Left to right, the line end comes right after the part, where readers join it.
  const std::string word = "CD-ROM-DVD-USB-Blu-ray-Netboot";
  const PagedDocument rtl = lay(arabic().para("أقراص " + word + " والشبكة").finish(), page_with_footer(150));
  const auto spans = span_texts(rtl);
  EXPECT_NE(std::find(spans.begin(), spans.end(), word), spans.end());
  const PagedDocument ltr = lay(Builder("en").para("Disks " + word + " and more").finish(), page_with_footer(150));
  const auto ltr_spans = span_texts(ltr);
  EXPECT_EQ(std::find(ltr_spans.begin(), ltr_spans.end(), word), ltr_spans.end());
}

TEST(RightToLeft, AWordsPiecesAreDrawnTogetherWhereverTheyLie) {
  // "ميبس (mips (big-endian)": the lone bracket, on the right of "(big-endian)" and touching it,
  // belongs to "mips", on the far left. Drawn right after the bracket (a jump to the left),
  // "mips" is read with it and no space; "(big-endian)", drawn after "mips" a space to its
  // right, is read a word of its own.
  // ("mips" is code, set in its own font: a piece of its own.)
  model::Inline mips_code;
  mips_code.node = model::Code{"mips"};
  const auto doc = arabic().para({text("ميبس ("), mips_code, text(" (big-endian) و mipsel")}).finish();
  const PagedDocument paged = lay(doc, page_with_footer());
  const Page& page = paged.pages.at(0);
  const auto bracket = find_run(page, [](const GlyphRun& r, const auto&) { return r.text == "(" && r.level % 2; });
  const auto mips = find_run(page, [](const GlyphRun& r, const auto&) { return r.text == "mips"; });
  ASSERT_TRUE(bracket && mips);
  std::size_t next = bracket->index + 1;
  while (next < page.items.size() && !std::holds_alternative<GlyphRun>(page.items[next])) ++next;
  EXPECT_EQ(next, mips->index);
}

}  // namespace
}  // namespace folio::layout
