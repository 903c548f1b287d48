#include "text/hyphen_dictionary.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include "text/hyphen_dictionary_storage.h"

// The file format and every quirk below are libhyphen 2.8.8's (hyphen.c, hnj_hyphen_load_file
// and hnj_hyphen_load_line), kept on purpose: the differential test in
// tests/unit/text/hyphen_dictionary_test.cc hyphenates the same words with both loaders.

namespace folio::text {
namespace {

/// What one fgets(buf, MAX_CHARS, f) returns: at most MAX_CHARS - 1 bytes, up to and including
/// a newline. libhyphen 2.8.8 reads a longer line as several "lines".
class ChunkReader {
 public:
  explicit ChunkReader(std::string_view bytes) : bytes_(bytes) {}
  std::optional<std::string_view> next(std::size_t limit = MAX_CHARS - 1) {
    if (pos_ >= bytes_.size()) return std::nullopt;
    std::size_t end = std::min(bytes_.size(), pos_ + limit);
    if (auto nl = bytes_.find('\n', pos_); nl != std::string_view::npos && nl < end) end = nl + 1;
    std::string_view chunk = bytes_.substr(pos_, end - pos_);
    pos_ = end;
    return chunk.substr(0, chunk.find('\0'));  // a C string ends at its first NUL
  }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

/// Reads lines of a legacy charset as UTF-8.
class Recoder {
 public:
  explicit Recoder(const std::string& charset) {
    UErrorCode status = U_ZERO_ERROR;
    converter_ = ucnv_open(charset.c_str(), &status);
    if (U_FAILURE(status)) converter_ = nullptr;
  }
  ~Recoder() {
    if (converter_) ucnv_close(converter_);
  }
  Recoder(const Recoder&) = delete;
  Recoder& operator=(const Recoder&) = delete;
  bool ok() const { return converter_ != nullptr; }

  std::string utf8(std::string_view line) {
    UErrorCode status = U_ZERO_ERROR;
    utf16_.resize(line.size() * 2 + 1);
    const int32_t units = ucnv_toUChars(converter_, utf16_.data(), static_cast<int32_t>(utf16_.size()), line.data(),
                                        static_cast<int32_t>(line.size()), &status);
    std::string out(static_cast<std::size_t>(units) * 3 + 1, '\0');
    int32_t bytes = 0;
    if (U_SUCCESS(status)) {
      u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &bytes, utf16_.data(), units, &status);
    }
    out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(bytes) : 0);
    return out;
  }

 private:
  UConverter* converter_ = nullptr;
  std::vector<UChar> utf16_;
};

/// One level of a dictionary (the compound level or the word level) while it is read. Its
/// states are the prefixes of its pattern words, so they form a trie; a state's fallback is
/// its longest proper suffix that is a state, which is the trie's Aho–Corasick failure link.
/// States stay small and trivially copyable (278,000 of them in hyph_de_DE.dic).
class Level {
 public:
  Level(bool utf8, std::size_t expected_states) : utf8_(utf8) {
    states_.reserve(expected_states);
    trans_.reserve(expected_states);
    states_.emplace_back();
  }

  void read_line(std::string_view line) {
    if (line.starts_with("LEFTHYPHENMIN")) {
      lhmin = static_cast<char>(number_after(line, 13));
    } else if (line.starts_with("RIGHTHYPHENMIN")) {
      rhmin = static_cast<char>(number_after(line, 14));
    } else if (line.starts_with("COMPOUNDLEFTHYPHENMIN")) {
      clhmin = static_cast<char>(number_after(line, 21));
    } else if (line.starts_with("COMPOUNDRIGHTHYPHENMIN")) {
      crhmin = static_cast<char>(number_after(line, 22));
    } else if (line.starts_with("NOHYPHEN")) {
      read_nohyphen(line);
    } else {
      read_pattern(line);
    }
  }

