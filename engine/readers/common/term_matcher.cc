#include "readers/common/term_matcher.h"

#include <deque>

namespace folio::readers {

bool word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z');
}

TermMatcher::TermMatcher(const std::vector<MatchTerm>& terms) : byte_class_(256, 0) {
  for (const MatchTerm& t : terms) {
    for (char c : t.text) {
      auto& cls = byte_class_[static_cast<unsigned char>(c)];
      if (cls == 0) cls = static_cast<std::uint8_t>(classes_++);
    }
  }
  // The trie of the terms; -1 = no edge yet. It has at most one state per byte of the terms:
  // reserved at once, since growing a table of a few hundred kilobytes copies it and touches
  // fresh pages at every doubling (a single conversion builds it once).
  std::size_t bytes = 0;
  for (const MatchTerm& t : terms) bytes += t.text.size();
  next_.reserve((bytes + 1) * classes_);
  output_.reserve(bytes + 1);
  next_.assign(classes_, -1);
  output_.emplace_back();
  for (std::uint32_t id = 0; id < terms.size(); ++id) {
    std::string_view text = terms[id].text;
    const bool to_end = text.ends_with('$');
    if (to_end) text.remove_suffix(1);
    terms_.push_back({terms[id].tag, static_cast<std::uint32_t>(text.size()), word_byte(text.front()), to_end});
    std::int32_t state = 0;
    for (char c : text) {
      auto& edge = next_[static_cast<std::size_t>(state) * classes_ + byte_class_[static_cast<unsigned char>(c)]];
      if (edge < 0) {
        edge = static_cast<std::int32_t>(output_.size());
        output_.emplace_back();
        next_.resize(next_.size() + classes_, -1);
      }
      state = next_[static_cast<std::size_t>(state) * classes_ + byte_class_[static_cast<unsigned char>(c)]];
    }
    output_[static_cast<std::size_t>(state)].push_back(id);
  }
  // Failure links, breadth first, folded into the table: every state has an edge for every class.
  std::vector<std::int32_t> fail(output_.size(), 0);
  std::deque<std::int32_t> queue;
  for (std::size_t c = 0; c < classes_; ++c) {
    auto& edge = next_[c];
    if (edge < 0) {
      edge = 0;
    } else {
      queue.push_back(edge);
    }
  }
  // Class 0 (bytes no term has) always leads back to the root.
  while (!queue.empty()) {
    const std::int32_t state = queue.front();
    queue.pop_front();
    const auto& inherited = output_[static_cast<std::size_t>(fail[static_cast<std::size_t>(state)])];
    auto& out = output_[static_cast<std::size_t>(state)];
    out.insert(out.end(), inherited.begin(), inherited.end());
    for (std::size_t c = 0; c < classes_; ++c) {
      auto& edge = next_[static_cast<std::size_t>(state) * classes_ + c];
      const std::int32_t via_fail = next_[static_cast<std::size_t>(fail[static_cast<std::size_t>(state)]) * classes_ + c];
      if (edge < 0 || c == 0) {
        edge = c == 0 ? 0 : via_fail;
      } else {
        fail[static_cast<std::size_t>(edge)] = via_fail;
        queue.push_back(edge);
      }
    }
  }
}

std::uint32_t TermMatcher::tags(std::string_view lower) const {
  std::uint32_t found = 0;
  std::size_t state = 0;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    state = static_cast<std::size_t>(next_[state * classes_ + byte_class_[static_cast<unsigned char>(lower[i])]]);
    for (const std::uint32_t id : output_[state]) {
      const Term& t = terms_[id];
      const std::size_t at = i + 1 - t.length;
      if (t.from_start && at > 0 && word_byte(lower[at - 1])) continue;
      if (t.to_end && i + 1 < lower.size() && word_byte(lower[i + 1])) continue;
      found |= t.tag;
    }
  }
  return found;
}

}  // namespace folio::readers
