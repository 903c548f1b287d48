#include "writers/pdf/content_stream_builder.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "writers/pdf/pdf_syntax.h"

namespace folio::pdf {

namespace {

[[noreturn]] void misuse(const char* what) {
  std::fprintf(stderr, "ContentStreamBuilder misuse: %s\n", what);
  std::abort();
}

// A two-byte code inside a string, written once per glyph of the document. In a literal string a
// carriage return is escaped, since a reader takes an unescaped one for a line feed.
void append_code(std::string& out, std::uint16_t code, CodeStrings codes) {
  if (codes == CodeStrings::hex) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    const char text[4] = {kHex[code >> 12], kHex[(code >> 8) & 0xF], kHex[(code >> 4) & 0xF], kHex[code & 0xF]};
    out.append(text, sizeof text);
    return;
  }
  const char bytes[2] = {static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)};
  const auto escaped = [](char byte) { return byte == '(' || byte == ')' || byte == '\\' || byte == '\r'; };
  if (!escaped(bytes[0]) && !escaped(bytes[1])) {  // most codes
    out.append(bytes, 2);
    return;
  }
  for (const char byte : bytes) {
    if (escaped(byte)) out += '\\';
    out += byte == '\r' ? 'r' : byte;
  }
}

// Positions within a hundredth of a text-space unit need no adjustment.
constexpr double kTolerance = 0.01;

}  // namespace

void ContentStreamBuilder::require_open(const char* operation) const {
  if (state_ == State::closed) misuse(operation);
}

void ContentStreamBuilder::begin_tagged(std::string_view type, int mcid) {
  if (state_ != State::closed) misuse("begin_tagged inside an open sequence");
  out_ += "/" + std::string(type) + " <</MCID " + std::to_string(mcid) + ">> BDC\n";
  state_ = State::tagged;
}

void ContentStreamBuilder::begin_artifact(std::string_view type, std::string_view subtype) {
  if (state_ != State::closed) misuse("begin_artifact inside an open sequence");
  if (type.empty()) {
    out_ += "/Artifact BMC\n";
  } else {
    out_ += "/Artifact <</Type /" + std::string(type);
    if (!subtype.empty()) out_ += " /Subtype /" + std::string(subtype);
    if (type == "Pagination" && subtype == "Header") out_ += " /Attached [/Top]";
    if (type == "Pagination" && subtype == "Footer") out_ += " /Attached [/Bottom]";
    out_ += ">> BDC\n";
  }
  // PDF/UA readers skip artifacts; poppler does not, but honours a Span's ActualText.
  silenced_ = type == "Pagination";
  if (silenced_) out_ += "/Span <</ActualText ()>> BDC\n";
  state_ = State::artifact;
}

void ContentStreamBuilder::end() {
  if (state_ == State::closed) misuse("end with no open sequence");
  if (state_ == State::artifact && silenced_) out_ += "EMC\n";
  silenced_ = false;
  out_ += "EMC\n";
  state_ = State::closed;
}

void ContentStreamBuilder::set_fill(Rgb colour) {
  if (fill_set_ && colour == fill_) return;
  append_number(out_, colour.r);
  out_ += ' ';
  append_number(out_, colour.g);
  out_ += ' ';
  append_number(out_, colour.b);
  out_ += " rg\n";
  fill_ = colour;
  fill_set_ = true;
}

void ContentStreamBuilder::show_glyphs(std::string_view font, double size, std::span<const PlacedGlyph> glyphs,
                                       Rgb colour) {
  require_open("show_glyphs outside a tagged or artifact sequence");
  if (glyphs.empty()) return;
  set_fill(colour);
  out_ += "BT\n/";
  out_ += font;
  out_ += ' ';
  append_number(out_, size);
  out_ += " Tf\n";
  // One text matrix for the run: a glyph off the baseline (a mark) is raised with the text rise,
  // so the pen goes on in the same TJ. A new Tm would reset the pen to absolute coordinates, and
  // pdf.js, which advances its own pen by zero for a glyph whose text holds a nonspacing mark,
  // would then see a gap inside the word and read a space there.
  const double base_y = glyphs.front().y;
  out_ += "1 0 0 1 ";
  append_number(out_, glyphs.front().x);
  out_ += ' ';
  append_number(out_, base_y);
  out_ += " Tm\n[";
  double pen_x = glyphs.front().x;
  double rise = 0;
  // Glyphs shown one after the other share a string, "(AB)" or "<00410042>" (Identity-H codes
  // are two bytes each); a string ends where the pen moves.
  const bool hex = codes_ == CodeStrings::hex;
  bool in_string = false;
  const auto close_string = [&] {
    if (in_string) out_ += hex ? '>' : ')';
    in_string = false;
  };
  for (const PlacedGlyph& glyph : glyphs) {
    const double wanted = glyph.y - base_y;
    if (std::abs(wanted - rise) > kTolerance / 100) {
      close_string();
      out_ += "] TJ\n";
      append_number(out_, wanted);
      out_ += " Ts\n[";
      rise = wanted;
    }
    // TJ numbers are thousandths of text space and move the pen left (ISO 32000-1 9.4.3).
    const double adjust = -(glyph.x - pen_x) * 1000.0 / size;
    if (std::abs(adjust) >= kTolerance) {
      close_string();
      append_number(out_, adjust, 2);
      pen_x = glyph.x;
    }
    if (!in_string) out_ += hex ? '<' : '(';
    in_string = true;
    append_code(out_, glyph.code, codes_);
    pen_x += glyph.width * size / 1000.0;
  }
  close_string();
  out_ += "] TJ\n";
  // The rise is graphics state and outlives ET (ISO 32000-1 9.3.1).
  if (rise != 0) out_ += "0 Ts\n";
  out_ += "ET\n";
}

void ContentStreamBuilder::fill_rect(double x, double y, double width, double height, Rgb colour) {
  require_open("fill_rect outside a tagged or artifact sequence");
  set_fill(colour);
  out_ += format_number(x) + " " + format_number(y) + " " + format_number(width) + " " + format_number(height) +
          " re f\n";
}

void ContentStreamBuilder::stroke_line(double x1, double y1, double x2, double y2, double line_width, Rgb colour) {
  require_open("stroke_line outside a tagged or artifact sequence");
  out_ += "q " + format_number(colour.r) + " " + format_number(colour.g) + " " + format_number(colour.b) + " RG " +
          format_number(line_width) + " w " + format_number(x1) + " " + format_number(y1) + " m " +
          format_number(x2) + " " + format_number(y2) + " l S Q\n";
}

void ContentStreamBuilder::draw_image(std::string_view name, double x, double y, double width, double height) {
  require_open("draw_image outside a tagged or artifact sequence");
  out_ += "q " + format_number(width) + " 0 0 " + format_number(height) + " " + format_number(x) + " " +
          format_number(y) + " cm /" + std::string(name) + " Do Q\n";
}

std::string ContentStreamBuilder::finish() const {
  if (state_ != State::closed) misuse("finish with an open sequence");
  return out_;
}

}  // namespace folio::pdf
