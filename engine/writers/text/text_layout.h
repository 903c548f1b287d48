// Plain-text writer, layout half: display widths and line wrapping of UTF-8 text (ICU).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace folio::writers {

/// Columns `text` takes in a monospaced terminal: East Asian Wide and Fullwidth characters count
/// 2, combining marks, format and control characters 0, everything else 1.
int display_width(std::string_view text);

/// `text` in Unicode Normalization Form C. Invalid UTF-8 is replaced by U+FFFD.
std::string to_nfc(std::string_view text);

/// `text` without trailing spaces and tabs.
std::string_view trim_right(std::string_view text);

/// Breaks paragraphs into lines no wider than a given display width at UAX #14 line-break
/// opportunities of the text's language. Never breaks inside a URL or next to the inner side of
/// French guillemets; a word wider than the width stays whole on its own line. Keeps one break
/// iterator per language, so reuse one wrapper for a whole document. Not thread-safe.
class LineWrapper {
 public:
  LineWrapper();
  ~LineWrapper();
  LineWrapper(const LineWrapper&) = delete;
  LineWrapper& operator=(const LineWrapper&) = delete;

  /// The lines of `text` (which holds no newline), without trailing spaces. `width` <= 0 means no
  /// wrapping: one line. `lang` is a BCP 47 tag ("" for the root locale).
  std::vector<std::string> wrap(std::string_view text, int width, const std::string& lang);

 private:
  struct Iterators;  // ICU line-break iterators by language, kept out of this header
  std::unique_ptr<Iterators> iterators_;
};

}  // namespace folio::writers
