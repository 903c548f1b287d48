#include "transform/image_labels.h"

#include <map>

#include "model/inline.h"
#include "transform/text_edit.h"

namespace folio::transform {
namespace {

void label(model::Image& image, const std::string& lang, int& count) {
  if (image.alt) return;
  image.missing_alt_label = missing_alt_label(lang);
  image.missing_alt_lang = image.missing_alt_label.empty() ? "" : lang;
  ++count;
}

void label_inlines(model::Inlines& inlines, const std::string& lang, int& count) {
  for (auto& inl : inlines) {
    const std::string& here = inl.info.lang.empty() ? lang : inl.info.lang;
    if (auto* image = std::get_if<model::Image>(&inl.node)) label(*image, here, count);
    if (auto* kids = model::children_of(inl)) label_inlines(*kids, here, count);
  }
}

}  // namespace

std::string missing_alt_label(const std::string& lang) {
  static const std::map<std::string, std::string> kLabels = {
      {"ar", "صورة بلا وصف"},
      {"de", "Bild ohne Beschreibung"},
      {"el", "Εικόνα χωρίς περιγραφή"},
      {"en", "Image without description"},
      {"es", "Imagen sin descripción"},
      {"fa", "تصویر بدون توضیح"},
      {"fr", "Image sans description"},
      {"it", "Immagine senza descrizione"},
      {"ja", "説明のない画像"},
      {"ko", "설명 없는 이미지"},
      {"nl", "Afbeelding zonder beschrijving"},
      {"pt", "Imagem sem descrição"},
      {"ru", "Изображение без описания"},
      {"sv", "Bild utan beskrivning"},
      {"uk", "Зображення без опису"},
      {"zh", "无说明的图片"},
      {"zh-Hant", "無說明的圖片"},
  };
  const std::string primary = primary_language(lang);
  if (primary == "zh" && (lang.find("Hant") != std::string::npos || lang.ends_with("-TW") || lang.ends_with("-HK"))) {
    return kLabels.at("zh-Hant");
  }
  auto it = kLabels.find(primary);
  return it == kLabels.end() ? "" : it->second;
}

int label_undescribed_images(model::Document& document) {
  int count = 0;
  for_each_inline_list(document, [&](model::Inlines& inlines, const std::string& lang, model::Block& block) {
    label_inlines(inlines, lang, count);
    if (auto* figure = std::get_if<model::Figure>(&block.node); figure && &inlines == &figure->caption) {
      label(figure->image, lang, count);
    }
  });
  return count;
}

}  // namespace folio::transform
