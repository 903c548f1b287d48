// Validator (ctest label "validator", issue 15): folio's repairs over real text, in one process.
//
// (a) Clean text: every page of ../shared/extraction (pages/*.html through the HTML reader,
//     scraped/*.txt through the text reader) and every release of ../shared/corpus is read as
//     `folio convert` reads it; no repair may fire (repair.* diagnostics other than repair.invisible
//     and repair.nfc), except on the pages in kDamaged, each truly damaged for the reason given.
//     Those must still be repaired, with the codes given.
// (b) Damaged text: documents of seven languages (en, fr, de, es, pt, pl, ru): the first
//     kPerLanguage pages of each, by name, whose language the page declares (detection can be
//     wrong), that are valid UTF-8 and hold enough letters outside ASCII, each with its scraped
//     text, and the corpus's releases in the language (named by it)
//     are damaged here, at test time, in each way of kDamage, and converted; the plain text must
//     come back to the clean document's plain text: per document a word fidelity of at least 0.99
//     (as ../shared/tools/text-fidelity computes it: NFKC, quotation marks and dashes unified,
//     2 × common words / all words), for at least 99% of the damaged documents of the seven
//     languages together and 98% of each language's (the misses are printed). Exact matches (the
//     whole text, marks unified) are counted and printed too.
//
// Usage: repair_corpus SHARED_DIR [--verbose] [--keep DIR]. --keep writes each damaged document
// that is not repaired exactly to DIR, with its output and the clean output, for reading.
// Exit 0 pass, 1 fail, 77 when SHARED_DIR is absent.

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/language_tag.h"
#include "base/utf8.h"
#include "job/load_document.h"
#include "writers/text/write_text.h"

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kPerLanguage = 4;
constexpr double kMinFidelity = 0.99;
// The issue's goal, reached (417 of 418) since the HTML reader repairs a page's encoding before
// its classifier weighs the words. Per language the floor is lower: the one miss is German
// punctuation whose bytes were lost, repaired only after reading (it needs the language).
constexpr double kMinShareRepaired = 0.99;
constexpr double kMinShareRepairedPerLanguage = 0.98;
// A document is damaged only where it has letters outside ASCII to damage.
constexpr std::size_t kMinNonAscii = 30;

