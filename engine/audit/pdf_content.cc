// Content-stream scanning for PDF/UA-1 7.1 (tagged or artifact, no nesting of the two) and for the
// fonts and form XObjects a page really uses. A small tokenizer of our own: iterative, bounded,
// never recursive on nested arrays or dictionaries.
#include <cctype>
#include <cstring>
#include <set>
#include <tuple>

#include "audit/pdf_model.h"

namespace folio::audit::pdf {

using PoDoFo::PdfName;

namespace {

enum class Tok { number, name, string, hexstring, array_open, array_close, dict_open, dict_close, op, end };

struct Token {
  Tok kind = Tok::end;
  std::string_view text;  ///< raw text (names without the slash, strings without delimiters)
};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool is_delim(char c) { return std::strchr("()<>[]{}/%", c) != nullptr; }

class Lexer {
 public:
  explicit Lexer(std::string_view data) : d_(data) {}

  Token next() {
    skip_space();
    if (p_ >= d_.size()) return {Tok::end, {}};
    const char c = d_[p_];
    const std::size_t start = p_;
    if (c == '/') {
      ++p_;
      while (p_ < d_.size() && !is_space(d_[p_]) && !is_delim(d_[p_])) ++p_;
      return {Tok::name, d_.substr(start + 1, p_ - start - 1)};
    }
    if (c == '(') {
      int depth = 1;
      ++p_;
      while (p_ < d_.size() && depth > 0) {
        if (d_[p_] == '\\') {
          p_ += 2;
          continue;
        }
        if (d_[p_] == '(') ++depth;
        if (d_[p_] == ')') --depth;
        ++p_;
      }
      const std::size_t end = std::min(p_, d_.size());
      return {Tok::string, d_.substr(start + 1, end > start + 1 ? end - start - 2 : 0)};
    }
    if (c == '<') {
      if (p_ + 1 < d_.size() && d_[p_ + 1] == '<') {
        p_ += 2;
        return {Tok::dict_open, {}};
      }
      ++p_;
      while (p_ < d_.size() && d_[p_] != '>') ++p_;
      const std::size_t end = p_;
      if (p_ < d_.size()) ++p_;
      return {Tok::hexstring, d_.substr(start + 1, end - start - 1)};
    }
    if (c == '>') {
      p_ += (p_ + 1 < d_.size() && d_[p_ + 1] == '>') ? 2 : 1;
      return {Tok::dict_close, {}};
    }
    if (c == '[') return ++p_, Token{Tok::array_open, {}};
    if (c == ']') return ++p_, Token{Tok::array_close, {}};
    if (c == '{' || c == '}' || c == ')') return ++p_, Token{Tok::op, d_.substr(start, 1)};
    while (p_ < d_.size() && !is_space(d_[p_]) && !is_delim(d_[p_])) ++p_;
    const std::string_view word = d_.substr(start, p_ - start);
    const bool numeric = !word.empty() && (std::isdigit(static_cast<unsigned char>(word[0])) || word[0] == '-' ||
                                           word[0] == '+' || word[0] == '.');
    return {numeric ? Tok::number : Tok::op, word};
  }

  /// Skips inline image data after `ID`: up to whitespace + "EI" + whitespace or end.
  void skip_inline_image() {
    if (p_ < d_.size()) ++p_;
    while (p_ + 2 <= d_.size()) {
      if (d_[p_] == 'E' && d_[p_ + 1] == 'I' && (p_ == 0 || is_space(d_[p_ - 1])) &&
          (p_ + 2 == d_.size() || is_space(d_[p_ + 2]))) {
        p_ += 2;
        return;
      }
      ++p_;
    }
    p_ = d_.size();
  }

