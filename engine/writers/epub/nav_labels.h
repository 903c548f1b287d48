// The words folio itself writes into navigation (the nav document and the release indexes of a
// collection), in the publication's language when we have them, else in English marked as such.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace folio::writers::epub {

struct NavLabels {
  std::string_view lang;  ///< primary language subtag of these labels
  std::string_view contents, landmarks, pages, start;
  std::string_view by_date, by_organisation;  ///< titles of a collection's release indexes
  std::string_view undated, unknown_organisation;  ///< their groups for releases that lack either
};

/// The labels for BCP 47 `lang` (by its primary subtag), English when there are none.
const NavLabels& labels_for(const std::string& lang);

/// True when `labels` are the English fallback inside a document in BCP 47 `document_lang`.
bool labels_are_foreign(const NavLabels& labels, const std::string& document_lang);

/// Marks `node` English (and left to right in a right-to-left document) when the labels fell back
/// to English inside a document in another language, so that it is read aloud in English.
void label_lang(xmlNode* node, const NavLabels& labels, const std::string& document_lang, bool document_rtl);

}  // namespace folio::writers::epub
