#include "release_fixture.h"

#include "test_pages.h"

namespace folio::pdf::test {

namespace {

model::NodeInfo info(std::uint32_t id, std::string lang = {}, model::Direction dir = model::Direction::inherit) {
  model::NodeInfo i;
  i.id = base::NodeId{id};
  i.lang = std::move(lang);
  i.dir = dir;
  return i;
}

model::Inline text_inline(std::uint32_t id, std::string text) {
  return model::Inline{info(id), model::Text{std::move(text)}};
}

model::Block paragraph(std::uint32_t id, model::Inlines content) {
  return model::Block{info(id), model::Role::none, model::Paragraph{std::move(content)}};
}

class Builder {
 public:
  Builder() : pages("fr", "Rapport annuel 2024") {
    doc.metadata.title = "Rapport annuel 2024";
    doc.metadata.language = "fr";
    doc.metadata.organization = "Organisation exemple";
    doc.metadata.date = "2024-03-15";
    doc.metadata.summary = "Résultats de l’année 2024";
  }
  std::uint32_t id() { return next++; }

  // A paragraph of plain text set on as many lines as it has entries in `lines`.
  model::Block plain_paragraph(std::vector<std::string> lines, const std::string& type = "P") {
    const std::uint32_t p = id(), t = id();
    std::string all;
    for (const auto& line : lines) all += line;
    pages.tag(p, type);
    for (const auto& line : lines) {
      pages.text(t, p, line);
      pages.line();
    }
    pages.end();
    plain += all + "\n";
    return paragraph(p, {text_inline(t, all)});
  }

  model::Block heading(int level, const std::string& text) {
    const std::uint32_t h = id(), t = id();
    pages.tag(h, "H" + std::to_string(level));
    pages.text(t, h, text, level == 1 ? 20 : 15);
    pages.end();
    pages.line(level == 1 ? 30 : 24);
    plain += text + "\n";
    return model::Block{info(h), level == 1 ? model::Role::headline : model::Role::none,
                        model::Heading{level, {text_inline(t, text)}}};
  }

  model::Document doc;
  TestPages pages;
  std::string plain;

