#include "transform/image_labels.h"

#include <gtest/gtest.h>

#include <string>

#include "model/block.h"
#include "model/image_text.h"
#include "model_builders.h"

namespace folio::transform {
namespace {

namespace m = model;
using test::document;
using test::image;
using test::paragraph;
using test::span;

const m::Image& image_of(const m::Block& b, std::size_t i = 0) {
  return std::get<m::Image>(std::get<m::Paragraph>(b.node).content.at(i).node);
}

TEST(ImageLabels, UndescribedImagesSpeakTheLanguageAroundThem) {
  m::Document doc = document("es", {paragraph({image(std::nullopt)}),
                                    paragraph({image(std::nullopt)}, "fr"),
                                    paragraph({span("de", {image(std::nullopt)})}),
                                    paragraph({image(std::string("Un faro")), image(std::string())})});
  EXPECT_EQ(label_undescribed_images(doc), 3);
  EXPECT_EQ(m::image_stand_in(image_of(doc.blocks[0])), "[Imagen sin descripción]");
  EXPECT_EQ(m::missing_alt_language(image_of(doc.blocks[0])), "es");
  EXPECT_EQ(m::image_stand_in(image_of(doc.blocks[1])), "[Image sans description]");
  const auto& in_span = std::get<m::Span>(std::get<m::Paragraph>(doc.blocks[2].node).content[0].node);
  EXPECT_EQ(m::image_stand_in(std::get<m::Image>(in_span.children[0].node)), "[Bild ohne Beschreibung]");
  // Described and decorative images are left as they are.
  EXPECT_EQ(m::image_stand_in(image_of(doc.blocks[3], 0)), "[Un faro]");
  EXPECT_EQ(m::image_stand_in(image_of(doc.blocks[3], 1)), "");
}

TEST(ImageLabels, FigureImagesTakeTheFigureLanguage) {
  m::Block figure;
  figure.info.lang = "ar";
  figure.node = m::Figure{m::Image{"chart.png", std::nullopt}, {m::make_text("Caption")}};
  m::Document doc = document("en", {std::move(figure)});
  EXPECT_EQ(label_undescribed_images(doc), 1);
  const auto& img = std::get<m::Figure>(doc.blocks[0].node).image;
  EXPECT_EQ(m::image_stand_in(img), "[صورة بلا وصف]");
  EXPECT_EQ(m::missing_alt_language(img), "ar");
}

TEST(ImageLabels, LanguagesWithoutWordingKeepTheEnglishDefault) {
  EXPECT_EQ(missing_alt_label("zh-Hant"), "無說明的圖片");
  EXPECT_EQ(missing_alt_label("zh-TW"), "無說明的圖片");
  EXPECT_EQ(missing_alt_label("zh"), "无说明的图片");
  EXPECT_EQ(missing_alt_label("pt-BR"), "Imagem sem descrição");
  EXPECT_EQ(missing_alt_label("si"), "");
  EXPECT_EQ(missing_alt_label(""), "");
  m::Document doc = document("si", {paragraph({image(std::nullopt)})});
  EXPECT_EQ(label_undescribed_images(doc), 1);
  EXPECT_EQ(m::image_stand_in(image_of(doc.blocks[0])), "[Image without description]");
  EXPECT_EQ(m::missing_alt_language(image_of(doc.blocks[0])), "en");
}

}  // namespace
}  // namespace folio::transform
