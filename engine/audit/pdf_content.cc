// Content-stream scanning for PDF/UA-1 7.1 (tagged or artifact, no nesting of the two) and for the
// fonts and form XObjects a page really uses. A small tokenizer of our own: iterative, bounded,
// never recursive on nested arrays or dictionaries.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "audit/pdf_cmap.h"
#include "audit/pdf_model.h"
#include "base/pdf_chars.h"
#include "base/two_threads.h"

namespace folio::audit::pdf {

using PoDoFo::PdfName;

namespace {

constexpr std::size_t kMaxCodes = 65536;  // a font's codes recorded at most (a hostile stream shows more)

enum class Tok { number, name, string, hexstring, array_open, array_close, dict_open, dict_close, op, end };

struct Token {
  Tok kind = Tok::end;
  std::string_view text;  ///< raw text (names without the slash, strings without delimiters)
};

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
      while (p_ < d_.size() && base::is_regular(d_[p_])) ++p_;
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
    while (p_ < d_.size() && base::is_regular(d_[p_])) ++p_;
    const std::string_view word = d_.substr(start, p_ - start);
    const bool numeric = !word.empty() && (std::isdigit(static_cast<unsigned char>(word[0])) || word[0] == '-' ||
                                           word[0] == '+' || word[0] == '.');
    return {numeric ? Tok::number : Tok::op, word};
  }