 private:
  void skip_space() {
    while (p_ < d_.size()) {
      if (is_space(d_[p_])) {
        ++p_;
      } else if (d_[p_] == '%') {
        while (p_ < d_.size() && d_[p_] != '\n' && d_[p_] != '\r') ++p_;
      } else {
        break;
      }
    }
  }
  std::string_view d_;
  std::size_t p_ = 0;
};

/// An operand: a token, or for an inline dictionary its flat top-level entries.
struct Operand {
  Token token;
  std::vector<std::pair<std::string_view, Token>> dict;  ///< only for dict operands
  bool is_dict = false;
  bool is_array = false;
  std::vector<Token> array;  ///< top-level strings of an array (for TJ)
};

struct Frame {
  bool artifact = false;
  bool mcid = false;
  int mark = -1;  ///< index in Model::marks of the innermost MCID sequence
};

bool is_paint_op(std::string_view op) {
  static constexpr std::string_view kOps[] = {"Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh"};
  for (auto k : kOps) {
    if (op == k) return true;
  }
  return false;
}

std::string decode_string_token(const Token& t) {
  std::string out;
  if (t.kind == Tok::hexstring) {
    int nibble = -1;
    for (char c : t.text) {
      int v;
      if (c >= '0' && c <= '9') v = c - '0';
      else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
      else continue;
      if (nibble < 0) {
        nibble = v;
      } else {
        out.push_back(static_cast<char>(nibble * 16 + v));
        nibble = -1;
      }
    }
    if (nibble >= 0) out.push_back(static_cast<char>(nibble * 16));
    return out;
  }
  const std::string_view s = t.text;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out.push_back(s[i]);
      continue;
    }
    const char e = s[++i];
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case '\n': break;
      case '\r': if (i + 1 < s.size() && s[i + 1] == '\n') ++i; break;
      default:
        if (e >= '0' && e <= '7') {
          int v = e - '0';
          for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k) v = v * 8 + (s[++i] - '0');
          out.push_back(static_cast<char>(v));
        } else {
          out.push_back(e);
        }
    }
  }
  return out;
}

class Scanner {
 public:
  Scanner(Model& model, std::size_t& budget) : model_(model), budget_(budget) {}

  void scan_page(int page_index) {
    const Page& page = model_.pages[page_index];
    page_ = page_index;
    if (budget_ == 0) {
      problem(ContentIssue::truncated, page.object, "page content beyond the scan budget was not checked");
      return;
    }
    const PdfObject* resources = get(model_, page.dict, "Resources");
    const PdfObject* contents = get(model_, page.dict, "Contents");
    std::string data;
    int first_object = 0;
    auto append = [&](const PdfObject* stream) {
      if (stream == nullptr || !stream->HasStream()) return;
      if (first_object == 0) first_object = object_number(stream);
      if (auto d = decode_stream(stream, model_.limits.max_stream_bytes)) {
        data += *d;
        data += '\n';
      }
    };
    if (const auto* a = array_of(contents)) {
      for (const PdfObject& part : *a) append(resolve(model_, &part));
    } else {
      append(contents);
    }
    std::vector<Frame> frames;
    std::set<int> chain;
    run(data, resources, first_object, frames, 0, chain);
  }

 private:
  bool inside_mark(const std::vector<Frame>& frames) const {
    for (const Frame& f : frames) {
      if (f.artifact || f.mcid) return true;
    }
    return false;
  }

  void problem(ContentIssue issue, int object, std::string detail) {
    // One problem of each kind per stream and page is enough to locate it.
    if (!reported_.emplace(static_cast<int>(issue), page_, object).second) return;
    model_.content_problems.push_back({issue, page_, object, std::move(detail)});
  }

  const PdfObject* resource(const PdfObject* resources, const char* category, std::string_view name) {
    const PdfObject* dict = get(model_, resources, category);
    if (!is_dict(dict)) return nullptr;
    return resolve(model_, dict->GetDictionary().GetKey(PdfName(std::string(name))));
  }

