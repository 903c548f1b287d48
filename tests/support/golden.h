// Golden-file comparison: text dumps only. FOLIO_ACCEPT=1 rewrites the golden; review the diff.
#pragma once

#include <filesystem>
#include <string>

namespace folio::test {

/// Compares `actual` with tests/golden/<relative>. Fails the current test with a unified-style
/// first-difference report; with FOLIO_ACCEPT=1 writes `actual` as the new golden instead.
void expect_golden(const std::string& actual, const std::string& relative);

}  // namespace folio::test
