// Layout timing on the seed release (fr-txt-iom-seed.txt) and on 50 copies of it, warm and
// cold, and the evenness of justified lines: mean and maximum |adjustment ratio| of Knuth-Plass
// versus first-fit breaking of the same paragraphs (lines ending a paragraph left out), and
// the time to load a hyphenation dictionary with folio's loader and with libhyphen's.
// bench/layout/README.md records the figures.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

#include <hyphen.h>

#include "job/load_document.h"
#include "layout/layout_document.h"
#include "layout/paragraph_layout.h"
#include "model/document.h"
#include "text/hyphen_dictionary_cache.h"

namespace {

using namespace folio;

struct Env {
  text::FontBook fonts;
  style::Style style;
  model::Document seed;
  model::Document seed50;
};

Env* env() {
  static Env* e = [] {
    const char* shared = std::getenv("FOLIO_SHARED_DIR");
    const std::string corpus = std::string(shared ? shared : FOLIO_SHARED_DIR) + "/corpus/fr-txt-iom-seed.txt";
    auto fonts = text::FontBook::load(std::string(FOLIO_SOURCE_DIR) + "/fonts/fonts.toml");
    auto style = style::load_style("default", std::string(FOLIO_SOURCE_DIR) + "/styles");
    auto doc = job::load_document(corpus, {});
    if (!fonts || !style || !doc) {
      std::fprintf(stderr, "layout_bench: cannot load fonts, the default style or %s\n", corpus.c_str());
      std::exit(2);
    }
    model::Document many;
    many.metadata = doc->value.metadata;
    for (int i = 0; i < 50; ++i) {
      for (const auto& b : doc->value.blocks) many.blocks.push_back(b);
    }
    model::assign_ids(many);
    return new Env{std::move(*fonts), std::move(*style), std::move(doc->value), std::move(many)};
  }();
  return e;
}

/// Lays out `doc`; with a cold start (argument 1) every pass gets a fresh FontBook, so faces
/// open and words are shaped anew as in a one-document run (hyphenation patterns stay loaded:
/// they are shared per process).
void lay_out(benchmark::State& state, const model::Document& doc) {
  Env* e = env();
  const bool cold = state.range(0) != 0;
  for (auto _ : state) {
    if (cold) {
      state.PauseTiming();
      auto fresh = text::FontBook::load(std::string(FOLIO_SOURCE_DIR) + "/fonts/fonts.toml");
      e->fonts = std::move(*fresh);
      state.ResumeTiming();
    }
    auto paged = layout::layout_document(doc, e->style, e->fonts);
    benchmark::DoNotOptimize(paged.value.pages.data());
    state.counters["pages"] = static_cast<double>(paged.value.pages.size());
  }
  state.SetLabel(cold ? "cold" : "warm");
}

void BM_LayoutSeed(benchmark::State& state) { lay_out(state, env()->seed); }
BENCHMARK(BM_LayoutSeed)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_LayoutSeed50(benchmark::State& state) { lay_out(state, env()->seed50); }
BENCHMARK(BM_LayoutSeed50)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

/// Breaks every paragraph of the seed at the default measure, both ways.
void BM_BreakEvenness(benchmark::State& state) {
  Env* e = env();
  const bool greedy = state.range(0) != 0;
  text::LineBreaker breaker;
  std::vector<double> ratios;
  for (auto _ : state) {
    ratios.clear();
    for (const auto& block : e->seed.blocks) {
      const auto* para = std::get_if<model::Paragraph>(&block.node);
      if (!para) continue;
      text::ParagraphInput in;
      in.text = model::plain_text(para->content);
      in.runs.push_back({0, in.text.size(), {}});
      in.lang = e->seed.metadata.language;
      in.chain = e->style.font_chain;
      in.size = e->style.base_size;
      layout::ParagraphParams params;
      params.width = e->style.text_width();
      params.justify = true;
      params.hyphenate = e->style.hyphenate;
      const auto study = layout::study_breaking(in, params, e->fonts, breaker, greedy);
      ratios.insert(ratios.end(), study.ratios.begin(), study.ratios.end());
    }
  }
  double sum = 0, max = 0;
  for (double r : ratios) {
    sum += std::abs(r);
    max = std::max(max, std::abs(r));
  }
  state.counters["lines"] = static_cast<double>(ratios.size());
  state.counters["mean_abs_ratio"] = ratios.empty() ? 0 : sum / static_cast<double>(ratios.size());
  state.counters["max_abs_ratio"] = max;
  state.SetLabel(greedy ? "first-fit" : "knuth-plass");
}
BENCHMARK(BM_BreakEvenness)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Arg 0: de, en, fr dictionary; arg 1: folio's loader (0), libhyphen's hnj_hyphen_load (1), or
// folio's cache of a loaded dictionary (2, text/hyphen_dictionary_cache.h, made before timing).
void BM_HyphenDictionaryLoad(benchmark::State& state) {
  static const char* const kFiles[] = {"hyph_de_DE.dic", "hyph_en_US.dic", "hyph_fr.dic"};
  static const char* const kLoaders[] = {" folio", " libhyphen", " folio cache"};
  const std::string file = std::string("/usr/share/hyphen/") + kFiles[state.range(0)];
  const auto cache = std::filesystem::temp_directory_path() / ("folio-bench-hyphen-" + std::to_string(::getpid()));
  if (state.range(1) == 2) text::load_cached_hyphen_dictionary(file, cache);
  for (auto _ : state) {
    bool loaded = false;
    if (state.range(1) == 1) {
      HyphenDict* dict = hnj_hyphen_load(file.c_str());
      loaded = dict != nullptr;
      if (dict) hnj_hyphen_free(dict);
    } else {
      loaded = (state.range(1) == 2 ? text::load_cached_hyphen_dictionary(file, cache) : text::load_hyphen_dictionary(file)) !=
               nullptr;
    }
    if (!loaded) {
      state.SkipWithError("dictionary missing: scripts/setup installs it");
      break;
    }
  }
  std::filesystem::remove_all(cache);
  state.SetLabel(std::string(kFiles[state.range(0)]) + kLoaders[state.range(1)]);
}
BENCHMARK(BM_HyphenDictionaryLoad)->ArgsProduct({{0, 1, 2}, {0, 1, 2}})->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
