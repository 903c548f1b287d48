#include "transform/wording.h"

#include <array>
#include <map>

#include "transform/text_edit.h"

namespace folio::transform {

namespace {

// One row per language: image without description, deleted, done, not done.
using Row = std::array<const char*, 4>;

const std::map<std::string, Row>& table() {
  static const std::map<std::string, Row> kRows = {
      {"ar", {"صورة بلا وصف", "محذوف", "منجز", "غير منجز"}},
      {"de", {"Bild ohne Beschreibung", "gelöscht", "erledigt", "nicht erledigt"}},
      {"el", {"Εικόνα χωρίς περιγραφή", "διαγραμμένο", "ολοκληρώθηκε", "δεν ολοκληρώθηκε"}},
      {"en", {"Image without description", "deleted", "done", "not done"}},
      {"es", {"Imagen sin descripción", "eliminado", "hecho", "pendiente"}},
      {"fa", {"تصویر بدون توضیح", "حذف‌شده", "انجام‌شده", "انجام‌نشده"}},
      {"fr", {"Image sans description", "supprimé", "fait", "à faire"}},
      {"it", {"Immagine senza descrizione", "eliminato", "fatto", "da fare"}},
      {"ja", {"説明のない画像", "削除", "完了", "未完了"}},
      {"ko", {"설명 없는 이미지", "삭제됨", "완료", "미완료"}},
      {"nl", {"Afbeelding zonder beschrijving", "verwijderd", "gedaan", "niet gedaan"}},
      {"pt", {"Imagem sem descrição", "removido", "concluído", "não concluído"}},
      {"ru", {"Изображение без описания", "удалено", "выполнено", "не выполнено"}},
      {"sv", {"Bild utan beskrivning", "borttaget", "klart", "inte klart"}},
      {"uk", {"Зображення без опису", "видалено", "виконано", "не виконано"}},
      {"zh", {"无说明的图片", "已删除", "已完成", "未完成"}},
      {"zh-Hant", {"無說明的圖片", "已刪除", "已完成", "未完成"}},
  };
  return kRows;
}

}  // namespace

std::string wording(Phrase phrase, const std::string& lang) {
  std::string key = primary_language(lang);
  if (key == "zh" && (lang.find("Hant") != std::string::npos || lang.ends_with("-TW") || lang.ends_with("-HK"))) {
    key = "zh-Hant";
  }
  const auto it = table().find(key);
  return it == table().end() ? std::string() : std::string(it->second[static_cast<std::size_t>(phrase)]);
}

}  // namespace folio::transform
