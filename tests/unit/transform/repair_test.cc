#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "transform/html_entities.h"
#include "transform/lost_punctuation.h"
#include "transform/mojibake.h"
#include "transform/repair.h"
#include "transform/typography.h"

#include "model_builders.h"
#include "transform/release_transforms.h"

namespace folio::transform {
namespace {

// The context of a document written in `text` (its correct part).
MojibakeContext context_of(const std::string& text) { return mojibake_context(text); }

const std::string kFrench =
    "Le conseil municipal a présenté mercredi le projet de rénovation du théâtre, fermé depuis "
    "l’été dernier. « Nous voulons rouvrir à l’automne », a déclaré la maire, qui a salué le travail "
    "des équipes.";

TEST(Mojibake, RepairsUtf8ReadAsWindows1252) {
  ChangeLog log;
  EXPECT_EQ(repair_mojibake("CafÃ© â€œbioâ€\u009d lâ€™Ã©tÃ©", context_of(kFrench), log), "Café “bio” l’été");
  EXPECT_EQ(log.total(), 6);
  EXPECT_NE(log.describe().find("'Ã©' → 'é' ×3"), std::string::npos) << log.describe();
}

// Every sequence that may read as mojibake is a character U+00C2–U+00F4 followed by one that
// Windows-1252 or Latin-1 gives for a continuation byte (0x80–0xBF): the quick test that spares
// most text the search must let each such pair through, and may pass over correct text.
TEST(Mojibake, TheQuickTestLetsEveryLeadAndContinuationThrough) {
  constexpr char32_t kCp1252[] = {0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
                                  0x0160, 0x2039, 0x0152, 0x017D, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                  0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x017E, 0x0178};
  std::vector<char32_t> continuations(std::begin(kCp1252), std::end(kCp1252));
  for (char32_t c = 0x80; c <= 0xBF; ++c) continuations.push_back(c);
  int pairs = 0;
  for (char32_t lead = 0xC2; lead <= 0xF4; ++lead) {
    for (char32_t next : continuations) {
      const std::string text = "mot " + base::encode_utf8(std::u32string{lead, next}) + " mot";
      EXPECT_TRUE(may_hold_mojibake(text)) << static_cast<unsigned>(lead) << " " << static_cast<unsigned>(next);
      ++pairs;
    }
  }
  EXPECT_EQ(pairs, 51 * 91);
  EXPECT_TRUE(may_hold_mojibake("Ã©tÃ© â€™"));
  for (const char* correct : {"L'été à Noël, naïve Straße", "Ça coûte 5 € — « oui »", "plain ASCII", ""}) {
    EXPECT_FALSE(may_hold_mojibake(correct)) << correct;
  }
}

TEST(Mojibake, LeavesGenuineLatinTextAlone) {
  ChangeLog log;
  const std::string text = "À Noël, l’été à Bâle : déjà vu, «\u202fça\u202f» et Ångström. Ã seule. NESTLÉ® et NESCAFÉ®.";
  EXPECT_EQ(repair_mojibake(text, context_of(text), log), text);
  EXPECT_TRUE(log.empty()) << log.describe();
}

TEST(Mojibake, CorrectTextThatReadsAsUtf8OfAnotherScriptStays) {
  // ß + soft hyphen, curly quote or no-break space is an N'Ko letter as UTF-8; é + no-break space
  // + » is a Han character, à + no-break space + « a Samaritan letter.
  const std::string german = "Die Maß\u00ADnahmen gelten ab Montag. „Das Maß“ ist voll, sagte die Straß\u00A0Bauerin.";
  const std::string french = "Au nom de la liberté\u00A0» et de l’égalité, il est allé à\u00A0« Paris ».";
  for (const auto& text : {german, french}) {
    ChangeLog log;
    EXPECT_EQ(repair_mojibake(text, context_of(text), log), text);
    EXPECT_TRUE(log.empty()) << log.describe();
    EXPECT_FALSE(context_of(text).damaged);
  }
}

TEST(Mojibake, AParagraphIsRepairedOnlyWithATelltaleSequence) {
  const MojibakeContext context = context_of(kFrench);
  ChangeLog log;
  // "Ã" + no-break space is "à", but correct Portuguese capitals could end so: alone, it stays.
  EXPECT_EQ(repair_mojibake("Rendez-vous Ã\u00A0 Paris", context, log), "Rendez-vous Ã\u00A0 Paris");
  EXPECT_TRUE(log.empty());
  // With "Ã©" in the same paragraph, the paragraph is damaged: both are repaired.
  EXPECT_EQ(repair_mojibake("Rendez-vous Ã\u00A0 Paris cet Ã©tÃ©", context, log), "Rendez-vous à Paris cet été");
  MojibakeContext damaged = context;
  damaged.damaged = true;
  EXPECT_EQ(repair_mojibake("Rendez-vous Ã\u00A0 Paris", damaged, log), "Rendez-vous à Paris");
}

TEST(Mojibake, NeverProducesALetterOfAScriptTheDocumentDoesNotUse) {
  ChangeLog log;
  // "Ð¿Ñ€Ð¸" is Cyrillic "при": repaired in a Russian document, not in a French one.
  EXPECT_EQ(repair_mojibake("Ð¿Ñ€Ð¸", context_of(kFrench), log), "Ð¿Ñ€Ð¸");
  EXPECT_EQ(repair_mojibake("Ð¿Ñ€Ð¸", context_of("Банк России сообщил о снижении ключевой ставки."), log), "при");
  // "中" (E4 B8 AD) read as cp1252 is "ä¸\u00AD": Han only in a Chinese document.
  EXPECT_EQ(repair_mojibake("ä¸\u00AD", context_of(kFrench), log), "ä¸\u00AD");
  EXPECT_EQ(repair_mojibake("ä¸\u00AD", context_of("中华人民共和国国务院新闻办公室今天举行发布会介绍情况。"), log), "中");
  // A French document read as Windows-1252 throughout: its language menu's "中文" comes back.
  const std::string menu = "Ã‰tÃ© Ã\u00A0 Paris, dÃ©jÃ\u00A0 lÃ\u00A0, trÃ¨s prÃ¨s. \u00E4\u00B8\u00AD\u00E6\u2013\u2021";
  EXPECT_TRUE(context_of(menu).throughout);
  EXPECT_EQ(repair_mojibake(menu, context_of(menu), log), "Été à Paris, déjà là, très près. 中文");
  // IPA (É + ® is U+026E) is Latin, but no language of the document writes it.
  EXPECT_EQ(repair_mojibake("É®", context_of(kFrench), log), "É®");
}

TEST(Mojibake, AWholeDocumentReadInTheWrongEncoding) {
  // Russian UTF-8 read as Windows-1252 (undefined bytes as Latin-1's C1 controls): no Cyrillic
  // is left, yet the repaired text is all Cyrillic.
  const std::string damaged = "Ð‘Ð°Ð½Ðº Ð\u00A0Ð¾Ñ\u0081Ñ\u0081Ð¸Ð¸ Ñ\u0081Ð¾Ð¾Ð±Ñ‰Ð¸Ð» Ð¾ Ñ\u0081Ð½Ð¸Ð¶ÐµÐ½Ð¸Ð¸ ÐºÐ»ÑŽÑ‡ÐµÐ²Ð¾Ð¹ Ñ\u0081Ñ‚Ð°Ð²ÐºÐ¸.";
  const MojibakeContext context = context_of(damaged);
  EXPECT_TRUE(context.damaged);
  ChangeLog log;
  EXPECT_EQ(repair_mojibake(damaged, context, log), "Банк России сообщил о снижении ключевой ставки.");
}

TEST(Mojibake, TextEncodedTwiceIsRepairedInTwoRounds) {
  ChangeLog log;
  EXPECT_EQ(repair_mojibake("Ã§a c'est ÃƒÂ©tÃƒÂ© Ã¢â‚¬â„¢", context_of(kFrench), log), "ça c'est été ’");
  EXPECT_NE(log.describe().find("'ÃƒÂ©' → 'é'"), std::string::npos) << log.describe();
}

TEST(Mojibake, CorrectTextIsNotADamagedDocument) {
  EXPECT_FALSE(context_of(kFrench).damaged);
  EXPECT_FALSE(context_of("Die Maß\u00ADnahmen der Straß\u00A0Bauerin").damaged);
}

PunctuationContext punctuation_of(const std::string& text, const std::string& language) {
  return punctuation_context(text, language);
}

TEST(LostQuoteBytes, RestoresApostrophesQuotesAndDashes) {
  const std::string text = "âIt isnât over,â? he said â the workâpaid by usâis done. Weâll see. It is work paid by us.";
  ChangeLog log;
  EXPECT_EQ(repair_lost_quote_bytes(text, punctuation_of(text, "en"), log),
            "“It isn’t over,” he said – the work—paid by us—is done. We’ll see. It is work paid by us.");
}

TEST(LostQuoteBytes, ACircumflexThatCanBeALetterStays) {
  // Inside a word whose other letters are Latin, whatever the language.
  for (const std::string lang : {"en", "de", "fr", "ro", "pt"}) {
    const std::string text = "Château Picard, Brâncuși, România, Câmara, théâtre, dégât, qu’il donnât, mâle, pâte";
    ChangeLog log;
    EXPECT_EQ(repair_lost_quote_bytes(text, punctuation_of(text, lang), log), text) << lang;
    EXPECT_TRUE(log.empty()) << lang << ": " << log.describe();
  }
  // A French word may start with "â": only a capital after it shows a quotation mark.
  const std::string french = "l’âge et l’âme, et âLe projet";
  ChangeLog log;
  EXPECT_EQ(repair_lost_quote_bytes(french, punctuation_of(french, "fr"), log), "l’âge et l’âme, et “Le projet");
}

TEST(LostQuoteBytes, FrenchElision) {
  const std::string text = "lâentreprise et dâautres, jusquâici";
  ChangeLog log;
  EXPECT_EQ(repair_lost_quote_bytes(text, punctuation_of(text, "fr"), log), "l’entreprise et d’autres, jusqu’ici");
}

TEST(QuestionMarkQuotes, RestoresQuotesWhereTheDocumentShowsTheDamage) {
  const std::string text = "?Yes,? he said. We don?t know. It?s late. Why? Because. See https://x.org/?s=a&t=b";
  const auto context = punctuation_of(text, "en");
  EXPECT_TRUE(context.quotes_lost_to_question_marks);
  ChangeLog log;
  EXPECT_EQ(repair_question_mark_quotes(text, context, log),
            "“Yes,” he said. We don’t know. It’s late. Why? Because. See https://x.org/?s=a&t=b");
}

TEST(QuestionMarkQuotes, QuestionMarksStayInCorrectText) {
  const std::string text = "Why? Because. Quoi ? Rien. Was it https://example.org/?id=3 or not? Who knows?";
  const auto context = punctuation_of(text, "en");
  EXPECT_FALSE(context.quotes_lost_to_question_marks);
  ChangeLog log;
  EXPECT_EQ(repair_question_mark_quotes(text, context, log), text);
}

TEST(EscapedEntities, DecodesReferencesThatFitTheDocument) {
  const EntityContext context = entity_context(kFrench);
  EXPECT_FALSE(context.throughout);
  ChangeLog log;
  EXPECT_EQ(repair_escaped_entities("Procter &amp; Gamble, l&#8217;&eacute;t&eacute; &amp;eacute; &#x41;", context, log),
            "Procter & Gamble, l’été é A");
  // A reference to a letter of another script, or no reference at all, stays as written.
  EXPECT_EQ(repair_escaped_entities("&#1087; AT&T; &nosuch; R&D", context, log), "&#1087; AT&T; &nosuch; R&D");
}

TEST(EscapedEntities, TextEscapedThroughoutDecodesEveryReference) {
  // Every letter outside ASCII is a reference: the language menu's Russian is decoded too.
  const std::string text = "L&amp;#39;&eacute;t&eacute; &agrave; Paris, d&eacute;j&agrave; &#1056;&#1091;&#1089;";
  const EntityContext context = entity_context(text);
  EXPECT_TRUE(context.throughout);
  ChangeLog log;
  EXPECT_EQ(repair_escaped_entities("d&eacute;j&agrave; &#1056;&#1091;&#1089;", context, log), "déjà Рус");
  // One written "é" more than references: not throughout.
  EXPECT_FALSE(entity_context("é é é é é é é &eacute; &#1056;&#1091;").throughout);
}

TEST(EscapedEntities, PagesShowingMarkup) {
  EXPECT_TRUE(shows_markup("Write <p> for a paragraph, close it with </p>, and &amp; for &"));
  EXPECT_FALSE(shows_markup("one stray <script> left in the text"));
  EXPECT_FALSE(shows_markup("a < b and c > d"));
}

TEST(LostLigatures, RestoresUnambiguousFrenchWords) {
  ChangeLog log;
  EXPECT_EQ(restore_lost_ligatures("la main-d’uvre, des manuvres, une Uvre et un cur", "fr", log),
            "la main-d’œuvre, des manœuvres, une Œuvre et un cœur");
  EXPECT_EQ(log.total(), 4);
}

TEST(LostLigatures, MatchesAccentedWordsInAnyCase) {
  ChangeLog log;
  // The lexicon is asked in lower case: "É" as "é", whatever the case of the rest.
  EXPECT_EQ(restore_lost_ligatures("DÉSUVRÉ, Désuvré, désuvré.", "fr", log), "DÉSŒUVRÉ, Désœuvré, désœuvré.");
  EXPECT_EQ(log.total(), 3);
  EXPECT_NE(log.describe().find("'DÉSUVRÉ' → 'DÉSŒUVRÉ'"), std::string::npos);
}

TEST(LostLigatures, LeavesOtherWordsAndLanguagesAlone) {
  ChangeLog log;
  // "sur" (sœur) and "il" (œil) are French words themselves: not in the lexicon.
  EXPECT_EQ(restore_lost_ligatures("la sur et le vu, il", "fr", log), "la sur et le vu, il");
  EXPECT_EQ(restore_lost_ligatures("the uvre museum", "en", log), "the uvre museum");
  EXPECT_TRUE(log.empty());
}

TEST(Invisible, RemovesSoftHyphensAndZeroWidthJunk) {
  ChangeLog log;
  EXPECT_EQ(remove_invisible("Pres\u00ADse\u200Bmit\uFEFFteilung\x01!", log), "Pressemitteilung!");
  EXPECT_EQ(log.total(), 4);
  EXPECT_NE(log.describe().find("U+00AD soft hyphen"), std::string::npos);
}

TEST(Invisible, KeepsMeaningfulFormatCharacters) {
  ChangeLog log;
  const std::string text = "Biden-\u2060Harris ذخیره\u200Cسازی نام\u200D";  // word joiner, ZWNJ, ZWJ
  EXPECT_EQ(remove_invisible(text, log), text);
  EXPECT_TRUE(log.empty());
}

TEST(Homoglyphs, LatinLettersInCyrillicText) {
  ChangeLog log;
  EXPECT_EQ(repair_homoglyphs("ставку c 28 февраля и пpoект", USCRIPT_CYRILLIC, log), "ставку с 28 февраля и проект");
  EXPECT_EQ(log.total(), 2);
  ChangeLog none;
  EXPECT_EQ(repair_homoglyphs("Банк России и Apple Inc", USCRIPT_CYRILLIC, none), "Банк России и Apple Inc");
  EXPECT_TRUE(none.empty());
}

// Spam writes Latin words with Cyrillic or Greek look-alikes to pass filters; a screen reader
// spells such a word out, or reads it in another language's voice.
TEST(Homoglyphs, LookAlikeLettersInLatinText) {
  ChangeLog log;
  // Cyrillic о, с, е, і, ѕ, у and Greek ν among Latin letters.
  EXPECT_EQ(repair_homoglyphs("Y\u043Eur \u0441\u043Ent\u0435nt \u0456\u0455 d\u0435li\u03BD\u0435r\u0435d "
                              "\u0456n\u0455t\u0430ntl\u0443.",
                              USCRIPT_LATIN, log),
            "Your content is delivered instantly.");
  EXPECT_EQ(log.total(), 5);
  EXPECT_EQ(repair_homoglyphs("nobody \u057Dnderstands wh\u0561t", USCRIPT_LATIN, log), "nobody understands wh\u0561t");
  // A word wholly in another script stays (a quotation, a name), and so does a word with a letter
  // that imitates none (Cyrillic ж).
  ChangeLog none;
  const std::string kept = "Der Chor sang \u00ABКатюша\u00BB und R\u0436ev.";
  EXPECT_EQ(repair_homoglyphs(kept, USCRIPT_LATIN, none), kept);
  EXPECT_TRUE(none.empty());
}

TEST(Nfc, RecomposesDecomposedLetters) {
  bool changed = false;
  EXPECT_EQ(normalize_nfc("e\u0301te\u0301", changed), "été");
  EXPECT_TRUE(changed);
  normalize_nfc("été", changed);
  EXPECT_FALSE(changed);
}

// A repair that reads only its own text works on a long document's texts on two threads
// (release_transforms.cc, repair_texts): the texts are repaired and reported in document order
// as in a short document.
TEST(RepairTexts, ALongDocumentsRepairsAreReportedInDocumentOrder) {
  for (int paragraphs : {40, 3000}) {
    model::Blocks blocks;
    for (int i = 0; i < paragraphs; ++i) {
      model::Inline text;
      const bool damaged = i % 10 == 7;
      const std::string invisible = damaged ? "\u00AD\u200B" : "";
      text.node = model::Text{"The council said that the library will open" + invisible +
                              " in the spring for all of its residents."};
      text.info.span = base::Span{"doc.txt", 0, 0, static_cast<std::uint32_t>(i + 1), 1};
      blocks.push_back(test::paragraph({text}));
    }
    auto doc = test::document("en", std::move(blocks));
    const auto diagnostics = apply_release_transforms(doc);
    std::vector<std::uint32_t> lines;
    for (const auto& d : diagnostics) {
      if (d.code == "repair.invisible") lines.push_back(d.span.line);
    }
    ASSERT_EQ(lines.size(), static_cast<std::size_t>(paragraphs / 10)) << paragraphs;
    for (std::size_t k = 0; k < lines.size(); ++k) EXPECT_EQ(lines[k], 10 * k + 8) << paragraphs;
    for (const auto& b : doc.blocks) EXPECT_EQ(model::plain_text(b).find("\u200B"), std::string::npos);
  }
}

// A long document's typography is set text by text on two threads (release_transforms.cc): each
// text as in a short document, and one note with the counts of all.
TEST(DocumentTypography, ALongDocumentIsSetAsAShortOne) {
  const std::string said = "Le maire a dit : « c'est l'heure » !";
  for (int paragraphs : {40, 1200}) {
    model::Blocks blocks;
    for (int i = 0; i < paragraphs; ++i) {
      model::Inline text;
      text.node = model::Text{i % 2 ? said : "La bibliothèque ouvrira au printemps pour tous les habitants de la ville."};
      blocks.push_back(test::paragraph({text}));
    }
    auto doc = test::document("fr", std::move(blocks));
    const auto diagnostics = apply_release_transforms(doc);
    TypographyCounts one;
    const std::string set = apply_typography(said, "fr", one);
    ASSERT_NE(set, said);
    for (std::size_t i = 1; i < doc.blocks.size(); i += 2) EXPECT_EQ(model::plain_text(doc.blocks[i]), set) << i;
    const auto note = std::find_if(diagnostics.begin(), diagnostics.end(),
                                   [](const base::Diagnostic& d) { return d.code == "typography.applied"; });
    ASSERT_NE(note, diagnostics.end());
    const int n = paragraphs / 2;
    EXPECT_NE(note->message.find(std::to_string(n * one.apostrophes) + " apostrophes, " +
                                 std::to_string(n * one.quotes) + " quotation marks, " +
                                 std::to_string(n * one.spaces) + " narrow no-break spaces"),
              std::string::npos)
        << note->message;
  }
}

}  // namespace
}  // namespace folio::transform
