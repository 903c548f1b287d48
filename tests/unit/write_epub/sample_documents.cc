#include "sample_documents.h"

#include "epub_test_support.h"

namespace folio::writers::epub_test {

model::Document french_release() {
  m::Blocks blocks;
  blocks.push_back(paragraph("Accueil Actualités Contact", m::Role::navigation));
  blocks.push_back(heading(1, "La Région lance « Mobilité verte » pour 2023", m::Role::headline));
  blocks.push_back(paragraph("Un plan de 40 millions d’euros pour le vélo et le train", m::Role::subheadline));
  blocks.push_back(paragraph("Lyon, le 10 juin 2022", m::Role::dateline));
  blocks.push_back(paragraph({text("La Région présente aujourd’hui "), strong({text("« Mobilité verte »")}),
                              text(", un programme d’investissement sur trois ans.")},
                             m::Role::lead));
  blocks.push_back(heading(2, "Un plan en trois volets"));
  blocks.push_back(list(true, 1, {"Des pistes cyclables sécurisées", "Des TER plus fréquents", "Un abonnement unique"}));
  blocks.push_back(paragraph({text("Le programme, baptisé "), inline_quote({text("Mobilité verte")}),
                              text(" par ses auteurs, reprend l’idée du "), span("en", m::Direction::inherit, {text("bike-to-work")}),
                              text(" britannique. Détails sur "), link("/fr/mobilite", "le site de la Région"), text(".")}));
  blocks.push_back(paragraph("« Nous voulons que chacun puisse se passer de sa voiture », affirme la présidente.",
                             m::Role::quote));
  blocks.push_back(quote({"Ce plan est une première en France."}, "Marie Dupont, vice-présidente"));
  blocks.push_back(heading(4, "Calendrier"));
  blocks.push_back(paragraph({text("Premiers chantiers : septembre 2022."), line_break(), text("Fin des travaux : 2025.")}));
  blocks.push_back(section(m::Role::about_us, {heading(2, "À propos de la Région"),
                                               paragraph("La Région compte 8 millions d’habitants.")}));
  blocks.push_back(section(m::Role::contacts, {heading(2, "Contact presse"), paragraph("Service de presse"),
                                               paragraph({link("mailto:presse@region.example", "presse@region.example")})}));
  blocks.push_back(paragraph("###", m::Role::end_mark));
  auto doc = document("La Région lance « Mobilité verte » pour 2023", "fr", std::move(blocks));
  doc.metadata.organization = "Région Exemple";
  doc.metadata.source = "https://www.region.example/fr/presse/mobilite-verte.html";
  doc.metadata.summary = "Un plan de 40 millions d’euros pour le vélo et le train.";
  doc.metadata.identifier = "urn:folio:1111222233334444";
  return doc;
}

model::Document arabic_release() {
  m::Blocks blocks;
  blocks.push_back(heading(1, "الوزارة تطلق برنامجا جديدا للطاقة الشمسية", m::Role::headline));
  blocks.push_back(paragraph("الرباط، 10 يونيو 2022", m::Role::dateline));
  blocks.push_back(paragraph({text("أعلنت الوزارة اليوم عن برنامج "), span("en", m::Direction::ltr, {text("Solar 2030")}),
                              text(" لتوسيع استخدام الطاقة المتجددة.")},
                             m::Role::lead));
  blocks.push_back(heading(2, "أهداف البرنامج"));
  blocks.push_back(list(false, 1, {"تركيب ألف لوحة شمسية", "تدريب مئتي فني"}));
  blocks.push_back(paragraph("انتهى", m::Role::end_mark));
  auto doc = document("الوزارة تطلق برنامجا جديدا للطاقة الشمسية", "ar", std::move(blocks));
  doc.metadata.organization = "وزارة الطاقة";
  doc.metadata.identifier = "urn:folio:aaaabbbbccccdddd";
  return doc;
}

model::Document table_and_figures_release() {
  m::Blocks blocks;
  blocks.push_back(heading(1, "Quarterly results beat expectations", m::Role::headline));
  blocks.push_back(paragraph("London, 10 June 2022", m::Role::dateline));
  blocks.push_back(paragraph("Revenue grew in every region."));

  m::Table table;
  table.caption.push_back(text("Revenue by region (million GBP)"));
  table.header_rows = 1;
  auto cell = [](std::string s, bool header, m::Scope scope = m::Scope::none, int colspan = 1) {
    m::TableCell c;
    c.header = header;
    c.scope = scope;
    c.colspan = colspan;
    c.blocks.push_back(paragraph(std::move(s)));
    return c;
  };
  table.rows.push_back({{}, {cell("Region", true, m::Scope::column), cell("Q1", true, m::Scope::column),
                             cell("Q2", true, m::Scope::column)}});
  table.rows.push_back({{}, {cell("Europe", true, m::Scope::row), cell("12.5", false), cell("14.1", false)}});
  table.rows.push_back({{}, {cell("Asia", true, m::Scope::row), cell("not reported", false, m::Scope::none, 2)}});
  m::Block table_block;
  table_block.node = std::move(table);
  blocks.push_back(std::move(table_block));

  blocks.push_back(figure("chart.png", "Bar chart: revenue rose from 12.5 to 14.1 million in Europe", "Figure 1. Revenue in Europe"));
  blocks.push_back(figure("logo.png", "", ""));
  blocks.push_back(figure("https://cdn.example.com/ceo.jpg", "Portrait of the chief executive", "Jane Roe, CEO"));
  blocks.push_back(paragraph({text("Our mark "), image("logo.png", "Example plc"), text(" is registered.")}));
  blocks.push_back(heading(3, "Outlook"));
  blocks.push_back(paragraph({text("See "), link("https://www.example.com/results?q=1&lang=en", "the full results"),
                              text(" and "), code("ticker: EXM"), text(".")}));
  auto doc = document("Quarterly results beat expectations", "en-GB", std::move(blocks));
  doc.metadata.organization = "Example plc";
  doc.metadata.authors = {"Jane Roe"};
  doc.metadata.identifier = "urn:folio:5555666677778888";
  return doc;
}

model::Document notes_release() {
  auto ref = [](std::string note, std::string label) {
    m::Inline inl;
    inl.node = m::NoteRef{std::move(note), std::move(label)};
    return inl;
  };
  auto struck = [](std::string s, bool edit) {
    m::Inline inl;
    inl.node = m::Strikethrough{{text(std::move(s))}, edit};
    return inl;
  };
  m::Blocks blocks;
  blocks.push_back(heading(1, "Reading room opens on Saturdays", m::Role::headline));
  blocks.push_back(paragraph({text("The room opens at "), struck("ten", true), text(" nine"), ref("survey", "1"),
                              text(", entry "), struck("for members", false), text(" for all"), ref("staff", "2"),
                              text(". Look for the sign "), image("logo.png", "Wheelchair access"), text(".")}));
  m::Block tasks = list(false, 1, {"Hours agreed", "Signs ordered"});
  auto& items = std::get<m::List>(tasks.node).items;
  items[0].checked = true;
  items[1].checked = false;
  items[1].task_label = "not done yet";  // as the release transforms would set it
  items[1].task_label_lang = "en";
  blocks.push_back(std::move(tasks));
  blocks.push_back(paragraph({text("As the survey showed"), ref("survey", "1"), text(".")}));
  m::Note survey{{}, "survey", "1", {paragraph("The survey ran in March."), paragraph("1,214 members answered.")}};
  m::Note staff{{}, "staff", "2", {paragraph("Two librarians changed their day off.")}};
  m::Block notes;
  notes.node = m::Notes{{std::move(survey), std::move(staff)}};
  blocks.push_back(std::move(notes));
  auto doc = document("Reading room opens on Saturdays", "en", std::move(blocks));
  doc.metadata.identifier = "urn:folio:9999000011112222";
  return doc;
}

ImageLoader sample_image_loader() {
  return [](const std::string& src) -> std::optional<std::string> {
    if (src == "chart.png" || src == "logo.png") return tiny_png();
    return std::nullopt;
  };
}

}  // namespace folio::writers::epub_test
