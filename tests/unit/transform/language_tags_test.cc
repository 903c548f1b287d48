// Language tags as sources write them: each one usable, repaired or dropped before any output
// carries it.
#include "transform/language_tags.h"

#include <gtest/gtest.h>

#include "model_builders.h"
#include "transform/release_transforms.h"

namespace folio::transform {
namespace {

TEST(LanguageTags, WellFormedTagsOfKnownLanguagesAreKept) {
  for (const char* tag : {"en", "en-US", "zh-Hant", "sr-Latn-RS", "de-DE-1996", "yue", "fil", "haw", "es-419", "qaa"}) {
    EXPECT_EQ(usable_language_tag(tag), std::string(tag)) << tag;
  }
}

TEST(LanguageTags, LocaleNamesAndSpacesAreRepaired) {
  EXPECT_EQ(usable_language_tag("pt_BR"), "pt-BR");
  EXPECT_EQ(usable_language_tag("de_CH"), "de-CH");
  EXPECT_EQ(usable_language_tag(" en \n"), "en");
}

// Found in real pages' lang attributes: a country list, an empty attribute written out, the
// name of a programming language.
TEST(LanguageTags, WhatIsNotALanguageTagIsRefused) {
  for (const char* tag : {"english", "English", "fr fr", "en-", "-en", "xx", "und", "", "lang=", "DE, AT, CH", "Batch",
                          "x-private", "en--US", "toolongsubtag-en"}) {
    EXPECT_EQ(usable_language_tag(tag), std::nullopt) << tag;
  }
}

TEST(LanguageTags, EveryTagOfTheDocumentIsCheckedAndTheLanguageDetectedWhenDropped) {
  using namespace test;
  model::Inline text;
  text.node = model::Text{"The council said that the new library will open in the spring and that it is for all."};
  model::Inline quoted;
  quoted.node = model::Text{"Bonjour"};
  model::Inline aside;
  aside.node = model::Text{"Hola"};
  auto doc = document("english", {paragraph({text, span("fr fr", {quoted})}), paragraph({span("es_ES", {aside})}, "Batch")});
  doc.metadata.source = "page.html";
  const auto diagnostics = apply_release_transforms(doc);
  EXPECT_EQ(doc.metadata.language, "en");  // detected, not "english"
  int invalid = 0, repaired = 0;
  for (const auto& d : diagnostics) {
    invalid += d.code == "language.tag-invalid";
    repaired += d.code == "language.tag-repaired";
  }
  EXPECT_EQ(invalid, 3);   // "english", "fr fr", "Batch"
  EXPECT_EQ(repaired, 1);  // "es_ES"
  model::for_each_block(doc.blocks, [](const model::Block& b) { EXPECT_NE(b.info.lang, "Batch"); });
  bool spanish = false;
  model::for_each_inlines(doc.blocks, [&](model::Block&, model::Inlines& inlines) {
    for (const auto& inl : inlines) {
      EXPECT_NE(inl.info.lang, "fr fr");
      spanish = spanish || inl.info.lang == "es-ES";
    }
  });
  EXPECT_TRUE(spanish);
}

}  // namespace
}  // namespace folio::transform
