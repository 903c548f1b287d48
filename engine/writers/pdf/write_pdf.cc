#include "writers/pdf/write_pdf.h"

#include <podofo/podofo.h>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "base/two_threads.h"
#include "writers/pdf/cid_font_builder.h"
#include "writers/pdf/document_finisher.h"
#include "writers/pdf/model_index.h"
#include "writers/pdf/page_writer.h"
#include "writers/pdf/podofo_call.h"
#include "writers/pdf/shown_glyphs.h"
#include "writers/pdf/stream_packer.h"
#include "writers/pdf/string_output_device.h"
#include "writers/pdf/struct_tree_builder.h"

namespace folio::pdf {

using namespace PoDoFo;

namespace {

// PdfStream::eDefaultFilter is a process-wide static: set it for one write, then restore it.
class DefaultFilterScope {
 public:
  explicit DefaultFilterScope(bool uncompressed) : saved_(PdfStream::eDefaultFilter) {
    if (uncompressed) PdfStream::eDefaultFilter = ePdfFilter_None;
  }
  ~DefaultFilterScope() { PdfStream::eDefaultFilter = saved_; }
  DefaultFilterScope(const DefaultFilterScope&) = delete;
  DefaultFilterScope& operator=(const DefaultFilterScope&) = delete;

 private:
  EPdfFilter saved_;
};

void append(base::Diagnostics& to, const base::Diagnostics& from) { to.insert(to.end(), from.begin(), from.end()); }

// From this many text runs the later half of them is recorded on a second thread (a thread
// costs ~50 µs to start; a release has a few hundred runs, seed x50 ~7,800).
constexpr std::size_t kTwoThreadRuns = 2000;
// From this size a PDF's objects are freed on the second thread while its bytes are hashed for
// its /ID (seed x50's 860 KB: ~1 ms each).
constexpr std::size_t kTwoThreadBytes = 256 * 1024;

// Records each of `runs` in its font (`fonts`, by the run's font index) into `shown`.
void record_runs(std::span<const layout::GlyphRun* const> runs,
                 const std::vector<std::unique_ptr<CidFontBuilder>>& fonts,
                 const std::function<void(const layout::GlyphRun*, std::vector<ShownGlyph>)>& shown) {
  std::vector<std::unique_ptr<GlyphRecorder>> recorders(fonts.size());
  for (const layout::GlyphRun* run : runs) {
    auto& recorder = recorders[static_cast<std::size_t>(run->font)];
    if (!recorder) recorder = std::make_unique<GlyphRecorder>(*fonts[static_cast<std::size_t>(run->font)]);
    shown(run, recorder->record(*run));
  }
}

// Opens every font that some run uses and records its glyphs (`shown`: each run's glyphs as its
// page shows them), then subsets it. A font that fails is left null: its runs are reported by
// the page writer and left out.
std::vector<std::unique_ptr<CidFontBuilder>> build_fonts(const layout::PagedDocument& pages, ShownRuns& shown,
                                                         base::Diagnostics& diagnostics) {
  // Pages name their fonts in the order runs first use them, and only those.
  const auto open = [&](const layout::FontRef& ref) {
    return CidFontBuilder::open(ref.file, ref.face_index, ref.postscript_name);
  };
  std::vector<std::unique_ptr<CidFontBuilder>> fonts(pages.fonts.size());
  for (std::size_t i = 0; i < fonts.size(); ++i) {
    auto opened = open(pages.fonts[i]);
    if (opened) {
      fonts[i] = std::move(opened.value());
    } else {
      append(diagnostics, opened.error());
    }
  }
  std::vector<const layout::GlyphRun*> runs;
  for (const layout::Page& page : pages.pages) {
    for (const layout::PageItem& item : page.items) {
      const auto* run = std::get_if<layout::GlyphRun>(&item);
      if (run && run->font >= 0 && static_cast<std::size_t>(run->font) < fonts.size() && fonts[run->font]) {
        runs.push_back(run);
      }
    }
  }
  // The later half of a long document's runs is recorded on a second thread in fonts of its
  // own (the same faces), whose entries the document's fonts then adopt in order: the same
  // entries, in the same order, as one thread recording every run.
  std::vector<std::unique_ptr<CidFontBuilder>> later_fonts(fonts.size());
  bool two_threads = runs.size() >= kTwoThreadRuns;
  for (std::size_t i = 0; two_threads && i < fonts.size(); ++i) {
    if (!fonts[i]) continue;
    auto opened = open(pages.fonts[i]);  // read already: cannot fail now, but then one thread it is
    if (opened) later_fonts[i] = std::move(opened.value());
    two_threads = opened.has_value();
  }
  const std::size_t half = two_threads ? runs.size() / 2 : runs.size();
  const std::span<const layout::GlyphRun* const> all(runs);
  std::vector<std::vector<ShownGlyph>> later(runs.size() - half);
  base::both(
      two_threads,
      [&] {
        record_runs(all.first(half), fonts, [&](const layout::GlyphRun* run, std::vector<ShownGlyph> glyphs) {
          shown.emplace(run, std::move(glyphs));
        });
      },
      [&] {
        std::size_t k = 0;
        record_runs(all.subspan(half), later_fonts,
                    [&](const layout::GlyphRun*, std::vector<ShownGlyph> glyphs) { later[k++] = std::move(glyphs); });
      });
  std::vector<std::vector<std::size_t>> adopted(fonts.size());
  for (std::size_t i = 0; i < fonts.size(); ++i) {
    if (!later_fonts[i]) continue;
    for (std::size_t e = 0; e < later_fonts[i]->entry_count(); ++e) {
      adopted[i].push_back(fonts[i]->adopt(*later_fonts[i], e));
    }
  }
  for (std::size_t k = 0; k < later.size(); ++k) {
    const layout::GlyphRun* run = runs[half + k];
    const std::vector<std::size_t>& entries = adopted[static_cast<std::size_t>(run->font)];
    for (ShownGlyph& glyph : later[k]) {
      if (!glyph.notdef) glyph.entry = static_cast<std::uint32_t>(entries[glyph.entry]);
    }
    shown.emplace(run, std::move(later[k]));
  }
  for (auto& font : fonts) {
    if (!font) continue;
    auto subset = font->subset();
    if (!subset) {
      append(diagnostics, subset.error());
      font.reset();
    }
  }
  return fonts;
}

DocumentInfo document_info(const layout::PagedDocument& pages, const model::Document& document,
                           const PdfOptions& options) {
  const model::Metadata& meta = document.metadata;
  DocumentInfo info;
  info.title = !meta.title.empty() ? meta.title : pages.title;
  info.lang = !meta.language.empty() ? meta.language : pages.lang;
  info.authors = meta.authors;
  if (info.authors.empty() && !meta.organization.empty()) info.authors.push_back(meta.organization);
  info.subject = !meta.summary.empty() ? meta.summary : meta.subtitle;
  for (const auto& keyword : meta.keywords) info.keywords += (info.keywords.empty() ? "" : ", ") + keyword;
  info.date = meta.date;
  info.creation_time = options.creation_time;
  return info;
}

}  // namespace

base::Warned<std::string> write_pdf(const layout::PagedDocument& pages, const model::Document& document,
                                    const PdfOptions& options) {
  base::Warned<std::string> out;
  ShownRuns shown;
  std::vector<std::unique_ptr<CidFontBuilder>> fonts = build_fonts(pages, shown, out.warnings);
  const DocumentInfo info = document_info(pages, document, options);
  const ModelIndex model(document);
  StructTreeBuilder tree;
  DefaultFilterScope filter(options.debug);

  std::string bytes;
  std::optional<PdfMemDocument> document_objects;
  auto written = podofo_call("writing the PDF", [&] {
    PdfMemDocument& pdf = document_objects.emplace();
    pdf.SetPdfVersion(ePdfVersion_1_7);  // PDF/UA-1 is based on PDF 1.7 (ISO 14289-1 5)
    if (options.debug) pdf.SetWriteMode(ePdfWriteMode_Clean);
    StreamPacker packer(!options.debug);
    // Pages painted while the helper compresses the streams they add.
    packer.pack_while([&] {
      std::vector<PdfObject*> font_objects(fonts.size(), nullptr);
      for (std::size_t i = 0; i < fonts.size(); ++i) {
        if (fonts[i]) font_objects[i] = fonts[i]->write(pdf.GetObjects(), packer);
      }
      // Uncompressed streams are for reading: their glyph codes are written in hexadecimal.
      PageWriter writer(pdf, packer, model, tree, fonts, font_objects, shown, info.lang, options.creation_time,
                        options.debug ? CodeStrings::hex : CodeStrings::literal);
      // A PDF needs at least one page.
      const std::vector<layout::Page> blank{layout::Page{595.276, 841.89, {}}};
      writer.create_pages(pages.pages.empty() ? blank : pages.pages);
      if (pages.pages.empty()) writer.write(blank.front(), 0);
      for (std::size_t i = 0; i < pages.pages.size(); ++i) writer.write(pages.pages[i], i);
      shown.clear();  // ~30 bytes a glyph, not needed while PoDoFo writes the file
      writer.link_destinations();
      tree.finish(pdf.GetObjects(), pdf.GetCatalog());

      ConformanceFacts facts;
      facts.has_title = !info.title.empty();
      facts.has_lang = !info.lang.empty();
      facts.figures_without_alt = writer.figures_without_alt();
      base::Diagnostics blockers = DocumentFinisher::pdfua_blockers(facts);
      std::vector<OutlineEntry> outline;
      for (const OutlineEntry& entry : writer.outline()) {
        if (entry.page) outline.push_back(entry);
      }
      // A document of several pages is navigated by its outline (WCAG 2.2 SC 2.4.5, technique
      // PDF2): without headings, the title leads to the first page.
      if (outline.empty() && pdf.GetPageCount() > 1 && !info.title.empty()) {
        PdfPage* first = pdf.GetPage(0);
        outline.push_back(OutlineEntry{1, info.title, first->GetObject(), first->GetPageSize().GetHeight()});
      }
      DocumentFinisher::finish(pdf, info, outline, blockers.empty());
      append(out.warnings, writer.warnings());
      for (auto& blocker : blockers) {
        if (options.strict) blocker.severity = base::Severity::error;
        out.warnings.push_back(std::move(blocker));
      }
    });
    packer.finish();
    StringOutputDevice device(bytes);
    pdf.Write(&device);
  });
  if (!written) {
    append(out.warnings, written.error());
    return out;
  }
  // A long document's objects are freed on the second thread while its bytes are hashed: each
  // takes ~1 ms for seed x50, which is nothing for a release.
  bool identified = false;
  base::both(
      bytes.size() >= kTwoThreadBytes, [&] { identified = DocumentFinisher::set_content_identifier(bytes); },
      [&] { document_objects.reset(); });
  if (!identified) {
    out.warnings.push_back(base::make_warning("pdf.no-identifier", {}, "the written PDF has no /ID to make reproducible"));
  }
  out.value = std::move(bytes);
  return out;
}

}  // namespace folio::pdf
