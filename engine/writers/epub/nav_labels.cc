#include "writers/epub/nav_labels.h"

#include <array>

#include "writers/epub/xml_tree.h"

namespace folio::writers::epub {

namespace {
constexpr std::array<NavLabels, 6> kLabels{{
    {"en", "Contents", "Landmarks", "Pages", "Start of content", "Releases by date", "Releases by organisation",
     "No date", "Organisation not given"},
    {"fr", "Table des matières", "Repères", "Pages", "Début du contenu", "Communiqués par date",
     "Communiqués par organisation", "Sans date", "Organisation non indiquée"},
    {"de", "Inhalt", "Orientierungspunkte", "Seiten", "Beginn des Inhalts", "Mitteilungen nach Datum",
     "Mitteilungen nach Organisation", "Ohne Datum", "Organisation nicht angegeben"},
    {"es", "Índice", "Puntos de referencia", "Páginas", "Inicio del contenido", "Comunicados por fecha",
     "Comunicados por organización", "Sin fecha", "Organización no indicada"},
    {"it", "Indice", "Punti di riferimento", "Pagine", "Inizio del contenuto", "Comunicati per data",
     "Comunicati per organizzazione", "Senza data", "Organizzazione non indicata"},
    {"ar", "المحتويات", "معالم", "الصفحات", "بداية المحتوى", "البيانات الصحفية حسب التاريخ",
     "البيانات الصحفية حسب الجهة", "بدون تاريخ", "جهة غير مذكورة"},
}};
}  // namespace

const NavLabels& labels_for(const std::string& lang) {
  const std::string_view primary = std::string_view(lang).substr(0, lang.find('-'));
  for (const auto& labels : kLabels) {
    if (labels.lang == primary) return labels;
  }
  return kLabels[0];
}

bool labels_are_foreign(const NavLabels& labels, const std::string& document_lang) {
  return labels.lang == "en" && !document_lang.starts_with("en");
}

void label_lang(xmlNode* node, const NavLabels& labels, const std::string& document_lang, bool document_rtl) {
  if (labels_are_foreign(labels, document_lang)) {
    set_lang(node, "en");
    if (document_rtl) set_attr(node, "dir", "ltr");
  }
}

}  // namespace folio::writers::epub