  /// Sets the fallbacks (breadth first, so shorter states have theirs first) and hands the
  /// level over in HyphenDictionary's blocks.
  std::unique_ptr<HyphenDictionary::Level> release(const std::string& charset) {
    std::vector<int> queue = {0};
    queue.reserve(states_.size());
    for (std::size_t next = 0; next < queue.size(); ++next) {
      const int parent = queue[next];
      for (int t = states_[index(parent)].first_trans; t >= 0; t = trans_[index(t)].next) {
        const Trans& edge = trans_[index(t)];
        int suffix = states_[index(parent)].fallback;
        int target = -1;
        while (suffix >= 0 && (target = child(suffix, edge.ch)) < 0) suffix = states_[index(suffix)].fallback;
        states_[index(edge.target)].fallback = suffix < 0 ? 0 : target;
        queue.push_back(edge.target);
      }
    }
    auto level = std::make_unique<HyphenDictionary::Level>();
    level->lhmin = lhmin;
    level->rhmin = rhmin;
    level->clhmin = clhmin;
    level->crhmin = crhmin;
    level->nohyphen = nohyphen_;
    level->nohyphenl = nohyphenl_;
    level->charset = charset.substr(0, MAX_NAME - 1);
    level->utf8 = utf8_;
    // Blocks first (add_state points into them), then the states.
    std::vector<HyphenDictionary::Level::StateRecord> records(states_.size());
    std::vector<std::int32_t> offset_of(strings_.size(), -1);  // each string once in the pool
    auto pooled = [&](int string) -> std::int32_t {
      if (string < 0) return -1;
      std::int32_t& at = offset_of[index(string)];
      if (at < 0) {
        at = static_cast<std::int32_t>(level->strings.size());
        level->strings.append(strings_[index(string)]).push_back('\0');
      }
      return at;
    };
    level->trans.reserve(trans_.size());
    for (std::size_t id = 0; id < states_.size(); ++id) {
      const State& from = states_[id];
      auto& to = records[id];
      to.match = pooled(from.match);
      to.repl = pooled(from.repl);
      to.replindex = from.replindex;
      to.replcut = from.replcut;
      to.fallback = from.fallback;
      to.first_trans = static_cast<std::int32_t>(level->trans.size());
      to.num_trans = from.num_trans;
      for (int t = from.first_trans; t >= 0; t = trans_[index(t)].next) {
        level->trans.push_back(HyphenTrans{trans_[index(t)].ch, trans_[index(t)].target});
      }
    }
    level->state_count = static_cast<std::int32_t>(records.size());
    level->states.reserve(records.size());
    for (const auto& record : records) level->add_state(record);
    return level;
  }

  char lhmin = 0, rhmin = 0, clhmin = 0, crhmin = 0;

 private:
  struct State {
    int match = -1;  // index in strings_
    int repl = -1;   // index in strings_
    signed char replindex = 0;
    signed char replcut = 0;
    int fallback = -1;  // state 0 has none
    int first_trans = -1;
    int num_trans = 0;
  };
  struct Trans {
    char ch;
    int target;
    int next;  // the parent's next transition, or -1
  };

  static char number_after(std::string_view line, std::size_t keyword) {
    return static_cast<char>(std::atoi(std::string(line.substr(keyword)).c_str()));
  }

  static std::size_t index(int i) { return static_cast<std::size_t>(i); }
  static std::array<int, 256> filled(int value) {
    std::array<int, 256> out;
    out.fill(value);
    return out;
  }

  int child(int parent, char ch) const {
    if (parent == 0) return root_children_[static_cast<unsigned char>(ch)];
    for (int t = states_[index(parent)].first_trans; t >= 0; t = trans_[index(t)].next) {
      if (trans_[index(t)].ch == ch) return trans_[index(t)].target;
    }
    return -1;
  }

  /// The state of `key`, made with its missing prefixes.
  int state(const std::string& key) {
    int id = 0;
    for (const char ch : key) {
      int next = child(id, ch);
      if (next < 0) {
        next = static_cast<int>(states_.size());
        states_.emplace_back();
        State& parent = states_[index(id)];
        trans_.push_back(Trans{ch, next, parent.first_trans});
        parent.first_trans = static_cast<int>(trans_.size()) - 1;
        ++parent.num_trans;
        if (id == 0) root_children_[static_cast<unsigned char>(ch)] = next;
      }
      id = next;
    }
    return id;
  }

  int keep(std::string s) {
    strings_.push_back(std::move(s));
    return static_cast<int>(strings_.size()) - 1;
  }

  /// "NOHYPHEN a,b,c\n": the list after the keyword, its last byte (the newline) cut and its
  /// commas (but a leading one) turned into NULs, as libhyphen keeps it.
  void read_nohyphen(std::string_view line) {
    std::size_t start = 8;
    while (start < line.size() && (line[start] == ' ' || line[start] == '\t')) ++start;
    std::string list(line.substr(start));
    if (!list.empty()) {
      list.back() = '\0';
      for (std::size_t k = list.size() - 1; k-- > 1;) {
        if (list[k] == ',') {
          ++nohyphenl_;
          list[k] = '\0';
        }
      }
    }
    nohyphen_ = std::move(list);
  }

  /// "a1b2c" or, non-standard, "a1bc/x=y,2,3": the letters are the state's key, the digits
  /// its match.
  void read_pattern(std::string_view text) {
    std::optional<std::string> repl;
    signed char replindex = 0;
    signed char replcut = 0;
    if (const auto slash = text.find('/'); slash != std::string::npos) {
      std::string rest(text.substr(slash + 1));
      text = text.substr(0, slash);
      if (const auto comma = rest.find(','); comma != std::string::npos) {
        const std::string numbers = rest.substr(comma + 1);
        rest.resize(comma);
        if (const auto comma2 = numbers.find(','); comma2 != std::string::npos) {
          replindex = static_cast<signed char>(static_cast<signed char>(std::atoi(numbers.c_str())) - 1);
          replcut = static_cast<signed char>(std::atoi(numbers.c_str() + comma2 + 1));
        }
      } else {
        const std::size_t k = rest.size();
        if (k > 0 && (rest[k - 1] == '\r' || rest[k - 1] == '\n')) rest.resize(k - 1);
        if (k > 1 && rest[k - 2] == '\r') rest.resize(k - 2);
        replcut = static_cast<signed char>(text.size());
      }
      repl = std::move(rest);
    }
    std::string word;
    std::string pattern = "0";
    for (const char c : text) {
      if (static_cast<unsigned char>(c) <= ' ') break;
      if (c >= '0' && c <= '9') {
        pattern.back() = c;
      } else {
        word.push_back(c);
        pattern.push_back('0');
      }
    }
    std::size_t skip = 0;
    if (!repl) {
      while (skip < pattern.size() && pattern[skip] == '0') ++skip;  // leading zeros match nothing
    } else {
      if (word.starts_with('.')) skip = 1;
      if (utf8_) convert_replacement_positions(word, replindex, replcut);
    }
    const int id = state(word);
    const int match = keep(pattern.substr(skip));
    const int replacement = repl ? keep(std::move(*repl)) : -1;
    State& s = states_[index(id)];
    s.match = match;
    s.repl = replacement;
    s.replindex = replindex;
    s.replcut = replcut != 0 ? replcut : static_cast<signed char>(word.size());
  }

