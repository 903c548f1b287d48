#pragma once
// PoDoFo's input device for a PDF already in memory, without the std::istringstream (and its
// copy of the file) that PdfInputDevice(buffer, length) reads through: PoDoFo's tokenizer asks
// for one character at a time, and each istream call builds a sentry. The stream states are
// kept exactly as that istringstream would keep them (eof, fail), since PoDoFo's parser reads
// them to recover from damaged files: the audit must see the same document either way.
#include <podofo/podofo.h>

#include <cstddef>
#include <ios>
#include <string_view>

namespace folio::audit::pdf {

class MemoryInputDevice final : public PoDoFo::PdfInputDevice {
 public:
  /// `bytes` must outlive the device (and the PdfMemDocument that loads from it on demand).
  explicit MemoryInputDevice(std::string_view bytes) : bytes_(bytes) {}

  void Close() override {}
  std::streamoff Tell() const override;
  int GetChar() const override;
  int Look() const override;
  void Seek(std::streamoff off, std::ios_base::seekdir dir = std::ios_base::beg) override;
  std::streamoff Read(char* buffer, std::streamsize length) override;
  bool Eof() const override { return (state_ & std::ios_base::eofbit) != 0; }
  bool Bad() const override { return (state_ & std::ios_base::badbit) != 0; }
  void Clear(std::ios_base::iostate state = std::ios_base::goodbit) const override { state_ = state; }

 private:
  /// An istream's sentry: false, and failbit set, unless the state is good.
  bool sentry() const;

  std::string_view bytes_;
  mutable std::size_t pos_ = 0;
  mutable std::ios_base::iostate state_ = std::ios_base::goodbit;
};

}  // namespace folio::audit::pdf