  void run(std::string_view data, const PdfObject* resources, int object, std::vector<Frame>& frames, int depth,
           std::set<int>& chain) {
    if (data.size() > budget_) {
      problem(ContentIssue::truncated, object, "content beyond the scan budget was not checked");
      data = data.substr(0, budget_);
    }
    budget_ -= data.size();
    Lexer lex(data);
    std::vector<Operand> operands;
    const PdfObject* font = nullptr;
    for (Token t = lex.next(); t.kind != Tok::end; t = lex.next()) {
      switch (t.kind) {
        case Tok::dict_open: {
          Operand dict;
          dict.is_dict = true;
          int level = 1;
          std::string_view pending_key;
          bool have_key = false;
          for (Token u = lex.next(); u.kind != Tok::end; u = lex.next()) {
            if (u.kind == Tok::dict_open || u.kind == Tok::array_open) {
              ++level;
              if (level == 2 && have_key) have_key = false;
              continue;
            }
            if (u.kind == Tok::dict_close || u.kind == Tok::array_close) {
              if (--level == 0) break;
              continue;
            }
            if (level != 1) continue;
            if (!have_key && u.kind == Tok::name) {
              pending_key = u.text;
              have_key = true;
            } else if (have_key) {
              dict.dict.emplace_back(pending_key, u);
              have_key = false;
            }
          }
          operands.push_back(std::move(dict));
          break;
        }
        case Tok::array_open: {
          Operand array;
          array.is_array = true;
          int level = 1;
          for (Token u = lex.next(); u.kind != Tok::end; u = lex.next()) {
            if (u.kind == Tok::dict_open || u.kind == Tok::array_open) ++level;
            else if (u.kind == Tok::dict_close || u.kind == Tok::array_close) {
              if (--level == 0) break;
            } else if (level == 1 && (u.kind == Tok::string || u.kind == Tok::hexstring)) {
              array.array.push_back(u);
            }
          }
          operands.push_back(std::move(array));
          break;
        }
        case Tok::array_close:
        case Tok::dict_close:
          break;
        case Tok::op:
          handle_op(t.text, operands, resources, object, frames, depth, chain, font, lex);
          operands.clear();
          break;
        default:
          // A malformed stream must not grow the operand stack without bound.
          if (operands.size() < 64) operands.push_back(Operand{t, {}, false, false, {}});
      }
    }
  }

  void record_text(const PdfObject* font, const std::vector<Operand>& operands) {
    if (font == nullptr) return;
    FontUse& use = model_.fonts[font];
    use.dict = font;
    if (use.page < 0) use.page = page_;
    const bool two_byte = name_of(get(model_, font, "Subtype")) == "Type0";
    auto add = [&](const Token& t) {
      const std::string s = decode_string_token(t);
      if (use.codes.size() > 65536) return;
      if (two_byte) {
        for (std::size_t i = 0; i + 1 < s.size(); i += 2) {
          use.codes.insert((static_cast<unsigned char>(s[i]) << 8) | static_cast<unsigned char>(s[i + 1]));
        }
      } else {
        for (unsigned char c : s) use.codes.insert(c);
      }
    };
    for (const Operand& o : operands) {
      if (o.is_array) {
        for (const Token& t : o.array) add(t);
      } else if (o.token.kind == Tok::string || o.token.kind == Tok::hexstring) {
        add(o.token);
      }
    }
  }

