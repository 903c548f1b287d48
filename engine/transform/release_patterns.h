// Recognisers for the fixed phrases of press releases (end marks, contact and "about" labels,
// attribution verbs, embargo lines), shared by the text reader and the release transforms.
#pragma once

#include <string_view>

namespace folio::transform {

/// `###`, `# # #`, `-ENDS-`, `--30--`, `-30-`, `FIN`, `ENDE`… alone on a line.
bool is_end_mark(std::string_view text);

/// Text that opens a contacts block: "Contact:", "Contact presse :", "Media contacts", "Kontakt",
/// "For more information, please contact", "Pour plus d’informations", "معلومات الاتصال", "聯絡方式"…
bool starts_contacts(std::string_view text);

/// Text that opens an "About the issuer" block: "About X", "À propos de X", "Über X", "Acerca de X"…
bool starts_about(std::string_view text);

/// An About title run into its paragraph: "About Acme: Acme is …", "Über uns – Wir …" (a colon, a
/// dash or a line break in the first words, text after it). A paragraph that merely opens with the word ("Über
/// die Jahre hinweg …", "Sobre a cassação …") is no About part.
bool about_title_runs_in(std::string_view text);

/// "EMBARGO…", "Embargoed until…", "Sous embargo…", "FOR IMMEDIATE RELEASE"…
bool is_embargo_line(std::string_view text);

/// A verb of saying that attributes a quotation: "déclare", "said", "säger", "заявил"…, found as a
/// whole word in `text`.
bool contains_attribution_verb(std::string_view text);

/// Sentence-final punctuation (., !, ?, …, :, closing quotes after them) at the end of `text`.
bool ends_sentence(std::string_view text);

/// The first code point opens a quotation or a new utterance: « “ „ " ‘ – —.
bool starts_with_quote_opener(std::string_view text);

}  // namespace folio::transform
