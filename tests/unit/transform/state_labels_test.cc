#include "transform/state_labels.h"

#include <gtest/gtest.h>

#include "model/state_text.h"
#include "model_builders.h"
#include "transform/image_labels.h"
#include "transform/wording.h"

namespace folio::transform {
namespace {

namespace m = model;
using test::document;
using test::paragraph;
using test::span;

m::Inline struck(std::string text) {
  m::Inline inl;
  inl.node = m::Strikethrough{{m::make_text(std::move(text))}};
  return inl;
}

m::Block tasks(std::string lang) {
  m::List list;
  for (bool done : {true, false}) {
    m::ListItem item;
    item.checked = done;
    item.blocks.push_back(paragraph({m::make_text("x")}));
    list.items.push_back(std::move(item));
  }
  list.items.push_back(m::ListItem{});  // an ordinary item keeps no words
  m::Block b;
  b.info.lang = std::move(lang);
  b.node = std::move(list);
  return b;
}

const m::Strikethrough& struck_in(const m::Block& b, std::size_t i) {
  return std::get<m::Strikethrough>(std::get<m::Paragraph>(b.node).content.at(i).node);
}

// Struck text and task boxes say their state in the language around them; where folio has no
// words (Basque here) the model's English default stays, marked English.
TEST(StateLabels, StatesSpeakTheLanguageAroundThem) {
  m::Document doc = document("fr", {paragraph({struck("dix"), span("de", {struck("zehn")})}), tasks("de"),
                                    paragraph({struck("hamar")}, "eu")});
  EXPECT_EQ(label_states(doc), 4);
  EXPECT_EQ(m::deleted_reading(struck_in(doc.blocks[0], 0), "dix"), "supprimé: dix");
  const auto& in_span = std::get<m::Span>(std::get<m::Paragraph>(doc.blocks[0].node).content[1].node);
  EXPECT_EQ(m::deleted_state(std::get<m::Strikethrough>(in_span.children[0].node)).text, "gelöscht");
  EXPECT_EQ(m::deleted_state(std::get<m::Strikethrough>(in_span.children[0].node)).lang, "de");
  const auto& list = std::get<m::List>(doc.blocks[1].node);
  EXPECT_EQ(m::task_state(list.items[0]).text, "erledigt");
  EXPECT_EQ(m::task_state(list.items[1]).text, "nicht erledigt");
  EXPECT_TRUE(list.items[2].task_label.empty());
  EXPECT_EQ(m::deleted_state(struck_in(doc.blocks[2], 0)).text, "deleted");
  EXPECT_EQ(m::deleted_state(struck_in(doc.blocks[2], 0)).lang, "en");
}

// One table of words for every phrase: the undescribed image's words come from it too.
TEST(StateLabels, OneWordingTableWithTraditionalChinese) {
  EXPECT_EQ(wording(Phrase::done, "zh-TW"), "已完成");
  EXPECT_EQ(wording(Phrase::deleted, "zh-Hant-HK"), "已刪除");
  EXPECT_EQ(wording(Phrase::deleted, "zh-CN"), "已删除");
  EXPECT_EQ(wording(Phrase::not_done, "pt-BR"), "não concluído");
  EXPECT_EQ(wording(Phrase::done, "tlh"), "");
  EXPECT_EQ(missing_alt_label("es-MX"), wording(Phrase::image_without_description, "es"));
}

}  // namespace
}  // namespace folio::transform
