// Loads libhyphen pattern files (hyph_*.dic) fast, into libhyphen's own HyphenDict.
#pragma once

#include <filesystem>

#include <hyphen.h>

namespace folio::text {

/// Reads `path` into the HyphenDict hnj_hyphen_load would build — the same states, matches,
/// non-standard replacements, fallbacks, compound level and options, so libhyphen's
/// hnj_hyphen_hyphenate2 gives the same points — but in milliseconds: libhyphen keys the prefix
/// states in a fixed 31,627-bucket hash and takes about 3 s on hyph_de_DE.dic (78,000 lines).
/// With `recode_to_utf8`, a file in another charset (hyph_de_DE.dic is ISO8859-1) is read as
/// if it had been written in UTF-8, so UTF-8 words with ä, ö, ü or ß match its patterns.
/// Returns nullptr when the file cannot be read; free the result with hnj_hyphen_free.
HyphenDict* load_hyphen_dictionary(const std::filesystem::path& path, bool recode_to_utf8 = true);

}  // namespace folio::text
