// Front matter of a Markdown release: the leading `---` … `---` YAML block, read into Metadata
// before the body goes to cmark-gfm.
#pragma once

#include <cstdint>

#include "base/result.h"
#include "base/source_text.h"
#include "model/metadata.h"

namespace folio::readers {

/// Front matter larger than this is refused (a release's metadata is a few hundred bytes).
inline constexpr std::size_t kMaxFrontMatterBytes = 64u << 10;

/// What the front matter gave, and where the Markdown body starts.
struct FrontMatter {
  model::Metadata metadata;
  std::uint32_t body_offset = 0;  ///< byte offset of the first body byte (0: no front matter)
  std::uint32_t body_line = 1;    ///< 1-based line of `body_offset`
  std::uint32_t title_line = 0;   ///< 1-based line of the `title:` key; 0 when there is none
};

/// Splits off and reads the front matter of `source`. Never fails: an unterminated block is
/// treated as body text, invalid or oversized YAML is skipped; each case is a warning.
/// `date` (or `published_time` when `date` is absent) is normalised to YYYY-MM-DD.
base::Warned<FrontMatter> read_front_matter(const base::SourceText& source);

}  // namespace folio::readers