 private:
  std::uint32_t next = 1;
};

void headings_and_link(Builder& b, bool hyphenate = true) {
  b.doc.blocks.push_back(b.heading(1, "Rapport annuel : une efficacité record"));
  {
    const std::uint32_t p = b.id(), t1 = b.id(), link = b.id(), t2 = b.id(), t3 = b.id();
    const std::string before = "Le rapport complet, avec ses annexes, est disponible sur ";
    const std::string link_text = "notre site";
    const std::string after = " depuis ce matin.";
    b.pages.tag(p, "P");
    b.pages.text(t1, p, before);
    b.pages.line();
    b.pages.tag(link, "Link");
    b.pages.text(t2, p, link_text);
    b.pages.link_over_last_run(link, "https://example.org/rapport");
    b.pages.end();
    b.pages.text(t3, p, after);
    b.pages.end();
    b.pages.line(22);
    model::Inline link_inline{info(link), model::Link{"https://example.org/rapport", {text_inline(t2, link_text)}}};
    b.doc.blocks.push_back(paragraph(p, {text_inline(t1, before), link_inline, text_inline(t3, after)}));
    b.plain += before + link_text + after + "\n";
  }
  b.doc.blocks.push_back(b.heading(2, "Les chiffres clés"));
  {
    const std::uint32_t p = b.id(), t = b.id(), hy = b.id();
    const std::string first = "Les résultats de l’exercice sont excep";
    const std::string second = "tionnels, durables et vérifiés par un auditeur indépendant.";
    b.pages.tag(p, "P");
    b.pages.text(t, p, first);
    if (hyphenate) {
      b.pages.hyphen(hy, p);
      b.pages.line();
    }
    b.pages.text(t, p, second);
    b.pages.end();
    b.pages.line(22);
    b.doc.blocks.push_back(paragraph(p, {text_inline(t, first + second)}));
    b.plain += first + second + "\n";
  }
}

void list(Builder& b) {
  const std::uint32_t l = b.id();
  model::List list{true, 1, {}};
  b.pages.tag(l, "L");
  const std::vector<std::string> items = {"Une croissance de trois points sur l’année.",
                                          "Deux nouveaux bureaux ouverts en région."};
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::uint32_t li = b.id(), p = b.id(), t = b.id();
    const std::string label = std::to_string(i + 1) + ".";
    b.pages.tag(li, "LI");
    b.pages.tag(li, "Lbl");
    b.pages.text(li, li, label + " ");
    b.pages.end();
    b.pages.tag(li, "LBody");
    b.pages.text(t, p, items[i]);
    b.pages.end();
    b.pages.end();
    b.pages.line();
    model::ListItem item{info(li), {paragraph(p, {text_inline(t, items[i])})}};
    list.items.push_back(std::move(item));
    b.plain += label + " " + items[i] + "\n";
  }
  b.pages.end();
  b.pages.line(8);
  b.doc.blocks.push_back(model::Block{info(l), model::Role::none, std::move(list)});
}

void quote(Builder& b) {
  const std::uint32_t q = b.id();
  b.pages.tag(q, "BlockQuote");
  model::Block said = b.plain_paragraph({"« Nous sommes fiers de ce travail collectif », dit la directrice."});
  b.pages.end();
  b.pages.line(8);
  b.doc.blocks.push_back(model::Block{info(q), model::Role::quote, model::Quote{{std::move(said)}, {}}});
}

void table(Builder& b) {
  const std::uint32_t tbl = b.id();
  model::Table table;
  table.header_rows = 1;
  const std::vector<std::vector<std::string>> rows = {{"Année", "Croissance"}, {"2023", "12 %"}, {"2024", "15 %"}};
  b.pages.tag(tbl, "Table");
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const std::uint32_t tr = b.id();
    model::TableRow row{info(tr), {}};
    b.pages.tag(tr, "TR");
    std::string line;
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      const std::string& cell_text = rows[r][c];
      const std::uint32_t cell = b.id(), p = b.id(), t = b.id();
      const bool header = r == 0;
      b.pages.tab(72 + 90.0 * static_cast<double>(c));
      b.pages.tag(cell, header ? "TH" : "TD");
      b.pages.text(t, p, cell_text);
      b.pages.end();
      row.cells.push_back(model::TableCell{info(cell), header, header ? model::Scope::column : model::Scope::none, 1, 1,
                                           {paragraph(p, {text_inline(t, cell_text)})}});
      line += (line.empty() ? "" : " ") + cell_text;
    }
    b.pages.end();
    b.pages.line();
    table.rows.push_back(std::move(row));
    b.plain += line + "\n";
  }
  b.pages.end();
  b.pages.line(8);
  b.doc.blocks.push_back(model::Block{info(tbl), model::Role::none, std::move(table)});
}

void figure(Builder& b, bool with_alt) {
  const std::uint32_t fig = b.id(), cap = b.id();
  const std::string alt = "Graphique : la croissance passe de 12 % à 15 %";
  // As layout writes a captioned figure: Div > Figure (its Alt describes the image), Caption.
  b.pages.tag(fig, "Div");
  b.pages.tag(fig, "Figure", {}, with_alt ? alt : "");
  b.pages.image(fig, std::string(FOLIO_PDF_FIXTURES) + "/chart.png", 96, 64);
  b.pages.end();
  b.pages.tag(cap, "Caption");
  const std::uint32_t t = b.id();
  b.pages.text(t, cap, "Figure 1 : la croissance");
  b.pages.end();
  b.pages.end();
  b.pages.line(22);
  model::Figure f;
  f.image.src = "chart.png";
  if (with_alt) f.image.alt = alt;
  f.caption = {text_inline(t, "Figure 1 : la croissance")};
  b.doc.blocks.push_back(model::Block{info(fig), model::Role::none, std::move(f)});
  b.plain += "Figure 1 : la croissance\n";
}

void arabic_span(Builder& b) {
  const std::uint32_t p = b.id(), t1 = b.id(), span = b.id(), t2 = b.id(), t3 = b.id();
  const std::string before = "En arabe, on dit ";
  const std::string arabic = "السلام عليكم";
  const std::string after = " pour saluer.";
  b.pages.tag(p, "P");
  b.pages.text(t1, p, before);
  b.pages.tag(span, "Span", "ar");
  b.pages.text(t2, p, arabic, 11, kArabic, true, "ar");
  b.pages.end();
  b.pages.text(t3, p, after);
  b.pages.end();
  b.pages.line(22);
  model::Inline span_inline{info(span, "ar", model::Direction::rtl), model::Span{{text_inline(t2, arabic)}}};
  b.doc.blocks.push_back(paragraph(p, {text_inline(t1, before), span_inline, text_inline(t3, after)}));
  b.plain += before + arabic + after + "\n";
}