// Pages whose correct reading holds real damage, and the repairs that must fire there.
struct Damaged {
  const char* name;  // relative to SHARED_DIR
  std::set<std::string> codes;
  const char* why;
};
const Damaged kDamaged[] = {
    // Mojibake in the page itself.
    {"extraction/pages/archive.org.the-pain.net.silkroad.html", {"repair.mojibake"},
     "an acute accent used as an apostrophe, read as Windows-1252 ('SayunÂ´s'); a comment encoded twice ('scheiÃƒÅ¸')"},
    {"extraction/scraped/archive.org.the-pain.net.silkroad.txt", {"repair.mojibake"}, "the same page, scraped"},
    // Entities escaped twice in the page: its description meta tags ("&amp;nbsp;")…
    {"extraction/pages/herzundblut.com.Besuch.html", {"repair.escaped-entity"}, "'&amp;nbsp;' in og:description"},
    {"extraction/pages/msn.com.university.html", {"repair.escaped-entity"}, "'&amp;nbsp;' in the description"},
    {"extraction/pages/pcgamer.com.darkest.html", {"repair.escaped-entity"},
     "'it&amp;apos;s incredibly difficult&amp;#x2014;' in the description"},
    {"extraction/pages/rnz.de.witzel.html", {"repair.escaped-entity"}, "'F&amp;uuml;r' in the description"},
    {"extraction/pages/spdfraktion.de-Vizepr_sidentin.html", {"repair.escaped-entity"},
     "'Aydan&amp;nbsp;Özoğuz' in the description"},
    {"extraction/pages/laprensagrafica.com.fiscal.html", {"repair.escaped-entity"},
     "'asegur&amp;oacute;' in the description, which is the summary"},
    // … or its text, which the browser shows as "&quot;" (left out of the HTML reading).
    {"extraction/scraped/Jest_zgoda_PE_na_umow_handlow_mi_dzy_UE_a_Londynem.txt", {"repair.escaped-entity"},
     "'Zamów książkę &amp;quot;Operacja DUDA 2020' (escaped three times in the page)"},
    {"extraction/scraped/edition.cnn.com-royal.txt", {"repair.escaped-entity"}, "'Britain&#39;s' in the captions"},
    {"extraction/scraped/trainingline-english.de.einzeltraining.txt", {"repair.escaped-entity"},
     "'&amp;quot;Ja, ich stimme zu&amp;quot;' in the cookie notice"},
    // Hyphens left in the text of the page.
    {"extraction/scraped/iconmagazine.de.sharonstone.txt", {"repair.line-end-hyphen"},
     "a hyphenation left in the page's text ('ame- rikanische'), wrapped at its space"},
    {"extraction/scraped/bundeskanzleramt.gv.at-bundesminsterin.txt", {"repair.line-end-hyphen"},
     "a stray hyphen in the page ('von Teilzeit- leichter in Vollzeit'), wrapped at its space: without a "
     "dictionary it reads as a word hyphenated at the line end, and is joined, wrongly ('Teilzeitleichter')"},
    // Look-alike letters of other scripts written into Latin words, spam's way past filters.
    {"extraction/pages/breakingbelizenews.com-paho.html", {"repair.homoglyph"},
     "an advert in Cyrillic look-alikes ('Yоur соntеnt іѕ dеlіvеrеd іnѕtаntlу')"},
    // (youhadmeatgardening.com.lemon.txt's spam comment in look-alikes is dropped with the page's
    // footer since stop 35, so the text read holds none.)
    // The corpus's own damage.
    {"corpus/en-txt-senate-005.txt", {"repair.lost-quote-bytes"},
     "quotation marks, apostrophes and dashes whose UTF-8 continuation bytes were lost ('Presidentâs')"},
    {"corpus/fr-txt-iom-seed.txt", {"repair.lost-ligature"}, "'main-d’uvre' twice: œ lost in a Latin-1 round trip"},
    {"corpus/ru-txt-cbr-002.txt", {"repair.homoglyph"}, "a Latin 'c' for the Cyrillic 'с' between Cyrillic words"},
};

struct Reading {
  bool ok = false;
  std::string text;      // plain-text output
  std::string language;  // primary subtag
  bool declared = false;  // the language is the page's own, not detected
  std::map<std::string, int> repairs;
  std::string first_repair;  // one message, for the report
  std::string left_out;  // repairs in text the document leaves out (html.repaired-left-out): its note
};

bool counts_as_repair(const std::string& code) {
  return code.starts_with("repair.") && code != "repair.invisible" && code != "repair.nfc";
}

Reading read(std::string_view bytes, const std::string& name) {
  Reading r;
  auto loaded = folio::job::parse_document(bytes, name, {});
  if (!loaded) return r;
  r.ok = true;
  r.declared = true;
  for (const auto& d : loaded->warnings) {
    if (d.code == "language.detected") r.declared = false;
    if (d.code == "html.repaired-left-out") r.left_out = folio::base::format_location(d.span) + ": " + d.message;
    if (!counts_as_repair(d.code)) continue;
    ++r.repairs[d.code];
    if (r.first_repair.empty()) r.first_repair = folio::base::format_location(d.span) + ": " + d.message;
  }
  r.text = folio::writers::write_text(loaded->value);
  r.language = folio::base::primary_language(loaded->value.metadata.language);
  return r;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool valid_utf8(std::string_view s) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  std::string back;
  u.toUTF8String(back);
  return back == s;
}

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(folio::base::next_code_point(s, i));
  return out;
}

std::string encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) folio::base::append_utf8(out, c);
  return out;
}

// ---- Damage, as it happens on the way from a CMS to a scraper ----

