#include "audit/pdf_cmap.h"

#include <algorithm>
#include <cstdlib>

namespace folio::audit::pdf {

namespace {

enum class Kind { hex, string, name, number, word, open_array, close_array, open_dict, close_dict };

struct Token {
  Kind kind;
  std::string_view text;  ///< hex digits, string body, name without '/', or the word
};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool is_delim(char c) { return is_space(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '/' || c == '%' || c == '{' || c == '}'; }

std::vector<Token> tokens_of(std::string_view s) {
  constexpr std::size_t kMaxTokens = 4u << 20;
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size() && out.size() < kMaxTokens) {
    const char c = s[i];
    if (is_space(c)) {
      ++i;
    } else if (c == '%') {
      while (i < s.size() && s[i] != '\n' && s[i] != '\r') ++i;
    } else if (c == '<' && i + 1 < s.size() && s[i + 1] == '<') {
      out.push_back({Kind::open_dict, {}});
      i += 2;
    } else if (c == '>' && i + 1 < s.size() && s[i + 1] == '>') {
      out.push_back({Kind::close_dict, {}});
      i += 2;
    } else if (c == '<') {
      const std::size_t end = s.find('>', i);
      if (end == std::string_view::npos) break;
      out.push_back({Kind::hex, s.substr(i + 1, end - i - 1)});
      i = end + 1;
    } else if (c == '(') {
      int depth = 1;
      const std::size_t start = ++i;
      while (i < s.size() && depth > 0) {
        if (s[i] == '\\') ++i;
        else if (s[i] == '(') ++depth;
        else if (s[i] == ')') --depth;
        ++i;
      }
      out.push_back({Kind::string, s.substr(start, std::min(i, s.size()) - start - (depth == 0 ? 1 : 0))});
    } else if (c == '[' || c == ']') {
      out.push_back({c == '[' ? Kind::open_array : Kind::close_array, {}});
      ++i;
    } else if (c == '/') {
      const std::size_t start = ++i;
      while (i < s.size() && !is_delim(s[i])) ++i;
      out.push_back({Kind::name, s.substr(start, i - start)});
    } else {
      const std::size_t start = i;
      while (i < s.size() && !is_delim(s[i])) ++i;
      if (i == start) {
        ++i;  // a lone ')', '>', '{' or '}': skip it
        continue;
      }
      const std::string_view word = s.substr(start, i - start);
      const bool numeric = (word[0] >= '0' && word[0] <= '9') || word[0] == '-' || word[0] == '+' || word[0] == '.';
      out.push_back({numeric ? Kind::number : Kind::word, word});
    }
  }
  return out;
}

/// The value of a hex string and its length in bytes; nullopt beyond 4 bytes.
std::optional<std::pair<std::uint32_t, int>> code_of(const Token& t) {
  if (t.kind != Kind::hex) return std::nullopt;
  std::uint32_t v = 0;
  int digits = 0;
  for (char c : t.text) {
    const int d = hex_digit(c);
    if (d < 0) continue;
    if (++digits > 8) return std::nullopt;
    v = v * 16 + static_cast<std::uint32_t>(d);
  }
  return std::make_pair(v, (digits + 1) / 2);
}

std::u16string utf16_of(const Token& t) {
  std::u16string out;
  unsigned unit = 0;
  int digits = 0;
  for (char c : t.text) {
    const int d = hex_digit(c);
    if (d < 0) continue;
    unit = unit * 16 + static_cast<unsigned>(d);
    if (++digits == 4) {
      out.push_back(static_cast<char16_t>(unit));
      unit = 0;
      digits = 0;
    }
  }
  if (digits > 0) out.push_back(static_cast<char16_t>(unit << (4 * (4 - digits))));
  return out;
}

std::optional<std::int64_t> integer_of(const Token& t) {
  if (t.kind != Kind::number) return std::nullopt;
  return std::strtoll(std::string(t.text).c_str(), nullptr, 10);
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : t_(std::move(tokens)) {}

  CMapProgram run() {
    for (i_ = 0; i_ < t_.size(); ++i_) {
      const Token& tok = t_[i_];
      if (tok.kind == Kind::word) {
        if (tok.text == "begincodespacerange") codespace();
        else if (tok.text == "begincidrange") cid_range();
        else if (tok.text == "begincidchar") cid_char();
        else if (tok.text == "beginbfchar") bf_char();
        else if (tok.text == "beginbfrange") bf_range();
        else if (tok.text == "usecmap" && i_ > 0 && t_[i_ - 1].kind == Kind::name) out_.used_cmaps.emplace_back(t_[i_ - 1].text);
      } else if (tok.kind == Kind::name && tok.text == "WMode" && i_ + 1 < t_.size()) {
        if (auto v = integer_of(t_[i_ + 1])) out_.wmode = *v;
      } else if (tok.kind == Kind::name && tok.text == "CIDSystemInfo") {
        system_info();
      }
    }
    return std::move(out_);
  }

 private:
  bool at_end(std::string_view end_word) const {
    return i_ >= t_.size() || (t_[i_].kind == Kind::word && t_[i_].text == end_word);
  }
  /// Whether the next mapping would pass a bound; counts it as an assignment when not.
  bool full() {
    return out_.cids.size() + out_.unicode.size() >= CMapProgram::kMaxMappings ||
           ++assignments_ > CMapProgram::kMaxAssignments;
  }

  void codespace() {
    for (++i_; i_ + 1 < t_.size() && !at_end("endcodespacerange"); i_ += 2) {
      auto lo = code_of(t_[i_]);
      auto hi = code_of(t_[i_ + 1]);
      if (lo && hi && lo->second == hi->second && out_.codespace.size() < 256) {
        out_.codespace.push_back({lo->second, lo->first, hi->first});
      }
    }
  }

  void cid_range() {
    for (++i_; i_ + 2 < t_.size() && !at_end("endcidrange"); i_ += 3) {
      auto lo = code_of(t_[i_]);
      auto hi = code_of(t_[i_ + 1]);
      auto cid = integer_of(t_[i_ + 2]);
      if (!lo || !hi || !cid || hi->first < lo->first || *cid < 0) continue;
      for (std::uint32_t c = lo->first; c <= hi->first && !full(); ++c) {
        out_.cids[c] = static_cast<std::uint32_t>(*cid) + (c - lo->first);
        if (c == UINT32_MAX) break;
      }
    }
  }

  void cid_char() {
    for (++i_; i_ + 1 < t_.size() && !at_end("endcidchar"); i_ += 2) {
      auto code = code_of(t_[i_]);
      auto cid = integer_of(t_[i_ + 1]);
      if (code && cid && *cid >= 0 && !full()) out_.cids[code->first] = static_cast<std::uint32_t>(*cid);
    }
  }

  void bf_char() {
    for (++i_; i_ + 1 < t_.size() && !at_end("endbfchar"); i_ += 2) {
      auto code = code_of(t_[i_]);
      if (!code || full()) continue;
      // A glyph name as destination (ISO 32000-1 allows it in older CMaps) maps to no known text.
      out_.unicode[code->first] = t_[i_ + 1].kind == Kind::hex ? utf16_of(t_[i_ + 1]) : std::u16string();
    }
  }

  void bf_range() {
    for (++i_; i_ + 2 < t_.size() && !at_end("endbfrange");) {
      auto lo = code_of(t_[i_]);
      auto hi = code_of(t_[i_ + 1]);
      if (!lo || !hi) {
        ++i_;
        continue;
      }
      if (t_[i_ + 2].kind == Kind::open_array) {
        std::uint32_t code = lo->first;
        for (i_ += 3; i_ < t_.size() && t_[i_].kind != Kind::close_array; ++i_, ++code) {
          if (!full()) out_.unicode[code] = t_[i_].kind == Kind::hex ? utf16_of(t_[i_]) : std::u16string();
        }
        ++i_;
        continue;
      }
      const std::u16string first = utf16_of(t_[i_ + 2]);
      if (hi->first >= lo->first && !first.empty()) {
        // The last UTF-16 unit increments along the range (ISO 32000-1, 9.10.3).
        for (std::uint32_t c = lo->first; c <= hi->first && !full(); ++c) {
          std::u16string value = first;
          value.back() = static_cast<char16_t>(value.back() + (c - lo->first));
          out_.unicode[c] = std::move(value);
          if (c == UINT32_MAX) break;
        }
      }
      i_ += 3;
    }
  }

  void system_info() {
    // `/CIDSystemInfo << … >> def` or `/CIDSystemInfo 3 dict dup begin /Registry (…) def … end def`.
    const std::size_t end = std::min(t_.size(), i_ + 24);
    for (std::size_t k = i_ + 1; k + 1 < end; ++k) {
      if (t_[k].kind != Kind::name) continue;
      if (t_[k].text == "Registry" && t_[k + 1].kind == Kind::string) out_.system_info.registry = std::string(t_[k + 1].text);
      if (t_[k].text == "Ordering" && t_[k + 1].kind == Kind::string) out_.system_info.ordering = std::string(t_[k + 1].text);
      if (t_[k].text == "Supplement") out_.system_info.supplement = integer_of(t_[k + 1]);
    }
  }

  std::vector<Token> t_;
  std::size_t i_ = 0;
  CMapProgram out_;
  std::size_t assignments_ = 0;
};

}  // namespace

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

CMapProgram parse_cmap(std::string_view program) { return Parser(tokens_of(program)).run(); }

std::vector<std::uint32_t> split_codes(std::string_view bytes, const std::vector<CodespaceRange>& codespace) {
  std::vector<std::uint32_t> out;
  if (codespace.empty()) {
    for (unsigned char c : bytes) out.push_back(c);
    return out;
  }
  int shortest = 4;
  for (const CodespaceRange& r : codespace) shortest = std::min(shortest, r.bytes);
  std::size_t i = 0;
  while (i < bytes.size()) {
    std::uint32_t code = 0;
    int taken = 0;
    bool matched = false;
    for (int n = 1; n <= 4 && i + static_cast<std::size_t>(n) <= bytes.size() && !matched; ++n) {
      code = (code << 8) | static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(n) - 1]);
      for (const CodespaceRange& r : codespace) {
        if (r.bytes != n) continue;
        // A range is a rectangle: every byte lies between the corresponding bytes of low and high.
        bool inside = true;
        for (int b = 0; b < n && inside; ++b) {
          const unsigned shift = static_cast<unsigned>(8 * (n - 1 - b));
          const std::uint32_t v = (code >> shift) & 0xFF;
          inside = v >= ((r.low >> shift) & 0xFF) && v <= ((r.high >> shift) & 0xFF);
        }
        if (inside) {
          matched = true;
          taken = n;
          break;
        }
      }
    }
    if (!matched) {
      taken = std::min<int>(shortest, static_cast<int>(bytes.size() - i));
      code = 0;
      for (int b = 0; b < taken; ++b) code = (code << 8) | static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(b)]);
    }
    out.push_back(code);
    i += static_cast<std::size_t>(taken);
  }
  return out;
}

}  // namespace folio::audit::pdf
