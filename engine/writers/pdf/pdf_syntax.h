// PDF syntax the writer formats itself (numbers, hex strings, dates), because PoDoFo writes reals
// with %f precision and dates in local time (pdf-facts §2).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace folio::pdf {

/// `value` with at most `decimals` fractional digits: no exponent, no trailing zeros, never "-0"
/// (ISO 32000-1 7.3.3 allows no exponent form).
std::string format_number(double value, int decimals = 3);
/// format_number(value, decimals) appended to `out`.
void append_number(std::string& out, double value, int decimals = 3);

/// "D:YYYYMMDDHHmmSSZ" (ISO 32000-1 7.9.4) for `seconds` since the Unix epoch, in UTC.
std::string pdf_date(std::int64_t seconds);

/// "YYYY-MM-DDTHH:MM:SSZ" (XMP, ISO 16684-1 date) for `seconds` since the Unix epoch, in UTC.
std::string xmp_date(std::int64_t seconds);

/// UTF-8 text as uppercase hex UTF-16BE code units (surrogate pairs above U+FFFF), no brackets.
std::string utf16be_hex(std::string_view utf8);

/// `utf8` with its code points in reverse order.
std::string reverse_code_points(std::string_view utf8);

/// `uri` with bytes outside printable ASCII, spaces and '%' not starting an escape
/// percent-encoded: a URI action's /URI is 7-bit ASCII (ISO 32000-1 12.6.4.7, RFC 3986).
std::string ascii_uri(std::string_view uri);

/// Characters escaped for XML text and attribute values (& < > " ').
std::string xml_escape(std::string_view text);

// Objects the writer builds as text (structure elements, written as PoDoFo raw data), appended
// in the form PoDoFo 0.9.8 gives its own objects in compact mode: a space before a number, a
// real or a reference, none before a name, a string, an array or a dictionary; the keys of a
// dictionary are the caller's to order (/Type first, then by name, as PoDoFo does). A file then
// reads, byte for byte, the same whichever wrote an object.

/// "/Name", each byte outside '!'..'~', '#' and each delimiter as #XX (ISO 32000-1 7.3.5).
void append_name(std::string& out, std::string_view name);
/// " 12".
void append_integer(std::string& out, long long value);
/// " 1.5": six decimals, trailing zeros (and a trailing point) cut. Not append_number: PoDoFo
/// rounds as %f does and keeps a "-0".
void append_real(std::string& out, double value);
/// " 12 0 R".
void append_reference(std::string& out, std::uint32_t object, std::uint16_t generation);
/// "(…)": the bytes, with line feed, carriage return, tab, backspace, form feed, parentheses
/// and backslash escaped.
void append_string(std::string& out, std::string_view bytes);
/// A text string (ISO 32000-1 7.9.2.2): "(\xFE\xFF…)", the UTF-16BE of `utf8` after a byte-order
/// mark, escaped as append_string escapes.
void append_text_string(std::string& out, std::string_view utf8);

}  // namespace folio::pdf