constexpr std::array<char32_t, 32> kCp1252High{
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

// UTF-8 read byte by byte as Windows-1252 (its five undefined bytes as the C1 controls browsers
// give them) or as Latin-1.
std::string misread(std::string_view utf8, bool cp1252) {
  std::string out;
  for (unsigned char b : utf8) {
    const char32_t c = cp1252 && b >= 0x80 && b <= 0x9F ? kCp1252High[b - 0x80] : b;
    folio::base::append_utf8(out, c);
  }
  return out;
}

// The segment a single damaged run replaces: the line (text) or the text between two tags
// (HTML) with the most letters outside ASCII among those the clean output shows.
std::pair<std::size_t, std::size_t> pick_run(const std::string& source, bool html, const std::string& clean_output) {
  std::pair<std::size_t, std::size_t> best{0, 0};
  std::size_t best_count = 2;
  const char open = html ? '>' : '\n';
  const char close = html ? '<' : '\n';
  for (std::size_t b = 0; b < source.size();) {
    std::size_t e = source.find(close, b);
    if (e == std::string::npos) e = source.size();
    const std::string_view run = std::string_view(source).substr(b, e - b);
    std::size_t count = 0;
    for (char32_t c : decode(run)) count += c >= 0xC0 && c != 0xD7 && c != 0xF7 ? 1 : 0;
    const auto trimmed = folio::base::trim_ascii(run);
    if (count > best_count && trimmed.size() >= 20 && trimmed.find('&') == std::string_view::npos &&
        clean_output.find(std::string(trimmed.substr(0, std::min<std::size_t>(trimmed.size(), 40)))) != std::string::npos) {
      best = {b, e};
      best_count = count;
    }
    const std::size_t next = source.find(open, e);
    b = next == std::string::npos ? source.size() : next + 1;
  }
  return best;
}

// HTML 4 entity names of the characters a CMS escapes.
std::string entity_name(char32_t c) {
  static const std::map<char32_t, const char*> kNames{
      {0xA0, "nbsp"}, {0xAB, "laquo"}, {0xBB, "raquo"}, {0xC0, "Agrave"}, {0xC9, "Eacute"}, {0xDF, "szlig"},
      {0xE0, "agrave"}, {0xE1, "aacute"}, {0xE2, "acirc"}, {0xE4, "auml"}, {0xE7, "ccedil"}, {0xE8, "egrave"},
      {0xE9, "eacute"}, {0xEA, "ecirc"}, {0xED, "iacute"}, {0xF1, "ntilde"}, {0xF3, "oacute"}, {0xF6, "ouml"},
      {0xFA, "uacute"}, {0xFC, "uuml"}, {0x2013, "ndash"}, {0x2014, "mdash"}, {0x2018, "lsquo"}, {0x2019, "rsquo"},
      {0x201C, "ldquo"}, {0x201D, "rdquo"}, {0x201E, "bdquo"}, {0x2026, "hellip"}, {0x20AC, "euro"}};
  const auto it = kNames.find(c);
  return it != kNames.end() ? it->second : "#" + std::to_string(static_cast<unsigned>(c));
}

// Characters escaped as entities once more than the format reads: a plain text shows "&eacute;";
// HTML and Markdown (which decode one level) show it because the page said "&amp;eacute;".
std::string escape_twice(const std::string& source, bool markup) {
  const std::string amp = markup ? "&amp;" : "&";
  std::string out;
  bool in_tag = false;
  std::string_view skip_until;  // inside <script> or <style>
  const std::u32string cps = decode(source);
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const char32_t c = cps[i];
    if (markup && !skip_until.empty()) {
      folio::base::append_utf8(out, c);
      if (c == '>' && out.ends_with(skip_until)) skip_until = {};
      continue;
    }
    if (markup && c == '<') {
      in_tag = true;
      const std::string rest = encode(std::u32string_view(cps).substr(i, 8));
      const std::string lower = folio::base::lower_ascii(rest);
      if (lower.starts_with("<script")) skip_until = "</script>";
      if (lower.starts_with("<style")) skip_until = "</style>";
    }
    if (in_tag || c < 0x80) {
      if (!in_tag && c == '&') {
        out += amp + "amp;";
        continue;
      }
      folio::base::append_utf8(out, c);
      if (c == '>') in_tag = false;
      continue;
    }
    out += amp + entity_name(c) + ";";
  }
  return out;
}

std::string replace_chars(const std::string& source, const std::u32string& which, const std::function<std::string(char32_t)>& by) {
  std::string out;
  for (char32_t c : decode(source)) {
    if (which.find(c) != std::u32string::npos) {
      out += by(c);
    } else {
      folio::base::append_utf8(out, c);
    }
  }
  return out;
}