  /// Skips inline image data after `ID`: up to whitespace + "EI" + whitespace or end.
  void skip_inline_image() {
    if (p_ < d_.size()) ++p_;
    while (p_ + 2 <= d_.size()) {
      if (d_[p_] == 'E' && d_[p_ + 1] == 'I' && (p_ == 0 || base::is_white_space(d_[p_ - 1])) &&
          (p_ + 2 == d_.size() || base::is_white_space(d_[p_ + 2]))) {
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
      if (base::is_white_space(d_[p_])) {
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
  bool tagged = false;  ///< an MCID sequence, or a form XObject that is itself a content item
  int mark = -1;        ///< index in Model::marks of the innermost MCID sequence
  bool lang = false;    ///< a /Lang is declared on this sequence or an enclosing one
};

/// What the text operators may change and q/Q saves (ISO 32000-1, 8.4.1 and 9.3.1).
struct TextState {
  const PdfObject* font = nullptr;
  int render_mode = 0;
};

bool is_paint_op(std::string_view op) {
  static constexpr std::string_view kOps[] = {"Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh"};
  for (auto k : kOps) {
    if (op == k) return true;
  }
  return false;
}

bool is_text_op(std::string_view op) { return op == "Tj" || op == "TJ" || op == "'" || op == "\""; }

/// Calls `fn` with each byte of the string token `t`: a hex string's digit pairs (anything else
/// skipped, an odd last digit padded with 0), a literal string's bytes with its escapes resolved.
template <typename Fn>
void for_each_string_byte(const Token& t, Fn&& fn) {
  const std::string_view s = t.text;
  if (t.kind == Tok::hexstring) {
    int nibble = -1;
    for (char c : s) {
      const int v = hex_digit(c);
      if (v < 0) continue;
      if (nibble < 0) {
        nibble = v;
      } else {
        fn(static_cast<char>(nibble * 16 + v));
        nibble = -1;
      }
    }
    if (nibble >= 0) fn(static_cast<char>(nibble * 16));
    return;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      fn(s[i]);
      continue;
    }
    const char e = s[++i];
    switch (e) {
      case 'n': fn('\n'); break;
      case 'r': fn('\r'); break;
      case 't': fn('\t'); break;
      case 'b': fn('\b'); break;
      case 'f': fn('\f'); break;
      case '\n': break;
      case '\r': if (i + 1 < s.size() && s[i + 1] == '\n') ++i; break;
      default:
        if (e >= '0' && e <= '7') {
          int v = e - '0';
          for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k) v = v * 8 + (s[++i] - '0');
          fn(static_cast<char>(v));
        } else {
          fn(e);
        }
    }
  }
}

std::string decode_string_token(const Token& t) {
  std::string out;
  for_each_string_byte(t, [&](char byte) { out.push_back(byte); });
  return out;
}

/// How a font's shown strings split into codes.
struct Coding {
  bool unknown = false;                  ///< a predefined CMap other than Identity
  std::vector<CodespaceRange> codespace; ///< empty: one byte per code
  bool identity = false;                 ///< codespace is <0000> <FFFF> alone: two bytes a code
};

/// Calls `fn` with each code of the shown string `t`, the codes
/// split_codes(decode_string_token(t), coding.codespace) gives. In a two-byte identity codespace
/// (what most tagged PDFs show, a code per glyph) the string is split as it is read: two bytes a
/// code, a last lone byte a code of its own.
template <typename Fn>
void for_each_code(const Token& t, const Coding& coding, Fn&& fn) {
  if (!coding.identity) {
    for (std::uint32_t code : split_codes(decode_string_token(t), coding.codespace)) fn(code);
    return;
  }
  std::uint32_t code = 0;
  bool half = false;
  for_each_string_byte(t, [&](char byte) {
    code = (code << 8) | static_cast<unsigned char>(byte);
    if (half) {
      fn(code);
      code = 0;
    }
    half = !half;
  });
  if (half) fn(code);
}

/// Codes of one font already recorded (below 65536, the codes of a two-byte codespace), so a
/// code shown again costs no set insertion: kSeen once in FontUse::codes, kRendered once in
/// FontUse::rendered_codes.
struct SeenCodes {
  static constexpr std::uint8_t kSeen = 1, kRendered = 2;
  std::vector<std::uint8_t> flags = std::vector<std::uint8_t>(65536);
};

/// What scanning pages finds, before it goes into the model.
struct ContentScan {
  std::vector<Mark> marks;
  std::vector<ContentProblem> content_problems;
  std::map<const PdfObject*, FontUse> fonts;
  std::map<int, int> mcid_form_uses;
  std::vector<std::string> integrity;
};

class Scanner {
 public:
  Scanner(const Model& model, ContentScan& out, std::size_t& budget) : model_(model), out_(out), budget_(budget) {}

  void scan_page(int page_index) {
    const Page& page = model_.pages[page_index];
    page_ = page_index;
    if (budget_ == 0) {
      problem(ContentIssue::truncated, page.object, "page content beyond the scan budget was not checked");
      return;
    }
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
    run(data, page.resources, first_object, frames, 0, chain, TextState{});
  }

  /// The appearance streams of the page's annotations: only the fonts they use are recorded
  /// (ISO 14289-1, 7.21 applies to every font used for rendering; annotation appearances are
  /// tagged through the annotation, not through marked content).
  void scan_appearances(int page_index) {
    page_ = page_index;
    appearance_ = true;
    for (const Annotation& a : model_.annots) {
      if (a.page != page_index) continue;
      const PdfObject* ap = get(model_, a.dict, "AP");
      for (const char* state : {"N", "R", "D"}) {
        const PdfObject* entry = get(model_, ap, state);
        if (entry != nullptr && entry->HasStream()) {
          paint_appearance(entry);
        } else if (is_dict(entry)) {
          for (const auto& [key, value] : entry->GetDictionary().GetKeys()) paint_appearance(resolve(model_, value));
        }
      }
    }
    appearance_ = false;
  }

 private:
  void paint_appearance(const PdfObject* form) {
    if (form == nullptr || !form->HasStream()) return;
    std::vector<Frame> frames;
    std::set<int> chain;
    paint_form(form, model_.pages[page_].resources, frames, 0, chain, TextState{});
  }

  bool inside_mark(const std::vector<Frame>& frames) const {
    for (const Frame& f : frames) {
      if (f.artifact || f.tagged) return true;
    }
    return false;
  }

  void problem(ContentIssue issue, int object, std::string detail, int mark = -1) {
    if (appearance_) return;
    // One problem of each kind per stream and page is enough to locate it.
    if (!reported_.emplace(static_cast<int>(issue), page_, object).second) return;
    out_.content_problems.push_back({issue, page_, object, std::move(detail), mark});
  }

  const PdfObject* resource(const PdfObject* resources, const char* category, std::string_view name) {
    const PdfObject* dict = get(model_, resources, category);
    if (!is_dict(dict)) return nullptr;
    return resolve(model_, dict->GetDictionary().GetKey(PdfName(std::string(name))));
  }

  /// resource(resources, "Font", name), looked up once per resource dictionary and name (a page
  /// selects its fonts again for every run of text).
  const PdfObject* font_resource(const PdfObject* resources, std::string_view name) {
    auto key = std::make_pair(resources, std::string(name));
    auto it = fonts_by_name_.find(key);
    if (it == fonts_by_name_.end()) it = fonts_by_name_.emplace(std::move(key), resource(resources, "Font", name)).first;
    return it->second;
  }

  const Coding& coding_of(const PdfObject* font) {
    auto it = codings_.find(font);
    if (it != codings_.end()) return it->second;
    Coding coding;
    if (name_of(get(model_, font, "Subtype")) == "Type0") {
      const PdfObject* encoding = get(model_, font, "Encoding");
      if (auto name = name_of(encoding)) {
        if (*name == "Identity-H" || *name == "Identity-V") coding.codespace.push_back({2, 0, 0xFFFF});
        else coding.unknown = true;
      } else if (encoding != nullptr && encoding->HasStream()) {
        coding.codespace = parse_cmap(decode_stream(encoding, 1u << 20).value_or("")).codespace;
        if (coding.codespace.empty()) coding.codespace.push_back({2, 0, 0xFFFF});
      } else {
        coding.codespace.push_back({2, 0, 0xFFFF});
      }
    }
    coding.identity = coding.codespace.size() == 1 && coding.codespace[0].bytes == 2 && coding.codespace[0].low == 0 &&
                      coding.codespace[0].high == 0xFFFF;
    return codings_.emplace(font, std::move(coding)).first->second;
  }

  void run(std::string_view data, const PdfObject* resources, int object, std::vector<Frame>& frames, int depth,
           std::set<int>& chain, TextState text) {
    if (data.size() > budget_) {
      problem(ContentIssue::truncated, object, "content beyond the scan budget was not checked");
      data = data.substr(0, budget_);
    }
    budget_ -= data.size();
    Lexer lex(data);
    std::vector<Operand> operands;
    std::vector<TextState> saved;
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
              if (level == 2 && have_key) {
                dict.dict.emplace_back(pending_key, Token{Tok::dict_open, {}});
                have_key = false;
              }
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
          if (t.text == "q") {
            if (saved.size() < 256) saved.push_back(text);
          } else if (t.text == "Q") {
            if (!saved.empty()) {
              text = saved.back();
              saved.pop_back();
            }
          } else if (t.text == "Tr") {
            if (!operands.empty() && operands[0].token.kind == Tok::number) text.render_mode = std::atoi(std::string(operands[0].token.text).c_str());
          } else {
            handle_op(t.text, operands, resources, object, frames, depth, chain, text, lex);
          }
          operands.clear();
          break;
        default:
          // A malformed stream must not grow the operand stack without bound.
          if (operands.size() < 64) operands.push_back(Operand{t, {}, false, false, {}});
      }
    }
  }

