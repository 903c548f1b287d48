// CMap programs (ISO 32000-1, 9.7.5 and 9.10.3) as the PDF audit reads them: the codespace that
// splits shown strings into character codes, code → CID mappings of an embedded Encoding CMap,
// code → Unicode mappings of a ToUnicode CMap, and the entries PDF/UA-1 7.21.3 asks about.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::audit::pdf {

/// One codespace range: codes of `bytes` bytes between `low` and `high`, byte by byte.
struct CodespaceRange {
  int bytes = 1;
  std::uint32_t low = 0;
  std::uint32_t high = 0;
};

/// A CIDSystemInfo as a CMap program or dictionary declares it.
struct SystemInfo {
  std::optional<std::string> registry;
  std::optional<std::string> ordering;
  std::optional<std::int64_t> supplement;
};

/// What a CMap program says. Bounded: a hostile program yields at most `kMaxMappings` mappings,
/// and is read for at most `kMaxAssignments` of them (overlapping ranges assign the same codes
/// again without adding mappings).
struct CMapProgram {
  static constexpr std::size_t kMaxMappings = 1u << 18;
  static constexpr std::size_t kMaxAssignments = 2 * kMaxMappings;

  std::vector<CodespaceRange> codespace;
  /// code → CID (cidchar, cidrange); code → Unicode as UTF-16 code units (bfchar, bfrange).
  std::map<std::uint32_t, std::uint32_t> cids;
  std::map<std::uint32_t, std::u16string> unicode;
  std::vector<std::string> used_cmaps;  ///< names given to `usecmap`
  std::optional<std::int64_t> wmode;
  SystemInfo system_info;
};

/// The value of a hexadecimal digit, or -1 for any other character.
int hex_digit(char c);

/// Parses a CMap program. Never throws; unreadable parts are skipped.
CMapProgram parse_cmap(std::string_view program);

/// Splits a shown string into codes by `codespace` (ISO 32000-1, 9.7.6.2: the shortest byte
/// sequence that matches a range; a byte sequence matching none is taken as one code of the
/// shortest range's length). An empty codespace means one byte per code.
std::vector<std::uint32_t> split_codes(std::string_view bytes, const std::vector<CodespaceRange>& codespace);

}  // namespace folio::audit::pdf