  /// A UTF-8 file counts replacement index and length in characters; the matcher wants bytes.
  static void convert_replacement_positions(const std::string& word, signed char& replindex, signed char& replcut) {
    int pu = -1;  // character position
    int ps = -1;  // character position of the replacement's start
    const char* w = word.c_str();
    for (std::size_t pc = word.starts_with('.') ? 1 : 0; pc < word.size() + 1; ++pc) {
      if ((static_cast<unsigned char>(w[pc]) >> 6) != 2) ++pu;
      if (ps < 0 && replindex == pu) {
        ps = replindex;
        replindex = static_cast<signed char>(pc);
      }
      if (ps >= 0 && pu - ps == replcut) {
        replcut = static_cast<signed char>(pc - static_cast<std::size_t>(replindex));
        break;
      }
    }
    if (word.starts_with('.')) --replindex;
  }

  bool utf8_;
  std::vector<State> states_;
  std::vector<Trans> trans_;
  std::array<int, 256> root_children_ = filled(-1);  // every walk passes the root: no list there
  std::vector<std::string> strings_;     // matches and replacements
  std::optional<std::string> nohyphen_;  // elements separated by NULs
  int nohyphenl_ = 0;                    // NUL separators in nohyphen_, summed over its lines
};

}  // namespace

std::unique_ptr<HyphenDictionary> load_hyphen_dictionary(const std::filesystem::path& path, bool recode_to_utf8) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return nullptr;

  ChunkReader reader(bytes);
  std::string charset;  // the first line: fgets into char[MAX_NAME], newline bytes cut
  if (auto first = reader.next(MAX_NAME - 1)) charset = std::string(first->substr(0, first->find_first_of("\r\n")));
  bool utf8 = charset == "UTF-8";
  std::unique_ptr<Recoder> recoder;
  if (recode_to_utf8 && !utf8 && !charset.empty()) {
    recoder = std::make_unique<Recoder>(charset);
    if (recoder->ok()) {
      charset = "UTF-8";
      utf8 = true;
    } else {
      recoder.reset();
    }
  }

  // About one state per four bytes of patterns (hyph_de_DE.dic: 1.1 MB, 278,000 states).
  Level levels[2] = {Level(utf8, bytes.size() / 4), Level(utf8, 0)};
  bool nextlevel = false;
  while (auto chunk = reader.next()) {
    if (chunk->starts_with("NEXTLEVEL")) {
      if (nextlevel) break;  // a third level is ignored
      nextlevel = true;
      continue;
    }
    if (chunk->starts_with('%')) continue;
    Level& level = levels[nextlevel ? 1 : 0];
    if (recoder) {
      level.read_line(recoder->utf8(*chunk));
    } else {
      level.read_line(*chunk);
    }
  }
  std::vector<std::unique_ptr<HyphenDictionary::Level>> made;
  if (nextlevel) {
    made.push_back(levels[0].release(charset));
    made.push_back(levels[1].release(charset));
    return std::make_unique<HyphenDictionary>(std::move(made));
  }
  // One level in the file: it is the word level, under a default compound level that breaks
  // after hyphens and apostrophes only.
  Level& words = levels[0];
  Level& compound = levels[1];
  if (!utf8) {
    for (const char* line : {"NOHYPHEN ',-\n", "1-1\n", "1'1\n"}) compound.read_line(line);
  } else {
    for (const char* line : {"NOHYPHEN ',\xe2\x80\x93,\xe2\x80\x99,-\n", "1-1\n", "1'1\n", "1\xe2\x80\x93" "1\n",
                             "1\xe2\x80\x99" "1\n"}) {
      compound.read_line(line);
    }
  }
  compound.lhmin = words.lhmin;
  compound.rhmin = words.rhmin;
  compound.clhmin = words.clhmin != 0 ? words.clhmin : (words.lhmin != 0 ? words.lhmin : 3);
  compound.crhmin = words.crhmin != 0 ? words.crhmin : (words.rhmin != 0 ? words.rhmin : 3);
  made.push_back(compound.release(charset));
  made.push_back(words.release(charset));
  return std::make_unique<HyphenDictionary>(std::move(made));
}

}  // namespace folio::text