  void record_text(const TextState& text, const std::vector<Operand>& operands) {
    if (text.font == nullptr) return;
    FontUse& use = out_.fonts[text.font];
    use.dict = text.font;
    if (use.page < 0) use.page = page_;
    const bool rendered = text.render_mode != 3;
    use.rendered = use.rendered || rendered;
    const Coding& coding = coding_of(text.font);
    if (coding.unknown) {
      use.codes_unknown = true;
      return;
    }
    SeenCodes& seen = seen_[text.font];
    auto add = [&](const Token& t) {
      if (use.codes.size() > kMaxCodes) return;
      for_each_code(t, coding, [&](std::uint32_t code) {
        if (code < 65536) {
          const std::uint8_t wanted = rendered ? SeenCodes::kSeen | SeenCodes::kRendered : SeenCodes::kSeen;
          std::uint8_t& flags = seen.flags[code];
          if ((flags & wanted) == wanted) return;
          flags |= wanted;
        }
        use.codes.insert(code);
        if (rendered) use.rendered_codes.insert(code);
      });
    };
    for (const Operand& o : operands) {
      if (o.is_array) {
        for (const Token& t : o.array) add(t);
      } else if (o.token.kind == Tok::string || o.token.kind == Tok::hexstring) {
        add(o.token);
      }
    }
  }

