// Representative releases for the EPUB writer's tests: French with quotes, Arabic right-to-left,
// English with a table and figures.
#pragma once

#include <string>

#include "model/document.h"
#include "writers/epub/write_epub.h"

namespace folio::writers::epub_test {

model::Document french_release();
model::Document arabic_release();
model::Document table_and_figures_release();
/// Note references (one note referred to twice), struck text (an edit and not), a task list, an
/// image in a line and the notes at the end.
model::Document notes_release();

/// Loader for table_and_figures_release(): "chart.png" and "logo.png" are local PNGs.
ImageLoader sample_image_loader();

}  // namespace folio::writers::epub_test
