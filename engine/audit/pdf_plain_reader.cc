#include "audit/pdf_plain_reader.h"

#include <charconv>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "audit/pdf_cmap.h"
#include "base/pdf_chars.h"
#include "base/two_threads.h"

namespace folio::audit::pdf {

using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfReference;
using PoDoFo::PdfString;
using PoDoFo::PdfVariant;

namespace {

/// Thrown where the file leaves the plain form: PoDoFo reads it instead.
struct NotPlain {};
[[noreturn]] void decline() { throw NotPlain{}; }

constexpr int kMaxDepth = 256;           // deeper nesting is left to PoDoFo
constexpr std::size_t kMaxToken = 4000;  // PoDoFo cuts tokens at its 4,096-byte buffer
constexpr std::size_t kMaxDigits = 18;   // beyond, strtol would clamp

bool all_digits(std::string_view t) {
  if (t.empty()) return false;
  for (char c : t) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::int64_t digits_value(std::string_view t) {
  if (!all_digits(t) || t.size() > kMaxDigits) decline();
  std::int64_t v = 0;
  for (char c : t) v = v * 10 + (c - '0');
  return v;
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : b_(bytes) {}

  std::string_view bytes() const { return b_; }

  void seek(std::size_t at) {
    if (at > b_.size()) decline();
    pos_ = at;
  }
  std::size_t tell() const { return pos_; }

  // White space and comments, which PoDoFo's tokenizer skips between tokens.
  void skip_space() {
    while (pos_ < b_.size()) {
      const char c = b_[pos_];
      if (base::is_white_space(c)) {
        ++pos_;
      } else if (c == '%') {
        while (pos_ < b_.size() && b_[pos_] != '\r' && b_[pos_] != '\n') ++pos_;
      } else {
        break;
      }
    }
  }

  /// The run of regular characters at the current position ("" before a delimiter).
  std::string_view regular() {
    const std::size_t start = pos_;
    while (pos_ < b_.size() && base::is_regular(b_[pos_])) ++pos_;
    if (pos_ - start > kMaxToken) decline();
    return b_.substr(start, pos_ - start);
  }

  std::string_view next_regular() {
    skip_space();
    return regular();
  }

  bool at(std::string_view s) const { return b_.substr(pos_, s.size()) == s; }

  void value(PdfVariant& out, int depth) {
    if (depth > kMaxDepth) decline();
    skip_space();
    if (pos_ >= b_.size()) decline();
    switch (b_[pos_]) {
      case '<':
        if (at("<<")) {
          pos_ += 2;
          dictionary(out, depth);
        } else {
          ++pos_;
          hex_string(out);
        }
        return;
      case '[':
        ++pos_;
        array(out, depth);
        return;
      case '(':
        ++pos_;
        literal_string(out);
        return;
      case '/':
        ++pos_;
        out = PdfVariant(name());
        return;
      default:
        break;
    }
    const std::string_view t = regular();
    if (t == "true" || t == "false") {
      out = PdfVariant(t == "true");
    } else if (t == "null") {
      out = PdfVariant();
    } else {
      number(t, out);
    }
  }

 private:
  // After '/': PoDoFo takes a name followed at once by white space or a delimiter as empty.
  PdfName name() {
    if (pos_ >= b_.size()) decline();
    const char c = b_[pos_];
    if (c == '%') decline();  // PoDoFo would skip the comment and take the next line's token
    if (!base::is_regular(c)) return PdfName();
    const std::string_view t = regular();
    return PdfName::FromEscaped(std::string(t));
  }

  void dictionary(PdfVariant& out, int depth) {
    out = PdfVariant(PdfDictionary());
    PdfDictionary& dict = out.GetDictionary();
    for (;;) {
      skip_space();
      if (at(">>")) {
        pos_ += 2;
        return;
      }
      if (pos_ >= b_.size() || b_[pos_] != '/') decline();
      ++pos_;
      const PdfName key = name();
      // Added first and read in place: no copy of what the value holds (a later twin replaces it,
      // as in PoDoFo). GetKey finds no empty name, which PoDoFo adds all the same: its value is
      // read first and copied in.
      if (key.GetLength() == 0) {
        PdfObject item;
        value(item, depth + 1);
        dict.AddKey(key, item);
        continue;
      }
      dict.AddKey(key, PdfObject());
      value(*dict.GetKey(key), depth + 1);
    }
  }

  void array(PdfVariant& out, int depth) {
    out = PdfVariant(PdfArray());
    PdfArray& items = out.GetArray();
    for (;;) {
      skip_space();
      if (pos_ < b_.size() && b_[pos_] == ']') {
        ++pos_;
        return;
      }
      items.push_back(PdfObject());
      value(items.back(), depth + 1);
    }
  }

  // As PdfTokenizer::ReadString: balanced parentheses, the escapes n r t b f ( ) \ and up to three
  // octal digits; any other escaped character (a line end too) is dropped with its backslash.
  void literal_string(PdfVariant& out) {
    text_.clear();
    int open = 0;
    for (;;) {
      if (pos_ >= b_.size()) decline();
      const char c = b_[pos_++];
      if (c == '\\') {
        if (pos_ >= b_.size()) decline();
        const char e = b_[pos_];
        if (e >= '0' && e <= '7') {
          unsigned v = 0;
          for (int n = 0; n < 3 && pos_ < b_.size() && b_[pos_] >= '0' && b_[pos_] <= '7'; ++n) {
            v = (v << 3) | static_cast<unsigned>(b_[pos_++] - '0');
          }
          text_ += static_cast<char>(v & 0xFF);
          continue;
        }
        ++pos_;
        switch (e) {
          case 'n': text_ += '\n'; break;
          case 'r': text_ += '\r'; break;
          case 't': text_ += '\t'; break;
          case 'b': text_ += '\b'; break;
          case 'f': text_ += '\f'; break;
          case '(': case ')': case '\\': text_ += e; break;
          default: break;
        }
        continue;
      }
      if (c == '(') {
        ++open;
      } else if (c == ')') {
        if (open == 0) break;
        --open;
      }
      text_ += c;
    }
    const auto length = static_cast<PoDoFo::pdf_long>(text_.size());
    out = text_.empty() ? PdfVariant(PdfString("")) : PdfVariant(PdfString(text_.data(), length));
  }

  // As PdfTokenizer::ReadHexString: hex digits up to '>', anything else skipped, an odd count
  // padded with 0.
  void hex_string(PdfVariant& out) {
    text_.clear();
    for (;;) {
      if (pos_ >= b_.size()) decline();
      const char c = b_[pos_++];
      if (c == '>') break;
      if (hex_digit(c) >= 0) text_ += c;
    }
    if (text_.size() % 2 != 0) text_ += '0';
    PdfString s;
    s.SetHexData(text_.empty() ? "" : text_.data(), static_cast<PoDoFo::pdf_long>(text_.size()));
    out = PdfVariant(s);
  }

  // An integer, a real, or the first of "N G R". PoDoFo classifies a token of digits, signs and
  // points and reads it with strtol or a stream; only the forms where both agree with the
  // syntax of ISO 32000-1 7.3.3 are read here.
  void number(std::string_view t, PdfVariant& out) {
    const bool sign = !t.empty() && (t.front() == '+' || t.front() == '-');
    const std::string_view body = sign ? t.substr(1) : t;
    const std::size_t point = body.find('.');
    if (point != std::string_view::npos) {
      const std::string_view whole = body.substr(0, point), fraction = body.substr(point + 1);
      if ((!whole.empty() && !all_digits(whole)) || (!fraction.empty() && !all_digits(fraction)) ||
          whole.size() + fraction.size() == 0) {
        decline();
      }
      double v = 0;
      const std::string_view digits = t.front() == '+' ? t.substr(1) : t;
      const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
      if (ec != std::errc() || end != digits.data() + digits.size()) decline();
      out = PdfVariant(v);
      return;
    }
    std::int64_t v = digits_value(body);
    if (t.front() == '-') v = -v;
    // "N G R" is a reference: PoDoFo looks two tokens ahead after any integer.
    const std::size_t after = pos_;
    const std::string_view generation = next_regular();
    if (!generation.empty() && generation.find_first_not_of("0123456789+-.") == std::string_view::npos) {
      const std::string_view r = next_regular();
      if (r == "R") {
        if (sign || !all_digits(generation) || v > 0x7FFFFFFF) decline();
        const std::int64_t g = digits_value(generation);
        if (g > 0xFFFF) decline();
        out = PdfVariant(PdfReference(static_cast<unsigned>(v), static_cast<PoDoFo::pdf_uint16>(g)));
        return;
      }
      // PoDoFo takes "N 5abc R" or "N 0.5 R" by strtol's prefix; a lone R is no value either way.
      if (!r.empty() && r.front() == 'R') decline();
    }
    pos_ = after;
    out = PdfVariant(static_cast<PoDoFo::pdf_int64>(v));
  }

  std::string_view b_;
  std::size_t pos_ = 0;
  std::string text_;
};

struct XrefEntry {
  std::size_t offset = 0;
  std::uint16_t generation = 0;
};

// The last "startxref" and the offset after it, with only "%%EOF" and white space to the end.
std::size_t xref_offset(std::string_view bytes) {
  const std::size_t tail = bytes.size() > 1024 ? bytes.size() - 1024 : 0;
  const std::size_t at = bytes.rfind("startxref");
  if (at == std::string_view::npos || at < tail) decline();
  Reader r(bytes);
  r.seek(at + 9);
  const std::int64_t offset = digits_value(r.next_regular());
  std::size_t i = r.tell();
  const auto space = [&] {
    while (i < bytes.size() && base::is_white_space(bytes[i])) ++i;
  };
  space();
  if (bytes.substr(i, 5) != "%%EOF") decline();
  i += 5;
  space();
  if (i != bytes.size() || offset <= 0) decline();
  return static_cast<std::size_t>(offset);
}

// "xref", subsections of 20-byte entries, "trailer" and its dictionary.
std::vector<std::pair<unsigned, XrefEntry>> read_xref(Reader& r, PdfVariant& trailer) {
  if (r.next_regular() != "xref") decline();
  std::vector<std::pair<unsigned, XrefEntry>> entries;
  const std::string_view b = r.bytes();
  for (;;) {
    const std::string_view first = r.next_regular();
    if (first == "trailer") break;
    const std::int64_t start = digits_value(first);
    const std::int64_t count = digits_value(r.next_regular());
    r.skip_space();
    for (std::int64_t i = 0; i < count; ++i) {
      const std::size_t at = r.tell();
      if (at + 20 > b.size()) decline();
      const std::string_view e = b.substr(at, 20);
      const std::string_view eol = e.substr(18, 2);
      if (!all_digits(e.substr(0, 10)) || e[10] != ' ' || !all_digits(e.substr(11, 5)) || e[16] != ' ' ||
          (e[17] != 'n' && e[17] != 'f') || !(eol == " \n" || eol == " \r" || eol == "\r\n")) {
        decline();
      }
      r.seek(at + 20);
      if (e[17] == 'f') continue;
      const std::int64_t generation = digits_value(e.substr(11, 5));
      const std::int64_t number = start + i;
      if (generation > 0xFFFF || number > 0x7FFFFFFF) decline();
      entries.push_back({static_cast<unsigned>(number),
                         XrefEntry{static_cast<std::size_t>(digits_value(e.substr(0, 10))),
                                   static_cast<std::uint16_t>(generation)}});
    }
  }
  r.value(trailer, 0);
  return entries;
}

const PdfObject* key_of(const PdfVariant& dict, const char* key) {
  return dict.IsDictionary() ? dict.GetDictionary().GetKey(PdfName(key)) : nullptr;
}

// Where an object's stream data begins, as PoDoFo 0.9.8 finds it (measured, see the test): after
// "stream", spaces, then one white-space character, and a line feed after a carriage return.
std::size_t stream_start(std::string_view b, std::size_t after_keyword) {
  std::size_t at = after_keyword;
  while (at < b.size() && b[at] == ' ') ++at;
  if (at < b.size() && base::is_white_space(b[at])) {
    if (b[at++] == '\r' && at < b.size() && b[at] == '\n') ++at;
  }
  return at;
}

struct Parsed {
  std::unique_ptr<PdfObject> object;
  std::size_t stream = std::string_view::npos;  ///< where its stream data begins, if it has one
};

// The object the table places at `entry`, which must be "number generation obj".
Parsed parse_object(std::string_view bytes, unsigned number, const XrefEntry& entry) {
  Reader r(bytes);
  r.seek(entry.offset);
  if (digits_value(r.next_regular()) != number || digits_value(r.next_regular()) != entry.generation ||
      r.next_regular() != "obj") {
    decline();
  }
  Parsed parsed{std::make_unique<PdfObject>(PdfReference(number, entry.generation), PdfVariant())};
  const std::size_t start = r.tell();
  if (r.next_regular() == "endobj") return parsed;
  r.seek(start);
  r.value(*parsed.object, 0);
  const std::string_view end = r.next_regular();
  if (end == "stream" && parsed.object->IsDictionary()) {
    parsed.stream = stream_start(bytes, r.tell());
  } else if (end != "endobj") {
    decline();
  }
  return parsed;
}

// Objects are independent of each other: a file of many (a long document's structure tree) is
// read on two threads, each object into PoDoFo objects of its own, set into the list in order.
constexpr std::size_t kTwoThreadObjects = 1000;

std::vector<Parsed> parse_objects(std::string_view bytes, const std::vector<std::pair<unsigned, XrefEntry>>& entries) {
  std::vector<Parsed> parsed(entries.size());
  base::for_each_on_two_threads(entries.size(), kTwoThreadObjects, [&](std::size_t i) {
    parsed[i] = parse_object(bytes, entries[i].first, entries[i].second);
  });
  return parsed;
}

std::unique_ptr<PlainPdf> read(std::string_view bytes) {
  if (!bytes.starts_with("%PDF-")) decline();
  if (bytes.substr(0, 1024).find("/Linearized") != std::string_view::npos) decline();
  Reader r(bytes);
  r.seek(xref_offset(bytes));
  auto pdf = std::make_unique<PlainPdf>();
  pdf->trailer = std::make_unique<PdfObject>();
  PdfVariant& trailer = *pdf->trailer;
  const auto entries = read_xref(r, trailer);
  const PdfObject* size = key_of(trailer, "Size");
  const PdfObject* root = key_of(trailer, "Root");
  const PdfObject* info = key_of(trailer, "Info");
  // Updates and encryption are PoDoFo's to read. (Where /Info is missing, PdfMemDocument adds an
  // information dictionary of its own, which no rule reads.)
  if (size == nullptr || !size->IsNumber() || root == nullptr || !root->IsReference() ||
      (info != nullptr && !info->IsReference()) || key_of(trailer, "Prev") != nullptr ||
      key_of(trailer, "XRefStm") != nullptr || key_of(trailer, "Encrypt") != nullptr) {
    decline();
  }
  constexpr std::int64_t kMaxObjects = 8'000'000;
  if (size->GetNumber() < 1 || size->GetNumber() > kMaxObjects) decline();
  std::vector<bool> seen(static_cast<std::size_t>(size->GetNumber()), false);
  for (const auto& [number, entry] : entries) {
    if (number >= seen.size() || seen[number] || number == 0 || entry.offset == 0) decline();
    seen[number] = true;
  }

  std::vector<Parsed> parsed = parse_objects(bytes, entries);
  pdf->objects.SetAutoDelete(true);
  std::vector<std::pair<PdfObject*, std::size_t>> streams;  // each stream's object and data
  for (Parsed& p : parsed) {
    if (p.stream != std::string_view::npos) streams.emplace_back(p.object.get(), p.stream);
    pdf->objects.push_back(p.object.release());  // owned by the list now
  }
  pdf->objects.Sort();

  for (const auto& [object, data] : streams) {
    const PdfObject* length = object->GetDictionary().GetKey(PdfName::KeyLength);
    if (length != nullptr && length->IsReference()) length = pdf->objects.GetObject(length->GetReference());
    if (length == nullptr || !length->IsNumber() || length->GetNumber() < 0 ||
        static_cast<std::uint64_t>(length->GetNumber()) > bytes.size() - data) {
      decline();
    }
    const auto n = static_cast<PoDoFo::pdf_long>(length->GetNumber());
    // "endstream" right after the data: streams do not overlap, so their copies together are no
    // larger than the file (a hostile file could otherwise name the rest of the file in each).
    std::size_t end = data + static_cast<std::size_t>(n);
    while (end < bytes.size() && base::is_white_space(bytes[end])) ++end;
    if (bytes.substr(end, 9) != "endstream") decline();
    PoDoFo::PdfMemoryInputStream stream(bytes.data() + data, n);
    object->GetStream()->SetRawData(&stream, n);
  }

  pdf->catalog = pdf->objects.GetObject(root->GetReference());
  const PdfObject* info_object = info != nullptr ? pdf->objects.GetObject(info->GetReference()) : nullptr;
  if (pdf->catalog == nullptr || !pdf->catalog->IsDictionary() ||
      (info != nullptr && (info_object == nullptr || !info_object->IsDictionary()))) {
    decline();
  }
  return pdf;
}

}  // namespace

std::unique_ptr<PlainPdf> read_plain_pdf(std::string_view bytes) {
  try {
    return read(bytes);
  } catch (const NotPlain&) {
    return nullptr;
  } catch (const PoDoFo::PdfError&) {
    return nullptr;
  } catch (const std::exception&) {
    return nullptr;
  }
}

}  // namespace folio::audit::pdf
