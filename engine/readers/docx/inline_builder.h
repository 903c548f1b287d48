// Builds model inlines from a sequence of formatted pieces of text. Word splits text into runs
// at every edit (pandoc at every word); pieces with the same formatting end up in one Text
// inside one chain of Link → Span (language, direction) → Emphasis → Strong, so adjacent runs
// of the same formatting become one element, as the author sees them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/inline.h"

namespace folio::readers::docx {

/// The formatting of one piece of text, relative to its paragraph.
struct InlineFormat {
  std::string href;  ///< non-empty: inside a link
  std::string lang;  ///< non-empty: another language than the paragraph's
  model::Direction dir = model::Direction::inherit;  ///< set: another direction than the paragraph's
  bool strong = false;
  bool emphasis = false;
  bool code = false;

  friend bool operator==(const InlineFormat&, const InlineFormat&) = default;
};

class InlineBuilder {
 public:
  explicit InlineBuilder(model::Inlines& out) : out_(out) {}

  /// Appends text; joins the previous piece when the formatting is the same.
  void text(std::string_view text, const InlineFormat& format, const base::Span& span);
  /// Appends a leaf (an image, a line break, a note marker) inside the formatting's chain.
  void leaf(model::Inline inline_node, const InlineFormat& format);
  /// Closes every open element: the next piece starts a new chain.
  void close();

 private:
  enum class Level { link, span, emphasis, strong };
  struct Open {
    Level level;
    InlineFormat key;  ///< the part of the format this level stands for
    model::Inlines* children;
  };
  /// Makes the open chain match `format` and returns where content goes.
  model::Inlines& container_for(const InlineFormat& format, const base::Span& span);

  model::Inlines& out_;
  std::vector<Open> open_;
  bool last_is_code_ = false;
};

}  // namespace folio::readers::docx
