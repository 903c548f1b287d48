#include "writers/pdf/string_output_device.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>

namespace folio::pdf {

using namespace PoDoFo;

namespace {

enum class Length { none, hh, h, l, ll, z };

struct Spec {
  bool zero = false;
  std::size_t width = 0;
  std::optional<std::size_t> precision;
  Length length = Length::none;
  char conversion = 0;
};

// Reads a conversion after its '%'; false for what format_printf leaves to vsnprintf.
bool read_spec(const char*& p, Spec& spec) {
  while (*p == '0') {
    spec.zero = true;
    ++p;
  }
  if (*p != '\0' && std::strchr("-+ #'*", *p) != nullptr) return false;
  while (*p >= '0' && *p <= '9') spec.width = spec.width * 10 + static_cast<std::size_t>(*p++ - '0');
  if (*p == '.') {
    ++p;
    if (*p == '*') return false;
    std::size_t precision = 0;
    while (*p >= '0' && *p <= '9') precision = precision * 10 + static_cast<std::size_t>(*p++ - '0');
    spec.precision = precision;
  }
  if (p[0] == 'h' && p[1] == 'h') {
    spec.length = Length::hh;
    p += 2;
  } else if (*p == 'h') {
    spec.length = Length::h;
    ++p;
  } else if (p[0] == 'l' && p[1] == 'l') {
    spec.length = Length::ll;
    p += 2;
  } else if (*p == 'l') {
    spec.length = Length::l;
    ++p;
  } else if (*p == 'z') {
    spec.length = Length::z;
    ++p;
  }
  spec.conversion = *p;
  if (spec.conversion == '\0') return false;
  ++p;
  switch (spec.conversion) {
    case 'd': case 'i': case 'u': case 'x': case 'X':
      return true;
    case 'c': case 's':
      return !spec.zero && !spec.precision && spec.length == Length::none;
    case '%':
      return !spec.zero && spec.width == 0 && !spec.precision && spec.length == Length::none;
    default:
      return false;
  }
}

// The argument of a signed conversion, converted as printf converts it.
std::int64_t signed_argument(const Spec& spec, va_list& args) {
  switch (spec.length) {
    case Length::hh: return static_cast<signed char>(va_arg(args, int));
    case Length::h: return static_cast<short>(va_arg(args, int));
    case Length::l: return va_arg(args, long);
    case Length::ll: return va_arg(args, long long);
    case Length::z: return static_cast<std::int64_t>(va_arg(args, std::size_t));
    case Length::none: break;
  }
  return va_arg(args, int);
}

std::uint64_t unsigned_argument(const Spec& spec, va_list& args) {
  switch (spec.length) {
    case Length::hh: return static_cast<unsigned char>(va_arg(args, unsigned));
    case Length::h: return static_cast<unsigned short>(va_arg(args, unsigned));
    case Length::l: return va_arg(args, unsigned long);
    case Length::ll: return va_arg(args, unsigned long long);
    case Length::z: return va_arg(args, std::size_t);
    case Length::none: break;
  }
  return va_arg(args, unsigned);
}

void pad(std::string& out, std::size_t used, std::size_t width, char with) {
  if (used < width) out.append(width - used, with);
}

void put_integer(std::string& out, const Spec& spec, va_list& args) {
  const bool is_signed = spec.conversion == 'd' || spec.conversion == 'i';
  bool negative = false;
  std::uint64_t magnitude = 0;
  if (is_signed) {
    const std::int64_t v = signed_argument(spec, args);
    negative = v < 0;
    magnitude = negative ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  } else {
    magnitude = unsigned_argument(spec, args);
  }
  char digits[24];
  const int base = spec.conversion == 'x' || spec.conversion == 'X' ? 16 : 10;
  std::size_t count = static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, magnitude, base).ptr - digits);
  if (spec.conversion == 'X') std::transform(digits, digits + count, digits, [](char c) { return c >= 'a' ? c - 32 : c; });
  if (spec.precision && *spec.precision == 0 && magnitude == 0) count = 0;  // "%.0d" of 0 prints nothing
  const std::size_t zeros = spec.precision && *spec.precision > count ? *spec.precision - count : 0;
  const std::size_t used = (negative ? 1 : 0) + zeros + count;
  // The 0 flag pads with zeros after the sign, unless a precision is given.
  const bool zero_pad = spec.zero && !spec.precision;
  if (!zero_pad) pad(out, used, spec.width, ' ');
  if (negative) out += '-';
  if (zero_pad) pad(out, used, spec.width, '0');
  out.append(zeros, '0');
  out.append(digits, count);
}

}  // namespace

bool format_printf(std::string& out, const char* format, va_list args) {
  const std::size_t start = out.size();
  va_list mine;
  va_copy(mine, args);
  bool known = true;
  for (const char* p = format; *p != '\0' && known;) {
    const char* percent = std::strchr(p, '%');
    if (percent == nullptr) {
      out.append(p);
      break;
    }
    out.append(p, static_cast<std::size_t>(percent - p));
    p = percent + 1;
    Spec spec;
    if (!read_spec(p, spec)) {
      known = false;
      break;
    }
    switch (spec.conversion) {
      case '%':
        out += '%';
        break;
      case 'c':
        pad(out, 1, spec.width, ' ');
        out += static_cast<char>(static_cast<unsigned char>(va_arg(mine, int)));
        break;
      case 's': {
        const char* s = va_arg(mine, const char*);
        const std::size_t n = std::strlen(s);
        pad(out, n, spec.width, ' ');
        out.append(s, n);
        break;
      }
      default:
        put_integer(out, spec, mine);
    }
  }
  va_end(mine);
  if (!known) out.resize(start);
  return known;
}

void StringOutputDevice::print(const char* format, va_list args) {
  scratch_.clear();
  if (!format_printf(scratch_, format, args)) {
    va_list measure;
    va_copy(measure, args);
    const int n = std::vsnprintf(nullptr, 0, format, measure);
    va_end(measure);
    if (n < 0) PODOFO_RAISE_ERROR(ePdfError_InvalidDataType);
    scratch_.resize(static_cast<std::size_t>(n) + 1);
    std::vsnprintf(scratch_.data(), scratch_.size(), format, args);
    scratch_.resize(static_cast<std::size_t>(n));
  }
  Write(scratch_.data(), scratch_.size());
}

void StringOutputDevice::Print(const char* format, ...) {
  va_list args;
  va_start(args, format);
  print(format, args);
  va_end(args);
}

void StringOutputDevice::PrintV(const char* format, long /*bytes: measured again*/, va_list args) { print(format, args); }

void StringOutputDevice::Write(const char* buffer, std::size_t length) {
  if (pos_ == out_.size()) {
    out_.append(buffer, length);
  } else {
    if (pos_ + length > out_.size()) out_.resize(pos_ + length);
    out_.replace(pos_, length, buffer, length);
  }
  pos_ += length;
}

std::size_t StringOutputDevice::Read(char* buffer, std::size_t length) {
  const std::size_t n = std::min(length, out_.size() - pos_);
  std::memcpy(buffer, out_.data() + pos_, n);
  pos_ += n;
  return n;
}

void StringOutputDevice::Seek(std::size_t offset) {
  if (offset > out_.size()) PODOFO_RAISE_ERROR(ePdfError_ValueOutOfRange);
  pos_ = offset;
}

}  // namespace folio::pdf