struct Damage {
  const char* name;
  std::function<std::string(const std::string& source, bool html, bool markdown, const std::string& clean_output)> apply;
};

const std::vector<Damage>& damages() {
  static const std::vector<Damage> kDamage{
      {"document-cp1252", [](const std::string& s, bool, bool, const std::string&) { return misread(s, true); }},
      {"document-latin1", [](const std::string& s, bool, bool, const std::string&) { return misread(s, false); }},
      {"run-cp1252",
       [](const std::string& s, bool html, bool, const std::string& clean) {
         const auto [b, e] = pick_run(s, html, clean);
         return s.substr(0, b) + misread(s.substr(b, e - b), true) + s.substr(e);
       }},
      {"run-latin1",
       [](const std::string& s, bool html, bool, const std::string& clean) {
         const auto [b, e] = pick_run(s, html, clean);
         return s.substr(0, b) + misread(s.substr(b, e - b), false) + s.substr(e);
       }},
      {"encoded-twice", [](const std::string& s, bool, bool, const std::string&) { return misread(misread(s, true), true); }},
      // Punctuation read as Latin-1 whose C1 controls were then dropped: "’" (E2 80 99) → "â".
      {"lost-continuation-bytes",
       [](const std::string& s, bool, bool, const std::string&) {
         return replace_chars(s, U"’‘“”„‚–—…•€™", [](char32_t c) {
           std::string utf8;
           folio::base::append_utf8(utf8, c);
           std::string out;
           for (unsigned char b : utf8) {
             if (b < 0x80 || b > 0x9F) folio::base::append_utf8(out, b);
           }
           return out;
         });
       }},
      {"lost-ligatures",
       [](const std::string& s, bool, bool, const std::string&) {
         return replace_chars(s, U"œŒæÆ", [](char32_t) { return std::string(); });
       }},
      {"entities-escaped-twice",
       [](const std::string& s, bool html, bool markdown, const std::string&) { return escape_twice(s, html || markdown); }},
      {"quotes-lost-to-question-marks",
       [](const std::string& s, bool, bool, const std::string&) {
         return replace_chars(s, U"’‘“”„‚", [](char32_t) { return std::string("?"); });
       }},
  };
  return kDamage;
}

// ---- Comparison, as ../shared/tools/text-fidelity does it ----

std::string normalize(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  std::string n;
  nfkc->normalize(icu::UnicodeString::fromUTF8(text), status).toUTF8String(n);
  std::u32string out;
  for (char32_t c : decode(n)) {
    if (c == 0xAD || c == 0x200B || c == 0xFEFF || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
        (c >= 0x2066 && c <= 0x2069)) {
      continue;
    }
    if (c == U'’' || c == U'‘' || c == U'‚' || c == U'‛') c = '\'';
    if (c == U'“' || c == U'”' || c == U'„' || c == U'‟') c = '"';
    if (c == U'–' || c == U'—' || c == U'−') c = '-';
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == 0xA0 || c == 0x202F || c == 0x2009;
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return encode(out);
}

std::vector<std::string> words(const std::string& normalized) {
  std::vector<std::string> out;
  std::istringstream in(normalized);
  for (std::string w; in >> w;) {
    bool letter = false;
    for (char32_t c : decode(w)) letter = letter || u_isalnum(static_cast<UChar32>(c));
    if (letter) out.push_back(w);
  }
  return out;
}

// 2 × common words / all words (Myers' greedy diff); 0 when they differ in more than a tenth.
double fidelity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const long n = static_cast<long>(a.size());
  const long m = static_cast<long>(b.size());
  if (n + m == 0) return 1.0;
  const long max_d = (n + m) / 10 + 1;
  std::vector<long> v(static_cast<std::size_t>(2 * max_d + 3), 0);
  const long off = max_d + 1;
  for (long d = 0; d <= max_d; ++d) {
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && v[static_cast<std::size_t>(off + k - 1)] < v[static_cast<std::size_t>(off + k + 1)]))
                   ? v[static_cast<std::size_t>(off + k + 1)]
                   : v[static_cast<std::size_t>(off + k - 1)] + 1;
      long y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) {
        ++x;
        ++y;
      }
      v[static_cast<std::size_t>(off + k)] = x;
      if (x >= n && y >= m) return static_cast<double>(n + m - d) / static_cast<double>(n + m);
    }
  }
  return 0.0;
}

