// Rebuilds the author's paragraphs from hard-wrapped or unwrapped scraped lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_text.h"
#include "readers/text/line_scan.h"

namespace folio::readers {

enum class ChunkKind { paragraph, heading, bullet, numbered, contacts, end_mark };

/// One block-to-be: its kind, its text pieces and the lines it came from.
struct Chunk {
  ChunkKind kind = ChunkKind::paragraph;
  std::vector<std::string> pieces;  ///< text; several pieces = separated by line breaks
  std::size_t first_line = 0;
  std::size_t last_line = 0;
  int number = 0;                   ///< for numbered items
};

/// Runs of spaces and tabs become one space (double spaces after full stops, scraped indents).
std::string collapse_spaces(std::string_view s);

/// Groups lines [begin, lines.size()) into chunks. Joining decisions use the body's line-length
/// statistics, sentence ends and openers; de-hyphenation and glued-sentence splits are reported.
/// Without `join_hyphenated` (--no-repair), a word hyphenated at a line end keeps its hyphen.
std::vector<Chunk> build_chunks(const base::SourceText& source, const std::vector<Line>& lines, std::size_t begin,
                                base::Diagnostics& diagnostics, bool join_hyphenated = true);

}  // namespace folio::readers
