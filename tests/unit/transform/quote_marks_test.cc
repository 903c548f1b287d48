#include "transform/quote_marks.h"

#include <gtest/gtest.h>

#include <string>

#include "model/block.h"
#include "model_builders.h"

namespace folio::transform {
namespace {

namespace m = model;
using test::span;

m::Inline inline_quote(m::Inlines children, std::string lang = "") {
  m::Inline inl;
  inl.info.lang = std::move(lang);
  inl.node = m::InlineQuote{std::move(children)};
  return inl;
}

m::Document document(m::Inlines content, std::string doc_lang, std::string block_lang = "") {
  return test::document(std::move(doc_lang), {test::paragraph(std::move(content), std::move(block_lang))});
}

// "Il a dit <q>oui</q>." in `doc_lang`, after marking, as plain text.
std::string said(const std::string& doc_lang, const std::string& block_lang = "") {
  m::Document doc = document({m::make_text("Il a dit "), inline_quote({m::make_text("oui")}), m::make_text(".")},
                             doc_lang, block_lang);
  EXPECT_EQ(mark_inline_quotes(doc), 1);
  return m::plain_text(doc.blocks.front());
}

TEST(QuoteMarks, EachLanguageGetsItsMarks) {
  EXPECT_EQ(said("fr"), "Il a dit «\u202Foui\u202F».");
  EXPECT_EQ(said("fr-CA"), "Il a dit «\u202Foui\u202F».");
  EXPECT_EQ(said("de"), "Il a dit „oui“.");
  EXPECT_EQ(said("en"), "Il a dit “oui”.");
  EXPECT_EQ(said("es"), "Il a dit «oui».");
  EXPECT_EQ(said("pt-BR"), "Il a dit «oui».");
  EXPECT_EQ(said("ru"), "Il a dit «oui».");
  EXPECT_EQ(said("sv"), "Il a dit ”oui”.");
  EXPECT_EQ(said("zh-Hant"), "Il a dit 「oui」.");
  EXPECT_EQ(said("nl"), "Il a dit “oui”.");
  EXPECT_EQ(said(""), "Il a dit “oui”.");
}

TEST(QuoteMarks, NearestLanguageAndNestingDecide) {
  EXPECT_EQ(said("fr", "de"), "Il a dit „oui“.");
  m::Document doc = document({span("en", {inline_quote({m::make_text("yes")})}), m::make_text(" "),
                              inline_quote({m::make_text("oui")}, "de")},
                             "fr");
  EXPECT_EQ(mark_inline_quotes(doc), 2);
  EXPECT_EQ(m::plain_text(doc.blocks.front()), "“yes” „oui“");
  m::Document nested =
      document({inline_quote({m::make_text("He said "), inline_quote({m::make_text("no")})})}, "en");
  EXPECT_EQ(mark_inline_quotes(nested), 2);
  EXPECT_EQ(m::plain_text(nested.blocks.front()), "“He said ‘no’”");
}

TEST(QuoteMarks, LanguageOfAnEnclosingListItemCounts) {
  // The language in force is the typography transform's: block, ancestors, then document.
  m::Document doc = document({}, "fr");
  doc.blocks.clear();
  m::Block para;
  para.node = m::Paragraph{{inline_quote({m::make_text("ja")})}};
  m::ListItem item;
  item.info.lang = "de";
  item.blocks.push_back(std::move(para));
  m::Block list;
  list.node = m::List{false, 1, {std::move(item)}};
  doc.blocks.push_back(std::move(list));
  EXPECT_EQ(mark_inline_quotes(doc), 1);
  EXPECT_EQ(m::plain_text(std::get<m::List>(doc.blocks.front().node).items.front().blocks.front()), "„ja“");
}

TEST(QuoteMarks, QuotationThatHasItsMarksIsLeftAlone) {
  m::Document doc = document({inline_quote({m::make_text("«\u00A0déjà\u00A0»")})}, "fr");
  EXPECT_EQ(mark_inline_quotes(doc), 0);
  EXPECT_EQ(m::plain_text(doc.blocks.front()), "«\u00A0déjà\u00A0»");
}

}  // namespace
}  // namespace folio::transform