  void begin_marked(std::string_view op, const std::vector<Operand>& operands, const PdfObject* resources, int object,
                    std::vector<Frame>& frames) {
    Frame frame;
    std::string tag;
    if (!operands.empty() && operands[0].token.kind == Tok::name) tag = std::string(operands[0].token.text);
    frame.artifact = tag == "Artifact";
    std::optional<int> mcid;
    std::optional<std::string> lang;
    bool alternate_text = false;  // Alt, ActualText or E on the property list (ISO 32000-1, 14.9)
    if (op == "BDC" && operands.size() >= 2) {
      const Operand& props = operands[1];
      if (props.is_dict) {
        for (const auto& [key, value] : props.dict) {
          if (key == "MCID" && value.kind == Tok::number) mcid = std::atoi(std::string(value.text).c_str());
          if (key == "Lang" && (value.kind == Tok::string || value.kind == Tok::hexstring)) lang = decode_string_token(value);
          if (key == "Alt" || key == "ActualText" || key == "E") alternate_text = true;
        }
      } else if (props.token.kind == Tok::name) {
        const PdfObject* named = resource(resources, "Properties", props.token.text);
        if (auto m = int_of(get(model_, named, "MCID"))) mcid = static_cast<int>(*m);
        if (auto l = text_of(get(model_, named, "Lang"))) lang = *l;
        alternate_text = get(model_, named, "Alt") != nullptr || get(model_, named, "ActualText") != nullptr ||
                         get(model_, named, "E") != nullptr;
      }
    }
    frame.tagged = mcid.has_value() && !frame.artifact;
    bool in_artifact = false;
    bool in_tagged = false;
    for (const Frame& f : frames) {
      in_artifact = in_artifact || f.artifact;
      in_tagged = in_tagged || f.tagged;
    }
    if (frame.artifact && in_tagged) problem(ContentIssue::artifact_in_tagged, object, "an Artifact sequence inside tagged content");
    if (frame.tagged && in_artifact) {
      problem(ContentIssue::tagged_in_artifact, object, "tagged content (MCID " + std::to_string(*mcid) + ") inside an Artifact");
    }
    if (lang && !is_valid_lang(*lang)) {
      problem(ContentIssue::bad_lang, object, "marked content /Lang (" + *lang + ") is not a valid language tag");
    }
    if (!frames.empty()) {
      frame.mark = frames.back().mark;
      frame.lang = frames.back().lang;
    }
    frame.lang = frame.lang || (lang && is_valid_lang(*lang));
    if (frame.tagged && !appearance_) {
      frame.mark = static_cast<int>(out_.marks.size());
      out_.marks.push_back({page_, *mcid, tag, false});
    }
    if (lang && frame.mark >= 0 && !appearance_) out_.marks[frame.mark].lang = true;
    if (tag == "Span" && alternate_text && !frame.lang) {
      problem(ContentIssue::span_text_no_lang, object, "a Span sequence's Alt, ActualText or E has no /Lang", frame.mark);
    }
    if (frames.size() < 512) frames.push_back(frame);
  }

  void handle_op(std::string_view op, const std::vector<Operand>& operands, const PdfObject* resources, int object,
                 std::vector<Frame>& frames, int depth, std::set<int>& chain, TextState& text, Lexer& lex) {
    if (op == "BMC" || op == "BDC") {
      begin_marked(op, operands, resources, object, frames);
      return;
    }
    if (op == "EMC") {
      if (!frames.empty()) frames.pop_back();
      return;
    }
    if (op == "Tf") {
      if (!operands.empty() && operands[0].token.kind == Tok::name) text.font = font_resource(resources, operands[0].token.text);
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
      if (subtype == "Form") paint_form(xobject, resources, frames, depth, chain, text);
      return;
    }
    if (is_paint_op(op)) {
      if (is_text_op(op)) record_text(text, operands);
      if (!inside_mark(frames)) {
        problem(ContentIssue::untagged, object, "content (operator " + std::string(op) + ") outside tagged content and artifacts");
      }
    }
  }

  /// Paints a form XObject: it inherits the graphics state in force at the Do (ISO 32000-1, 8.10.1).
  void paint_form(const PdfObject* form, const PdfObject* inherited, std::vector<Frame>& frames, int depth,
                  std::set<int>& chain, const TextState& text) {
    const int number = object_number(form);
    if (depth >= model_.limits.max_form_depth || (number != 0 && chain.count(number) != 0)) {
      out_.integrity.push_back("form XObjects nest too deep or in a cycle");
      return;
    }
    auto data = decode_stream(form, model_.limits.max_stream_bytes);
    if (!data) return;
    const std::size_t marks_before = out_.marks.size();
    const PdfObject* resources = get(model_, form, "Resources");
    if (resources == nullptr) resources = inherited;
    chain.insert(number);
    std::vector<Frame> inner = frames;
    // A form XObject with /StructParent is itself a content item of an element (ISO 32000-1, 14.7.4.3).
    if (int_of(get(model_, form, "StructParent"))) inner.push_back(Frame{false, true, -1, inner.empty() ? false : inner.back().lang});
    run(*data, resources, number, inner, depth + 1, chain, text);
    chain.erase(number);
    if (out_.marks.size() > marks_before && number != 0) ++out_.mcid_form_uses[number];
  }

