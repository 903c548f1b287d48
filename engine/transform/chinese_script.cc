#include "transform/chinese_script.h"

#include "base/utf8.h"

namespace folio::transform {
namespace {

// Frequent characters in their Simplified and Traditional forms, pair by pair (checked with
// ICU's Hant-Hans transliteration, which is too slow to build for every document: ~25 ms).
// Characters shared by both scripts (布, 后, 面 …) are left out.
constexpr std::u32string_view kSimplified =
    U"们这说对时会发过国为来个经开关现进动还应题实学问体点机业东长书车门马见间从两与产务员统计划术总网电话语认让设备级"
    U"报华区将样软际组织场种义处结构线标准边达运议资质选项类张农记传历单观条压视论节权数导专参装师战济据维护庆众旧岁办约"
    U"费钱银医药读写听买卖乐爱无万亿军队县乡镇园图馆欢态虑险举启协签谈调测试验纪录释页频显络陆岛湾";
constexpr std::u32string_view kTraditional =
    U"們這說對時會發過國為來個經開關現進動還應題實學問體點機業東長書車門馬見間從兩與產務員統計劃術總網電話語認讓設備級"
    U"報華區將樣軟際組織場種義處結構線標準邊達運議資質選項類張農記傳歷單觀條壓視論節權數導專參裝師戰濟據維護慶眾舊歲辦約"
    U"費錢銀醫藥讀寫聽買賣樂愛無萬億軍隊縣鄉鎮園圖館歡態慮險舉啟協簽談調測試驗紀錄釋頁頻顯絡陸島灣啓";

}  // namespace

std::string chinese_language_tag(std::string_view text) {
  int simplified = 0;
  int traditional = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = base::next_code_point(text, i);
    if (c < 0x4E00) continue;
    if (kSimplified.find(c) != std::u32string_view::npos) ++simplified;
    if (kTraditional.find(c) != std::u32string_view::npos) ++traditional;
  }
  return traditional >= 3 && traditional > 2 * simplified ? "zh-Hant" : "zh";
}

}  // namespace folio::transform
