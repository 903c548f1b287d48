#pragma once
// PoDoFo's output device for a PDF written into a std::string. PoDoFo 0.9.8 writes every token of
// a file (each name, number and reference) through Print, which runs vsnprintf twice: once to
// measure, once to write. That was 4 % of a batch's instructions (bench/README.md, stop 31).
// This device formats the few conversions PoDoFo uses itself (format_printf) and hands any
// other format to vsnprintf, so the bytes are the same as PoDoFo's own devices write.
#include <podofo/podofo.h>

#include <cstdarg>
#include <cstddef>
#include <string>

namespace folio::pdf {

/// Appends to `out` what printf would print for `format` and `args`, for literal text and the
/// conversions d i u x X c s % with an optional 0 flag, field width, precision (integers only)
/// and the length modifiers hh h l ll z. Returns false, with `out` as it was, for anything else
/// (floating point, other flags, * widths, a precision on c or s).
bool format_printf(std::string& out, const char* format, va_list args);

class StringOutputDevice final : public PoDoFo::PdfOutputDevice {
 public:
  /// Writes into `out` (from its current end); `out` must outlive the device.
  explicit StringOutputDevice(std::string& out) : out_(out), pos_(out.size()) {}

  std::size_t GetLength() const override { return out_.size(); }
  void Print(const char* format, ...) override;
  void PrintV(const char* format, long bytes, va_list args) override;
  void Write(const char* buffer, std::size_t length) override;
  std::size_t Read(char* buffer, std::size_t length) override;
  void Seek(std::size_t offset) override;
  std::size_t Tell() const override { return pos_; }
  void Flush() override {}

 private:
  void print(const char* format, va_list args);

  std::string& out_;
  std::size_t pos_;
  std::string scratch_;  ///< a Print's text, reused
};

}  // namespace folio::pdf
