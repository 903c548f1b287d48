#include "audit/pdf_memory_device.h"

#include <algorithm>
#include <string>

namespace folio::audit::pdf {

namespace {
constexpr int kEof = std::char_traits<char>::eof();
}

bool MemoryInputDevice::sentry() const {
  if (state_ == std::ios_base::goodbit) return true;
  state_ |= std::ios_base::failbit;
  return false;
}

int MemoryInputDevice::GetChar() const {
  if (!sentry()) return kEof;
  if (pos_ < bytes_.size()) return static_cast<unsigned char>(bytes_[pos_++]);
  state_ |= std::ios_base::eofbit | std::ios_base::failbit;
  return kEof;
}

int MemoryInputDevice::Look() const {
  if (!sentry()) return kEof;
  if (pos_ < bytes_.size()) return static_cast<unsigned char>(bytes_[pos_]);
  state_ |= std::ios_base::eofbit;
  return kEof;
}

std::streamoff MemoryInputDevice::Tell() const {
  if (!sentry()) return -1;
  return static_cast<std::streamoff>(pos_);
}

void MemoryInputDevice::Seek(std::streamoff off, std::ios_base::seekdir dir) {
  state_ &= ~std::ios_base::eofbit;  // seekg clears eofbit first (LWG 1445)
  if (!sentry()) return;
  std::streamoff base = 0;
  if (dir == std::ios_base::cur) base = static_cast<std::streamoff>(pos_);
  if (dir == std::ios_base::end) base = static_cast<std::streamoff>(bytes_.size());
  const std::streamoff to = base + off;
  if (to < 0 || to > static_cast<std::streamoff>(bytes_.size())) {
    state_ |= std::ios_base::failbit;
    return;
  }
  pos_ = static_cast<std::size_t>(to);
}

std::streamoff MemoryInputDevice::Read(char* buffer, std::streamsize length) {
  if (!sentry()) return 0;
  std::streamsize got = 0;
  if (length > 0) {
    got = static_cast<std::streamsize>(std::min<std::size_t>(bytes_.size() - pos_, static_cast<std::size_t>(length)));
    bytes_.copy(buffer, static_cast<std::size_t>(got), pos_);
    pos_ += static_cast<std::size_t>(got);
  }
  if (got != length) state_ |= std::ios_base::eofbit | std::ios_base::failbit;
  return got;
}

}  // namespace folio::audit::pdf