void two_pages(Builder& b) {
  const std::uint32_t p = b.id(), t = b.id();
  const std::string first = "Ce paragraphe commence sur une page ";
  const std::string second = "et se termine sur la suivante.";
  b.pages.tag(p, "P");
  b.pages.text(t, p, first);
  b.pages.end();
  b.pages.new_page();
  b.pages.tag(p, "P");
  b.pages.text(t, p, second);
  b.pages.end();
  b.pages.line(22);
  b.doc.blocks.push_back(paragraph(p, {text_inline(t, first + second)}));
  b.plain += first + second + "\n";
}

void body(Builder& b) {
  b.doc.blocks.push_back(b.plain_paragraph(
      {"L’organisation publie aujourd’hui son rapport annuel, qui décrit les projets menés ",
       "au cours de l’année écoulée dans toutes ses régions, les partenariats noués avec les ",
       "collectivités et les associations locales, et les priorités fixées pour l’année à venir."}));
  b.doc.blocks.push_back(b.plain_paragraph(
      {"Les équipes ont accompagné plus de deux mille familles et formé trois cents bénévoles ",
       "aux nouveaux outils numériques, tout en réduisant les coûts de fonctionnement."}));
}

void footer(Builder&, TestPages& pages, int number) {
  pages.move_to(290, 40);
  pages.artifact(layout::ArtifactType::pagination, layout::ArtifactSubtype::footer);
  pages.text(0, 0, std::to_string(number), 9);
  pages.end_artifact();
}

Fixture finish(Builder& b) {
  return Fixture{std::move(b.doc), b.pages.done(), std::move(b.plain)};
}

}  // namespace

Fixture make_fixture(Part part) {
  Builder b;
  switch (part) {
    case Part::headings_and_link: headings_and_link(b); break;
    case Part::list: list(b); break;
    case Part::quote: quote(b); break;
    case Part::table: table(b); break;
    case Part::figure: figure(b, true); break;
    case Part::arabic_span: arabic_span(b); break;
    case Part::two_pages: two_pages(b); break;
  }
  return finish(b);
}

namespace {
Fixture release(bool with_alt, bool extractable = false) {
  Builder b;
  headings_and_link(b, !extractable);
  body(b);
  list(b);
  quote(b);
  table(b);
  figure(b, with_alt);
  if (!extractable) arabic_span(b);
  b.pages.rule();
  b.pages.line();
  footer(b, b.pages, 1);
  b.pages.new_page();
  b.doc.blocks.push_back(b.heading(2, "À propos"));
  b.doc.blocks.push_back(b.plain_paragraph(
      {"L’organisation exemple œuvre depuis vingt ans pour l’inclusion numérique et l’accès ",
       "de tous à l’information publique, en particulier pour les personnes handicapées."}));
  b.doc.blocks.push_back(b.plain_paragraph(
      {"Elle réunit des bibliothécaires, des développeurs, des juristes et des usagers qui ",
       "conçoivent ensemble des services publics lisibles par tous : formulaires simplifiés, ",
       "documents balisés pour les lecteurs d’écran, vidéos sous-titrées et textes en langage ",
       "clair. Ses guides pratiques sont publiés sous licence libre et traduits dans huit langues."}));
  b.doc.blocks.push_back(b.plain_paragraph(
      {"Chaque année, l’organisation forme les agents des administrations partenaires, mesure ",
       "la qualité des sites publics avec des usagers en situation de handicap et publie un ",
       "bilan détaillé de ses actions. Elle est financée par des subventions publiques, des ",
       "dons de particuliers et des contrats de recherche avec des universités européennes."}));
  b.doc.blocks.push_back(b.plain_paragraph(
      {"Le rapport annuel, ses annexes chiffrées et la synthèse en langage clair peuvent être ",
       "librement reproduits, cités et diffusés, à condition de mentionner la source et la date ",
       "de publication, sans modification du sens des résultats présentés."}));
  b.doc.blocks.push_back(b.plain_paragraph(
      {"Contact presse : service de communication, du lundi au vendredi de neuf heures à ",
       "dix-huit heures, par courriel ou par téléphone au standard de l’organisation."}));
  footer(b, b.pages, 2);
  return finish(b);
}
}  // namespace

Fixture make_release() { return release(true); }
Fixture make_release_without_alt() { return release(false); }
Fixture make_release_extractable() { return release(true, true); }

}  // namespace folio::pdf::test
