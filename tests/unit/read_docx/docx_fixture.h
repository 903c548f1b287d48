// DOCX test files made at test time: the WordprocessingML fixtures of tests/fixtures/docx zipped
// into packages, and the pieces hostile tests build their own packages from.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace folio::test {

/// The parts of fixture `name`: tests/fixtures/docx/common overlaid with tests/fixtures/docx/<name>.
/// A file "x.png.txt" holding "png W H RRGGBB" becomes the picture "x.png"; [Content_Types].xml
/// is written for the parts present unless the fixture has its own.
std::map<std::string, std::string> docx_fixture_parts(const std::string& name);

/// The fixture as a DOCX file's bytes.
std::string docx_fixture(const std::string& name);

/// Every fixture (the folders of tests/fixtures/docx but common), sorted.
std::vector<std::string> docx_fixture_names();

/// A package of `parts`, [Content_Types].xml first; throws when the zip cannot be built.
std::string zip_parts(const std::map<std::string, std::string>& parts);

/// [Content_Types].xml for the parts named in `parts`.
std::string content_types_for(const std::map<std::string, std::string>& parts);

/// A PNG of one colour.
std::string png_image(int width, int height, std::uint32_t rgb);

}  // namespace folio::test
