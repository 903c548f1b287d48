// Traditional or Simplified: the script subtag of a Chinese text.
#pragma once

#include <string>
#include <string_view>

namespace folio::transform {

/// "zh-Hant" when the text is written in Traditional characters, else "zh" (Simplified, the
/// default of "zh", or too little text to tell). Counted on 160 frequent characters whose two
/// forms differ (们/們, 这/這, 发/發 …): a text's Traditional forms must outnumber its
/// Simplified ones twice over. Readers and voices (zh-TW), fonts (TC faces: centred
/// punctuation) and the PDF /Lang depend on it.
std::string chinese_language_tag(std::string_view text);

}  // namespace folio::transform
