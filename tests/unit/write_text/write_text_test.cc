#include "writers/text/write_text.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "writers/text/text_layout.h"

namespace folio::writers {
namespace {

namespace m = model;

m::Inline text(std::string s) { return m::make_text(std::move(s)); }

m::Inline link(std::string href, std::string label) {
  m::Inline inl;
  inl.node = m::Link{std::move(href), {text(std::move(label))}};
  return inl;
}

m::Inline inline_quote(m::Inlines children, std::string lang = "") {
  m::Inline inl;
  inl.info.lang = std::move(lang);
  inl.node = m::InlineQuote{std::move(children)};
  return inl;
}

m::Inline line_break() { return m::Inline{{}, m::LineBreak{}}; }

m::Inline inline_image(std::optional<std::string> alt) { return m::Inline{{}, m::Image{"logo.png", std::move(alt)}}; }

m::Block paragraph(m::Inlines content, m::Role role = m::Role::none) {
  m::Block b;
  b.role = role;
  b.node = m::Paragraph{std::move(content)};
  return b;
}

m::Block paragraph(std::string s, m::Role role = m::Role::none) { return paragraph(m::Inlines{text(std::move(s))}, role); }

m::Block heading(int level, std::string s) {
  m::Block b;
  b.node = m::Heading{level, {text(std::move(s))}};
  return b;
}

m::Block list(bool ordered, int start, std::vector<m::Blocks> items) {
  m::List l{ordered, start, {}};
  for (auto& blocks : items) l.items.push_back({{}, std::move(blocks)});
  m::Block b;
  b.node = std::move(l);
  return b;
}

m::Block quote(m::Blocks blocks, std::string attribution) {
  m::Block b;
  m::Inlines by;
  if (!attribution.empty()) by.push_back(text(std::move(attribution)));
  b.node = m::Quote{std::move(blocks), std::move(by)};
  return b;
}

m::Block figure(std::optional<std::string> alt, std::string caption) {
  m::Block b;
  m::Inlines c;
  if (!caption.empty()) c.push_back(text(std::move(caption)));
  b.node = m::Figure{m::Image{"image.png", std::move(alt)}, std::move(c)};
  return b;
}

m::Block section(m::Role role, m::Blocks blocks) {
  m::Block b;
  b.role = role;
  b.node = m::Section{std::move(blocks)};
  return b;
}

m::TableCell cell(std::string s, bool header = false, int colspan = 1) {
  m::TableCell c;
  c.header = header;
  c.colspan = colspan;
  c.blocks.push_back(paragraph(std::move(s)));
  return c;
}

m::Document document(m::Blocks blocks, std::string lang = "") {
  m::Document doc;
  doc.metadata.language = std::move(lang);
  doc.blocks = std::move(blocks);
  return doc;
}

std::string write(const m::Document& doc, int wrap = 0) { return write_text(doc, {.wrap = wrap}); }

std::string write_table(m::Table table, int wrap = 0) {
  m::Block b;
  b.node = std::move(table);
  return write(document({b}), wrap);
}

TEST(WriteText, EmptyDocumentIsOneNewline) { EXPECT_EQ(write({}), "\n"); }

TEST(WriteText, MetadataIsNotWritten) {
  // Title, date, place, organization and source are metadata of the PDF and the EPUB; the text
  // holds only the words those show.
  m::Document doc = document({paragraph("Bonjour.")}, "fr");
  doc.metadata.title = "Rapport annuel";
  doc.metadata.date = "2026-03-12";
  doc.metadata.place = "Paris";
  doc.metadata.organization = "Fondation Rivages";
  doc.metadata.source = "https://rivages.example/rapport";
  EXPECT_EQ(write(doc), "Bonjour.\n");
}

TEST(WriteText, HeadingsAreTheirTextAtEveryLevel) {
  EXPECT_EQ(write(document({heading(1, "Titre"), paragraph("La une", m::Role::headline), heading(2, "Sous-titre"),
                            heading(3, "Détails"), heading(6, "Note")})),
            "Titre\n\nLa une\n\nSous-titre\n\nDétails\n\nNote\n");
}

TEST(WriteText, ParagraphsAreSeparatedByOneBlankLine) {
  EXPECT_EQ(write(document({paragraph("Un."), paragraph("Deux."), paragraph("Trois.")})), "Un.\n\nDeux.\n\nTrois.\n");
}

TEST(WriteText, NestedOrderedListHonoursStart) {
  const m::Block inner = list(false, 1, {{paragraph("a")}, {paragraph("b")}});
  EXPECT_EQ(write(document({list(true, 3, {{paragraph("Trois"), inner}, {paragraph("Quatre")}})})),
            "3. Trois\n   • a\n   • b\n4. Quatre\n");
  EXPECT_EQ(write(document({list(true, 9, {{paragraph("Neuf")}, {paragraph("Dix")}})})), "9. Neuf\n10. Dix\n");
}

TEST(WriteText, MultiBlockItemsAreContinuationIndented) {
  EXPECT_EQ(write(document({list(false, 1, {{paragraph("Un"), paragraph("Suite")}, {paragraph("Deux")}})})),
            "• Un\n\n  Suite\n\n• Deux\n");
}

TEST(WriteText, QuoteWithAttribution) {
  EXPECT_EQ(write(document({quote({paragraph("Il faut agir."), paragraph("Maintenant.")}, "Marie Dupont, directrice")})),
            "  Il faut agir.\n\n  Maintenant.\n  — Marie Dupont, directrice\n");
  EXPECT_EQ(write(document({quote({paragraph("Sans auteur.")}, "")})), "  Sans auteur.\n");
}

TEST(WriteText, LineBreakContinuesQuotePrefixAndListIndent) {
  const m::Block para = paragraph(m::Inlines{text("Ligne un"), line_break(), text("ligne deux")});
  EXPECT_EQ(write(document({quote({para}, "")})), "  Ligne un\n  ligne deux\n");
  EXPECT_EQ(write(document({list(true, 1, {{para}})})), "1. Ligne un\n   ligne deux\n");
}

TEST(WriteText, InlineQuoteIsItsText) {
  // The marks are text of the document by now (transform::mark_inline_quotes): none is added.
  const m::Block b = paragraph(m::Inlines{text("Il a dit "), inline_quote({text("«\u202Foui\u202F»")}), text(".")});
  EXPECT_EQ(write(document({b}, "fr")), "Il a dit «\u202Foui\u202F».\n");
}

TEST(WriteText, Figures) {
  EXPECT_EQ(write(document({figure("Une éolienne au large", "Le parc en 2025")})),
            "[Une éolienne au large]\nLe parc en 2025\n");
  EXPECT_EQ(write(document({paragraph("A"), figure("", ""), paragraph("B")})), "A\n\nB\n");
  EXPECT_EQ(write(document({figure(std::nullopt, "")})), "[Image without description]\n");
  EXPECT_EQ(write(document({paragraph(m::Inlines{text("Logo "), inline_image("Rivages"), text(", "),
                                                 inline_image(std::nullopt)})})),
            "Logo [Rivages], [Image without description]\n");
}

TEST(WriteText, TableAlignsByDisplayWidthWithColspan) {
  m::Table table;
  table.caption = {text("Budget")};
  table.header_rows = 1;
  table.rows.push_back({{}, {cell("Ville", true), cell("Montant", true)}});
  table.rows.push_back({{}, {cell("東京"), cell("12")}});
  table.rows.push_back({{}, {cell("Paris"), cell("7")}});
  table.rows.push_back({{}, {cell("Total général : 19", false, 2)}});
  EXPECT_EQ(write_table(std::move(table)),
            "Budget\n"
            "Ville  Montant\n"
            "-----  -----------\n"
            "東京   12\n"
            "Paris  7\n"
            "Total général : 19\n");
}

TEST(WriteText, TableRowspanLeavesItsColumnBlankBelow) {
  m::Table table;
  table.header_rows = 1;
  table.rows.push_back({{}, {cell("Region", true), cell("Office", true), cell("Hours", true)}});
  m::TableCell north = cell("North", true);
  north.rowspan = 2;
  table.rows.push_back({{}, {north, cell("Harbour Street"), cell("9–17")}});
  table.rows.push_back({{}, {cell("Station Square"), cell("10–16")}});
  table.rows.push_back({{}, {cell("South", true), cell("Closed", false, 2)}});
  EXPECT_EQ(write_table(std::move(table)),
            "Region  Office          Hours\n"
            "------  --------------  -----\n"
            "North   Harbour Street  9–17\n"
            "        Station Square  10–16\n"
            "South   Closed\n");
}

TEST(WriteText, WrapNarrowsATableTooWideAndWrapsItsCells) {
  m::Table table;
  table.header_rows = 1;
  table.rows.push_back({{}, {cell("Office", true), cell("Notes", true)}});
  table.rows.push_back({{}, {cell("Harbour Street"), cell("Open every weekday from nine to five, and on Saturday "
                                                          "mornings during the spring holidays.")}});
  table.rows.push_back({{}, {cell("Quay"), cell("Closed.")}});
  EXPECT_EQ(write_table(table, 40),
            "Office     Notes\n"
            "---------  -----------------------------\n"
            "Harbour    Open every weekday from nine\n"
            "Street     to five, and on Saturday\n"
            "           mornings during the spring\n"
            "           holidays.\n"
            "\n"
            "Quay       Closed.\n");
  // A table that fits is set as without wrapping; a word longer than the room stays whole.
  EXPECT_EQ(write_table(table, 0), write_table(table, 200));
  m::Table narrow;
  narrow.rows.push_back({{}, {cell("Telecommunications"), cell("Broadcasting")}});
  EXPECT_EQ(write_table(narrow, 10), "Telecommunications  Broadcasting\n");
}

TEST(WriteText, LinksAreTheirText) {
  const m::Block b = paragraph(m::Inlines{text("Voir "), link("https://a.example", "le site"), text(" ou "),
                                          link("https://b.example", ""), text(".")});
  EXPECT_EQ(write(document({b})), "Voir le site ou https://b.example.\n");
}

TEST(WriteText, AutolinksAreWrittenAsTheUrlOnly) {
  EXPECT_EQ(write(document({paragraph(m::Inlines{text("Site : "), link("https://c.example", "https://c.example"),
                                                 text(", "), link("mailto:presse@c.example", "presse@c.example")})})),
            "Site : https://c.example, presse@c.example\n");
}

TEST(WriteText, WrapKeepsUrlsWhole) {
  const std::string url = "https://www.rivages.example/publications/2026/rapport-annuel-complet.pdf";
  EXPECT_EQ(write(document({paragraph("Le rapport complet est disponible à l’adresse " + url + " dès aujourd’hui.")}, "fr"), 40),
            "Le rapport complet est disponible à\n"
            "l’adresse\n" +
                url +
                "\n"
                "dès aujourd’hui.\n");
}

TEST(WriteText, WrapKeepsFrenchGuillemetsWithTheirWords) {
  // Ordinary spaces inside the guillemets (untreated text): the marks still stay on the word's line.
  EXPECT_EQ(write(document({paragraph("« Nous devons agir ensemble et sans attendre », déclare Marie Dupont.")}, "fr"), 40),
            "« Nous devons agir ensemble et sans\n"
            "attendre », déclare Marie Dupont.\n");
  // Narrow no-break spaces (French typography) glue the marks to their words (UAX #14).
  const m::Block b = paragraph(m::Inlines{text("Elle répète souvent "),
                                          inline_quote({text("«\u202Fdemain sera meilleur\u202F»")}),
                                          text(" à chaque réunion.")});
  EXPECT_EQ(write(document({b}, "fr"), 40),
            "Elle répète souvent «\u202Fdemain sera\n"
            "meilleur\u202F» à chaque réunion.\n");
}

TEST(WriteText, WrapBreaksBetweenIdeographs) {
  EXPECT_EQ(write(document({paragraph("新闻稿新闻稿新闻稿新闻稿")}, "zh"), 10), "新闻稿新闻\n稿新闻稿新\n闻稿\n");
}

TEST(WriteText, WrapCountsListIndentAndQuotePrefix) {
  const std::string words = "un deux trois quatre cinq six sept huit";
  EXPECT_EQ(write(document({list(false, 1, {{paragraph(words)}})}), 16), "• un deux trois\n  quatre cinq\n  six sept huit\n");
  EXPECT_EQ(write(document({quote({paragraph(words)}, "Quelqu’un")}), 16),
            "  un deux trois\n  quatre cinq\n  six sept huit\n  — Quelqu’un\n");
}

TEST(WriteText, LongWordStaysWholeOnItsOwnLine) {
  EXPECT_EQ(write(document({paragraph("a anticonstitutionnellement b")}), 10), "a\nanticonstitutionnellement\nb\n");
}

TEST(WriteText, OutputIsNfc) {
  EXPECT_EQ(write(document({paragraph("Cafe\u0301 cre\u0300me")})), "Caf\u00e9 cr\u00e8me\n");
}

TEST(WriteText, RolesAndRules) {
  m::Block nav = section(m::Role::navigation, {paragraph("Accueil"), paragraph("Qui sommes-nous")});
  m::Block contacts = section(m::Role::contacts, {paragraph("Contact presse :"), paragraph("Jeanne Martin")});
  m::Block rule;
  rule.node = m::Rule{};
  EXPECT_EQ(write(document({nav, paragraph("Texte."), rule, contacts, paragraph("###", m::Role::end_mark)})),
            "Texte.\n\n--------------------\n\nContact presse :\n\nJeanne Martin\n\n###\n");
}

TEST(WriteText, RightToLeftStaysInLogicalOrderWithoutControls) {
  m::Document doc = document({paragraph("مرحبا بالعالم 2026")}, "ar");
  doc.dir = m::Direction::rtl;
  EXPECT_EQ(write(doc), "مرحبا بالعالم 2026\n");
}

m::Document everything() {
  m::Document doc = document({}, "fr");
  doc.metadata.title = "Titre";
  doc.blocks.push_back(heading(1, "Titre de la une"));
  doc.blocks.push_back(paragraph(m::Inlines{text("Un paragraphe avec un "), link("https://x.example", "lien"),
                                            text(" et une fin  "), line_break(), text("suite  ")}));
  doc.blocks.push_back(list(true, 3, {{paragraph("Trois"), list(false, 1, {{paragraph("a")}})}, {}}));
  doc.blocks.push_back(quote({paragraph("Dit."), paragraph("Redit.")}, "Quelqu’un"));
  doc.blocks.push_back(figure("", "Légende"));
  m::Table table;
  table.header_rows = 1;
  table.rows.push_back({{}, {cell("A", true), cell("Bbbbbb", true)}});
  table.rows.push_back({{}, {cell("Cccccc"), cell("")}});
  m::Block t;
  t.node = std::move(table);
  doc.blocks.push_back(std::move(t));
  return doc;
}

TEST(WriteText, NoTrailingSpacesAndOneFinalNewline) {
  for (int wrap : {0, 12, 40}) {
    const std::string out = write(everything(), wrap);
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(out.back(), '\n');
    EXPECT_FALSE(out.ends_with("\n\n")) << out;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
      EXPECT_FALSE(line.ends_with(' ') || line.ends_with('\t')) << "wrap " << wrap << ": [" << line << "]";
    }
  }
}

// Note references are their bracketed marker after the word, the notes come where their block
// is (at the end) as paragraphs opened by the marker, a note of two paragraphs hangs under it;
// struck text stays between tildes; task items show [x] / [ ] in place of the bullet.
TEST(WriteText, NotesStruckTextAndTaskItems) {
  m::Inline ref;
  ref.node = m::NoteRef{"a", "1"};
  m::Inline struck;
  struck.node = m::Strikethrough{{text("ten")}};
  m::List tasks;
  for (bool done : {true, false}) tasks.items.push_back({{}, {paragraph(done ? "Hours agreed" : "Signs")}, done});
  m::Block task_list;
  task_list.node = tasks;
  tasks.ordered = true;
  tasks.start = 3;
  m::Block numbered;
  numbered.node = tasks;
  m::Note note{{}, "a", "1", {paragraph("The survey ran in March."), paragraph("It had 1,214 answers.")}};
  m::Note other{{}, "b", "12", {paragraph("Staff agreed.")}};
  m::Block notes;
  notes.node = m::Notes{{note, other}};
  const auto doc = document({paragraph({text("Open at "), struck, text(" nine, says the survey"), ref, text(".")}),
                             task_list, numbered, notes});
  EXPECT_EQ(write(doc),
            "Open at ~~ten~~ nine, says the survey[1].\n\n"
            "[x] Hours agreed\n[ ] Signs\n\n"
            "3. [x] Hours agreed\n4. [ ] Signs\n\n"
            "[1] The survey ran in March.\n\n    It had 1,214 answers.\n\n"
            "[12] Staff agreed.\n");
}

TEST(WriteText, IsDeterministic) {
  const m::Document doc = everything();
  const m::Document copy = doc;
  EXPECT_EQ(write(doc), write(copy));
  EXPECT_EQ(write(doc, 30), write(doc, 30));
}

TEST(TextLayout, DisplayWidth) {
  EXPECT_EQ(display_width("abc"), 3);
  EXPECT_EQ(display_width("東京"), 4);
  EXPECT_EQ(display_width("ｆｕｌｌ"), 8);
  EXPECT_EQ(display_width("e\u0301"), 1);
  EXPECT_EQ(display_width("a\u200Db"), 2);
}

}  // namespace
}  // namespace folio::writers
