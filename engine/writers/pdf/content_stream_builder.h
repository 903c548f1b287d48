// Page content streams of the PDF writer, written operator by operator with fixed decimal
// formatting. Every painting operator sits inside exactly one marked-content sequence: a tagged
// one with an MCID or an artifact (ISO 14289-1 7.1, Matterhorn 01-003..005).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace folio::pdf {

/// One glyph to show: its 2-byte code, its /W width in 1/1000 em and where its origin goes, in
/// page coordinates (pt, bottom-left origin).
struct PlacedGlyph {
  std::uint16_t code = 0;
  int width = 0;
  double x = 0;
  double y = 0;
};

/// An RGB colour, components 0..1.
struct Rgb {
  double r = 0, g = 0, b = 0;
  friend bool operator==(const Rgb&, const Rgb&) = default;
};

/// How shown glyph codes are written: as literal strings, two bytes a code with `(`, `)`, `\` and
/// carriage return escaped (ISO 32000-1 7.3.4.2), or as hexadecimal strings, four digits a code.
/// Literal strings are the default: a page's text is mostly codes, and hexadecimal doubles them
/// (seed ×50: 2.15 MB of streams against 1.51 MB, which also compress 6 % smaller and in 40 %
/// less time). Hexadecimal is for streams left uncompressed for reading (`--pdf-debug`).
enum class CodeStrings { literal, hex };

/// Builds one content stream. Misuse is a programming error and aborts: painting with no open
/// sequence, opening a sequence inside another (no Artifact/MCID nesting either way), ending
/// with nothing open, or taking the text while a sequence is open.
class ContentStreamBuilder {
 public:
  explicit ContentStreamBuilder(CodeStrings codes = CodeStrings::literal) : codes_(codes) {}

  /// `/<type> <</MCID n>> BDC`: content of structure element type `type`.
  void begin_tagged(std::string_view type, int mcid);
  /// `/Artifact BMC` when `type` is empty, else
  /// `/Artifact <</Type /<type> /Subtype /<subtype>>> BDC` (ISO 32000-1 14.8.2.2, Table 330);
  /// Pagination headers and footers also get `/Attached [/Top]` or `[/Bottom]`. Inside a
  /// Pagination artifact, `/Span <</ActualText ()>> BDC`: text extractors that know no
  /// artifacts (poppler's pdftotext) then read no page numbers or running heads either.
  void begin_artifact(std::string_view type = {}, std::string_view subtype = {});
  /// `EMC`: closes the open sequence.
  void end();

  /// `BT /<font> size Tf 1 0 0 1 x y Tm [(code…)…] TJ ET`: TJ adjustments place every glyph at
  /// its x; a glyph above or below the first glyph's baseline is set with the text rise (`Ts`),
  /// which is back to 0 at ET.
  void show_glyphs(std::string_view font, double size, std::span<const PlacedGlyph> glyphs, Rgb colour = {});
  /// A filled rectangle.
  void fill_rect(double x, double y, double width, double height, Rgb colour);
  /// A stroked line.
  void stroke_line(double x1, double y1, double x2, double y2, double line_width, Rgb colour);
  /// `q w 0 0 h x y cm /<name> Do Q`: an image XObject scaled to the box.
  void draw_image(std::string_view name, double x, double y, double width, double height);

  /// The content stream. Aborts when a sequence is still open.
  std::string finish() const;

 private:
  enum class State { closed, tagged, artifact };
  void require_open(const char* operation) const;
  void set_fill(Rgb colour);

  CodeStrings codes_;
  std::string out_;
  State state_ = State::closed;
  bool silenced_ = false;  // the open artifact holds an empty-ActualText Span
  Rgb fill_{};
  bool fill_set_ = false;
};

}  // namespace folio::pdf
