// A picture's credit at the end of its caption ("… in der Eifel. Foto: Galli/Malteser",
// "(Photo: Getty Images)", "© Thinkstock"): where a caption ends, in text that lost its markup.
#pragma once

#include <string_view>

namespace folio::readers {

/// Whether `text` ends with a picture credit: a credit label at a word start (Foto:, Photo:,
/// Bild:, Image:, Photograph:, Credit:, Crédit photo :, Quelle:, Source:, Fuente:, Zdjęcie:, …,
/// Photo by, Foto von, …, © or (c)), then one to eight words of names, agencies or a year
/// (`Galli/Malteser`, `Uwe Anspach/dpa-tmn`, `privat`, `2019 Acme`) and nothing that reads as a
/// sentence: no sentence stop after the label, at most one word in lower case that is neither
/// an agency's address (`stock.adobe.com`) nor a particle before a name (`Archives du
/// Gouvernement tchèque`, `Ursula von der Leyen`; it never ends with one).
bool ends_with_credit(std::string_view text);

}  // namespace folio::readers