struct Source {
  std::string name;  // relative to SHARED_DIR
  fs::path path;
};

std::vector<Source> clean_sources(const fs::path& shared) {
  std::vector<Source> out;
  const auto add_dir = [&](const std::string& dir, const std::vector<std::string>& extensions, bool releases_only) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(shared / dir)) {
      const std::string ext = e.path().extension().string();
      const std::string stem = e.path().stem().string();
      if (std::find(extensions.begin(), extensions.end(), ext) == extensions.end()) continue;
      if (releases_only && stem.find('-') == std::string::npos) continue;
      files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) out.push_back({dir + "/" + f.filename().string(), f});
  };
  add_dir("extraction/pages", {".html"}, false);
  add_dir("extraction/scraped", {".txt"}, false);
  add_dir("corpus", {".txt", ".html", ".md"}, true);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: repair_corpus SHARED_DIR [--verbose] [--keep DIR]\n");
    return 2;
  }
  const fs::path shared = argv[1];
  bool verbose = false;
  fs::path keep;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--verbose") verbose = true;
    if (arg == "--keep" && i + 1 < argc) keep = argv[++i];
  }
  if (!fs::is_directory(shared / "extraction/pages") || !fs::is_directory(shared / "corpus")) {
    std::printf("repair_corpus: %s has no extraction/ or corpus/; skipped\n", shared.c_str());
    return 77;
  }
  int failures = 0;
  const auto fail = [&](const std::string& what) {
    std::printf("FAIL %s\n", what.c_str());
    ++failures;
  };

  // (a) Clean text.
  std::map<std::string, const Damaged*> listed;
  for (const auto& d : kDamaged) listed[d.name] = &d;
  struct Clean {
    Source source;
    std::string bytes;
    Reading reading;
  };
  std::vector<Clean> clean;
  int repaired_pages = 0;
  int repairs = 0;
  int left_out_pages = 0;
  for (const auto& s : clean_sources(shared)) {
    Clean c{s, slurp(s.path), {}};
    c.reading = read(c.bytes, s.path.string());
    if (!c.reading.ok) {
      fail("clean " + s.name + ": not converted");
      continue;
    }
    int n = 0;
    std::string codes;
    for (const auto& [code, count] : c.reading.repairs) {
      n += count;
      codes += " " + code + "×" + std::to_string(count);
    }
    repairs += n;
    repaired_pages += n > 0 ? 1 : 0;
    left_out_pages += c.reading.left_out.empty() ? 0 : 1;
    if (verbose && !c.reading.left_out.empty()) std::printf("left out %s\n", c.reading.left_out.c_str());
    const auto it = listed.find(s.name);
    if (it == listed.end()) {
      if (n > 0) fail("clean " + s.name + ": " + std::to_string(n) + " repairs:" + codes + " (" + c.reading.first_repair + ")");
    } else {
      for (const auto& code : it->second->codes) {
        if (!c.reading.repairs.count(code)) fail("damaged " + s.name + ": no " + code + " (" + it->second->why + ")");
      }
      if (verbose) std::printf("listed %s:%s\n", s.name.c_str(), codes.c_str());
    }
    clean.push_back(std::move(c));
  }
  std::printf("clean: %zu texts, %d repairs on %d of them (%zu listed as truly damaged); %d with repairs in text "
              "they leave out\n",
              clean.size(), repairs, repaired_pages, listed.size(), left_out_pages);

  // (b) Damaged text.
  const std::vector<std::string> languages{"en", "fr", "de", "es", "pt", "pl", "ru"};
  std::map<std::string, std::vector<const Clean*>> by_language;
  std::map<std::string, const Clean*> by_name;
  for (const auto& c : clean) by_name[c.source.name] = &c;
  const auto usable = [&](const Clean& c) {
    std::size_t non_ascii = 0;
    for (char32_t ch : decode(c.reading.text)) non_ascii += ch >= 0xC0 ? 1 : 0;
    return !listed.count(c.source.name) && valid_utf8(c.bytes) && non_ascii >= kMinNonAscii;
  };
  std::map<std::string, std::size_t> pages;
  for (const auto& c : clean) {
    const std::string& name = c.source.name;
    const std::string stem = fs::path(name).stem().string();
    if (name.starts_with("corpus/")) {
      const std::string language = stem.substr(0, stem.find('-'));
      if (usable(c)) by_language[language].push_back(&c);
      continue;
    }
    if (!name.starts_with("extraction/pages/") || !c.reading.declared || !usable(c)) continue;
    if (pages[c.reading.language]++ >= kPerLanguage) continue;
    by_language[c.reading.language].push_back(&c);
    const auto twin = by_name.find("extraction/scraped/" + stem + ".txt");
    if (twin != by_name.end() && usable(*twin->second)) by_language[c.reading.language].push_back(twin->second);
  }
  int all_pairs = 0;
  int all_faithful = 0;
  int all_exact = 0;
  for (const auto& language : languages) {
    const auto& docs = by_language[language];
    int pairs = 0;
    int exact = 0;
    int faithful = 0;
    std::string names;
    for (const Clean* c : docs) {
      names += ' ';  // not `" " + string`: GCC 12 warns falsely on it (-Wrestrict, its bug 105329)
      names += fs::path(c->source.name).filename().string();
      const bool html = c->source.path.extension() == ".html";
      const bool markdown = c->source.path.extension() == ".md";
      const std::string expected = normalize(c->reading.text);
      const auto expected_words = words(expected);
      for (const auto& damage : damages()) {
        const std::string damaged = damage.apply(c->bytes, html, markdown, c->reading.text);
        if (damaged == c->bytes) continue;  // nothing of this kind to damage
        ++pairs;
        const Reading r = read(damaged, c->source.path.string());
        const std::string got = r.ok ? normalize(r.text) : std::string();
        const double f = r.ok ? fidelity(expected_words, words(got)) : 0.0;
        exact += got == expected ? 1 : 0;
        if (!keep.empty() && got != expected) {
          const std::string stem = (keep / (fs::path(c->source.name).stem().string() + "." + damage.name)).string();
          fs::create_directories(keep);
          std::ofstream(stem + c->source.path.extension().string(), std::ios::binary) << damaged;
          std::ofstream(stem + ".got.txt", std::ios::binary) << r.text;
          std::ofstream(stem + ".clean.txt", std::ios::binary) << c->reading.text;
        }
        faithful += f >= kMinFidelity ? 1 : 0;
        if (f < kMinFidelity || (verbose && got != expected)) {
          std::printf("  %s %s %s: fidelity %.4f%s\n", f < kMinFidelity ? "MISS" : "near", language.c_str(),
                      (c->source.name + " " + damage.name).c_str(), f, got == expected ? "" : " (not exact)");
        }
      }
    }
    std::printf("damaged %s: %zu documents (%s), %d damaged versions: %d repaired to fidelity >= %.2f, %d exactly\n",
                language.c_str(), docs.size(), names.c_str() + (names.empty() ? 0 : 1), pairs, faithful, kMinFidelity,
                exact);
    if (docs.empty()) fail("damaged " + language + ": no document in this language");
    if (pairs > 0 && faithful < kMinShareRepairedPerLanguage * pairs) {
      fail("damaged " + language + ": " + std::to_string(faithful) + " of " + std::to_string(pairs) + " repaired");
    }
    all_pairs += pairs;
    all_faithful += faithful;
    all_exact += exact;
  }
  std::printf("damaged: %d versions in %zu languages, %d repaired to fidelity >= %.2f (%.1f%%), %d exactly\n", all_pairs,
              languages.size(), all_faithful, kMinFidelity, 100.0 * all_faithful / std::max(all_pairs, 1), all_exact);
  if (all_faithful < kMinShareRepaired * all_pairs) fail("damaged: less than 99% repaired");
  std::printf("repair_corpus: %d failing\n", failures);
  return failures == 0 ? 0 : 1;
}
