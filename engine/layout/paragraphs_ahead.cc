#include "layout/paragraphs_ahead.h"

#include <functional>
#include <optional>
#include <string_view>
#include <variant>

namespace folio::layout {

namespace {

// The text and the block tell paragraphs apart; equality of the whole input and parameters decides.
std::size_t key(const text::ParagraphInput& input, const ParagraphParams& params) {
  return std::hash<std::string_view>{}(input.text) ^ (std::hash<std::uint64_t>{}(params.block.value) * 31);
}

template <typename Fn>
void for_each_run(LaidParagraph& laid, Fn&& fn) {
  for (LaidLine& line : laid.lines) {
    for (PageItem& item : line.items) {
      if (auto* run = std::get_if<GlyphRun>(&item)) fn(*run);
    }
  }
}

}  // namespace

LaidParagraph ParagraphsAhead::lay_out_ahead(const text::ParagraphInput& input, const ParagraphParams& params,
                                             text::FontBook& fonts, text::LineBreaker& breaker, bool wanted) {
  const std::size_t k = key(input, params);
  {
    const std::lock_guard lock(mutex_);
    if (stopped_ || laid_by_main_.contains(k)) return {};
  }
  Kept kept{input, params, layout_paragraph(input, params, fonts, breaker), {}};
  for_each_run(kept.laid, [&](const GlyphRun& run) {
    for (const auto& [id, face] : kept.faces) {
      if (id == run.font) return;
    }
    kept.faces.emplace_back(run.font, &fonts.face(run.font));
  });
  LaidParagraph laid = wanted ? kept.laid : LaidParagraph{};
  const std::lock_guard lock(mutex_);
  kept_.emplace(k, std::move(kept));
  return laid;
}

LaidParagraph ParagraphsAhead::take_or_lay_out(const text::ParagraphInput& input, const ParagraphParams& params,
                                               text::FontBook& fonts, text::LineBreaker& breaker) {
  const std::size_t k = key(input, params);
  std::optional<Kept> found;
  {
    const std::lock_guard lock(mutex_);
    auto [first, last] = kept_.equal_range(k);
    for (auto it = first; it != last; ++it) {
      if (it->second.input == input && it->second.params == params) {
        found = std::move(it->second);
        kept_.erase(it);
        ++taken_;
        break;
      }
    }
    if (!found) laid_by_main_.insert(k);
  }
  if (!found) return layout_paragraph(input, params, fonts, breaker);
  // The helper's face numbers, renamed into this FontBook's.
  std::vector<std::pair<text::FaceId, text::FaceId>> renamed;
  for (const auto& [id, face] : found->faces) {
    const std::optional<text::FaceId> own = fonts.same_face(*face);
    // A face this book cannot open (it was there for the helper a moment ago): set it here.
    if (!own) return layout_paragraph(input, params, fonts, breaker);
    renamed.emplace_back(id, *own);
  }
  for_each_run(found->laid, [&](GlyphRun& run) {
    for (const auto& [id, own] : renamed) {
      if (id == run.font) {
        run.font = own;
        return;
      }
    }
  });
  return std::move(found->laid);
}

std::size_t ParagraphsAhead::taken() const {
  const std::lock_guard lock(mutex_);
  return taken_;
}

}  // namespace folio::layout
