// SHA-256's compression function over whole 64-byte blocks: portable code, and the x86 SHA
// extensions (SHA-NI) where the processor has them, about ten times faster on large inputs
// (the batch report digests every input and output). sha256.cc picks one at run time.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace folio::base::detail {

using Sha256State = std::array<std::uint32_t, 8>;

void sha256_blocks_portable(Sha256State& h, const std::uint8_t* p, std::size_t blocks);
/// True when this processor runs sha256_blocks_shani.
bool sha256_shani_available();
/// Only where sha256_shani_available(); elsewhere it is never called.
void sha256_blocks_shani(Sha256State& h, const std::uint8_t* p, std::size_t blocks);

}  // namespace folio::base::detail
