// A long document laid out on two cores. A paragraph's lines depend on its input and parameters
// only, but layout's FontBook and LineBreaker are not thread-safe: so a helper thread lays
// paragraphs out with a FontBook and a LineBreaker of its own, walking the document's second part
// while the main thread walks the first (then the later half of what the main thread has still
// to walk, again and again), and keeps each paragraph it sets with what it was asked.
// The main thread, reaching the second part, takes a kept paragraph whose input and parameters
// equal its own, its faces renamed into the main FontBook, and lays out any other itself. The
// pages are the same whichever thread set which paragraph: each FontBook numbers faces as it
// opens them, but pages name their fonts in order of first use, not by those numbers.
#pragma once

#include <atomic>
#include <cstddef>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "layout/paragraph_layout.h"

namespace folio::layout {

class ParagraphsAhead {
 public:
  /// The helper thread's paragraph, laid out with its own `fonts` and `breaker` and kept for the
  /// main thread; an empty paragraph, laid out by no one, when the main thread has laid it out
  /// already or after stop(). Unless `wanted` (the helper's flow measures with it), the paragraph
  /// is only kept, and an empty one returned: a copy would cost the helper as much again.
  LaidParagraph lay_out_ahead(const text::ParagraphInput& input, const ParagraphParams& params,
                              text::FontBook& fonts, text::LineBreaker& breaker, bool wanted = true);

  /// The main thread's paragraph: the one kept for the same input and parameters, its faces
  /// renamed into `fonts`, or else laid out here with `fonts` and `breaker`.
  LaidParagraph take_or_lay_out(const text::ParagraphInput& input, const ParagraphParams& params,
                                text::FontBook& fonts, text::LineBreaker& breaker);

  /// The helper lays nothing more out (the main thread has finished).
  void stop() { stopped_ = true; }
  bool stopped() const { return stopped_; }

  /// The main flow has reached top-level block `block`; the helper reads it to go back for the
  /// paragraphs ahead of the main flow once its own part is done.
  void main_reached(std::size_t block) { main_block_.store(block, std::memory_order_relaxed); }
  std::size_t main_block() const { return main_block_.load(std::memory_order_relaxed); }

  /// How many paragraphs the main thread took from the helper.
  std::size_t taken() const;

 private:
  struct Kept {
    text::ParagraphInput input;
    ParagraphParams params;
    LaidParagraph laid;
    /// The helper's faces its runs name: read only once opened, so the main thread may read them.
    std::vector<std::pair<text::FaceId, const text::Face*>> faces;
  };

  mutable std::mutex mutex_;
  std::unordered_multimap<std::size_t, Kept> kept_;  ///< by key()
  std::unordered_set<std::size_t> laid_by_main_;     ///< keys the main thread laid out itself
  std::atomic<bool> stopped_{false};
  std::atomic<std::size_t> main_block_{0};
  std::size_t taken_ = 0;
};

}  // namespace folio::layout