  const Model& model_;
  ContentScan& out_;
  std::size_t& budget_;
  int page_ = -1;
  bool appearance_ = false;
  std::set<std::tuple<int, int, int>> reported_;
  std::map<const PdfObject*, Coding> codings_;
  std::map<const PdfObject*, SeenCodes> seen_;
  std::map<std::pair<const PdfObject*, std::string>, const PdfObject*> fonts_by_name_;
};

// A long document's pages are scanned on two threads when its objects are all in memory (PoDoFo
// loads objects on demand, which one thread at a time may do).
constexpr std::size_t kTwoThreadPages = 16;
// With other work to do first (the structure: ~1 for 4 of the scan's in seed x50), the caller's
// thread scans this many eighths of the pages, the second thread the rest.
constexpr std::size_t kPagesBesideWork = 3;

/// Scans pages [begin, end) into `out`, reading at most `budget` content bytes; returns the bytes
/// it read.
std::size_t scan_pages(const Model& model, std::size_t begin, std::size_t end, ContentScan& out, std::size_t budget) {
  const std::size_t given = budget;
  Scanner scanner(model, out, budget);
  for (std::size_t i = begin; i < end; ++i) {
    scanner.scan_page(static_cast<int>(i));
    scanner.scan_appearances(static_cast<int>(i));
  }
  return given - budget;
}

/// `second` (the later pages) appended to `first`, as one scan of all pages in order finds it.
void append_scan(ContentScan& first, ContentScan&& second) {
  const int offset = static_cast<int>(first.marks.size());
  first.marks.insert(first.marks.end(), second.marks.begin(), second.marks.end());
  for (ContentProblem& p : second.content_problems) {
    if (p.mark >= 0) p.mark += offset;
    first.content_problems.push_back(std::move(p));
  }
  for (auto& [dict, use] : second.fonts) {
    auto [it, added] = first.fonts.try_emplace(dict, std::move(use));
    if (added) continue;
    FontUse& into = it->second;  // its first page is in the first half
    into.codes.merge(use.codes);
    into.rendered_codes.merge(use.rendered_codes);
    into.rendered = into.rendered || use.rendered;
    into.codes_unknown = into.codes_unknown || use.codes_unknown;
  }
  for (const auto& [number, uses] : second.mcid_form_uses) first.mcid_form_uses[number] += uses;
  first.integrity.insert(first.integrity.end(), second.integrity.begin(), second.integrity.end());
}

}  // namespace

void scan_content(Model& model, const std::function<void()>& beside) {
  const std::size_t pages = model.pages.size();
  const std::size_t budget = model.limits.max_content_bytes;
  ContentScan scan;
  bool scanned = false;
  if (model.objects_loaded && pages >= kTwoThreadPages) {
    // Each part with the whole budget; the result stands when both together stayed below it
    // (then no read was cut short, in either order), or when the first part used it all (then
    // one scan in page order reads nothing of the later pages, as a scan of them with nothing
    // left finds: a long file of large pages is not read a third time), and no font reached the
    // cap on codes. The caller's thread, with `beside` to do first, takes the smaller part.
    const std::size_t split = beside ? pages * kPagesBesideWork / 8 : pages / 2;
    std::array<ContentScan, 2> parts;
    std::array<std::size_t, 2> used{};
    // An exception of `beside` leaves once the other part is scanned (for_each_on_two_threads).
    base::for_each_on_two_threads(2, 2, [&](std::size_t h) {
      if (h == 0 && beside) beside();
      used[h] = scan_pages(model, h == 0 ? 0 : split, h == 0 ? split : pages, parts[h], budget);
    });
    const bool first_used_all = used[0] >= budget;
    if (first_used_all) {
      parts[1] = ContentScan{};
      scan_pages(model, split, pages, parts[1], 0);
    }
    append_scan(parts[0], std::move(parts[1]));
    const bool capped = std::any_of(parts[0].fonts.begin(), parts[0].fonts.end(),
                                    [](const auto& f) { return f.second.codes.size() > kMaxCodes; });
    if ((first_used_all || used[0] + used[1] < budget) && !capped) {
      scan = std::move(parts[0]);
      scanned = true;
    }
  } else if (beside) {
    beside();
  }
  if (!scanned) scan_pages(model, 0, pages, scan, budget);
  model.marks = std::move(scan.marks);
  model.content_problems = std::move(scan.content_problems);
  model.fonts = std::move(scan.fonts);
  model.mcid_form_uses = std::move(scan.mcid_form_uses);
  model.integrity.insert(model.integrity.end(), scan.integrity.begin(), scan.integrity.end());
}

}  // namespace folio::audit::pdf
