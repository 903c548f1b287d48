#include "readers/common/picture_credit.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

#include "base/utf8.h"

namespace folio::readers {

namespace {

// Labels in lower case, each followed by a colon (French sets a space before it); the ASCII
// letters of the text are lower-cased to compare, which covers the labels' capitalised forms.
constexpr std::string_view kColonLabels[] = {
    "foto", "fotos", "photo", "photos", "bild", "bilder", "bildquelle", "image", "images", "imagen", "imágenes",
    "photograph", "photography", "photographie", "fotografía", "fotografia", "fotograf", "fotografin",
    "credit", "credits", "photo credit", "crédit", "crédits", "crédit photo", "crédito", "créditos", "quelle",
    "source", "fuente", "fonte", "zdjęcie", "fot", "foto/video", "grafik", "illustration", "symbolbild",
    "titelbild", "beitragsbild"};
// Marks and phrases that are a credit's label by themselves ("Photo by Jane Doe on Unsplash").
constexpr std::string_view kMarks[] = {"©",         "(c)",       "photo by ", "photos by ", "photograph by ",
                                       "image by ", "foto von ", "fotos von ", "bild von ", "foto de ",
                                       "photo de ", "foto di ",  "foto door ", "photo courtesy of "};

constexpr std::size_t kTail = 96;        // bytes of the text a credit can take, label included
constexpr std::size_t kMaxWords = 8;
constexpr std::size_t kMaxCodePoints = 60;

bool matches_at(std::string_view text, std::size_t pos, std::string_view label) {
  if (pos + label.size() > text.size()) return false;
  for (std::size_t i = 0; i < label.size(); ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    if (c != label[i]) return false;
  }
  return true;
}

// A label opens a word: it starts the text or follows a space, a bracket or a sentence's end.
bool at_word_start(std::string_view text, std::size_t pos) {
  if (pos == 0) return true;
  const char b = text[pos - 1];
  return b == ' ' || b == '(' || b == '[' || b == '.' || b == ',' || b == ';' || b == '|';
}

// The particles of names and of agencies' names ("Archives du Gouvernement", "Ursula von der
// Leyen", "Museo de la Ciudad"): lower case, but no sign of a sentence when a name follows.
bool name_particle(std::string_view word) {
  static constexpr std::string_view kParticles[] = {"al", "and", "da", "das", "de", "del", "della", "der", "des",
                                                    "di", "do", "dos", "du", "e", "et", "la", "le", "les", "of",
                                                    "the", "und", "van", "von", "y", "zu"};
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

bool lower_word(std::string_view word) {
  if (word.find_first_of("/.@") != std::string_view::npos) return false;  // an agency's address
  return u_islower(static_cast<UChar32>(base::first_code_point(word)));
}

// What follows a label: names, agencies, a year; not a sentence.
bool reads_as_credit(std::string_view rest, bool in_brackets) {
  rest = base::trim_ascii(rest);
  if (in_brackets) {  // "(Foto: Privat)": the bracket closes the credit, at the end
    if (!rest.ends_with(')')) return false;
    rest = base::trim_ascii(rest.substr(0, rest.size() - 1));
  }
  if (rest.find(')') != std::string_view::npos) return false;  // text goes on after a bracketed credit
  if (rest.empty() || base::count_code_points(rest) > kMaxCodePoints) return false;
  const char32_t last = base::last_code_point(rest);
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == 0x2026) return false;
  std::size_t words = 0;
  std::size_t lower = 0;
  std::size_t particles = 0;  // particles not yet followed by a word
  std::size_t i = 0;
  while (i < rest.size()) {
    const std::size_t end = std::min(rest.find(' ', i), rest.size());
    const std::string_view word = rest.substr(i, end - i);
    if (!word.empty()) {
      ++words;
      // Particles are part of a name when a capitalised word follows them ("du Gouvernement").
      if (name_particle(word)) {
        ++particles;
      } else {
        const bool low = lower_word(word);
        lower += low + (low ? particles : 0);
        particles = 0;
      }
      // A stop after anything but an initial ("G. Müller") ends a sentence.
      const char32_t tail = base::last_code_point(word);
      if ((tail == '!' || tail == '?' || (tail == '.' && base::count_code_points(word) > 2)) && end < rest.size()) {
        return false;
      }
    }
    i = end + 1;
  }
  return words >= 1 && words <= kMaxWords && lower <= 1 && particles == 0;
}

struct Label {
  std::string_view text;
  bool colon;  ///< a colon follows it
};

// The labels by their first byte: most words start with none of them.
const std::array<std::vector<Label>, 256>& labels_by_first_byte() {
  static const std::array<std::vector<Label>, 256> kTable = [] {
    std::array<std::vector<Label>, 256> t;
    for (std::string_view l : kColonLabels) t[static_cast<unsigned char>(l[0])].push_back({l, true});
    for (std::string_view m : kMarks) t[static_cast<unsigned char>(m[0])].push_back({m, false});
    return t;
  }();
  return kTable;
}

}  // namespace

bool ends_with_credit(std::string_view text) {
  std::size_t from = text.size() > kTail ? text.size() - kTail : 0;
  while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  const auto& table = labels_by_first_byte();
  for (std::size_t pos = from; pos < text.size(); ++pos) {
    char first = text[pos];
    if (first >= 'A' && first <= 'Z') first = static_cast<char>(first | 0x20);
    const auto& labels = table[static_cast<unsigned char>(first)];
    if (labels.empty() || !at_word_start(text, pos)) continue;
    const bool in_brackets = pos > 0 && text[pos - 1] == '(';
    for (const Label& label : labels) {
      if (!matches_at(text, pos, label.text)) continue;
      std::size_t after = pos + label.text.size();
      if (label.colon) {
        while (after < text.size() && text[after] == ' ') ++after;
        if (after >= text.size() || text[after] != ':') continue;
        ++after;
      }
      if (reads_as_credit(text.substr(after), in_brackets)) return true;
    }
  }
  return false;
}

}  // namespace folio::readers
