#include <gtest/gtest.h>

#include "transform/language.h"

#include <algorithm>

#include "model_builders.h"
#include "transform/chinese_script.h"
#include "transform/release_transforms.h"

namespace folio::transform {
namespace {

struct Sample {
  const char* language;
  const char* text;
};

TEST(Language, DetectsTheCorpusLanguages) {
  const Sample samples[] = {
      {"en", "The council said that the new library will open in the spring and that it is for all residents."},
      {"fr", "Le conseil a annoncé que la nouvelle bibliothèque ouvrira au printemps et qu’elle est pour tous les habitants."},
      {"es", "El consejo dijo que la nueva biblioteca abrirá en la primavera y que es para todos los vecinos del barrio."},
      {"de", "Der Rat teilte mit, dass die neue Bibliothek im Frühjahr öffnet und für alle Einwohner der Stadt ist."},
      {"pt", "O conselho disse que a nova biblioteca vai abrir na primavera e que é para todos os moradores da cidade."},
      {"ru", "Совет сообщил, что новая библиотека откроется весной и что она будет для всех жителей города."},
      {"ar", "أعلن المجلس أن المكتبة الجديدة ستفتح أبوابها في الربيع وأنها مفتوحة لجميع السكان."},
      {"fa", "شورا اعلام کرد که کتابخانه جدید در بهار باز می‌شود و برای همه ساکنان شهر است."},
      {"zh-Hant", "理事會宣布新圖書館將於春天開放，歡迎所有市民使用。"},
      {"zh", "理事会宣布新图书馆将于春天开放，欢迎所有市民使用。"},
      {"si", "නව පුස්තකාලය වසන්තයේදී විවෘත වන බව සභාව නිවේදනය කළේය."},
      {"sv", "Rådet meddelade att det nya biblioteket öppnar i vår och att det är för alla som bor i staden."},
  };
  for (const auto& s : samples) {
    EXPECT_EQ(detect_language(s.text).language, s.language) << s.text;
  }
}

TEST(Language, TraditionalChineseByItsCharacters) {
  EXPECT_EQ(chinese_language_tag("這是我們的新聞稿，說明會將在台北舉行。"), "zh-Hant");
  EXPECT_EQ(chinese_language_tag("这是我们的新闻稿，说明会将在北京举行。"), "zh");
  // Two Traditional forms are too few to tell; three against two Simplified ones are not enough.
  EXPECT_EQ(chinese_language_tag("中文與書"), "zh");
  EXPECT_EQ(chinese_language_tag("這們說发过"), "zh");
  EXPECT_EQ(chinese_language_tag("These 們 這 說 are in Latin text"), "zh-Hant");
}

TEST(Language, TooLittleTextIsUnknown) {
  EXPECT_EQ(detect_language("OK 123").language, "");
  EXPECT_EQ(detect_language("").language, "");
}

TEST(Language, RightToLeftLanguages) {
  EXPECT_TRUE(is_rtl_language("ar"));
  EXPECT_TRUE(is_rtl_language("fa-IR"));
  EXPECT_TRUE(is_rtl_language("he"));
  EXPECT_FALSE(is_rtl_language("fr"));
  EXPECT_FALSE(is_rtl_language(""));
}

// The document's language and each paragraph's are guessed from their own texts; a long document
// guesses them on two threads (release_transforms.cc), with the same outcome as a short one.
TEST(Language, ParagraphsInAnotherLanguageAreTaggedInShortAndLongDocuments) {
  const auto paragraph_of = [](std::string words) {
    model::Inline text;
    text.node = model::Text{std::move(words)};
    return test::paragraph({text});
  };
  for (int english : {3, 500}) {
    model::Blocks blocks;
    for (int i = 0; i < english; ++i) {
      blocks.push_back(paragraph_of("The council said that library number " + std::to_string(i) +
                                    " will open in the spring and that it is for all of the residents of the town."));
    }
    blocks.insert(blocks.begin() + english / 2,
                  paragraph_of("Der Rat teilte mit, dass die neue Bibliothek im Frühjahr öffnet und für alle "
                               "Einwohner der Stadt ist, die dort wohnen."));
    blocks.push_back(paragraph_of("أعلن المجلس أن المكتبة الجديدة ستفتح أبوابها في الربيع وأنها مفتوحة لجميع السكان "
                                  "في المدينة وفي القرى المجاورة لها."));
    auto doc = test::document("", std::move(blocks));
    const auto diagnostics = apply_release_transforms(doc);
    EXPECT_EQ(doc.metadata.language, "en") << english;
    const auto count = [&](const char* code) {
      return std::count_if(diagnostics.begin(), diagnostics.end(), [&](const auto& d) { return d.code == code; });
    };
    EXPECT_EQ(count("language.detected"), 1) << english;
    EXPECT_EQ(count("language.block-detected"), 2) << english;
    std::vector<std::string> langs;
    model::for_each_block(doc.blocks, [&](const model::Block& b) {
      if (!b.info.lang.empty()) langs.push_back(b.info.lang + (b.info.dir == model::Direction::rtl ? "/rtl" : ""));
    });
    EXPECT_EQ(langs, (std::vector<std::string>{"de", "ar/rtl"})) << english;
  }
}

}  // namespace
}  // namespace folio::transform
