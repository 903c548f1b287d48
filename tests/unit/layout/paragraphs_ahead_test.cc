// Layout on two threads: a paragraph laid out by the helper, with its own FontBook, is the one the
// main thread would set, its faces renamed; and a long document's pages are the same either way.
#include "layout/paragraphs_ahead.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <utility>
#include <sstream>
#include <unicode/uscript.h>

#include "fixtures.h"
#include "layout/layout_document.h"
#include "support/paths.h"

namespace folio::layout {
namespace {

using namespace fixtures;

text::FontBook load_book() {
  return std::move(text::FontBook::load(test::source_dir() / "fonts" / "fonts.toml")).value();
}

/// Everything a line shows, faces named by file: comparable across FontBooks.
std::string describe(const LaidParagraph& laid, const text::FontBook& fonts) {
  std::ostringstream out;
  for (const LaidLine& line : laid.lines) {
    out << "line " << line.width << " " << line.ratio << " " << line.last << "\n";
    for (const PageItem& item : line.items) {
      const auto* run = std::get_if<GlyphRun>(&item);
      if (!run) {
        out << " item " << item.index() << "\n";
        continue;
      }
      const text::Face& face = fonts.face(run->font);
      out << " run " << face.file << "#" << face.index << " " << run->size << " " << run->x << " " << run->y << " "
          << run->level << " " << run->text << ":";
      for (const auto& g : run->glyphs) out << " " << g.gid << "/" << g.advance << "/" << g.cluster;
      out << "\n";
    }
  }
  for (const auto& w : laid.warnings) out << "warning " << w.code << "\n";
  return out.str();
}

text::ParagraphInput input(const std::string& text, bool bold) {
  text::ParagraphInput in;
  in.text = text;
  text::TextStyle st;
  st.bold = bold;
  st.node = base::NodeId{7};
  in.runs.push_back({0, text.size(), st});
  in.lang = "en";
  in.size = 11;
  return in;
}

ParagraphParams params(double width) {
  ParagraphParams p;
  p.width = width;
  p.block = base::NodeId{7};
  return p;
}

TEST(ParagraphsAhead, TheMainThreadTakesTheHelpersParagraphWithItsFacesRenamed) {
  text::FontBook main = load_book();
  text::FontBook helper = load_book();
  // The helper's book opens other faces first, so the same face has another number in each.
  ASSERT_TRUE(helper.font_for(U'\u4e2d', USCRIPT_HAN, "serif", true, false, "zh"));
  ASSERT_TRUE(helper.font_for(U'a', USCRIPT_LATIN, "serif", true, true, "en"));
  text::LineBreaker main_breaker, helper_breaker, reference_breaker;
  const auto in = input("Reading order is the order of the text: the helper sets this paragraph, "
                        "with its own fonts, before the main thread asks for it; written for folio.",
                        false);
  ParagraphsAhead ahead;
  const LaidParagraph helpers = ahead.lay_out_ahead(in, params(200), helper, helper_breaker);
  ASSERT_FALSE(helpers.lines.empty());
  const LaidParagraph taken = ahead.take_or_lay_out(in, params(200), main, main_breaker);
  EXPECT_EQ(ahead.taken(), 1u);
  text::FontBook reference = load_book();
  const LaidParagraph own = layout_paragraph(in, params(200), reference, reference_breaker);
  EXPECT_EQ(describe(taken, main), describe(own, reference));
  EXPECT_EQ(describe(helpers, helper), describe(own, reference));
  // The same face has another number in each book: the renaming was needed.
  const auto* run = std::get_if<GlyphRun>(&taken.lines.front().items.front());
  const auto* helpers_run = std::get_if<GlyphRun>(&helpers.lines.front().items.front());
  ASSERT_TRUE(run && helpers_run);
  EXPECT_EQ(main.face(run->font).file, helper.face(helpers_run->font).file);
  EXPECT_NE(run->font, helpers_run->font);
}

TEST(ParagraphsAhead, ADifferentInputOrMeasureIsLaidOutByTheMainThread) {
  text::FontBook main = load_book();
  text::FontBook helper = load_book();
  text::LineBreaker main_breaker, helper_breaker;
  const auto in = input("A paragraph the helper sets for one measure, asked for at another.", false);
  ParagraphsAhead ahead;
  ahead.lay_out_ahead(in, params(200), helper, helper_breaker);
  const LaidParagraph narrower = ahead.take_or_lay_out(in, params(120), main, main_breaker);
  const LaidParagraph bolder = ahead.take_or_lay_out(input(in.text, true), params(200), main, main_breaker);
  EXPECT_EQ(ahead.taken(), 0u);
  text::LineBreaker breaker;
  EXPECT_EQ(describe(narrower, main), describe(layout_paragraph(in, params(120), main, breaker), main));
  EXPECT_EQ(describe(bolder, main), describe(layout_paragraph(input(in.text, true), params(200), main, breaker), main));
}

TEST(ParagraphsAhead, TheHelperSkipsWhatTheMainThreadDidAndEverythingAfterStop) {
  text::FontBook main = load_book();
  text::FontBook helper = load_book();
  text::LineBreaker main_breaker, helper_breaker;
  ParagraphsAhead ahead;
  const auto first = input("The main thread got here first and set this paragraph itself.", false);
  ahead.take_or_lay_out(first, params(200), main, main_breaker);
  EXPECT_TRUE(ahead.lay_out_ahead(first, params(200), helper, helper_breaker).lines.empty());
  ahead.stop();
  const auto second = input("Once the main thread has finished, the helper sets nothing.", false);
  EXPECT_TRUE(ahead.lay_out_ahead(second, params(200), helper, helper_breaker).lines.empty());
  EXPECT_FALSE(ahead.take_or_lay_out(second, params(200), main, main_breaker).lines.empty());
  EXPECT_EQ(ahead.taken(), 0u);
}

model::Block paragraph_block(const std::string& words) {
  model::Block p;
  p.node = model::Paragraph{{text(words)}};
  return p;
}

// A table, whose cells the flows measure from their lines (the helper's flow sets lines only
// there), and a list, whose markers hang beside its items' lines.
model::Block table_of(int i) {
  model::Table t;
  for (int r = 0; r < 3; ++r) {
    model::TableRow row;
    const std::string city = r == 1 ? "Lyon, from nine in the morning to five in the afternoon" : "Lille";
    for (const std::string& words : {"Office " + std::to_string(i * 3 + r), city}) {
      model::TableCell cell;
      cell.blocks.push_back(paragraph_block(words));
      row.cells.push_back(std::move(cell));
    }
    t.rows.push_back(std::move(row));
  }
  model::Block b;
  b.node = std::move(t);
  return b;
}

model::Block list_of(int i) {
  model::List list;
  list.ordered = true;
  for (const std::string& words :
       {"Register before Friday " + std::to_string(i) + ".", std::string("Bring the invitation.")}) {
    model::ListItem item;
    item.blocks.push_back(paragraph_block(words));
    list.items.push_back(std::move(item));
  }
  model::Block b;
  b.node = std::move(list);
  return b;
}

// A document long enough to share, with what can end up on either side of the split: headings,
// emphasis, links, another language, struck text, note references, tables, lists, an inline
// image (which the helper does not load: its paragraph is the main thread's).
model::Document long_document() {
  Builder b("en", "Two threads");
  for (int i = 0; i < 90; ++i) {
    if (i % 10 == 4) b.block(table_of(i)).block(list_of(i));
    b.heading(2, "Section " + std::to_string(i) + " of the long release");
    b.para({text("The press office publishes its releases as accessible documents, "), emphasis("every one of them"),
            text(", and this paragraph number " + std::to_string(i) + " says so at some length, so that the "
                 "line breaking has work to do: "),
            link("https://example.org/releases", "the release archive"), text(" lists them by date, and "),
            strong("the archive"), text(" keeps them for years.")});
    b.para({span("fr", "Le bureau de presse publie ses communiqués en documents accessibles. "),
            struck("An old figure."), text(" A note follows"), note_ref("n1", "1"), text(".")});
    if (i % 30 == 29) b.para({text("An inline image "), image("markdown/headphones.png", "Headphones"), text(" in the text.")});
  }
  return b.finish();
}

TEST(ParagraphsAhead, ALongDocumentHasTheSamePagesOnTwoThreads) {
  const model::Document doc = long_document();
  const style::Style style = small_page();
  text::FontBook main = load_book();
  text::FontBook helper = load_book();
  std::atomic<int> asked = 0;
  // The main thread stops at the first image long enough for the helper to finish its part (it
  // takes milliseconds), so that its paragraphs are there to be taken.
  bool waited = false;
  const ImageSource images = [&](const std::string& src) -> std::optional<std::string> {
    if (!std::exchange(waited, true)) std::this_thread::sleep_for(std::chrono::milliseconds(300));
    return test::read_file(src);
  };
  const auto two = layout_document(doc, style, main, images, [&] {
    ++asked;
    return &helper;
  });
  EXPECT_EQ(asked, 1) << "the document is long enough for a second thread";
  EXPECT_GT(two.value.paragraphs_laid_ahead, 100u);
  text::FontBook alone = load_book();
  const auto one = layout_document(doc, style, alone, [](const std::string& src) -> std::optional<std::string> {
    return test::read_file(src);
  });
  EXPECT_EQ(one.value.paragraphs_laid_ahead, 0u);
  ASSERT_GT(one.value.pages.size(), 10u);
  EXPECT_EQ(dump_pages(two.value, {true}), dump_pages(one.value, {true}));
  ASSERT_EQ(two.warnings.size(), one.warnings.size());
  for (std::size_t i = 0; i < one.warnings.size(); ++i) EXPECT_EQ(two.warnings[i].message, one.warnings[i].message);
}

TEST(ParagraphsAhead, AShortDocumentStaysOnOneThread) {
  Builder b;
  b.para("A short release is laid out by one thread.");
  std::atomic<int> asked = 0;
  layout_document(b.finish(), small_page(), book(), {}, [&] {
    ++asked;
    return &book();
  });
  EXPECT_EQ(asked, 0);
}

}  // namespace
}  // namespace folio::layout
