// Paragraphs rebuilt from wrapped lines (readers/text/paragraphs): a long body is chunked on two
// threads, split at a blank line, and comes out as the same stanzas read one after the other.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "base/source_text.h"
#include "readers/text/line_scan.h"
#include "readers/text/paragraphs.h"

namespace folio::readers {
namespace {

// Stanza `n` of a hard-wrapped body: a word hyphenated at a line end, two sentences glued by a
// missing line break, a list, and a blank line after each part. (The hyphen's line ends short
// of the measure, so the word is joined however often the text repeats its halves.) Its list
// names its number, so that the stanzas' order shows.
std::string stanza(int n) {
  const std::string kStanza =
      "La commune a présenté mardi le programme de rénovation des écoles, qui sera\n"
      "mis en œuvre par étapes, avec le dévelop-\n"
      "pement des cantines et des cours de récréation pour tous les élèves du canton.\n"
      "\n"
      "Le conseil a voté le budget à l'unanimité.Les travaux commencent en juin dans\n"
      "les deux premières écoles du quartier nord, selon le calendrier publié hier.\n"
      "\n"
      "- une cantine agrandie (étape N)\n"
      "- une cour plantée d'arbres\n"
      "\n";
  std::string text = kStanza;
  return text.replace(text.find("étape N") + 7, 1, std::to_string(n));
}

struct Chunked {
  std::vector<std::vector<std::string>> pieces;
  std::vector<std::string> notes;
  std::vector<std::uint32_t> note_lines;
};

Chunked chunk(int stanzas) {
  std::string text;
  for (int i = 0; i < stanzas; ++i) text += stanza(stanzas == 1 ? 0 : i);
  const base::SourceText source("body.txt", text);
  base::Diagnostics notes;
  Chunked out;
  for (const Chunk& c : build_chunks(source, scan_lines(source), 0, notes)) out.pieces.push_back(c.pieces);
  for (const auto& d : notes) {
    out.notes.push_back(d.code + " " + d.message);
    out.note_lines.push_back(d.span.line);
  }
  return out;
}

TEST(Paragraphs, ALongBodyIsChunkedAsItsStanzasOneAfterTheOther) {
  const Chunked one = chunk(1);
  ASSERT_EQ(one.pieces.size(), 5u);  // the glued sentences are two paragraphs
  ASSERT_EQ(one.notes.size(), 2u);   // the joined hyphen, the split
  const int stanzas = 300;           // 3,000 lines: chunked on two threads
  const Chunked long_body = chunk(stanzas);
  ASSERT_EQ(long_body.pieces.size(), one.pieces.size() * stanzas);
  ASSERT_EQ(long_body.notes.size(), one.notes.size() * stanzas);
  // Each stanza's chunks in place: its own number in its list.
  for (std::size_t i = 0; i < long_body.pieces.size(); ++i) {
    std::vector<std::string> expected = one.pieces[i % one.pieces.size()];
    for (std::string& piece : expected) {
      if (const auto at = piece.find("étape 0"); at != std::string::npos) {
        piece.replace(at + 7, 1, std::to_string(i / one.pieces.size()));
      }
    }
    EXPECT_EQ(long_body.pieces[i], expected) << i;
  }
  // The notes, in the stanzas' order, each at its stanza's line (ten lines a stanza).
  for (std::size_t i = 0; i < long_body.notes.size(); ++i) {
    const std::size_t k = i % one.notes.size();
    EXPECT_EQ(long_body.notes[i], one.notes[k]) << i;
    EXPECT_EQ(long_body.note_lines[i], one.note_lines[k] + 10 * (i / one.notes.size())) << i;
  }
}

}  // namespace
}  // namespace folio::readers