  void handle_op(std::string_view op, const std::vector<Operand>& operands, const PdfObject* resources, int object,
                 std::vector<Frame>& frames, int depth, std::set<int>& chain, const PdfObject*& font, Lexer& lex) {
    if (op == "BMC" || op == "BDC") {
      Frame frame;
      std::string tag;
      if (!operands.empty() && operands[0].token.kind == Tok::name) tag = std::string(operands[0].token.text);
      frame.artifact = tag == "Artifact";
      std::optional<int> mcid;
      std::optional<std::string> lang;
      if (op == "BDC" && operands.size() >= 2) {
        const Operand& props = operands[1];
        if (props.is_dict) {
          for (const auto& [key, value] : props.dict) {
            if (key == "MCID" && value.kind == Tok::number) mcid = std::atoi(std::string(value.text).c_str());
            if (key == "Lang" && (value.kind == Tok::string || value.kind == Tok::hexstring)) {
              lang = decode_string_token(value);
            }
          }
        } else if (props.token.kind == Tok::name) {
          const PdfObject* named = resource(resources, "Properties", props.token.text);
          if (auto m = int_of(get(model_, named, "MCID"))) mcid = static_cast<int>(*m);
          if (auto l = text_of(get(model_, named, "Lang"))) lang = *l;
        }
      }
      frame.mcid = mcid.has_value() && !frame.artifact;
      bool in_artifact = false;
      bool in_tagged = false;
      for (const Frame& f : frames) {
        in_artifact = in_artifact || f.artifact;
        in_tagged = in_tagged || f.mcid;
      }
      if (frame.artifact && in_tagged) {
        problem(ContentIssue::artifact_in_tagged, object, "an Artifact sequence inside tagged content");
      }
      if (frame.mcid && in_artifact) {
        problem(ContentIssue::tagged_in_artifact, object, "tagged content (MCID " + std::to_string(*mcid) + ") inside an Artifact");
      }
      if (lang && !lang->empty() && !is_valid_lang(*lang)) {
        problem(ContentIssue::bad_lang, object, "marked content /Lang (" + *lang + ") is not a valid language tag");
      }
      if (!frames.empty()) frame.mark = frames.back().mark;
      if (frame.mcid) {
        frame.mark = static_cast<int>(model_.marks.size());
        model_.marks.push_back({page_, *mcid, tag, false});
      }
      if (lang && frame.mark >= 0) model_.marks[frame.mark].lang = true;
      if (frames.size() < 512) frames.push_back(frame);
      return;
    }
    if (op == "EMC") {
      if (!frames.empty()) frames.pop_back();
      return;
    }
    if (op == "Tf") {
      if (!operands.empty() && operands[0].token.kind == Tok::name) font = resource(resources, "Font", operands[0].token.text);
      return;
    }
    if (op == "BI") {
      for (Token u = lex.next(); u.kind != Tok::end; u = lex.next()) {
        if (u.kind == Tok::op && u.text == "ID") break;
      }
      lex.skip_inline_image();
      if (!inside_mark(frames)) problem(ContentIssue::untagged, object, "an inline image outside tagged content and artifacts");
      return;
    }
    if (op == "Do") {
      if (operands.empty() || operands[0].token.kind != Tok::name) return;
      const PdfObject* xobject = resource(resources, "XObject", operands[0].token.text);
      const auto subtype = name_of(get(model_, xobject, "Subtype"));
      if (subtype == "Image") {
        if (!inside_mark(frames)) problem(ContentIssue::untagged, object, "an image outside tagged content and artifacts");
        return;
      }
      if (subtype == "Form") paint_form(xobject, resources, frames, depth, chain);
      return;
    }
    if (is_paint_op(op)) {
      if (op == "Tj" || op == "TJ" || op == "'" || op == "\"") record_text(font, operands);
      if (!inside_mark(frames)) {
        problem(ContentIssue::untagged, object, "content (operator " + std::string(op) + ") outside tagged content and artifacts");
      }
    }
  }

  void paint_form(const PdfObject* form, const PdfObject* inherited, std::vector<Frame>& frames, int depth,
                  std::set<int>& chain) {
    const int number = object_number(form);
    if (get(model_, form, "Ref") != nullptr) model_.reference_xobjects.push_back(form);
    if (depth >= model_.limits.max_form_depth || (number != 0 && chain.count(number) != 0)) {
      model_.integrity.push_back("form XObjects nest too deep or in a cycle");
      return;
    }
    auto data = decode_stream(form, model_.limits.max_stream_bytes);
    if (!data) return;
    const std::size_t marks_before = model_.marks.size();
    const PdfObject* resources = get(model_, form, "Resources");
    if (resources == nullptr) resources = inherited;
    chain.insert(number);
    std::vector<Frame> inner = frames;
    run(*data, resources, number, inner, depth + 1, chain);
    chain.erase(number);
    if (model_.marks.size() > marks_before && number != 0) ++model_.mcid_form_uses[number];
  }

  Model& model_;
  std::size_t& budget_;
  int page_ = -1;
  std::set<std::tuple<int, int, int>> reported_;
};

}  // namespace

void scan_content(Model& model) {
  std::size_t budget = model.limits.max_content_bytes;
  Scanner scanner(model, budget);
  for (std::size_t i = 0; i < model.pages.size(); ++i) scanner.scan_page(static_cast<int>(i));
}

}  // namespace folio::audit::pdf
